using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Which of two statements was said first; ties go by id so every replay agrees.</summary>
public static class StatementOrder
{
    public static bool IsBefore(Statement a, Statement b) =>
        a.SaidAt < b.SaidAt || (a.SaidAt == b.SaidAt && string.CompareOrdinal(a.Id, b.Id) < 0);

    public static (Statement Earlier, Statement Later) Order(Statement a, Statement b) =>
        IsBefore(a, b) ? (a, b) : (b, a);

    /// <summary>Both said in one article: read together as one account, never one against the other.</summary>
    public static bool SameDocument(Statement a, Statement b) => a.DocumentId is { } document && document == b.DocumentId;

    /// <summary>
    /// The same remark recorded twice — same speaker, same day, same words — as when two outlets carry
    /// one quote under different ids. A copy is never a turn of its own.
    /// </summary>
    public static bool IsCopy(Statement a, Statement b) =>
        a.Id == b.Id
        || ((a.Actor ?? a.Speaker) == (b.Actor ?? b.Speaker)
            && a.SaidAt.UtcDateTime.Date == b.SaidAt.UtcDateTime.Date
            && Text.ClaimKey.Words(a.Text).SequenceEqual(Text.ClaimKey.Words(b.Text)));
}
