using System.Text.RegularExpressions;
using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// "Had more than $1 billion in cash", then "$1.04 billion of its cash and bank balances was fictitious"; "profit should
/// come in at about 1.1 billion pounds", then "that profit guidance was overstated": the actor says a figure it gave,
/// or the thing it counted, was false, did not exist or was inflated. The later statement rarely repeats the figure's
/// words, only the thing counted, so it is read from the word that disowns it and the thing that word is said of.
/// </summary>
public static partial class DisownedFigure
{
    [GeneratedRegex(@"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|be|being)\s+(?:(?:largely|partly|entirely|wholly|all|materially|significantly|grossly)\s+)?(?<word>fictitious|fictional|false|fake|bogus|fabricated|falsified|inflated|overstated|exaggerated|non-?existent)\b|\b(?:might|may|did|does|do|could)\s+not\s+(?:have\s+)?(?<word>exist(?:ed)?)\b|\bnever\s+(?<word>existed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disowning();

    /// <summary>Nouns for what others said: "the reports were false" denies them; it disowns no figure of the speaker's.</summary>
    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor", "rumors", "story",
        "stories", "accusation", "accusations", "speculation", "suggestion", "suggestions", "news", "article", "articles",
        "charge", "charges", "assertion", "assertions",
    };

    /// <summary>Scales and currencies, which a figure's text may leave out of the words the reader took as its quantity.</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal)
    {
        "thousand", "million", "billion", "trillion", "crore", "lakh", "euro", "euros", "dollar", "dollars", "pound", "pounds",
        "rupee", "rupees", "percent", "per", "cent",
    };

    /// <summary>How many words before the disowning word name the thing it is said of.</summary>
    private const int SubjectReach = 24;

    /// <summary>
    /// Whether the later claim says that what the earlier one counted was false: the earlier gives a figure, and the
    /// later calls a thing it shares with it fictitious, non-existent or overstated.
    /// </summary>
    /// <param name="shared">How many words the thing disowned shares with the earlier claim.</param>
    /// <param name="word">The word that disowns it ("fictitious", "overstated").</param>
    public static bool TakesBack(PairContext pair, ClaimComparison c, out int shared, out string word)
    {
        (shared, word) = (0, "");
        if (pair.Later.Denies || pair.Later.Statement.Mode != StatementMode.Assert) return false;
        // "Lenders could end loans of 2 billion euros if …": a figure at stake on a condition was never given as held.
        // "The funds might not exist" hedges the disowning, yet no one says so of a figure they still stand by.
        if (c.Later.Modality is not (Modality.Fact or Modality.Possibility) || c.Earlier.Modality == Modality.Declined || c.Earlier.Conditional) return false;
        if (c.Earlier.Polarity != Polarity.Positive || c.Earlier.Quantities.Count == 0 || Disowning().IsMatch(c.Earlier.Text)) return false;
        if (Disowning().Match(c.Later.Text) is not { Success: true } m) return false;
        var before = ClaimKey.Words(c.Later.Text[..m.Index]).ToArray();
        var subject = before[Math.Max(0, before.Length - SubjectReach)..];
        if (subject.Length == 0 || subject.Any(ReportNouns.Contains)) return false;
        // The thing counted, not the count: "billion" or "euros" shared by two figures says nothing about what they count.
        var figureWords = c.Earlier.Quantities.Concat(c.Later.Quantities).SelectMany(q => ClaimKey.Words(q.Text)).ToHashSet(StringComparer.Ordinal);
        shared = subject.Where(w => w.Length > 3 && w.All(char.IsLetter) && !figureWords.Contains(w) && !QuantityWords.Contains(w))
            .Select(WordStem.Of).Distinct(StringComparer.Ordinal).Count(c.Earlier.Terms.Contains);
        word = m.Groups["word"].Value.ToLowerInvariant();
        return shared > 0;
    }
}
