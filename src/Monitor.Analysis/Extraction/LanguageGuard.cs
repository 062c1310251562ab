using System.Collections.Frozen;
using System.Globalization;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Recognises text that is not English before extraction reads it, because English speech verbs
/// and quote rules would attribute nonsense. English prose is roughly a third to a half function
/// words ("the", "of", "said"…); other languages score near zero on that list. The verdict names
/// the language that fits better when its own function words dominate, and mostly non-Latin
/// scripts are refused outright.
/// </summary>
public static class LanguageGuard
{
    private const double MinimumEnglishRatio = 0.12;
    private const int MinimumWords = 8;

    private static readonly FrozenSet<string> English = Set(
        "the of and to a in is that it for on was with as by at from be are this have has had were will would not an or but " +
        "its their they he she his her we our said says which who been also after about than more over into could should can");

    private static readonly (string Language, FrozenSet<string> Words)[] Others =
    [
        ("French", Set("le la les de des du et un une est que qui dans pour pas sur au aux avec ce cette il elle ont sont été a")),
        ("German", Set("der die das und ist nicht ein eine zu den dem des mit sich auf für von im auch es sie wird wurde hat")),
        ("Spanish", Set("el la los las de del y que en un una es por con para no se su al lo como más pero sus ha fue")),
        ("Italian", Set("il lo la gli le di e che un una è per non con del della dei si su al sono ha come anche")),
        ("Portuguese", Set("o a os as de do da dos das e que em um uma é para com não no na se por mais foi")),
        ("Dutch", Set("de het een en van in is dat op te zijn met voor niet aan er ook als bij door")),
    ];

    public static LanguageVerdict Check(string text)
    {
        var letters = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
        }
        if (letters == 0) return new LanguageVerdict(false, 0, "the text has no letters");
        if (latin < letters * 0.7)
            return new LanguageVerdict(false, 0, $"the text is mostly in a non-Latin script ({100.0 * (letters - latin) / letters:0}% of letters), so it is not English");

        var words = Words(text);
        if (words.Count < MinimumWords) return new LanguageVerdict(true, 0, "too short to judge; read as English");

        var englishRatio = Ratio(words, English);
        var (bestOther, bestOtherRatio) = Others
            .Select(other => (other.Language, Ratio: Ratio(words, other.Words)))
            .OrderByDescending(pair => pair.Ratio)
            .ThenBy(pair => pair.Language, StringComparer.Ordinal)
            .First();

        if (englishRatio >= MinimumEnglishRatio && englishRatio >= bestOtherRatio)
            return new LanguageVerdict(true, englishRatio, Format($"English function words make up {englishRatio:P0} of the words"));
        if (bestOtherRatio > englishRatio)
            return new LanguageVerdict(false, englishRatio, Format($"reads as {bestOther}: {bestOtherRatio:P0} of the words are {bestOther} function words against {englishRatio:P0} English ones"));
        return new LanguageVerdict(false, englishRatio, Format($"only {englishRatio:P0} of the words are English function words (English prose has over {MinimumEnglishRatio:P0})"));
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private static double Ratio(List<string> words, FrozenSet<string> list) => (double)words.Count(list.Contains) / words.Count;

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            if (!isLetter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
