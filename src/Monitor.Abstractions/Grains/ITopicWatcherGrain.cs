namespace Monitor.Abstractions.Grains;

/// <summary>
/// Compares new statements on one matter with earlier ones and raises alerts (key: watcher scope,
/// a topic id or <see cref="WatcherScopes.Unfiled"/> for statements on no configured topic).
/// Feeding the same statement twice raises nothing new.
/// </summary>
[Alias("monitor.ITopicWatcherGrain")]
public interface ITopicWatcherGrain : IGrainWithStringKey
{
    [Alias("Evaluate")]
    Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements);
}

public static class WatcherScopes
{
    /// <summary>Scope of statements whose actor said them on no configured topic: one per actor, so no global hot grain.</summary>
    public static string Unfiled(string actor) => "~" + actor;

    public static string For(Statement statement) =>
        statement.Topic ?? Unfiled(statement.Actor ?? "unknown");
}
