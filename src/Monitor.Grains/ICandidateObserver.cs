using Monitor.Abstractions;

namespace Monitor.Grains;

/// <summary>
/// Told, on the watcher's own path, which earlier statements each statement was compared with: those
/// found by index key and those found by meaning. The evaluation commands register one to measure
/// retrieval; the service registers none. Called on the grain's thread, so it must be quick and thread-safe.
/// </summary>
public interface ICandidateObserver
{
    void Compared(Statement statement, IReadOnlyList<Statement> byKey, IReadOnlyList<Statement> byMeaning);
}
