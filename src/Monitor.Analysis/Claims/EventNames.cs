using Monitor.Analysis.Text;

namespace Monitor.Analysis.Claims;

/// <summary>
/// Names of a scheduled event that stand for one another: a vote is the election it decides, a summit the meeting it is.
/// A date set for "the vote" and moved for "the elections" is one event's date.
/// </summary>
public static class EventNames
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        ["vote"] = "vote", ["votes"] = "vote", ["voting"] = "vote", ["election"] = "vote", ["elections"] = "vote", ["poll"] = "vote",
        ["polls"] = "vote", ["ballot"] = "vote", ["referendum"] = "vote", ["summit"] = "meeting", ["meeting"] = "meeting",
        ["talks"] = "meeting", ["conference"] = "meeting", ["hearing"] = "hearing", ["trial"] = "trial", ["launch"] = "launch",
    };

    /// <summary>The one name for all the names of the event a single word names ("elections" is "vote"), or null.</summary>
    public static string? NameOf(string word) => Canonical.GetValueOrDefault(word);

    /// <summary>The events a text names, each by one name for all its names ("elections" and "vote" are "vote").</summary>
    public static IReadOnlySet<string> In(string text) =>
        ClaimKey.Words(text).Where(Canonical.ContainsKey).Select(w => Canonical[w]).ToHashSet(StringComparer.Ordinal);
}
