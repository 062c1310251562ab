using Orleans.Concurrency;

namespace Monitor.Abstractions.Grains;

/// <summary>
/// One tracked actor (key: actor id): its definition, its append-only statement log and its positions.
/// </summary>
[Alias("monitor.IActorGrain")]
public interface IActorGrain : IGrainWithStringKey
{
    [ReadOnly, Alias("GetDefinition")]
    Task<ActorDefinition?> GetDefinition();

    /// <summary>Creates or updates the actor; with <paramref name="merge"/> aliases and speakers are added to the existing ones.</summary>
    [Alias("Define")]
    Task<ActorDefinition> Define(ActorDefinition definition, bool merge);

    /// <summary>
    /// Appends the statements to the log (durably, before returning) and feeds them to the watchers.
    /// A statement id already in the log is not recorded again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The actor has not been defined.</exception>
    [Alias("Record")]
    Task<IReadOnlyList<RecordOutcome>> Record(IReadOnlyList<Statement> statements);

    /// <summary>Feeds the watchers whatever durable statements they have not yet seen (the outbox sweep calls this).</summary>
    [Alias("FeedPending")]
    Task FeedPending();

    [ReadOnly, Alias("GetPositions")]
    Task<IReadOnlyList<Position>> GetPositions();

    [ReadOnly, Alias("GetStatements")]
    Task<IReadOnlyList<Statement>> GetStatements(StatementQuery query);
}

/// <summary>What happened to one statement handed to <see cref="IActorGrain.Record"/>.</summary>
[GenerateSerializer, Immutable, Alias("monitor.record-outcome")]
public sealed record RecordOutcome(
    [property: Id(0)] string StatementId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] bool Created,
    [property: Id(3)] string? Topic = null);

/// <summary>A page of an actor's log: statements after <paramref name="AfterSequence"/>, optionally on one topic.</summary>
[GenerateSerializer, Immutable, Alias("monitor.statement-query")]
public sealed record StatementQuery(
    [property: Id(0)] long AfterSequence,
    [property: Id(1)] int Limit,
    [property: Id(2)] string? Topic);
