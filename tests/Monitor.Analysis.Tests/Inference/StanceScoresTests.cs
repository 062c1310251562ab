using Monitor.Abstractions;
using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Tests.Inference;

public sealed class StanceScoresTests
{
    private const Stance F = Stance.Support;
    private const Stance A = Stance.Oppose;
    private const Stance N = Stance.Neutral;

    [Fact]
    public void F_avg_is_the_mean_of_the_favour_and_against_F1()
    {
        Stance[] gold = [F, F, F, F, A, A, N, N, N, N];
        Stance[] predicted = [F, F, N, A, A, A, F, N, N, N];

        var scores = StanceScores.Count(gold.Zip(predicted).ToArray());

        // Favour: 2 right, 1 false alarm, 2 missed: P 2/3, R 1/2, F1 4/7. Against: 2 right, 1 false alarm: P 2/3, R 1, F1 4/5.
        Assert.Equal((2, 1, 2), (scores.Favor.TruePositives, scores.Favor.FalsePositives, scores.Favor.FalseNegatives));
        Assert.Equal((2, 1, 0), (scores.Against.TruePositives, scores.Against.FalsePositives, scores.Against.FalseNegatives));
        Assert.Equal(4.0 / 7, scores.Favor.F1, 12);
        Assert.Equal(4.0 / 5, scores.Against.F1, 12);
        Assert.Equal(24.0 / 35, scores.FAverage, 12);
    }

    [Fact]
    public void Neutral_answers_are_not_averaged_so_saying_neutral_to_everything_scores_zero()
    {
        Stance[] gold = [F, A, N, N];

        var scores = StanceScores.Count(gold.Select(g => (g, N)).ToArray());

        Assert.Equal(0, scores.FAverage);
    }

    [Fact]
    public void Texts_of_every_target_are_counted_together_not_averaged_per_target()
    {
        // One target: a lone favour, found (its F-avg on its own would be 0.5, against being empty).
        // Another: three against and one favour, of which one against is missed and the favour read as against.
        (Stance, Stance)[] outcomes = [(F, F), (A, A), (A, A), (A, N), (F, A)];

        var scores = StanceScores.Count(outcomes);

        // Favour: P 1, R 1/2, F1 2/3. Against: P 2/3, R 2/3, F1 2/3.
        Assert.Equal(2.0 / 3, scores.FAverage, 12);
        Assert.Equal(5, scores.Texts);
    }
}
