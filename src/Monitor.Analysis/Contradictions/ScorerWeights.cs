namespace Monitor.Analysis.Contradictions;

/// <summary>One scorer's weights: a bias and a weight per evidence term, in the order the weights file gives them.</summary>
public sealed record ScorerWeights(double Bias, IReadOnlyList<KeyValuePair<string, double>> Weights)
{
    public double WeightOf(string term)
    {
        foreach (var (name, weight) in Weights)
            if (name == term) return weight;
        throw new InvalidOperationException($"The judge weights give no weight for the evidence term '{term}'.");
    }
}
