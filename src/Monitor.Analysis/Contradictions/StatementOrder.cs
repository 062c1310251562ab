using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Which of two statements was said first; ties go by id so every replay agrees.</summary>
public static class StatementOrder
{
    public static bool IsBefore(Statement a, Statement b) =>
        a.SaidAt < b.SaidAt || (a.SaidAt == b.SaidAt && string.CompareOrdinal(a.Id, b.Id) < 0);

    public static (Statement Earlier, Statement Later) Order(Statement a, Statement b) =>
        IsBefore(a, b) ? (a, b) : (b, a);
}
