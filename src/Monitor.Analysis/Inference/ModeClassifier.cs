using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Infers what a speaker does with the words from cue phrases. Declining comes first because
/// "declined to confirm" must never read as a denial or a position. "Should" reads as a demand
/// ("NATO should stay out"), which is how officials phrase one.
/// </summary>
public static class ModeClassifier
{
    private static readonly (StatementMode Mode, string[] Cues)[] Rules =
    [
        (StatementMode.Decline, ["declined to", "decline to", "declines to", "no comment", "would not comment", "would not go into", "will not go into", "not go into details", "refused to comment", "won't comment", "not comment on", "not going to speculate", "not going to comment", "will not speculate", "won't speculate", "would not speculate", "cannot comment", "can't comment", "could not comment"]),
        (StatementMode.Deny, ["deny", "denies", "denied", "denying", "rejecting a", "rejecting the", "rejecting reports", "dismissing reports", "not true", "untrue", "false report", "baseless", "groundless", "no plans to", "no plan to", "never"]),
        (StatementMode.Warn, ["warn", "warns", "warned", "warning", "vigilance", "will pay", "consequences", "red line", "play with fire", "necessary measures", "get burned"]),
        (StatementMode.Demand, ["urge", "urges", "urged", "must", "call on", "calls on", "called on", "demand", "demands", "demanded", "should stop", "should", "ought to"]),
        (StatementMode.Hedge, ["may", "might", "could", "possibly", "possible", "perhaps", "on the table", "not ruled out", "considering", "likely"]),
    ];

    // Cues normalised once, the way the text is, so each call only searches.
    private static readonly (StatementMode Mode, string[] Cues)[] NormalisedRules =
        Rules.Select(rule => (rule.Mode, rule.Cues.Select(cue => " " + string.Join(' ', ClaimKey.Words(cue)) + " ").ToArray())).ToArray();

    public static StatementMode Classify(string text)
    {
        // "We must face it together" states a resolve; a demand is made of someone else.
        var words = (" " + string.Join(' ', ClaimKey.Words(text)) + " ")
            .Replace(" we must ", " we resolve ", StringComparison.Ordinal)
            .Replace(" we should ", " we resolve ", StringComparison.Ordinal)
            .Replace(" i must ", " i resolve ", StringComparison.Ordinal)
            // "could only regret it and apologise": all that is left to do, said as done, is no possibility.
            .Replace(" could only ", " only ", StringComparison.Ordinal)
            .Replace(" can only ", " only ", StringComparison.Ordinal);
        foreach (var (mode, cues) in NormalisedRules)
        {
            foreach (var cue in cues)
                if (words.Contains(cue, StringComparison.Ordinal)) return mode;
        }
        return StatementMode.Assert;
    }
}
