using Monitor.Abstractions;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Picks the configured topic whose cue phrases the text mentions most; ties go to the topic listed
/// first so the choice is deterministic. Cues match whole words, case-insensitively.
/// </summary>
public sealed class TopicClassifier(IReadOnlyList<TopicDefinition> topics)
{
    public string? Classify(string text)
    {
        var lowered = " " + string.Join(' ', Text.ClaimKey.Words(text)) + " ";
        string? best = null;
        var bestHits = 0;
        foreach (var topic in topics)
        {
            var hits = topic.Cues.Count(cue => lowered.Contains(" " + string.Join(' ', Text.ClaimKey.Words(cue)) + " ", StringComparison.Ordinal));
            if (hits > bestHits)
            {
                best = topic.Id;
                bestHits = hits;
            }
        }
        return best;
    }
}
