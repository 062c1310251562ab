using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Claims;

/// <summary>
/// Finds numbers and what they count: "2,000 troops", "20 000 soldiers", "25%", "$3 billion in aid",
/// "two thousand troops", "tariffs of 25%". Numbers inside dates are skipped by the caller.
/// </summary>
public static partial class QuantityReader
{
    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["a dozen"] = 12, ["half a dozen"] = 6,
        ["a hundred"] = 100, ["a thousand"] = 1000, ["dozens of"] = 24, ["hundreds of"] = 200, ["thousands of"] = 2000,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12m, ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["m"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    // Words between a number and the thing counted that say nothing about what is counted.
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "additional", "extra", "more", "new", "further", "of", "the", "us", "american", "british", "french", "german",
        "russian", "chinese", "japanese", "foreign", "combat", "active", "regular", "fresh", "other", "armed", "local",
        // How a count was arrived at says nothing of what is counted: "339 confirmed cases", "402 suspected cases".
        "confirmed", "suspected", "reported", "registered", "recorded", "known", "probable",
        // "one of its suppliers", "two of their ships": the owner says whose, the noun after it what is counted.
        "its", "their", "his", "her", "our", "my", "your", "these", "those",
    };

    // The numbers written as one word, for the figure and to stop the words after one figure before the next begins.
    private const string NumberWordPattern =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|" +
        "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    [GeneratedRegex(@"(?<approx>\b(?:about|around|some|nearly|almost|roughly|approximately|up\s+to|more\s+than|over|at\s+least|fewer\s+than|less\s+than|under|at\s+most)\s+)?(?<currency>[$€£])?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:half\s+a\s+dozen|a\s+dozen|a\s+hundred|a\s+thousand|dozens\s+of|hundreds\s+of|thousands\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|" + NumberWordPattern + @"|hundred)\b)(?:\s*(?<percent>%|per\s*cent\b|percent\b))?(?:\s*(?<mult>dozen|hundred|thousand|million|billion|trillion|bn|m)\b)?(?<rest>(?:\s+(?!(?:" + NumberWordPattern + @"|half\s+a|a\s+dozen|dozens|hundreds|thousands)\b)[\p{L}-]+){0,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>Whether the two digits at <paramref name="at"/> follow a year and a slash or dash with no space: "2014/15".</summary>
    private static bool SecondYearOfSpan(string sentence, int at) =>
        at >= 5 && sentence[at - 1] is '/' or '-' or '\u2013' && sentence[(at - 5)..(at - 1)] is var year && year.All(char.IsDigit)
        && int.Parse(year, CultureInfo.InvariantCulture) is >= 1900 and <= 2100 && (at - 5 == 0 || !char.IsDigit(sentence[at - 6]));

    /// <summary>The value of a number written in words; "twenty-five" is its tens and its ones.</summary>
    private static decimal? WordValue(string words)
    {
        if (NumberWords.TryGetValue(words, out var value)) return value;
        var parts = words.Split('-');
        return parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && NumberWords.TryGetValue(parts[1], out var ones) ? tens + ones : null;
    }

    public static IReadOnlyList<(Quantity Quantity, int Start, int End)> Read(string sentence, IReadOnlyList<(int Start, int End)> skip)
    {
        var found = new List<(Quantity, int, int)>();
        foreach (Match m in Number().Matches(sentence))
        {
            var number = m.Groups["number"];
            if (skip.Any(s => number.Index < s.End && s.Start < number.Index + number.Length)) continue;
            // "COVID-19", "Su-24", "F-16": a number hyphened to a word is part of a name.
            if (number.Index >= 2 && sentence[number.Index - 1] == '-' && char.IsLetter(sentence[number.Index - 2]) && !m.Groups["currency"].Success) continue;
            var text = number.Value;
            decimal value;
            if (char.IsDigit(text[0])) value = decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            else if (WordValue(CollapseSpaces(text)) is { } said) value = said;
            else continue;
            var isYear = char.IsDigit(text[0]) && text.Length == 4 && value is >= 1900 and <= 2100 && !m.Groups["percent"].Success && !m.Groups["mult"].Success && !m.Groups["currency"].Success;
            if (isYear) continue;
            // "the 2014/15 financial year", "fiscal 2019-20": the second year of a span is a year, not a count.
            if (char.IsDigit(text[0]) && text.Length == 2 && SecondYearOfSpan(sentence, number.Index)) continue;
            if (m.Groups["mult"].Success && Multipliers.TryGetValue(m.Groups["mult"].Value, out var multiplier)) value *= multiplier;
            var rest = m.Groups["rest"];
            var start = m.Index;
            var end = rest.Index;
            string? unit;
            if (m.Groups["percent"].Success) unit = "percent";
            else if (m.Groups["currency"].Success) unit = m.Groups["currency"].Value switch { "$" => "usd", "€" => "eur", _ => "gbp" };
            else if (ScaleBefore(sentence, m.Index) is { } scale) (unit, start, end) = (scale.Word, scale.Start, number.Index + number.Length);
            else if (char.IsDigit(text[0]) && !text.Contains(',', StringComparison.Ordinal) && !m.Groups["approx"].Success && !m.Groups["mult"].Success && AfterAName(sentence, number.Index)) continue;
            else
            {
                (unit, var length) = UnitOf(rest.Value);
                end = rest.Index + length;
                // "The number of people killed rose to 359", "the death toll stands at 253": the count's noun came first.
                if (unit is null && TallyBefore(sentence, m.Index) is { } counted) (unit, end) = (counted, FigureEnd(m));
                // "57 Canadians were killed, not 63 as said", "cut the toll to 253 from 359": a bare figure set against the
                // one before it counts the same thing.
                if (unit is null && found.Count > 0 && SetAgainst().IsMatch(sentence[..m.Index])) (unit, end) = (found[^1].Item1.Unit, number.Index + number.Length);
            }
            if (unit is null) continue;
            // Rate moves are told in basis points or in (fractions of) percentage points; one measure keeps them comparable.
            if (unit == "basis") unit = BasisPoints;
            else if (unit is "percentage" or "percentag" && !m.Groups["percent"].Success)
            {
                value *= 100;
                unit = BasisPoints;
            }
            found.Add((new Quantity(value, unit, sentence[start..end].Trim(), m.Groups["approx"].Success)
            {
                Bound = BoundOf(sentence, m.Groups["approx"]),
                Increment = IsIncrement(rest.Value),
            }, start, end));
        }
        foreach (Match m in FractionOfPoint().Matches(sentence))
        {
            if (skip.Any(s => m.Index < s.End && s.Start < m.Index + m.Length)) continue;
            if (found.Any(f => m.Index < f.Item3 && f.Item2 < m.Index + m.Length)) continue;
            var fraction = m.Groups["fraction"].Value.ToLowerInvariant();
            var value = fraction.StartsWith("three", StringComparison.Ordinal) ? 75m : fraction.StartsWith("half", StringComparison.Ordinal) ? 50m : 25m;
            found.Add((new Quantity(value, BasisPoints, m.Value, false), m.Index, m.Index + m.Length));
        }
        return found;
    }

    public const string BasisPoints = "bp";

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>
    /// "the iPhone 4", "a Boeing 737", "Article 5": a figure written straight after a capitalised word inside the
    /// sentence names a model or a clause; it counts nothing. A month before it makes it a day, which dates read, and a
    /// weekday before it ("officials said Tuesday 14 people were killed") leaves it a count.
    /// </summary>
    private static bool AfterAName(string sentence, int numberIndex)
    {
        if (numberIndex < 2 || sentence[numberIndex - 1] != ' ') return false;
        var end = numberIndex - 1;
        // "Boeing's 737 MAX": the name is the word before the possessive, and what follows is named too; "the
        // airline's 120 jets" counts jets.
        if (end >= 3 && sentence[end - 1] is 's' && sentence[end - 2] is '\'' or '\u2019')
        {
            var next = sentence.AsSpan(numberIndex).TrimStart("0123456789.").TrimStart();
            if (next.IsEmpty || !char.IsUpper(next[0])) return false;
            end -= 2;
        }
        var start = end;
        while (start > 0 && (char.IsLetter(sentence[start - 1]) || sentence[start - 1] == '-')) start--;
        if (start == end || start == 0) return false;
        var word = sentence[start..end];
        // The first word of the sentence is capitalised whatever it is.
        if (sentence[..start].Trim().Length == 0 || sentence[..start].TrimEnd().EndsWith('"')) return false;
        return word.Any(char.IsUpper) && !CalendarWords.Contains(word);
    }

    /// <summary>Words that name a step on a scale before its number: "level 4", "category 5", "phase 2".</summary>
    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase) { "level", "category", "phase", "stage", "grade", "tier" };

    /// <summary>Whether the unit is a step on a scale ("level", "category"), as the reader names it.</summary>
    public static bool IsScaleStep(string unit) => ScaleWords.Contains(unit);

    /// <summary>"rated the accident at level 4 on the scale": the number is a step of the scale named before it, not a count of what follows.</summary>
    private static (string Word, int Start)? ScaleBefore(string sentence, int at)
    {
        var before = sentence[..at].TrimEnd();
        var start = before.LastIndexOf(' ') + 1;
        var word = before[start..];
        return ScaleWords.Contains(word) ? (word.ToLowerInvariant(), start) : null;
    }

    /// <summary>The bound the hedge before a figure sets; "no more than" is a ceiling and "no fewer than" a floor.</summary>
    private static QuantityBound BoundOf(string sentence, Group approx)
    {
        if (!approx.Success) return QuantityBound.None;
        var words = CollapseSpaces(approx.Value);
        var negated = sentence[..approx.Index].TrimEnd().EndsWith(" no", StringComparison.OrdinalIgnoreCase)
                      || sentence[..approx.Index].TrimEnd().Equals("no", StringComparison.OrdinalIgnoreCase);
        var bound = words switch
        {
            "more than" or "over" or "at least" => QuantityBound.AtLeast,
            "up to" or "fewer than" or "less than" or "under" or "at most" => QuantityBound.AtMost,
            _ => QuantityBound.None,
        };
        return !negated ? bound : bound switch
        {
            QuantityBound.AtLeast => QuantityBound.AtMost,
            QuantityBound.AtMost => QuantityBound.AtLeast,
            _ => bound,
        };
    }

    // "three-quarters of a percentage point", "half a percentage point", "a quarter-point", "three-quarter-point".
    [GeneratedRegex(@"\b(?<fraction>three[- ]quarters?|half|quarter)(?:\s+of)?(?:\s+a|\s+one)?[\s-]+(?:percentage[\s-]+)?points?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FractionOfPoint();

    /// <summary>
    /// The unit of a count whose noun is left out ("368 had been rescued", "12 were killed"): what is counted is the
    /// subject the verb speaks of, so it may be any thing counted, never a sum, a share or a span.
    /// </summary>
    public const string Implied = "(implied)";

    /// <summary>Auxiliaries and modals straight after a number: the number stands for its noun.</summary>
    private static readonly HashSet<string> VerbsAfterCount = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "may", "might", "should", "must", "remain", "remained", "remains",
    };

    /// <summary>Money, shares and spans measure many different things ("a loss of up to 1.5 billion francs", "110.5 billion francs of assets").</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "usd", "eur", "gbp", "percent", BasisPoints, "franc", "yen", "yuan", "rupe", "riyal", "euro", "dollar",
        "pound", "won", "roubl", "rubl", "lira", "peso", "rand", "krona", "kron", "day", "week", "month", "year", "hour", "minut",
    };

    /// <summary>Whether the unit names the things counted ("consumers", "troops"), not a measure of something else.</summary>
    /// <summary>Nouns that count people as those an event befell: "nine people", "176 passengers", "12 civilians".</summary>
    private static readonly HashSet<string> PeopleCounted = new[]
    {
        "people", "person", "persons", "civilians", "passengers", "victims", "residents", "patients", "children", "workers", "crew",
        "sailors", "migrants", "protesters", "infants", "babies", "miners", "pilgrims", "fishermen", "hostages",
    }.Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the figure counts people an event befell (not troops or staff an actor sends or hires).</summary>
    public static bool CountsPeople(string unit) => PeopleCounted.Contains(unit) || PeopleCounted.Contains(WordStem.Of(unit));

    public static bool CountsThings(string unit) => !Measures.Contains(unit) && !Measures.Contains(WordStem.Of(unit)) && !IsScaleStep(unit);

    /// <summary>Whether two figures' units can count one thing: the same unit, or a count whose noun is left out against any count of things.</summary>
    public static bool SameThingCounted(string a, string b) =>
        a == b || a == Implied && CountsThings(b) || b == Implied && CountsThings(a);

    /// <summary>Words straight after a bare figure that begin the rest of the sentence, not a noun it counts.</summary>
    private static readonly HashSet<string> NotCountedNouns = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "by", "from", "after", "before", "as", "and", "or", "with", "to", "since", "during", "for", "but",
        "than", "when", "while", "according", "so", "up", "down", "last", "this", "that", "said", "says",
    };

    // "the number of people killed … rose to", "the death toll stands at", "the toll was put at": a tally named before its figure.
    [GeneratedRegex(@"\b(?:number\s+of\s+(?<noun>[\p{L}-]+)|(?:death|casualty)\s+toll|toll|tally)\b[^.;:!?]{0,80}?\b(?:rose|risen|rising|climbed|jumped|increased|fell|fallen|dropped|decreased|stood|stands|standing|reached|hit|is|was|were|been|put|raised|lowered|revised|cut|now)(?:\s+(?:now|again|sharply|further|slightly|officially|down|up))?\s+(?:to|at)?\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyNamedBefore();

    // "bringing the total to 40 million", "took the toll to 39": the figure a running count reached, whatever it counts.
    [GeneratedRegex(@"\b(?:brings?|bringing|brought|takes?|taking|took|push(?:es)?|pushing|pushed|lift(?:s)?|lifting|lifted)\s+(?:the|its|their)\s+(?:overall\s+|combined\s+)?(?:total|tally|toll)\s+to\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalBroughtTo();

    [GeneratedRegex(@"\b(?:not|rather\s+than|instead\s+of|from|against|versus|vs\.?)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetAgainst();

    private static string? TallyBefore(string sentence, int at)
    {
        var window = sentence[Math.Max(0, at - 160)..at];
        if (TotalBroughtTo().IsMatch(window)) return Implied;
        var match = TallyNamedBefore().Match(window);
        if (!match.Success) return null;
        return match.Groups["noun"].Success ? WordStem.Of(match.Groups["noun"].Value.ToLowerInvariant()) : Implied;
    }

    /// <summary>Where the figure itself ends: "40 million", with its scale word.</summary>
    private static int FigureEnd(Match m) =>
        m.Groups["mult"].Success ? m.Groups["mult"].Index + m.Groups["mult"].Length : m.Groups["number"].Index + m.Groups["number"].Length;

    /// <summary>"9 million more doses", "2,000 extra troops": the word straight after the figure makes it a step on top of another.</summary>
    private static bool IsIncrement(string rest) =>
        Word().Match(rest) is { Success: true } first && first.Value.ToLowerInvariant() is "more" or "fewer" or "extra" or "additional";

    /// <summary>The counted thing's stem and how far into <paramref name="rest"/> it ends.</summary>
    private static (string? Unit, int Length) UnitOf(string rest)
    {
        foreach (Match word in Word().Matches(rest))
        {
            var lower = word.Value.ToLowerInvariant();
            if (Modifiers.Contains(lower)) continue;
            if (VerbsAfterCount.Contains(lower)) return (Implied, 0);
            if (NotCountedNouns.Contains(lower)) return (null, 0);
            return (WordStem.Of(lower), word.Index + word.Length);
        }
        return (null, 0);
    }

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex Word();

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
