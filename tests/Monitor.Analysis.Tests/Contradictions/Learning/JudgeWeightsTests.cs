using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions.Learning;

/// <summary>The judges' weights files: what they hold, how they read and write, and what a wrong file gets.</summary>
public sealed class JudgeWeightsTests
{
    private static readonly string[] ScorersTheJudgesUse =
    [
        "opposition", "denial-of-report", "number-mismatch", "toll", "revised-figure", "date-mismatch", "date-dropped", "softened",
        "admission", "assurance-overturned", "dropped-label",
    ];

    [Fact]
    public void Both_shipped_sets_weigh_every_scorer_the_judges_use_and_only_the_learned_set_says_how_it_was_trained()
    {
        Assert.Equal(ScorersTheJudgesUse, JudgeWeights.HandSet.Scorers.Select(s => s.Key));
        Assert.Equal(ScorersTheJudgesUse, JudgeWeights.Shipped.Scorers.Select(s => s.Key));
        // Same terms in the same order: learning moves weights, it does not invent evidence.
        foreach (var (scorer, hand) in JudgeWeights.HandSet.Scorers)
            Assert.Equal(hand.Weights.Select(w => w.Key), JudgeWeights.Shipped.Of(scorer).Weights.Select(w => w.Key));
        Assert.Null(JudgeWeights.HandSet.Training);
        Assert.NotNull(JudgeWeights.Shipped.Training);
        Assert.Contains("train-judges", JudgeWeights.Shipped.Note);
    }

    [Fact]
    public void A_score_is_the_logistic_of_the_bias_plus_each_term_times_its_weight()
    {
        var weights = JudgeWeights.Parse("""{"scorers":{"s":{"bias":-1.0,"weights":{"a":2.0,"b":-3.0}}}}""");

        var evidence = new JudgeEvidence("s", [new("a", 0.5), EvidenceTerm.Flag("b", true)]);

        Assert.Equal(-3.0, weights.Margin(evidence), 10);
        Assert.Equal(1 / (1 + Math.Exp(3.0)), weights.Score(evidence), 10);
        Assert.Equal(-1.0, weights.Margin(new JudgeEvidence("s", [EvidenceTerm.Flag("b", false)])), 10);
    }

    [Fact]
    public void Evidence_the_weights_do_not_know_is_an_error_that_names_it()
    {
        var weights = JudgeWeights.Parse("""{"scorers":{"s":{"bias":0,"weights":{"a":1}}}}""");

        var unknownTerm = Assert.Throws<InvalidOperationException>(() => weights.Score(new JudgeEvidence("s", [new("c", 1)])));
        var unknownScorer = Assert.Throws<InvalidOperationException>(() => weights.Score(new JudgeEvidence("t", [])));

        Assert.Contains("'c'", unknownTerm.Message);
        Assert.Contains("'t'", unknownScorer.Message);
    }

    [Theory]
    [InlineData("""{"weights":{}}""", "scorers")]
    [InlineData("""{"scorers":{"s":{"weights":{}}}}""", "bias")]
    [InlineData("""{"scorers":{"s":{"bias":0,"weights":{"a":"x"}}}}""", "'a'")]
    [InlineData("""{"scorers":{},"training":{"priorStrength":1}}""", "falseAlertCost")]
    [InlineData("""{"scorers":{"s":{"bias":0,"weights":{"a":1,"a":2}}}}""", "twice")]
    [InlineData("""{"scorers":{"s":{"bias":0},"s":{"bias":1}}}""", "twice")]
    public void A_malformed_weights_file_is_refused_with_what_is_wrong(string json, string named)
    {
        var error = Assert.Throws<InvalidDataException>(() => JudgeWeights.Parse(json));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Written_weights_read_back_the_same_and_the_shipped_files_are_in_that_written_form()
    {
        foreach (var name in new[] { "judge-weights.json", "judge-weights-hand.json" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Monitor.Analysis", "Contradictions", name));
            var parsed = JudgeWeights.Parse(text);

            Assert.Equal(text, parsed.ToJson());
            Assert.Equal(text, JudgeWeights.Parse(parsed.ToJson()).ToJson());
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Monitor.sln"))) return directory.FullName;
        throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
    }
}
