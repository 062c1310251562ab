using Monitor.Abstractions;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// The output records of INTERFACES.md. They carry no wall-clock times (recordedAt, raisedAt), so a
/// replay of the same input writes byte-for-byte the same output.
/// </summary>
public static class OutputRecords
{
    public static object Statement(Statement s) => new StatementOutput(
        "statement", s.Id, s.DocumentId, s.Actor, s.Speaker, s.Text, s.Direct, s.Mode, s.Topic, s.Stance, s.SaidAt, s.Span,
        s.Sources.Select(x => new SourceOutput(x.Name, x.Url)).ToArray());

    public static object Alert(Alert a) => new AlertOutput(
        "alert", a.Id, a.Sequence, a.Kind, a.Severity, a.Score, a.Actor, a.Topic, Side(a.Earlier), Side(a.Later), a.Explanation);

    private static AlertSideOutput Side(AlertStatement s) => new(s.StatementId, s.DocumentId, s.Actor, s.Speaker, s.Text, s.SaidAt);

    private sealed record StatementOutput(
        string Type, string Id, string? DocumentId, string? Actor, string? Speaker, string Text, bool Direct, StatementMode Mode,
        string? Topic, Stance? Stance, DateTimeOffset SaidAt, TextSpan? Span, IReadOnlyList<SourceOutput> Sources);

    private sealed record SourceOutput(string Name, string? Url);

    private sealed record AlertOutput(
        string Type, string Id, long Sequence, string Kind, AlertSeverity Severity, double Score, string? Actor, string? Topic,
        AlertSideOutput Earlier, AlertSideOutput Later, string Explanation);

    private sealed record AlertSideOutput(string StatementId, string? DocumentId, string? Actor, string? Speaker, string Text, DateTimeOffset SaidAt);
}
