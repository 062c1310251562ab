using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Target-aware stance: a multinomial logistic regression over <see cref="StanceFeatureExtractor"/>
/// features that says whether a text supports, opposes or says nothing about a target. Weights may be
/// shared across targets, kept per target, or both (<see cref="TargetScope"/>); a target it was not
/// trained on gets the shared weights only. The shipped parameters (<c>stance-weights.json</c>,
/// embedded in this assembly) were learned by <see cref="TargetStanceTrainer"/> on the SemEval-2016
/// Task 6 training and trial tweets only.
/// </summary>
public sealed class TargetStanceModel
{
    private const string ResourceName = "Monitor.Analysis.Inference.stance-weights.json";
    private const int Classes = 3;
    private static readonly IReadOnlyDictionary<int, float[]> NoWeights = new Dictionary<int, float[]>();

    private readonly IReadOnlyDictionary<int, float[]> _shared;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<int, float[]>> _targets;

    internal TargetStanceModel(
        TargetStanceOptions options,
        IReadOnlyDictionary<int, float[]> shared,
        IReadOnlyDictionary<string, IReadOnlyDictionary<int, float[]>> targets,
        string trainedOn)
    {
        Options = options;
        _shared = shared;
        _targets = targets;
        TrainedOn = trainedOn;
    }

    public TargetStanceOptions Options { get; }

    /// <summary>Which data the parameters came from, for reports.</summary>
    public string TrainedOn { get; }

    /// <summary>The targets with weights of their own, by <see cref="StanceFeatureExtractor.TargetKey"/>.</summary>
    public IReadOnlyCollection<string> Targets => _targets.Keys.ToArray();

    /// <summary>How many (feature, class) weights the model keeps.</summary>
    public int ParameterCount => Classes * (_shared.Count + _targets.Values.Sum(t => t.Count));

    /// <summary>The parameters shipped with Monitor.</summary>
    public static TargetStanceModel LoadShipped()
    {
        using var stream = typeof(TargetStanceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks the resource {ResourceName}.");
        return Load(stream);
    }

    public static TargetStanceModel Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<StanceWeightsFile>(json)
            ?? throw new InvalidDataException("The stance model's weights file is empty.");
        return new TargetStanceModel(
            file.Options,
            Unpack(file.Shared),
            file.Targets.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<int, float[]>)Unpack(kv.Value), StringComparer.Ordinal),
            file.TrainedOn);
    }

    public void Save(Stream json)
    {
        var targets = _targets.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Pack(kv.Value), StringComparer.Ordinal);
        JsonSerializer.Serialize(json, new StanceWeightsFile(TrainedOn, Options, Pack(_shared), targets));
    }

    /// <summary>
    /// The model without the weights whose largest magnitude is below the threshold: most hashed n-grams
    /// are seen once or twice and end with weights too small to change a decision, yet fill most of the file.
    /// </summary>
    public TargetStanceModel Pruned(float threshold) => new(
        Options with { PruneBelow = threshold },
        Prune(_shared, threshold),
        _targets.ToDictionary(kv => kv.Key, kv => Prune(kv.Value, threshold), StringComparer.Ordinal),
        TrainedOn);

    /// <summary>The same weights deciding with another neutral offset (see <see cref="TargetStanceOptions.NeutralOffset"/>).</summary>
    public TargetStanceModel WithNeutralOffset(float offset) => new(Options with { NeutralOffset = offset }, _shared, _targets, TrainedOn);

    /// <summary>Reads the texts as this model was trained to; make one per embedder and reuse it.</summary>
    public TargetStanceClassifier Bind(ISentenceEmbedder embedder) => new(this, new StanceFeatureExtractor(embedder, Options));

    /// <summary>Probabilities indexed by <see cref="Stance"/>: neutral, support, oppose.</summary>
    internal double[] Probabilities(string target, StanceFeatures features)
    {
        var own = _targets.GetValueOrDefault(StanceFeatureExtractor.TargetKey(target)) ?? NoWeights;
        Span<double> logits = stackalloc double[Classes];
        var (indices, values) = (features.Indices, features.Values);
        for (var i = 0; i < indices.Length; i++)
        {
            if (_shared.TryGetValue(indices[i], out var w))
                for (var k = 0; k < Classes; k++) logits[k] += w[k] * values[i];
            if (own.TryGetValue(indices[i], out w))
                for (var k = 0; k < Classes; k++) logits[k] += w[k] * values[i];
        }
        return Softmax(logits);
    }

    internal Stance Predict(string target, StanceFeatures features) => Decide(Probabilities(target, features), Options.NeutralOffset);

    /// <summary>The argmax after the neutral offset; ties go to neutral, then support.</summary>
    public static Stance Decide(ReadOnlySpan<double> probabilities, float neutralOffset)
    {
        var neutral = Math.Log(Math.Max(probabilities[(int)Stance.Neutral], 1e-300)) - neutralOffset;
        var support = Math.Log(Math.Max(probabilities[(int)Stance.Support], 1e-300));
        var oppose = Math.Log(Math.Max(probabilities[(int)Stance.Oppose], 1e-300));
        if (neutral >= support && neutral >= oppose) return Stance.Neutral;
        return support >= oppose ? Stance.Support : Stance.Oppose;
    }

    internal static double[] Softmax(ReadOnlySpan<double> logits)
    {
        var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
        var e = new double[Classes];
        var sum = 0.0;
        for (var k = 0; k < Classes; k++) sum += e[k] = Math.Exp(logits[k] - max);
        for (var k = 0; k < Classes; k++) e[k] /= sum;
        return e;
    }

    private static IReadOnlyDictionary<int, float[]> Prune(IReadOnlyDictionary<int, float[]> weights, float threshold) =>
        weights.Where(kv => kv.Value.Max(MathF.Abs) >= threshold).OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value);

    /// <summary>Weights are kept to four decimals: finer steps change no decision and only lengthen the file.</summary>
    internal static int Quantise(double weight) => (int)Math.Round(weight * WeightScale);

    internal static float Dequantise(int steps) => steps / WeightScale;

    private const float WeightScale = 10_000f;

    // A block is stored as two flat arrays of integers: the gaps between successive bucket numbers
    // (ascending), and three weights each in ten-thousandths. That is a third the size of an object
    // keyed by bucket with decimal weights, and reads back to the very same floats.
    private static PackedWeights Pack(IReadOnlyDictionary<int, float[]> weights)
    {
        var keys = weights.Keys.Order().ToArray();
        var gaps = keys.Select((k, i) => i == 0 ? k : k - keys[i - 1]).ToArray();
        return new PackedWeights(gaps, keys.SelectMany(k => weights[k]).Select(w => Quantise(w)).ToArray());
    }

    private static Dictionary<int, float[]> Unpack(PackedWeights packed)
    {
        if (packed.Weights.Length != packed.Features.Length * Classes)
            throw new InvalidDataException("The stance model's weights file has a block whose weights do not match its features.");
        var result = new Dictionary<int, float[]>(packed.Features.Length);
        var feature = 0;
        for (var i = 0; i < packed.Features.Length; i++)
        {
            feature += packed.Features[i];
            result[feature] = packed.Weights.AsSpan(i * Classes, Classes).ToArray().Select(Dequantise).ToArray();
        }
        return result;
    }

    private sealed record PackedWeights(int[] Features, int[] Weights);

    private sealed record StanceWeightsFile(string TrainedOn, TargetStanceOptions Options, PackedWeights Shared, Dictionary<string, PackedWeights> Targets);
}
