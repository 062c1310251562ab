using Monitor.Abstractions;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Learns a <see cref="TargetStanceModel"/>: L2-regularised multinomial logistic regression fitted by
/// L-BFGS for a fixed number of iterations, single-threaded, so the same examples give the same weights
/// bit for bit. Only weights that some training example touches are fitted and kept.
/// </summary>
public sealed class TargetStanceTrainer(ISentenceEmbedder embedder, TargetStanceOptions? options = null)
{
    private const int Classes = 3;

    public TargetStanceOptions Options { get; } = options ?? new TargetStanceOptions();

    /// <summary>
    /// Trains on the SemEval-2016 Task 6 training and trial files in the folder and writes the weights
    /// file; with the default options this reproduces the shipped <c>stance-weights.json</c> byte for byte.
    /// The test file is never read.
    /// </summary>
    public async Task<TargetStanceModel> TrainOnSemEvalAsync(string directory, string outputPath, CancellationToken cancellationToken)
    {
        var examples = await SemEvalStanceData.ReadTrainingAsync(directory, cancellationToken);
        var model = Train(examples, $"SemEval-2016 Task 6 training and trial data ({examples.Count} tweets)");
        await using var file = File.Create(outputPath);
        model.Save(file);
        return model;
    }

    public TargetStanceModel Train(IReadOnlyList<StanceExample> examples, string trainedOn)
    {
        var extractor = new StanceFeatureExtractor(embedder, Options);
        extractor.Prepare(examples.Select(e => (e.Target, e.Text)));
        var features = examples.Select(e => extractor.Extract(e.Target, e.Text)).ToArray();
        return Fit(examples, features, trainedOn);
    }

    /// <summary>
    /// Out-of-fold predictions for every example: stratified by target and stance, each fold predicted by
    /// a model trained on the others exactly as <see cref="Train"/> would train it.
    /// </summary>
    public IReadOnlyList<Stance> CrossValidate(IReadOnlyList<StanceExample> examples, int folds, int seed)
    {
        var extractor = new StanceFeatureExtractor(embedder, Options);
        extractor.Prepare(examples.Select(e => (e.Target, e.Text)));
        var features = examples.Select(e => extractor.Extract(e.Target, e.Text)).ToArray();
        var fold = Folds(examples, folds, seed);
        var predictions = new Stance[examples.Count];
        for (var f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).ToArray();
            var model = Fit(train.Select(i => examples[i]).ToArray(), train.Select(i => features[i]).ToArray(), $"fold {f}");
            for (var i = 0; i < examples.Count; i++)
                if (fold[i] == f) predictions[i] = model.Predict(examples[i].Target, features[i]);
        }
        return predictions;
    }

    /// <summary>Fold of each example: within each (target, stance) group, shuffled with the seed and dealt round.</summary>
    internal static int[] Folds(IReadOnlyList<StanceExample> examples, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new int[examples.Count];
        var groups = Enumerable.Range(0, examples.Count)
            .GroupBy(i => (StanceFeatureExtractor.TargetKey(examples[i].Target), examples[i].Stance))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Stance);
        var next = 0;
        foreach (var group in groups)
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var i in members) fold[i] = next++ % folds;
        }
        return fold;
    }

    private TargetStanceModel Fit(IReadOnlyList<StanceExample> examples, IReadOnlyList<StanceFeatures> features, string trainedOn)
    {
        var useShared = Options.Scope != TargetScope.PerTarget;
        var useOwn = Options.Scope != TargetScope.Shared;
        var targets = examples.Select(e => StanceFeatureExtractor.TargetKey(e.Target)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var targetBlock = targets.Select((t, i) => (t, i + 1)).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);

        // Parameters exist only for (block, feature) pairs seen in training, numbered in first-seen order.
        var slots = new Dictionary<(int Block, int Feature), int>();
        var rows = new (int[] Shared, int[] Own, float[] Values, int Label)[examples.Count];
        for (var n = 0; n < examples.Count; n++)
        {
            var (indices, values) = (features[n].Indices, features[n].Values);
            var block = targetBlock[StanceFeatureExtractor.TargetKey(examples[n].Target)];
            var shared = useShared ? indices.Select(j => Slot(slots, 0, j)).ToArray() : [];
            var own = useOwn ? indices.Select(j => Slot(slots, block, j)).ToArray() : [];
            rows[n] = (shared, own, values, (int)examples[n].Stance);
        }

        var parameters = Lbfgs.Minimise((w, g) => LossAndGradient(rows, w, g, Options.L2), slots.Count * Classes, Options.Iterations);

        var blocks = new Dictionary<int, float[]>[targets.Length + 1];
        for (var b = 0; b < blocks.Length; b++) blocks[b] = [];
        foreach (var ((block, feature), slot) in slots.OrderBy(kv => kv.Key.Block).ThenBy(kv => kv.Key.Feature))
        {
            // Rounded here rather than on saving, so the model in memory is the one a reload gives back.
            var w = new float[Classes];
            for (var k = 0; k < Classes; k++) w[k] = TargetStanceModel.Dequantise(TargetStanceModel.Quantise(parameters[slot * Classes + k]));
            blocks[block][feature] = w;
        }
        var perTarget = useOwn
            ? targets.ToDictionary(t => t, t => (IReadOnlyDictionary<int, float[]>)blocks[targetBlock[t]], StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyDictionary<int, float[]>>(StringComparer.Ordinal);
        return new TargetStanceModel(Options, blocks[0], perTarget, trainedOn).Pruned(Options.PruneBelow);
    }

    private static int Slot(Dictionary<(int, int), int> slots, int block, int feature)
    {
        if (!slots.TryGetValue((block, feature), out var slot)) slots[(block, feature)] = slot = slots.Count;
        return slot;
    }

    /// <summary>Mean log-loss plus (l2 / 2)·|w|², and its gradient.</summary>
    private static double LossAndGradient((int[] Shared, int[] Own, float[] Values, int Label)[] rows, double[] w, double[] gradient, double l2)
    {
        Array.Clear(gradient);
        var loss = 0.0;
        Span<double> logits = stackalloc double[Classes];
        Span<double> p = stackalloc double[Classes];
        var scale = 1.0 / rows.Length;
        foreach (var (shared, own, values, label) in rows)
        {
            logits.Clear();
            Accumulate(shared, values, w, logits);
            Accumulate(own, values, w, logits);
            var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
            var sum = 0.0;
            for (var k = 0; k < Classes; k++) sum += p[k] = Math.Exp(logits[k] - max);
            for (var k = 0; k < Classes; k++) p[k] /= sum;
            loss -= Math.Log(Math.Max(p[label], 1e-300));
            for (var k = 0; k < Classes; k++) p[k] = (p[k] - (k == label ? 1 : 0)) * scale;
            Spread(shared, values, p, gradient);
            Spread(own, values, p, gradient);
        }
        var penalty = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            penalty += w[j] * w[j];
            gradient[j] += l2 * w[j];
        }
        return loss * scale + l2 / 2 * penalty;
    }

    private static void Accumulate(int[] slots, float[] values, double[] w, Span<double> logits)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var at = slots[i] * Classes;
            logits[0] += w[at] * values[i];
            logits[1] += w[at + 1] * values[i];
            logits[2] += w[at + 2] * values[i];
        }
    }

    private static void Spread(int[] slots, float[] values, ReadOnlySpan<double> delta, double[] gradient)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var at = slots[i] * Classes;
            gradient[at] += delta[0] * values[i];
            gradient[at + 1] += delta[1] * values[i];
            gradient[at + 2] += delta[2] * values[i];
        }
    }
}
