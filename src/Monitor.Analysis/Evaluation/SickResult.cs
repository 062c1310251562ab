namespace Monitor.Analysis.Evaluation;

/// <summary>Accuracy over SICK TEST's three labels and the contradiction class's precision, recall and F1.</summary>
public sealed record SickResult(int Pairs, double Accuracy, BinaryScores Contradiction)
{
    public override string ToString() => $"SICK TEST: {Pairs} pairs, accuracy {Accuracy:F3}; contradiction {Contradiction}";
}
