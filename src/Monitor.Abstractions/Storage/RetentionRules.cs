namespace Monitor.Abstractions.Storage;

/// <summary>The rules every store applies alike when retention deletes: which alerts may go, and a statement's age.</summary>
public static class RetentionRules
{
    /// <summary>Only a resolved or dismissed alert may be deleted; an open or acknowledged one is still being worked on.</summary>
    public static bool IsClosed(AlertStatus status) => status is AlertStatus.Resolved or AlertStatus.Dismissed;

    /// <summary>When the statement was recorded; one stored before the log stamped that time counts from when it was said.</summary>
    public static DateTimeOffset RecordedAt(Statement statement) => statement.RecordedAt ?? statement.SaidAt;
}
