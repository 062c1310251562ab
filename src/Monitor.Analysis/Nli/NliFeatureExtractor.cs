using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Nli;

/// <summary>
/// Features of a sentence pair for the relation model: embedding similarity and the element-wise
/// product and distance of the two embeddings (what the sentences are about), word overlap (how much
/// one says of the other), negation on one side only (the commonest form of contradiction), and the
/// words that do not align, singly and as cross pairs, so the model learns pairs such as
/// sitting/standing or open/close from training data.
/// </summary>
public sealed class NliFeatureExtractor(ISentenceEmbedder embedder)
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nobody", "none", "nothing", "nowhere", "neither", "nor", "cannot", "without",
        "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "of", "in", "on", "at", "to", "by",
        "with", "and", "or", "some", "there", "it", "its", "this", "that", "these", "those", "his", "her", "their",
        "for", "from", "into", "onto", "up", "down", "out", "which", "who", "has", "have", "do", "does", "being",
    };

    private const int MaxCrossPairs = 24;

    private readonly string[] _embeddingProduct = Enumerable.Range(0, embedder.Dimensions).Select(i => $"e*{i}").ToArray();
    private readonly string[] _embeddingDistance = Enumerable.Range(0, embedder.Dimensions).Select(i => $"e-{i}").ToArray();

    public IReadOnlyList<KeyValuePair<string, float>> Extract(string premise, string hypothesis)
    {
        var features = new List<KeyValuePair<string, float>>(1200);
        var (u, v) = (embedder.Embed(premise), embedder.Embed(hypothesis));
        var cosine = (float)VectorMath.Cosine(u, v);
        Add(features, "bias", 1);
        Add(features, "cos", cosine);
        Add(features, "cos2", cosine * cosine);
        for (var i = 0; i < u.Length; i++)
        {
            Add(features, _embeddingProduct[i], u[i] * v[i] * 8);
            Add(features, _embeddingDistance[i], MathF.Abs(u[i] - v[i]) * 4);
        }

        var wordsA = ClaimKey.Words(premise).ToArray();
        var wordsB = ClaimKey.Words(hypothesis).ToArray();
        var negA = wordsA.Count(Negations.Contains);
        var negB = wordsB.Count(Negations.Contains);
        var contentA = Content(wordsA);
        var contentB = Content(wordsB);
        var onlyA = contentA.Where(w => !contentB.Contains(w)).Order(StringComparer.Ordinal).ToArray();
        var onlyB = contentB.Where(w => !contentA.Contains(w)).Order(StringComparer.Ordinal).ToArray();
        var coverA = contentA.Count == 0 ? 1f : 1f - (float)onlyA.Length / contentA.Count;
        var coverB = contentB.Count == 0 ? 1f : 1f - (float)onlyB.Length / contentB.Count;
        var union = contentA.Union(contentB).Count();
        var jaccard = union == 0 ? 1f : (float)contentA.Intersect(contentB).Count() / union;
        var negationOnOneSide = (negA > 0) != (negB > 0);

        Add(features, "cover-a", coverA);
        Add(features, "cover-b", coverB);
        Add(features, "jaccard", jaccard);
        Add(features, "same-words", onlyA.Length == 0 && onlyB.Length == 0 ? 1 : 0);
        Add(features, "neg-a", Math.Min(negA, 2));
        Add(features, "neg-b", Math.Min(negB, 2));
        Add(features, "neg-one-side", negationOnOneSide ? 1 : 0);
        Add(features, "neg-one-side*jaccard", negationOnOneSide ? jaccard : 0);
        Add(features, "neg-one-side*cos", negationOnOneSide ? cosine : 0);
        Add(features, "neg-both", negA > 0 && negB > 0 ? 1 : 0);
        Add(features, "unaligned-a", Math.Min(onlyA.Length, 6) / 6f);
        Add(features, "unaligned-b", Math.Min(onlyB.Length, 6) / 6f);
        Add(features, "len-diff", Math.Clamp((wordsA.Length - wordsB.Length) / 10f, -1, 1));
        var opposites = onlyA.Sum(a => onlyB.Count(b => Antonyms.AreOpposite(a, b)));
        Add(features, "antonyms", Math.Min(opposites, 2));
        Add(features, "antonyms*cos", opposites > 0 ? cosine : 0);
        foreach (var w in onlyA) Add(features, "a:" + w, 1);
        foreach (var w in onlyB) Add(features, "b:" + w, 1);
        var pairs = 0;
        foreach (var a in onlyA)
        {
            foreach (var b in onlyB)
            {
                if (pairs++ >= MaxCrossPairs) break;
                Add(features, string.CompareOrdinal(a, b) < 0 ? $"x:{a}|{b}" : $"x:{b}|{a}", 1);
            }
        }
        return features;
    }

    private static HashSet<string> Content(IEnumerable<string> words) =>
        words.Where(w => !FunctionWords.Contains(w) && !Negations.Contains(w)).Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);

    private static void Add(List<KeyValuePair<string, float>> features, string name, float value) =>
        features.Add(new KeyValuePair<string, float>(name, value));

}
