namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Attribution precision and recall over a set of articles, plus how often the matched pairs also
/// agree on mode and on being a media report. <see cref="Misses"/> and <see cref="Spurious"/> name
/// what went wrong, one line each, for reading a failed run.
/// </summary>
public sealed record AttributionScore(
    int Matched,
    int Predicted,
    int Expected,
    int ModeAgreements,
    int ReportAgreements,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> Spurious)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ModeAccuracy => Matched == 0 ? 1 : (double)ModeAgreements / Matched;

    public double ReportAccuracy => Matched == 0 ? 1 : (double)ReportAgreements / Matched;
}
