namespace Monitor.Abstractions;

/// <summary>
/// Which statement, across every log: statement ids are unique only within one actor's (or voice's)
/// log, so a reference names the voice as well. <see cref="Voice"/> is the actor, or for a statement no
/// tracked actor made its speaker in lower case, prefixed with "~" (as <see cref="Grains.WatcherScopes"/> does).
/// </summary>
[GenerateSerializer, Immutable, Alias("monitor.statement-ref")]
public sealed record StatementRef(
    [property: Id(0)] string Voice,
    [property: Id(1)] string Id)
{
    public static StatementRef For(Statement statement) =>
        new(statement.Actor ?? Voices.Prefix + (statement.Speaker ?? "unknown").ToLowerInvariant(), statement.Id);

    public override string ToString() => $"{Voice}/{Id}";
}
