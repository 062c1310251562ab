namespace Monitor.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one class, with the counts behind them.</summary>
public sealed record BinaryScores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BinaryScores Count(IEnumerable<(bool Gold, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, predicted) in outcomes)
        {
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        return new BinaryScores(tp, fp, fn);
    }

    public override string ToString() => $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
