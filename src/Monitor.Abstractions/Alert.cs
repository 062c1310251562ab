namespace Monitor.Abstractions;

/// <summary>A contradiction the watcher raised, with everything needed to check it.</summary>
/// <param name="Sequence">Global position in the alert log; the <c>since</c> cursor.</param>
/// <param name="GroupId">Alerts on one actor and topic within the grouping window share the id of the first.</param>
/// <param name="SuppressedBy">The stance reversal that makes this lesser alert noise in its window; suppressed alerts are kept but not pushed.</param>
[GenerateSerializer, Immutable, Alias("monitor.alert")]
public sealed record Alert(
    [property: Id(0)] string Id,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Kind,
    [property: Id(3)] AlertSeverity Severity,
    [property: Id(4)] double Score,
    [property: Id(5)] string? Actor,
    [property: Id(6)] string? Topic,
    [property: Id(7)] AlertStatement Earlier,
    [property: Id(8)] AlertStatement Later,
    [property: Id(9)] string Explanation,
    [property: Id(10)] AlertStatus Status,
    [property: Id(11)] DateTimeOffset RaisedAt,
    [property: Id(12)] string Detector,
    [property: Id(13)] string? StatusReason = null,
    [property: Id(14)] DateTimeOffset? StatusChangedAt = null,
    [property: Id(15)] string? GroupId = null,
    [property: Id(16)] string? SuppressedBy = null);

/// <summary>One side of an alert: the statement with its provenance.</summary>
/// <param name="Example">The statement is an illustration (<see cref="Statement.Example"/>), so the alert is one too.</param>
[GenerateSerializer, Immutable, Alias("monitor.alert-statement")]
public sealed record AlertStatement(
    [property: Id(0)] string StatementId,
    [property: Id(1)] string? DocumentId,
    [property: Id(2)] string? Actor,
    [property: Id(3)] string? Speaker,
    [property: Id(4)] string Text,
    [property: Id(5)] DateTimeOffset SaidAt,
    [property: Id(6)] IReadOnlyList<SourceRef> Sources,
    [property: Id(7)] bool Example = false)
{
    public static AlertStatement From(Statement s) =>
        new(s.Id, s.DocumentId, s.Actor, s.Speaker, s.Text, s.SaidAt, s.Sources, s.Example);
}

[GenerateSerializer, Alias("monitor.alert-severity")]
public enum AlertSeverity
{
    Low = 0,
    Medium = 1,
    High = 2,
}

[GenerateSerializer, Alias("monitor.alert-status")]
public enum AlertStatus
{
    Open = 0,
    Acknowledged = 1,
    Dismissed = 2,
    Resolved = 3,
}

/// <summary>The kinds of contradiction Monitor names; kinds are strings so new ones need no migration.</summary>
public static class AlertKinds
{
    public const string StanceReversal = "stance-reversal";
    public const string NegatedClaim = "negated-claim";
    public const string NumberMismatch = "number-mismatch";
    public const string DateMismatch = "date-mismatch";
    public const string DenialOfReport = "denial-of-report";
    public const string ConflictingReports = "conflicting-reports";

    /// <summary>An actor denied or ruled out an act, then did it or admitted it ("no plans to curb exports" → exports banned).</summary>
    public const string BrokenDenial = "broken-denial";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        StanceReversal, NegatedClaim, NumberMismatch, DateMismatch, DenialOfReport, ConflictingReports, BrokenDenial,
    };
}
