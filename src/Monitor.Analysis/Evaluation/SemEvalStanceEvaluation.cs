using System.Diagnostics;
using Monitor.Abstractions;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Evaluation;

/// <summary>F-avg of the model and of the rule-based cues on one target's texts.</summary>
public sealed record TargetStanceResult(string Target, int Texts, StanceScores Model, StanceScores Rules);

/// <summary>
/// The scores of `monitor eval stance`: per target and over every text together (the official measure),
/// for the target-aware model and the rule-based <see cref="StanceClassifier"/>, plus the majority-class
/// baseline when the training file is there to say which class is the majority, and timings.
/// </summary>
public sealed record SemEvalStanceResult(
    int Texts,
    IReadOnlyList<TargetStanceResult> Targets,
    StanceScores Model,
    StanceScores Rules,
    StanceScores? Majority,
    TimeSpan FirstPass,
    TimeSpan CachedPass);

/// <summary>
/// Scores stance on SemEval-2016 Task 6 Task A's test split (the `monitor eval stance DIR` command). The
/// model's weights come from the training and trial files only (<see cref="TargetStanceTrainer"/>); the
/// test file is read only here, and never by tests.
/// </summary>
public sealed class SemEvalStanceEvaluation(ISentenceEmbedder embedder, TargetStanceModel model)
{
    public async Task<SemEvalStanceResult> EvaluateAsync(string directory, CancellationToken cancellationToken)
    {
        var test = await SemEvalStanceData.ReadAsync(Path.Combine(directory, SemEvalStanceData.TestFile), cancellationToken);
        var pairs = test.Select(e => (e.Target, e.Text)).ToArray();
        var classifier = model.Bind(embedder);

        // The first pass embeds every text; the second finds them cached, which is the cost once a
        // service has embedded a statement for some other purpose.
        var clock = Stopwatch.StartNew();
        var predicted = classifier.ClassifyMany(pairs);
        var firstPass = clock.Elapsed;
        clock.Restart();
        foreach (var (target, text) in pairs) classifier.Classify(target, text);
        var cachedPass = clock.Elapsed;

        var rules = test.Select(e => StanceClassifier.Classify(e.Text)).ToArray();
        var targets = test.Select(e => e.Target).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(target =>
            {
                var rows = Enumerable.Range(0, test.Count).Where(i => test[i].Target == target).ToArray();
                return new TargetStanceResult(
                    target,
                    rows.Length,
                    StanceScores.Count(rows.Select(i => (test[i].Stance, predicted[i])).ToArray()),
                    StanceScores.Count(rows.Select(i => (test[i].Stance, rules[i])).ToArray()));
            })
            .ToArray();

        StanceScores? majority = null;
        var trainingPath = Path.Combine(directory, SemEvalStanceData.TrainingFile);
        if (File.Exists(trainingPath))
        {
            var majorityOf = MajorityByTarget(await SemEvalStanceData.ReadAsync(trainingPath, cancellationToken));
            majority = StanceScores.Count(test.Select(e => (e.Stance, majorityOf.GetValueOrDefault(e.Target, Stance.Neutral))).ToArray());
        }

        return new SemEvalStanceResult(
            test.Count,
            targets,
            StanceScores.Count(test.Select((e, i) => (e.Stance, predicted[i])).ToArray()),
            StanceScores.Count(test.Select((e, i) => (e.Stance, rules[i])).ToArray()),
            majority,
            firstPass,
            cachedPass);
    }

    /// <summary>Each target's commonest stance in the training data; ties go to the lower <see cref="Stance"/> value.</summary>
    public static IReadOnlyDictionary<string, Stance> MajorityByTarget(IEnumerable<StanceExample> training) =>
        training.GroupBy(e => e.Target, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(e => e.Stance).OrderByDescending(s => s.Count()).ThenBy(s => s.Key).First().Key,
            StringComparer.Ordinal);
}
