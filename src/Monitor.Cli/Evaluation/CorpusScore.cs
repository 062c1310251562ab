namespace Monitor.Cli.Evaluation;

/// <summary>
/// A replay output scored against a corpus's gold. <see cref="Details"/> holds score.py's verbose
/// lines in its order: false statements, missed statements, false alerts, missed alerts;
/// <see cref="MissedAlerts"/> names the must-fire document pairs no alert connected.
/// </summary>
public sealed record CorpusScore(
    int StatementsRead,
    double StatementPrecision,
    double StatementRecall,
    double StatementF1,
    int AlertsRaised,
    double AlertPrecision,
    double AlertRecall,
    int MustFireFound,
    int MustFireTotal,
    int UnreadableLines,
    IReadOnlyList<KindTally> Kinds,
    IReadOnlyList<string> Details,
    IReadOnlyList<(string Earlier, string Later)> MissedAlerts)
{
    /// <summary>score.py's summary line, character for character.</summary>
    public string Summary =>
        $"statements: {StatementsRead} read, precision {ScoreText.TwoDecimals(StatementPrecision)} recall {ScoreText.TwoDecimals(StatementRecall)} F1 {ScoreText.TwoDecimals(StatementF1)}; "
        + $"alerts: {AlertsRaised} raised, precision {ScoreText.TwoDecimals(AlertPrecision)} recall {ScoreText.TwoDecimals(AlertRecall)} ({MustFireFound}/{MustFireTotal}); unreadable lines {UnreadableLines}";

    /// <summary>Whether every minimum given is met (a figure equal to its minimum meets it).</summary>
    public bool Meets(double? minF1Statements, double? minPrecisionAlerts, double? minRecallAlerts) =>
        !(StatementF1 < minF1Statements) && !(AlertPrecision < minPrecisionAlerts) && !(AlertRecall < minRecallAlerts);
}

/// <summary>How many must-fire pairs of one kind an alert connected.</summary>
public sealed record KindTally(string Kind, int Found, int Total)
{
    public override string ToString() => $"  {Kind}: {Found}/{Total}";
}
