namespace Monitor.Analysis.Embeddings;

/// <summary>
/// Turns sentences into unit-length vectors whose dot product is their cosine similarity.
/// Implementations cache, so asking twice for the same text costs one lookup.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>Length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    float[] Embed(string text);

    /// <summary>Embeds many texts at once; batching is much cheaper than one call per text.</summary>
    IReadOnlyList<float[]> EmbedMany(IReadOnlyList<string> texts);
}
