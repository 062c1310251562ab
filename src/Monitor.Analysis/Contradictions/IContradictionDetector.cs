using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// One way two statements can fail to both hold. A detector names the index keys a statement is
/// filed under (so earlier candidates are found by lookup, never by scanning history) and decides,
/// for a new statement and the candidates found under those keys, which pairs conflict.
/// </summary>
public interface IContradictionDetector
{
    /// <summary>Stable name, stored with every alert this detector raises.</summary>
    string Name { get; }

    /// <summary>Keys this statement is filed and looked up under; empty when the detector has nothing to say about it.</summary>
    IEnumerable<string> IndexKeys(Statement statement);

    /// <summary>
    /// Conflicts between <paramref name="incoming"/> and candidates found under its keys. Candidates may
    /// have been said before or after it (statements arrive out of order); the result names which is earlier.
    /// </summary>
    IEnumerable<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates);
}

/// <summary>Two statements that cannot both hold, with a kind, a score in [0, 1] and a plain-words reason.</summary>
/// <param name="EarlierClaim">
/// The words of the earlier statement's claim the conflict rests on ("ruled out withdrawing"); none when it
/// rests on the whole statement. A statement that makes two claims can be turned on each in its own time.
/// </param>
public sealed record Contradiction(
    string Kind,
    double Score,
    string Explanation,
    string Detector,
    Statement Earlier,
    Statement Later,
    string? EarlierClaim = null);
