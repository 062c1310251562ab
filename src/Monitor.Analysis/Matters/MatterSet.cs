using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Matters;

/// <summary>
/// Groups one actor's statements on matters nobody configured, by meaning, as they arrive: a statement joins the matter
/// whose average direction is nearest, when it is near enough (<see cref="JoinAt"/>), and otherwise opens a matter of
/// its own, named by its automatic key. Statements filed in the same order give the same matters. At most
/// <see cref="MaxMatters"/> are kept; a new one then lets go of the one quiet longest. Mutable: it is grain state.
/// </summary>
public sealed class MatterSet
{
    public const int MaxMatters = 200;

    /// <summary>
    /// Cosine to a matter's average at which a statement joins it. Sentence embeddings of two remarks on one matter in
    /// other words sit around 0.5–0.8; remarks by one actor on different matters seldom pass 0.5.
    /// </summary>
    public const double JoinAt = 0.55;

    public List<Matter> Matters { get; set; } = [];

    /// <summary>The matter a statement with this automatic key and meaning belongs to: the nearest within reach, else a new one keyed by it.</summary>
    public string Assign(string key, float[] meaning)
    {
        Matter? nearest = null;
        var best = JoinAt;
        foreach (var matter in Matters)
        {
            if (matter.Id == key) return key;
            var cosine = VectorMath.Cosine(meaning, matter.Direction());
            if (cosine < best || nearest is not null && cosine == best) continue;
            (nearest, best) = (matter, cosine);
        }
        return nearest?.Id ?? key;
    }

    /// <summary>
    /// Counts a statement into the matter it was filed under (opening that matter when it is not here, as after a
    /// snapshot older than the statement), moving the matter's average towards it and noting the statement's words.
    /// </summary>
    public void Observe(string matterId, string? key, float[] meaning, long order)
    {
        var matter = Matters.Find(m => m.Id == matterId);
        if (matter is null)
        {
            if (Matters.Count >= MaxMatters)
                Matters.Remove(Matters.OrderBy(m => m.LastSeen).ThenBy(m => m.Id, StringComparer.Ordinal).First());
            Matters.Add(matter = new Matter { Id = matterId });
        }
        var unit = VectorMath.Normalised(meaning);
        var direction = matter.Count == 0 || matter.Centroid.Length != unit.Length ? new float[unit.Length] : matter.Direction();
        var weight = matter.Centroid.Length == unit.Length ? matter.Count : 0;
        for (var i = 0; i < unit.Length; i++) direction[i] = direction[i] * weight + unit[i];
        matter.Point(VectorMath.Normalised(direction));
        matter.Count++;
        matter.LastSeen = Math.Max(matter.LastSeen, order);
        foreach (var word in WordsOf(key ?? matterId))
        {
            matter.Words[word] = matter.Words.GetValueOrDefault(word) + 1;
            if (matter.Words.Count > Matter.MaxWords)
                matter.Words.Remove(matter.Words.OrderBy(w => w.Value).ThenByDescending(w => w.Key, StringComparer.Ordinal).First().Key);
        }
    }

    public Matter? Find(string matterId) => Matters.Find(m => m.Id == matterId);

    /// <summary>A copy to try assignments on without touching this set.</summary>
    public MatterSet Copy() => new() { Matters = Matters.Select(m => m.Copy()).ToList() };

    /// <summary>Whether a topic is an automatic key (a matter of no configured topic), which is all this set groups.</summary>
    public static bool IsAutomatic(string? topic) => topic is not null && topic.StartsWith(AutoTopicKey.Prefix, StringComparison.Ordinal);

    /// <summary>The mean of a statement's claim vectors, as one direction; null when there are none (no embedder).</summary>
    public static float[]? MeaningOf(IReadOnlyList<float[]> claimVectors)
    {
        if (claimVectors.Count == 0) return null;
        var sum = new float[claimVectors[0].Length];
        foreach (var vector in claimVectors)
            for (var i = 0; i < sum.Length && i < vector.Length; i++) sum[i] += vector[i];
        return VectorMath.Normalised(sum);
    }

    private static IEnumerable<string> WordsOf(string key) =>
        key.StartsWith(AutoTopicKey.Prefix, StringComparison.Ordinal) ? key[AutoTopicKey.Prefix.Length..].Split('-', StringSplitOptions.RemoveEmptyEntries) : [];
}
