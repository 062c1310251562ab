using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Learns each scorer's weights by logistic regression on the findings its judge made on labelled pairs, drawn towards
/// the hand-set weights by a Gaussian prior (an L2 penalty on the distance from them): where labelled findings are few,
/// a scorer keeps close to what it was calibrated with; where they are many, they decide. A false alert can be made to
/// cost more than a missed one (<c>falseAlertCost</c>): each finding on a pair no reader flags then counts that many
/// times, which moves the even-odds point of the score to where an alert is that much more likely right than wrong.
/// Scorers with no examples, and those named as fixed, keep the prior's weights. Deterministic: the same examples give
/// the same weights.
/// </summary>
public static class JudgeWeightTrainer
{
    private const int Iterations = 200;

    /// <summary>Scorers training leaves as set: softened findings never raise an alert, so no label says what their score should be.</summary>
    public static IReadOnlySet<string> Untrained { get; } = System.Collections.Frozen.FrozenSet.ToFrozenSet(["softened"], StringComparer.Ordinal);

    public static JudgeWeights Fit(JudgeWeights prior, IReadOnlyList<JudgeExample> examples, double priorStrength,
        double falseAlertCost, IReadOnlySet<string> fixedScorers, string? note = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorStrength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(falseAlertCost);
        var fitted = new List<KeyValuePair<string, ScorerWeights>>();
        var standing = StandIns(prior, examples);
        foreach (var (scorer, weights) in prior.Scorers)
        {
            var own = standing.Where(e => e.Evidence.Scorer == scorer).ToArray();
            fitted.Add(new(scorer, own.Length == 0 || fixedScorers.Contains(scorer) ? weights : FitOne(weights, own, priorStrength, falseAlertCost)));
        }
        return new JudgeWeights(fitted, note ?? prior.Note, new JudgeTraining(priorStrength, falseAlertCost));
    }

    /// <summary>
    /// A flagged document pair is found when any one of its statement pairs raises an alert, and a reader's flag is about
    /// one of them; the others, weighed on words the two articles happen to share, are no evidence either way. So the
    /// finding the prior scores highest stands for its flagged pair, the rest are left out, and every finding on a pair
    /// nobody flags counts against.
    /// </summary>
    public static IReadOnlyList<JudgeExample> StandIns(JudgeWeights prior, IReadOnlyList<JudgeExample> examples)
    {
        var standIns = examples
            .Where(e => e.Contradiction)
            .GroupBy(e => (e.Group, e.DocumentPair))
            .Select(g => g.OrderByDescending(e => prior.Margin(e.Evidence)).ThenBy(e => e.StatementPair, StringComparer.Ordinal).First())
            .ToHashSet();
        return examples.Where(e => !e.Contradiction || standIns.Contains(e)).ToArray();
    }

    private static ScorerWeights FitOne(ScorerWeights prior, IReadOnlyList<JudgeExample> examples, double priorStrength, double falseAlertCost)
    {
        // Parameter 0 is the bias, then one per term in the prior's order; the optimiser works on the distance from the prior.
        var size = prior.Weights.Count + 1;
        var start = new double[size];
        start[0] = prior.Bias;
        for (var j = 0; j < prior.Weights.Count; j++) start[j + 1] = prior.Weights[j].Value;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < prior.Weights.Count; j++) index[prior.Weights[j].Key] = j + 1;

        var rows = new double[examples.Count][];
        var labels = new double[examples.Count];
        var costs = new double[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var row = new double[size];
            row[0] = 1;
            foreach (var term in examples[i].Evidence.Terms)
            {
                if (!index.TryGetValue(term.Name, out var j))
                    throw new InvalidDataException($"Scorer '{examples[i].Evidence.Scorer}' has no weight for the evidence term '{term.Name}'.");
                row[j] += term.Value;
            }
            rows[i] = row;
            labels[i] = examples[i].Contradiction ? 1 : 0;
            costs[i] = examples[i].Contradiction ? 1 : falseAlertCost;
        }

        double Objective(double[] offset, double[] gradient)
        {
            var loss = 0.0;
            for (var j = 0; j < size; j++)
            {
                loss += 0.5 * priorStrength * offset[j] * offset[j];
                gradient[j] = priorStrength * offset[j];
            }
            for (var i = 0; i < rows.Length; i++)
            {
                var z = 0.0;
                for (var j = 0; j < size; j++) z += (start[j] + offset[j]) * rows[i][j];
                // log(1 + e^z) − y·z, written to stay finite for large |z|.
                loss += costs[i] * ((z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - labels[i] * z);
                var residual = costs[i] * (Logistic.Of(z) - labels[i]);
                for (var j = 0; j < size; j++) gradient[j] += residual * rows[i][j];
            }
            return loss;
        }

        var best = Lbfgs.Minimise(Objective, size, Iterations, tolerance: 1e-6);
        var weights = new List<KeyValuePair<string, double>>(prior.Weights.Count);
        for (var j = 0; j < prior.Weights.Count; j++) weights.Add(new(prior.Weights[j].Key, start[j + 1] + best[j + 1]));
        return new ScorerWeights(start[0] + best[0], weights);
    }
}
