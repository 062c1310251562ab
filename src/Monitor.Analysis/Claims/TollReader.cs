using System.Text.RegularExpressions;

namespace Monitor.Analysis.Claims;

/// <summary>
/// The human toll a sentence states: a count of people killed, dead or missing ("one sailor was killed",
/// "59,938 people had died"), that there were some without a count ("deaths linked to the virus are appearing"),
/// or that there were none ("no new deaths", "nobody was hurt", "the entire crew
/// was evacuated"). Names nobody's toll when the sentence only says none is known yet ("no immediate reports of
/// casualties", "no deaths so far"): a toll that rises from an early, hedged zero is news, not a contradiction.
/// </summary>
public static partial class TollReader
{
    // "no new COVID-19 deaths", "no dead or injured", "no civilian casualties"; not "no figures for any dead".
    [GeneratedRegex(@"\bno\s+(?:(?:new|further|more|confirmed|reported|known|other|additional|civilian|[\p{L}\d]+-\d+)\s+){0,2}(?:deaths|dead|fatalities|casualties|victims|injuries|loss\s+of\s+life)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneCounted();

    // "nobody was killed", "no one on board was hurt", "none of the passengers died", "no civilians have been killed".
    [GeneratedRegex(@"\b(?:nobody|no\s+one|none|no\s+(?:people|civilians|patients|residents|soldiers|children|workers|passengers|protesters|migrants))\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:killed|hurt|injured|harmed)|died|perished)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NobodyHarmed();

    // "the entire crew was evacuated", "all 40 passengers were rescued", "its crew had been fully evacuated".
    [GeneratedRegex(@"\b(?:(?:all|entire|whole)\s+(?:\d[\d,]*\s+)?(?:of\s+the\s+)?(?:[\p{L}-]+\s+)?(?:crew|passengers|people|staff|residents|workers|sailors|miners|hostages|occupants)(?:\s+[\p{L}-]+){0,3}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:safely\s+)?(?:evacuated|rescued|saved|accounted\s+for|brought\s+to\s+safety)|(?:crew|passengers|occupants)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:fully|safely|all)\s+(?:evacuated|rescued))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryoneSafe();

    // A zero that is only the state of knowledge so far, which later counts fill in.
    [GeneratedRegex(@"\b(?:immediate|immediately|so\s+far|yet|for\s+now|at\s+this\s+(?:point|time|stage)|initial|initially|preliminary|unclear|unknown)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Provisional();

    // Words after a figure that make it a count of the dead or missing ("27 others were missing", "people … had died").
    [GeneratedRegex(@"^(?:\s+[\p{L}\d,-]+){0,5}?\s+(?:killed|died|dead|deaths|perished|drowned|missing|fatalities|lost\s+their\s+lives)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedAsDead();

    // "killing all 176 people", "killed 10 civilians": the verb before the figure.
    [GeneratedRegex(@"\b(?:killing|killed|kills)\s+(?:all\s+|at\s+least\s+|about\s+|some\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KilledBefore();

    // "deaths linked to the virus are appearing", "fatalities have been reported", "casualties were mounting".
    [GeneratedRegex(@"\b(?:deaths|fatalities|casualties)\b(?:\s+[\p{L}\d-]+){0,4}?\s+(?:are|were|have\s+been|had\s+been)\s+(?:appearing|occurring|mounting|rising|climbing|emerging|reported|recorded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeCounted();

    // "civilians have been killed", "patients had died", "there have been deaths": dead without a count. Not after a
    // negation ("no civilians have been killed"), which NoneCounted and NobodyHarmed read.
    [GeneratedRegex(@"(?<!\b(?:no|not|none|never|nobody)\s+(?:[\p{L}-]+\s+)?)\b(?:(?:people|civilians|patients|residents|soldiers|children|workers|passengers|protesters|migrants)\s+(?:have|had)\s+(?:died|been\s+killed)|there\s+(?:have|had)\s+been\s+(?:deaths|fatalities|casualties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeDied();

    [GeneratedRegex(@"\b(?:even\s+though|although|though|despite|whereas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Concession();

    /// <summary>The toll the sentence states, or null when it states none.</summary>
    /// <param name="quantities">The figures found in the sentence, with where each starts and ends.</param>
    public static Toll? Read(string sentence, IReadOnlyList<(Quantity Quantity, int Start, int End)> quantities)
    {
        foreach (var (quantity, start, end) in quantities)
        {
            if (quantity.Value <= 0 || quantity.Unit is "percent" or "usd" or "eur" or "gbp" or QuantityReader.BasisPoints) continue;
            if (CountedAsDead().Match(sentence[end..]) is { Success: true } after) return new Toll(quantity.Value, sentence[start..(end + after.Length)].Trim());
            if (KilledBefore().Match(sentence[..start]) is { Success: true } before) return new Toll(quantity.Value, sentence[before.Index..end].Trim());
        }
        if (Provisional().IsMatch(sentence)) return null;
        var none = NoneCounted().Match(sentence) is { Success: true } m1 ? m1
            : NobodyHarmed().Match(sentence) is { Success: true } m2 ? m2
            : EveryoneSafe().Match(sentence);
        // "Deaths are appearing, even though official figures show no fatalities": what a concession grants is
        // someone else's figure, set against the sentence's own claim.
        if (none.Success && !Concession().IsMatch(sentence[..none.Index])) return new Toll(0, none.Value);
        var some = SomeCounted().Match(sentence) is { Success: true } counted ? counted : SomeDied().Match(sentence);
        return some.Success && !Concession().IsMatch(sentence[..some.Index]) ? new Toll(null, some.Value) : null;
    }
}

/// <summary>A stated human toll: how many were killed, died or are missing; zero when the sentence says none were, null when it says some were without a count.</summary>
public sealed record Toll(decimal? Count, string Text);
