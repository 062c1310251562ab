using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Inference;

/// <summary>The features of one (target, text) pair: ascending indices into the model's feature space and their values.</summary>
internal readonly record struct StanceFeatures(int[] Indices, float[] Values);

/// <summary>
/// Features for target-aware stance. Hashed buckets hold word 1..n-grams (with words under a negation
/// marked), whole hashtags and mentions, and character n-grams; after them come dense features: the
/// text's sentence embedding, its element-wise product with the target's embedding (what the text says
/// about the target), their cosine, a bias, and negation-aware polarity cues with whether the text
/// names the target. Each group is scaled to unit length so no group outweighs another by its size.
/// </summary>
internal sealed class StanceFeatureExtractor
{
    private const int CueCount = 9;
    private static readonly HashSet<string> TargetFunctionWords = new(StringComparer.Ordinal)
    {
        "about", "against", "their", "there", "which", "where", "other", "being",
    };

    private readonly ISentenceEmbedder _embedder;
    private readonly TargetStanceOptions _options;
    private readonly int _dimensions;
    private readonly float _productScale;

    public StanceFeatureExtractor(ISentenceEmbedder embedder, TargetStanceOptions options)
    {
        _embedder = embedder;
        _options = options;
        _dimensions = embedder.Dimensions;
        // Products of two unit vectors' components are about 1/d each; this brings them to the embedding's own scale.
        _productScale = MathF.Sqrt(_dimensions);
        HashedSize = 1 << options.HashBits;
        Size = HashedSize + 2 * _dimensions + 2 + CueCount;
    }

    public int HashedSize { get; }

    /// <summary>Hashed buckets, then the dense features.</summary>
    public int Size { get; }

    /// <summary>The key a target's weights are kept under: case and spacing do not matter.</summary>
    public static string TargetKey(string target) => string.Join(' ', ClaimKey.Words(target));

    /// <summary>Embeds every text and target in one batch, which is far cheaper than one at a time.</summary>
    public void Prepare(IEnumerable<(string Target, string Text)> pairs)
    {
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, text) in pairs)
        {
            foreach (var sentence in new[] { StanceText.ForEmbedding(target), StanceText.ForEmbedding(text) })
                if (seen.Add(sentence)) texts.Add(sentence);
        }
        if (texts.Count > 0) _embedder.EmbedMany(texts);
    }

    public StanceFeatures Extract(string target, string text)
    {
        var (words, tags) = StanceText.Tokens(text);
        var hashed = new Dictionary<int, float>();
        AddGroup(hashed, WordFeatures(words, tags), _options.WordWeight);
        AddGroup(hashed, CharFeatures(StanceText.Clean(text).ToLowerInvariant()), _options.CharWeight);

        var indices = new List<int>(hashed.Count + Size - HashedSize);
        var values = new List<float>(indices.Capacity);
        foreach (var index in hashed.Keys.Order())
        {
            indices.Add(index);
            values.Add(hashed[index]);
        }

        var dense = HashedSize;
        var e = _embedder.Embed(StanceText.ForEmbedding(text));
        var t = _embedder.Embed(StanceText.ForEmbedding(target));
        var weight = _options.EmbeddingWeight;
        var cosine = 0f;
        for (var i = 0; i < _dimensions; i++)
        {
            Dense(indices, values, dense + i, e[i] * weight);
            Dense(indices, values, dense + _dimensions + i, e[i] * t[i] * _productScale * weight);
            cosine += e[i] * t[i];
        }
        dense += 2 * _dimensions;
        Dense(indices, values, dense++, cosine * weight);
        Dense(indices, values, dense++, 1);

        var (positive, negative, negated) = PolarityCues.Count(words);
        var mentions = MentionsTarget(target, words) ? 1f : 0f;
        var rule = StanceClassifier.Classify(text);
        var cue = _options.CueWeight;
        Dense(indices, values, dense++, Math.Min(positive, 3) / 3f * cue);
        Dense(indices, values, dense++, Math.Min(negative, 3) / 3f * cue);
        Dense(indices, values, dense++, Math.Min(negated, 2) / 2f * cue);
        Dense(indices, values, dense++, mentions * cue);
        Dense(indices, values, dense++, Math.Min(positive, 3) / 3f * mentions * cue);
        Dense(indices, values, dense++, Math.Min(negative, 3) / 3f * mentions * cue);
        Dense(indices, values, dense++, Math.Sign(positive - negative) * cue);
        Dense(indices, values, dense++, rule == Abstractions.Stance.Support ? cue : 0);
        Dense(indices, values, dense++, rule == Abstractions.Stance.Oppose ? cue : 0);
        return new StanceFeatures(indices.ToArray(), values.ToArray());
    }

    /// <summary>Whether a word of the target (five letters or more, compared on its first six) appears in the text.</summary>
    internal static bool MentionsTarget(string target, IReadOnlyList<string> words)
    {
        var prefixes = ClaimKey.Words(target)
            .Where(w => w.Length >= 5 && !TargetFunctionWords.Contains(w))
            .Select(w => w[..Math.Min(6, w.Length)])
            .ToArray();
        return words.Any(w => prefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
    }

    private IEnumerable<ulong> WordFeatures(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        foreach (var tag in tags) yield return Hash('t', tag);
        var content = words.Where(w => !StanceText.IsPunctuation(w) || w[0] is '!' or '?').ToArray();
        // Words up to three after a negator, stopping at punctuation, are also seen as negated words.
        var negatedFor = 0;
        foreach (var word in words)
        {
            if (StanceText.IsPunctuation(word)) negatedFor = 0;
            else if (PolarityCues.IsNegator(word)) negatedFor = 3;
            else if (negatedFor-- > 0) yield return Hash('n', word);
        }
        for (var n = 1; n <= _options.MaxWordNgram; n++)
        {
            for (var i = 0; i + n <= content.Length; i++)
            {
                var h = Seed((char)('0' + n));
                for (var k = 0; k < n; k++) h = Fnv(Fnv(h, content[i + k]), '\u0001');
                yield return Finish(h);
            }
        }
    }

    private IEnumerable<ulong> CharFeatures(string text)
    {
        var padded = " " + text + " ";
        for (var n = _options.MinCharNgram; n <= _options.MaxCharNgram; n++)
            for (var i = 0; i + n <= padded.Length; i++)
                yield return Finish(Fnv(Seed((char)('a' + n)), padded.AsSpan(i, n)));
    }

    /// <summary>Counts the group's features into buckets and adds them scaled to unit length times the group's weight.</summary>
    private void AddGroup(Dictionary<int, float> hashed, IEnumerable<ulong> features, float weight)
    {
        if (weight == 0) return;
        var counts = new Dictionary<int, float>();
        foreach (var h in features)
        {
            var bucket = (int)(h & (ulong)(HashedSize - 1));
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        }
        var norm = 0.0;
        foreach (var c in counts.Values) norm += c * c;
        if (norm == 0) return;
        var scale = (float)(weight / Math.Sqrt(norm));
        foreach (var (bucket, count) in counts) hashed[bucket] = hashed.GetValueOrDefault(bucket) + count * scale;
    }

    private static void Dense(List<int> indices, List<float> values, int index, float value)
    {
        if (value == 0) return;
        indices.Add(index);
        values.Add(value);
    }

    // FNV-1a over UTF-16 code units: stable across processes and platforms, unlike string.GetHashCode.
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private static ulong Seed(char kind) => Fnv(FnvOffset, kind);

    private static ulong Hash(char kind, string value) => Finish(Fnv(Seed(kind), value));

    private static ulong Fnv(ulong h, char c) => (h ^ c) * FnvPrime;

    private static ulong Fnv(ulong h, ReadOnlySpan<char> value)
    {
        foreach (var c in value) h = (h ^ c) * FnvPrime;
        return h;
    }

    // A final avalanche spreads FNV's weak low bits, which are the ones a power-of-two bucket count keeps.
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccd;
        h ^= h >> 33;
        return h;
    }
}
