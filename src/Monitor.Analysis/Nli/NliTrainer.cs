using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Evaluation;

namespace Monitor.Analysis.Nli;

/// <summary>
/// Learns <see cref="NliModel"/> parameters with AdaGrad and L2 regularisation, in a fixed order with
/// a fixed seed so the same data gives the same file. The shipped <c>src/Monitor.Analysis/Nli/nli-weights.json</c>
/// is reproduced by <see cref="TrainOnSick"/> (for the CLI to expose as
/// <c>monitor eval train-nli PATH/TO/SICK.txt src/Monitor.Analysis/Nli/nli-weights.json</c>);
/// it reads only SICK's TRAIN and TRIAL splits, never TEST.
/// </summary>
public sealed class NliTrainer(ISentenceEmbedder embedder, int epochs = 12, double learningRate = 0.2, double l2 = 1e-5, int seed = 17)
{
    /// <summary>Trains on SICK's TRAIN and TRIAL splits and writes the weights file.</summary>
    public NliModel TrainOnSick(string sickPath, string outputPath)
    {
        var pairs = SickData.Read(sickPath)
            .Where(r => r.Split is SickSplit.Train or SickSplit.Trial)
            .Select(r => r.Pair)
            .ToArray();
        var model = Train(pairs, "SICK TRAIN+TRIAL");
        using var file = File.Create(outputPath);
        model.Save(file);
        return model;
    }

    public NliModel Train(IReadOnlyList<NliPair> pairs, string trainedOn)
    {
        var extractor = new NliFeatureExtractor(embedder);
        embedder.EmbedMany(pairs.SelectMany(p => new[] { p.Premise, p.Hypothesis }).ToArray());
        var examples = pairs.Select(p => (Features: extractor.Extract(p.Premise, p.Hypothesis), Label: (int)p.Label)).ToArray();

        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var squares = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var model = new NliModel(weights, trainedOn);
                var p = model.Probabilities(features);
                foreach (var (name, value) in features)
                {
                    if (value == 0) continue;
                    if (!weights.TryGetValue(name, out var w))
                    {
                        weights[name] = w = new float[3];
                        squares[name] = new double[3];
                    }
                    var g2 = squares[name];
                    for (var k = 0; k < 3; k++)
                    {
                        var gradient = (p[k] - (k == label ? 1 : 0)) * value + l2 * w[k];
                        g2[k] += gradient * gradient;
                        w[k] -= (float)(learningRate * gradient / (Math.Sqrt(g2[k]) + 1e-8));
                    }
                }
            }
        }
        // Features seen once with tiny weights only add size to the shipped file.
        var pruned = weights.Where(kv => kv.Value.Max(MathF.Abs) >= 0.005f).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new NliModel(pruned, trainedOn);
    }
}
