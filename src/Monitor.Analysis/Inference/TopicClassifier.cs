using Monitor.Abstractions;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Picks the configured topic whose cue phrases the text mentions most; ties go to the topic listed
/// first so the choice is deterministic. Cues match whole words, case-insensitively.
/// </summary>
public sealed class TopicClassifier(IReadOnlyList<TopicDefinition> topics)
{
    // Cues normalised once per classifier rather than on every call.
    private readonly (string Id, string[] Cues)[] normalised = topics
        .Select(topic => (topic.Id, topic.Cues.Select(cue => " " + string.Join(' ', Text.ClaimKey.Words(cue)) + " ").ToArray()))
        .ToArray();

    public string? Classify(string text)
    {
        if (normalised.Length == 0) return null;
        var lowered = " " + string.Join(' ', Text.ClaimKey.Words(text)) + " ";
        string? best = null;
        var bestHits = 0;
        foreach (var topic in normalised)
        {
            var hits = topic.Cues.Count(cue => lowered.Contains(cue, StringComparison.Ordinal));
            if (hits > bestHits)
            {
                best = topic.Id;
                bestHits = hits;
            }
        }
        return best;
    }
}
