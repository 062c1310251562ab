namespace Monitor.Abstractions.Grains;

/// <summary>
/// Compares new statements with earlier ones and raises alerts. One watcher per topic and actor
/// (see <see cref="WatcherScopes"/>), so a busy topic spreads over as many watchers as it has
/// speakers; candidates on the other side of a cross-actor conflict are found through the shared
/// claim index. Feeding the same statement twice raises nothing new.
/// </summary>
[Alias("monitor.ITopicWatcherGrain")]
public interface ITopicWatcherGrain : IGrainWithStringKey
{
    [Alias("Evaluate")]
    Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements);
}

public static class WatcherScopes
{
    /// <summary>"topic:actor"; "~" stands for no topic, "~speaker" for a statement no tracked actor made.</summary>
    public static string For(Statement statement) =>
        $"{statement.Topic ?? "~"}:{statement.Actor ?? "~" + (statement.Speaker ?? "unknown").ToLowerInvariant()}";
}
