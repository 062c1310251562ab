namespace Monitor.Analysis.Evaluation;

/// <summary>"Disagree" against agree and discuss, over the FNC-1 test pairs whose gold stance is related.</summary>
public sealed record FncResult(int RelatedPairs, int GoldDisagree, BinaryScores Disagree)
{
    public override string ToString() => $"FNC-1 test: {RelatedPairs} related pairs ({GoldDisagree} disagree); disagree {Disagree}";
}
