using System.Text.RegularExpressions;

namespace Monitor.Analysis.Claims;

/// <summary>
/// Dates a claim gives a named event, not its own act: "would not stand in the presidential election due on Feb. 25",
/// "voted to hold the presidential election on Dec. 15", "the Feb. 25 vote". Whatever the act, such a date is the
/// event's, so two claims giving one event two dates disagree about it even when their verbs have nothing in common.
/// </summary>
public static partial class EventDates
{
    /// <summary>Words that say which election (or which meeting) is meant; two claims naming different ones are two events.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "presidential", "parliamentary", "legislative", "general", "local", "regional", "municipal", "provincial", "senate",
        "runoff", "run-off", "snap", "early", "primary", "mayoral", "gubernatorial", "state", "federal", "national",
    };

    // "election due on", "vote set for", "elections to be held on", "summit scheduled for": words that tie a date to the event named before them.
    [GeneratedRegex(@"^(?:(?:is|was|are|were|would|will|shall|to|now|originally|initially|first|then|be|been|being|due|set|scheduled|planned|slated|called|fixed|held|take\s+place|taking\s+place)\s+)*(?:on|for|in)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TiesDateAfter();

    /// <summary>The events the claim dates, each with the qualifiers it is named with and its date.</summary>
    public static IReadOnlyList<(string Event, IReadOnlySet<string> Qualifiers, ClaimDate Date)> Of(Claim claim)
    {
        var found = new List<(string, IReadOnlySet<string>, ClaimDate)>();
        var text = claim.Text;
        foreach (var date in claim.Dates)
        {
            var at = text.IndexOf(date.Text, StringComparison.Ordinal);
            if (at < 0) continue;
            // "the presidential election due on Feb. 25": the event is named just before the date.
            var before = Text.ClaimKey.Words(text[..at]).ToArray();
            for (var i = before.Length - 1; i >= 0 && i >= before.Length - 6; i--)
            {
                if (EventNames.NameOf(before[i]) is not { } name) continue;
                if (i < before.Length - 1 && TiesDateAfter().IsMatch(string.Join(' ', before[(i + 1)..])))
                    found.Add((name, QualifiersBefore(before, i), date));
                break;
            }
            // "the Feb. 25 election", "the March 3 presidential vote": the date stands before the event as its name.
            var after = Text.ClaimKey.Words(text[(at + date.Text.Length)..]).Take(3).ToArray();
            for (var j = 0; j < after.Length; j++)
            {
                if (EventNames.NameOf(after[j]) is { } name)
                {
                    found.Add((name, after[..j].Where(Qualifiers.Contains).ToHashSet(StringComparer.Ordinal), date));
                    break;
                }
                if (!Qualifiers.Contains(after[j])) break;
            }
        }
        return found;
    }

    /// <summary>Whether two events named with these qualifiers may be one: unless both are qualified and share nothing.</summary>
    public static bool SameEvent(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count == 0 || b.Count == 0 || a.Overlaps(b);

    private static HashSet<string> QualifiersBefore(string[] words, int noun)
    {
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        for (var k = noun - 1; k >= 0 && k >= noun - 3 && Qualifiers.Contains(words[k]); k--) qualifiers.Add(words[k]);
        return qualifiers;
    }
}
