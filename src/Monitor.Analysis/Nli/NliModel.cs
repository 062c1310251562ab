using System.Text.Json;

namespace Monitor.Analysis.Nli;

/// <summary>
/// A multinomial logistic regression over <see cref="NliFeatureExtractor"/> features that says whether
/// a hypothesis follows from, is unrelated to, or contradicts a premise. The shipped parameters
/// (<c>nli-weights.json</c>, embedded in this assembly) were learned by <see cref="NliTrainer"/> on
/// SICK's TRAIN and TRIAL splits only.
/// </summary>
public sealed class NliModel
{
    private const string ResourceName = "Monitor.Analysis.Nli.nli-weights.json";
    private readonly IReadOnlyDictionary<string, float[]> _weights;

    public NliModel(IReadOnlyDictionary<string, float[]> weights, string trainedOn)
    {
        _weights = weights;
        TrainedOn = trainedOn;
    }

    /// <summary>Which data the parameters came from, for reports.</summary>
    public string TrainedOn { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The parameters shipped with Monitor.</summary>
    public static NliModel LoadShipped()
    {
        using var stream = typeof(NliModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks the resource {ResourceName}.");
        return Load(stream);
    }

    public static NliModel Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<NliWeightsFile>(json)
            ?? throw new InvalidDataException("The relation model's weights file is empty.");
        return new NliModel(file.Weights, file.TrainedOn);
    }

    public void Save(Stream json)
    {
        // Sorted keys and rounded values keep the shipped file stable and small across retraining runs.
        var sorted = _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => MathF.Round(w, 4)).ToArray());
        JsonSerializer.Serialize(json, new NliWeightsFile(TrainedOn, sorted));
    }

    /// <summary>Probabilities of entailment, neutral and contradiction, in <see cref="NliLabel"/> order.</summary>
    public double[] Probabilities(IReadOnlyList<KeyValuePair<string, float>> features)
    {
        Span<double> logits = stackalloc double[3];
        foreach (var (name, value) in features)
        {
            if (!_weights.TryGetValue(name, out var w)) continue;
            for (var k = 0; k < 3; k++) logits[k] += w[k] * value;
        }
        return Softmax(logits);
    }

    public NliLabel Predict(IReadOnlyList<KeyValuePair<string, float>> features)
    {
        var p = Probabilities(features);
        return p[2] >= p[0] && p[2] >= p[1] ? NliLabel.Contradiction : p[0] >= p[1] ? NliLabel.Entailment : NliLabel.Neutral;
    }

    internal static double[] Softmax(ReadOnlySpan<double> logits)
    {
        var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
        var e = new double[3];
        var sum = 0.0;
        for (var k = 0; k < 3; k++) sum += e[k] = Math.Exp(logits[k] - max);
        for (var k = 0; k < 3; k++) e[k] /= sum;
        return e;
    }

    private sealed record NliWeightsFile(string TrainedOn, Dictionary<string, float[]> Weights);
}
