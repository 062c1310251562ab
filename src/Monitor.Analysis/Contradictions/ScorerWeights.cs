namespace Monitor.Analysis.Contradictions;

/// <summary>One scorer's weights: a bias and a weight per evidence term, in the order the weights file gives them.</summary>
public sealed record ScorerWeights(double Bias, IReadOnlyList<KeyValuePair<string, double>> Weights)
{
    // Every pair decision looks weights up by name; the list keeps the file's order for writing it back.
    private readonly Dictionary<string, double> _byTerm = new(Weights, StringComparer.Ordinal);

    public double WeightOf(string term) =>
        _byTerm.TryGetValue(term, out var weight)
            ? weight
            : throw new InvalidOperationException($"The judge weights give no weight for the evidence term '{term}'.");
}
