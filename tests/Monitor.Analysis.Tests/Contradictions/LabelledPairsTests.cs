using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Precision and recall over hand-labelled pairs. <c>holdout.jsonl</c> was written before the judges were
/// run on it and is never used to set weights; <c>calibration.jsonl</c> is what the weights were set on.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class LabelledPairsTests(MiniLmFixture fixture)
{
    private static string PairsFile(string name) => Path.Combine(AppContext.BaseDirectory, "Contradictions", "Pairs", name);

    [Fact]
    public void Holdout_pairs_are_many_and_half_are_hard_negatives()
    {
        var pairs = LabelledPair.ReadJsonLines(PairsFile("holdout.jsonl"));

        Assert.True(pairs.Count >= 80, $"{pairs.Count} pairs");
        var negatives = pairs.Count(p => !p.Contradiction);
        Assert.InRange(negatives, pairs.Count * 0.4, pairs.Count * 0.6);
        Assert.Equal(pairs.Count, pairs.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Holdout_precision_is_at_least_0_9_and_recall_at_least_0_8()
    {
        var result = new LabelledPairEvaluation(fixture.Checker).Evaluate(PairsFile("holdout.jsonl"));

        Assert.True(result.Contradiction.Precision >= 0.9, result.ToString());
        Assert.True(result.Contradiction.Recall >= 0.8, result.ToString());
    }

    [Fact]
    public void Calibration_pairs_are_all_decided_right()
    {
        var result = new LabelledPairEvaluation(fixture.Checker).Evaluate(PairsFile("calibration.jsonl"));

        Assert.True(result.Contradiction.F1 >= 0.95, result.ToString());
    }
}
