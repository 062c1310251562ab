using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Tests.Contradictions.Learning;

/// <summary>
/// Learning the judges' weights: drawn towards the prior, moved by labelled findings, made stricter by a dearer false
/// alert, one stand-in per flagged pair, and the shipped weights reproduced from the committed examples.
/// </summary>
public sealed class JudgeWeightTrainerTests
{
    private static readonly JudgeWeights Prior = JudgeWeights.Parse(
        """{"scorers":{"s":{"bias":-2.0,"weights":{"similarity":4.0,"hint":0.0}},"fixed":{"bias":1.0,"weights":{}}}}""");

    private static readonly IReadOnlySet<string> NoneFixed = new HashSet<string>();

    // Findings where "hint" marks the flagged pairs and similarity says nothing: the prior ignores the hint.
    private static List<JudgeExample> HintedExamples()
    {
        var examples = new List<JudgeExample>();
        for (var i = 0; i < 40; i++)
        {
            var flagged = i % 2 == 0;
            examples.Add(new JudgeExample($"g{i % 4}", $"d{i}>d{i + 100}", $"s{i}>s{i + 100}", AlertKinds.NegatedClaim,
                new JudgeEvidence("s", [new("similarity", 0.5), EvidenceTerm.Flag("hint", flagged)]), flagged));
        }
        return examples;
    }

    [Fact]
    public void Labelled_findings_move_a_weight_the_prior_left_at_zero_towards_what_tells_the_flagged_pairs()
    {
        var learned = JudgeWeightTrainer.Fit(Prior, HintedExamples(), priorStrength: 1, falseAlertCost: 1, NoneFixed);

        Assert.True(learned.Of("s").WeightOf("hint") > 2, $"hint weight {learned.Of("s").WeightOf("hint")}");
        Assert.True(learned.Score(new JudgeEvidence("s", [new("similarity", 0.5), EvidenceTerm.Flag("hint", true)])) > 0.5);
        Assert.True(learned.Score(new JudgeEvidence("s", [new("similarity", 0.5)])) < 0.5);
    }

    [Fact]
    public void A_stronger_prior_keeps_the_weights_closer_to_the_hand_set_ones()
    {
        var loose = JudgeWeightTrainer.Fit(Prior, HintedExamples(), priorStrength: 0.5, falseAlertCost: 1, NoneFixed);
        var firm = JudgeWeightTrainer.Fit(Prior, HintedExamples(), priorStrength: 50, falseAlertCost: 1, NoneFixed);

        Assert.True(firm.Of("s").WeightOf("hint") < loose.Of("s").WeightOf("hint"));
        Assert.True(Math.Abs(firm.Of("s").WeightOf("similarity") - 4.0) <= Math.Abs(loose.Of("s").WeightOf("similarity") - 4.0));
    }

    [Fact]
    public void A_dearer_false_alert_lowers_the_score_of_evidence_seen_on_both_kinds_of_pair()
    {
        // The same evidence on two flagged pairs and two others: even odds at cost 1, against at cost 4.
        var examples = Enumerable.Range(0, 4)
            .Select(i => new JudgeExample("g", $"d{i}", $"s{i}", AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", 0.5)]), i < 2))
            .ToList();
        var evidence = new JudgeEvidence("s", [new("similarity", 0.5)]);

        var even = JudgeWeightTrainer.Fit(Prior, examples, priorStrength: 0.01, falseAlertCost: 1, NoneFixed).Score(evidence);
        var dear = JudgeWeightTrainer.Fit(Prior, examples, priorStrength: 0.01, falseAlertCost: 4, NoneFixed).Score(evidence);

        Assert.InRange(even, 0.45, 0.55);
        Assert.InRange(dear, 0.15, 0.25);
    }

    [Fact]
    public void Scorers_without_findings_or_named_as_untrained_keep_the_prior_and_the_fit_is_repeatable()
    {
        var examples = HintedExamples();
        examples.Add(new JudgeExample("g0", "x>y", "a>b", AlertKinds.NegatedClaim, new JudgeEvidence("fixed", []), false));

        var first = JudgeWeightTrainer.Fit(Prior, examples, 2, 1.5, new HashSet<string> { "fixed" }, "note");
        var second = JudgeWeightTrainer.Fit(Prior, examples, 2, 1.5, new HashSet<string> { "fixed" }, "note");

        Assert.Equal(1.0, first.Of("fixed").Bias);
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(new JudgeTraining(2, 1.5), first.Training);
        Assert.Contains("softened", JudgeWeightTrainer.Untrained);
    }

    [Fact]
    public void Each_flagged_document_pair_is_stood_for_by_its_strongest_finding_and_every_other_finding_counts_against()
    {
        JudgeExample Finding(string documents, string statements, double similarity, bool flagged) =>
            new("g", documents, statements, AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", similarity)]), flagged);
        var examples = new[]
        {
            Finding("d1>d2", "s1>s5", 0.3, true),
            Finding("d1>d2", "s2>s5", 0.9, true),
            Finding("d1>d2", "s3>s6", 0.6, true),
            Finding("d3>d4", "s7>s8", 0.2, false),
            Finding("d3>d4", "s9>s8", 0.8, false),
        };

        var standing = JudgeWeightTrainer.StandIns(Prior, examples);

        Assert.Equal(["s2>s5", "s7>s8", "s9>s8"], standing.Select(e => e.StatementPair));
    }

    [Fact]
    public void The_shipped_weights_are_reproduced_byte_for_byte_from_the_committed_examples()
    {
        var root = JudgeWeightsTests.RepositoryRoot();
        var examples = JudgeExampleFile.Read(File.ReadAllText(Path.Combine(root, "bench", "judges", "judge-examples.jsonl")));
        var shipped = File.ReadAllText(Path.Combine(root, "src", "Monitor.Analysis", "Contradictions", "judge-weights.json"));
        var settings = JudgeWeights.Shipped.Training!;

        var refit = JudgeWeightTrainer.Fit(JudgeWeights.HandSet, examples, settings.PriorStrength, settings.FalseAlertCost,
            JudgeWeightTrainer.Untrained, JudgeWeights.Shipped.Note);

        Assert.Equal(shipped, refit.ToJson());
    }
}
