using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Leave-one-group-out cross-validation of the judges' weights: for each group (a corpus of events, or a set of labelled
/// pairs), weights are fitted on every other group and score the held-out group's findings. A finding is raised when
/// its score reaches its kind's threshold; the hand-set weights are scored on the same findings beside the learned ones.
/// Since groups hold different events, the held-out figures say how the weights carry over to events they never saw.
/// </summary>
public static class JudgeCrossValidation
{
    public static JudgeCrossValidationResult Run(JudgeWeights prior, IReadOnlyList<JudgeExample> examples, double priorStrength,
        double falseAlertCost, IReadOnlySet<string> fixedScorers, Func<string, double> thresholdOf)
    {
        var outcomes = new List<(JudgeExample Example, bool Learned, bool HandSet)>();
        foreach (var group in examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal))
        {
            var training = examples.Where(e => e.Group != group).ToArray();
            var learned = JudgeWeightTrainer.Fit(prior, training, priorStrength, falseAlertCost, fixedScorers);
            foreach (var example in examples.Where(e => e.Group == group))
            {
                var threshold = thresholdOf(example.Kind);
                outcomes.Add((example, learned.Score(example.Evidence) >= threshold, prior.Score(example.Evidence) >= threshold));
            }
        }

        var scorers = outcomes
            .GroupBy(o => o.Example.Evidence.Scorer)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScorerCrossValidation(g.Key, g.Count(), g.Count(o => o.Example.Contradiction),
                BinaryScores.Count(g.Select(o => (o.Example.Contradiction, o.Learned))),
                BinaryScores.Count(g.Select(o => (o.Example.Contradiction, o.HandSet)))))
            .ToList();
        return new JudgeCrossValidationResult(priorStrength, falseAlertCost, scorers, Alerts(outcomes, o => o.Learned), Alerts(outcomes, o => o.HandSet));
    }

    // As the corpus scorer counts them: precision over the statement pairs raised, recall over the flagged document
    // pairs that some judge weighed at all (the others no weight can find).
    private static AlertCrossValidation Alerts(List<(JudgeExample Example, bool Learned, bool HandSet)> outcomes,
        Func<(JudgeExample Example, bool Learned, bool HandSet), bool> raised)
    {
        var statementPairs = outcomes
            .GroupBy(o => (o.Example.Group, o.Example.StatementPair))
            .Select(g => (Gold: g.First().Example.Contradiction, Raised: g.Any(raised), g.First().Example.Group, g.First().Example.DocumentPair))
            .ToList();
        var raisedRight = statementPairs.Count(p => p.Raised && p.Gold);
        var raisedWrong = statementPairs.Count(p => p.Raised && !p.Gold);
        var flagged = statementPairs.Where(p => p.Gold).GroupBy(p => (p.Group, p.DocumentPair)).ToList();
        var found = flagged.Count(g => g.Any(p => p.Raised));
        return new AlertCrossValidation(raisedRight, raisedWrong, found, flagged.Count);
    }
}
