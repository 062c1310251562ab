namespace Monitor.Analysis.Evaluation;

/// <summary>Precision, recall and F1 from matched, predicted and expected counts (or token sums).</summary>
public sealed record SpanScore(double Matched, double Predicted, double Expected)
{
    public double Precision => Predicted == 0 ? 0 : Matched / Predicted;

    public double Recall => Expected == 0 ? 0 : Math.Min(1, Matched / Expected);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"P {100 * Precision:0.0} / R {100 * Recall:0.0} / F1 {100 * F1:0.0}");
}
