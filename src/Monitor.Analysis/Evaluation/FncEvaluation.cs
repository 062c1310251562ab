using System.Text.RegularExpressions;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Nli;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Scores denial detection on the FNC-1 competition test set (the `monitor eval fnc DIR` command): does an
/// article body dispute its headline's claim? A body disputes it when one of the sentences closest in
/// meaning to the headline calls it false ("hoax", "fake", "denied", "not true") or the relation model
/// reads that sentence as contradicting the headline. The rule and its thresholds were fixed before the
/// test set was read; FNC-1 training data is not used.
/// </summary>
public sealed partial class FncEvaluation(ISentenceEmbedder embedder, NliModel model)
{
    private const int ClosestSentences = 3;
    private const double ContradictionProbability = 0.5;
    private const int MaxSentencesPerBody = 40;

    private static readonly HashSet<string> RefutingWords = new(StringComparer.Ordinal)
    {
        "hoax", "hoaxes", "fake", "faked", "false", "falsely", "untrue", "debunk", "debunked", "debunks", "deny", "denies",
        "denied", "denial", "rumor", "rumors", "rumour", "rumours", "satire", "satirical", "fabricated", "fabrication", "bogus",
        "myth", "doctored", "photoshopped", "misleading", "baseless", "unfounded", "refuted", "refutes", "dismissed", "prank",
    };

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    public FncResult Evaluate(string directory)
    {
        var bodies = CsvReader.ReadFile(Path.Combine(directory, "competition_test_bodies.csv")).Skip(1)
            .Where(r => r.Length >= 2)
            .ToDictionary(r => r[0], r => Sentences(r[1]));
        var pairs = CsvReader.ReadFile(Path.Combine(directory, "competition_test_stances.csv")).Skip(1)
            .Where(r => r.Length >= 3 && r[2] != "unrelated" && bodies.ContainsKey(r[1]))
            .Select(r => (Headline: r[0], Body: bodies[r[1]], Disagree: r[2] == "disagree"))
            .ToArray();
        embedder.EmbedMany(pairs.Select(p => p.Headline).Concat(bodies.Values.SelectMany(s => s)).Distinct(StringComparer.Ordinal).ToArray());
        var extractor = new NliFeatureExtractor(embedder);
        var outcomes = pairs.Select(p => (p.Disagree, Disputes(p.Headline, p.Body, extractor))).ToArray();
        return new FncResult(pairs.Length, pairs.Count(p => p.Disagree), BinaryScores.Count(outcomes));
    }

    /// <summary>True when the body disputes the headline's claim.</summary>
    public bool Disputes(string headline, IReadOnlyList<string> bodySentences, NliFeatureExtractor extractor)
    {
        var headlineVector = embedder.Embed(headline);
        var closest = bodySentences
            .Select(s => (Sentence: s, Similarity: VectorMath.Cosine(headlineVector, embedder.Embed(s))))
            .OrderByDescending(s => s.Similarity).ThenBy(s => s.Sentence, StringComparer.Ordinal)
            .Take(ClosestSentences);
        foreach (var (sentence, _) in closest)
        {
            if (ClaimKey.Words(sentence).Any(RefutingWords.Contains)) return true;
            if (model.Probabilities(extractor.Extract(headline, sentence))[(int)NliLabel.Contradiction] >= ContradictionProbability) return true;
        }
        return false;
    }

    private static string[] Sentences(string body) =>
        SentenceBreak().Split(body).Select(s => s.Trim()).Where(s => s.Length > 20).Take(MaxSentencesPerBody).ToArray();
}
