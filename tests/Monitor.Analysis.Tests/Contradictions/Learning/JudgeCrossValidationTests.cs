using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Tests.Contradictions.Learning;

/// <summary>Leave-one-group-out figures: each group is scored by weights fitted without it, beside the prior's own figures.</summary>
public sealed class JudgeCrossValidationTests
{
    private static readonly JudgeWeights Prior = JudgeWeights.Parse(
        """{"scorers":{"s":{"bias":-2.0,"weights":{"similarity":4.0,"hint":0.0}}}}""");

    [Fact]
    public void A_signal_every_group_shares_is_learned_from_the_others_and_lifts_the_held_out_figures_over_the_prior()
    {
        var examples = new List<JudgeExample>();
        for (var group = 0; group < 3; group++)
            for (var i = 0; i < 12; i++)
            {
                var flagged = i % 3 == 0;
                examples.Add(new JudgeExample($"corpus-{group}", $"d{i}>d{i + 50}", $"s{i}>s{i + 50}", AlertKinds.NegatedClaim,
                    new JudgeEvidence("s", [new("similarity", 0.4), EvidenceTerm.Flag("hint", flagged)]), flagged));
            }

        var result = JudgeCrossValidation.Run(Prior, examples, priorStrength: 1, falseAlertCost: 1, new HashSet<string>(), _ => 0.5);

        // The prior scores every finding alike (0.4 similarity: below even odds) and raises nothing.
        Assert.Equal(new AlertCrossValidation(0, 0, 0, 12), result.HandSet);
        Assert.Equal(new AlertCrossValidation(12, 0, 12, 12), result.Learned);
        var scorer = Assert.Single(result.Scorers);
        Assert.Equal(("s", 36, 12), (scorer.Scorer, scorer.Findings, scorer.OnFlaggedPairs));
        Assert.Equal(1.0, scorer.Learned.F1);
    }

    [Fact]
    public void A_flagged_document_pair_counts_once_however_many_of_its_statement_pairs_are_raised()
    {
        var examples = new[]
        {
            new JudgeExample("g", "d1>d2", "s1>s2", AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", 0.9)]), true),
            new JudgeExample("g", "d1>d2", "s3>s2", AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", 0.9)]), true),
            new JudgeExample("g", "d3>d4", "s5>s6", AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", 0.1)]), true),
            new JudgeExample("g", "d5>d6", "s7>s8", AlertKinds.NegatedClaim, new JudgeEvidence("s", [new("similarity", 0.9)]), false),
        };

        var result = JudgeCrossValidation.Run(Prior, examples, priorStrength: 1, falseAlertCost: 1, new HashSet<string>(), _ => 0.5);

        // Two raised on d1>d2, one on an unflagged pair; one of the two flagged pairs found.
        Assert.Equal(new AlertCrossValidation(2, 1, 1, 2), result.HandSet);
        Assert.Equal(2.0 / 3, result.HandSet.Precision, 10);
        Assert.Equal(0.5, result.HandSet.Recall, 10);
    }
}
