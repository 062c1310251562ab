using Monitor.Abstractions;

namespace Monitor.Analysis.Inference;

/// <summary>A <see cref="TargetStanceModel"/> bound to an embedder: the stance a text takes toward a target.</summary>
public sealed class TargetStanceClassifier
{
    private readonly TargetStanceModel _model;
    private readonly StanceFeatureExtractor _extractor;

    internal TargetStanceClassifier(TargetStanceModel model, StanceFeatureExtractor extractor)
    {
        _model = model;
        _extractor = extractor;
    }

    public Stance Classify(string target, string text) => _model.Predict(target, _extractor.Extract(target, text));

    /// <summary>Probabilities indexed by <see cref="Stance"/>: neutral, support, oppose.</summary>
    public double[] Probabilities(string target, string text) => _model.Probabilities(target, _extractor.Extract(target, text));

    /// <summary>Classifies many pairs, embedding them in one batch first.</summary>
    public IReadOnlyList<Stance> ClassifyMany(IReadOnlyList<(string Target, string Text)> pairs)
    {
        _extractor.Prepare(pairs);
        return pairs.Select(p => Classify(p.Target, p.Text)).ToArray();
    }
}
