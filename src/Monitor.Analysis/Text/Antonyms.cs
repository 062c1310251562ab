namespace Monitor.Analysis.Text;

/// <summary>
/// Word pairs that cannot both hold of the same thing ("open"/"close", "ratify"/"reject",
/// "lift"/"impose"). Pairs are stored by <see cref="WordStem"/> so inflections match. The list is
/// written by hand for the language of diplomacy plus everyday opposites; it is not learned.
/// </summary>
public static class Antonyms
{
    private static readonly string[][] Groups =
    [
        // Each row: the words on one side | the words on the other.
        ["open reopen", "close shut closed"],
        ["ratify approve endorse accept adopt", "reject refuse veto"],
        ["join enter", "leave quit exit"],
        ["accept agree", "refuse decline"],
        ["lift remove scrap drop", "impose introduce"],
        ["support back favour favor", "oppose"],
        ["welcome praise applaud hail", "condemn denounce criticise criticize deplore"],
        ["recognise recognize", "disown"],
        ["resume restart", "suspend halt pause stop"],
        ["start begin", "stop end finish"],
        ["allow permit", "ban forbid prohibit block"],
        ["increase raise expand rise", "decrease reduce cut lower shrink fall"],
        ["deploy send", "withdraw pull"],
        ["stay remain", "leave depart"],
        ["win", "lose"],
        ["confirm admit", "deny"],
        ["grant", "deny"],
        ["sign", "unsign"],
        ["arrive", "leave"],
        ["buy", "sell"],
        ["push", "pull"],
        ["put", "take"],
        ["big large huge", "small tiny little"],
        ["inside indoors indoor", "outside outdoors outdoor"],
        ["full crowded", "empty"],
        ["alone", "together"],
        ["sitting sit seated", "standing stand"],
        ["day", "night"],
        ["man men boy", "woman women girl"],
        ["young", "old"],
        ["wet", "dry"],
        ["fast quickly quick", "slow slowly"],
        ["happy", "sad"],
        ["hot", "cold"],
        ["asleep sleeping", "awake"],
        ["light", "dark"],
        ["same", "different"],
        ["present", "absent"],
        ["hit strike", "miss"],
        ["up", "down"],
        ["sunny", "cloudy"],
        ["blond", "dark"],
        ["wide", "narrow"],
        ["long", "short"],
        ["clean", "dirty"],
        ["legal", "illegal"],
        ["true", "false"],
        ["peace", "war"],
        ["ally", "enemy"],
    ];

    private static readonly HashSet<(string, string)> Pairs = Build();

    public static bool AreOpposite(string stemA, string stemB) =>
        Pairs.Contains((stemA, stemB));

    private static HashSet<(string, string)> Build()
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var group in Groups)
        {
            var left = group[0].Split(' ').Select(WordStem.Of).ToArray();
            var right = group[1].Split(' ').Select(WordStem.Of).ToArray();
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    if (a == b) continue;
                    pairs.Add((a, b));
                    pairs.Add((b, a));
                }
            }
        }
        return pairs;
    }
}
