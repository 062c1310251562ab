namespace Monitor.Abstractions.Storage;

/// <summary>
/// Append-only statement log, one stream per actor. Appends are idempotent by statement id and
/// durable when the task completes; their cost does not grow with the length of the log.
/// </summary>
public interface IStatementLog
{
    /// <summary>
    /// Appends in order; a statement id already in the actor's log keeps its first sequence and text,
    /// and gains the sources it did not have (the same remark carried by another outlet).
    /// </summary>
    Task<IReadOnlyList<AppendOutcome>> AppendAsync(string actor, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default);

    /// <summary>Statements with a sequence above <paramref name="afterSequence"/>, in log order.</summary>
    Task<IReadOnlyList<Statement>> ReadAsync(string actor, long afterSequence, int limit, string? topic = null, CancellationToken cancellationToken = default);

    Task<long> LastSequenceAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Records that every statement up to <paramref name="sequence"/> has reached its watchers (the outbox cursor).</summary>
    Task MarkFedAsync(string actor, long sequence, CancellationToken cancellationToken = default);

    /// <summary>The outbox cursor: the last sequence known to have reached the watchers.</summary>
    Task<long> FedSequenceAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Actors with durable statements that have not yet reached their watchers.</summary>
    Task<IReadOnlyList<string>> ActorsWithUnfedStatementsAsync(CancellationToken cancellationToken = default);

    /// <summary>The voices (<see cref="Voices"/>) with how many statements each, most first.</summary>
    Task<IReadOnlyList<VoiceCount>> VoicesAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Number of statements per actor that has any.</summary>
    Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken = default);
}

/// <param name="SourcesAdded">The statement was already logged and this append added sources to it.</param>
public sealed record AppendOutcome(string StatementId, long Sequence, bool Created, bool SourcesAdded = false);

public sealed record VoiceCount(string Key, string Speaker, bool IsReport, long Statements, DateTimeOffset LastSaidAt);
