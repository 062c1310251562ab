// Monitor.Grains owns the grains: actors (definition, statement log, positions), topic watchers
// (contradiction detection over the claim index) and alerts (lifecycle).
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Extraction;
using Monitor.Analysis.Matters;
using Monitor.Grains.Diagnostics;

namespace Monitor.Grains;

/// <summary>
/// One tracked actor. Its history is the append-only statement log; its grain state is a bounded
/// snapshot (positions and how much of the log they cover) written every
/// <see cref="SnapshotInterval"/> statements and on deactivation. The log is also the outbox: a
/// statement is fed to its watcher after it is durable, the store keeps how far feeding got, and
/// whatever was not fed is re-sent on the next call, on a timer, or by the outbox sweeper.
/// A key starting with "~" is a voice (<see cref="Voices"/>): an outlet or unknown speaker whose
/// statements are kept the same way but attributed to no actor.
/// Statements on no configured topic (an automatic key) are filed under the actor's matter nearest in meaning
/// (<see cref="MatterSet"/>) before they are logged, so the log, the watchers, the alerts and the positions all see one
/// topic per matter however it is worded; the matters are part of the snapshot and rebuilt from the log like positions.
/// </summary>
[GrainType("actor")]
public sealed class ActorGrain(
    [PersistentState("snapshot", GrainStorage.Name)] IPersistentState<ActorState> snapshot,
    IStatementLog log,
    IActorDirectory directory,
    ContradictionEngine engine,
    TimeProvider clock,
    MonitorMetrics metrics,
    ILogger<ActorGrain> logger) : Grain, IActorGrain
{
    public const int SnapshotInterval = 100;
    private const int ReplayPage = 1_000;

    private ActorDefinition? _definition;
    private long _fedSequence;
    private long _snapshotSequence;
    private Task _markingFed = Task.CompletedTask;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>The last sequence in the log, kept in the snapshot so it says how much of the log the positions cover.</summary>
    private long LastSequence
    {
        get => snapshot.State.LastSequence;
        set => snapshot.State.LastSequence = value;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _definition = await directory.GetAsync(Id, cancellationToken);
        _snapshotSequence = snapshot.State.LastSequence;
        for (var page = await log.ReadAsync(Id, LastSequence, ReplayPage, null, cancellationToken);
             page.Count > 0;
             page = await log.ReadAsync(Id, LastSequence, ReplayPage, null, cancellationToken))
        {
            foreach (var statement in page)
            {
                if (MeaningOf(statement) is { } meaning) snapshot.State.Matters.Observe(statement.Topic!, KeyOf(statement), meaning, statement.Sequence);
                PositionTracker.Apply(snapshot.State, statement);
            }
            LastSequence = page[^1].Sequence;
        }
        _fedSequence = await log.FedSequenceAsync(Id, cancellationToken);
        this.RegisterGrainTimer(FeedPendingAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)) { Interleave = false });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await ObserveMarkingFedAsync();
        if (LastSequence > _snapshotSequence) await WriteSnapshotAsync();
    }

    public Task<ActorDefinition?> GetDefinition() => Task.FromResult(_definition);

    public async Task<ActorDefinition> Define(ActorDefinition definition, bool merge)
    {
        if (definition.Id != Id) throw new ArgumentException($"Definition id '{definition.Id}' does not match actor '{Id}'.", nameof(definition));
        var updated = merge && _definition is not null ? _definition.MergeWith(definition) : definition;
        await directory.UpsertAsync(updated);
        _definition = updated;
        return updated;
    }

    public async Task<IReadOnlyList<RecordOutcome>> Record(IReadOnlyList<Statement> statements)
    {
        var isVoice = Voices.IsVoice(Id);
        if (_definition is null && !isVoice) throw new InvalidOperationException($"Actor '{Id}' is not defined.");
        if (statements.Count == 0) return [];
        // Callers check the limit; this keeps a caller that forgot from storing (and holding this actor over) a page.
        if (statements.FirstOrDefault(s => s.Text.Length > Statement.MaxTextLength) is { } tooLong)
            throw new ArgumentException($"Statement '{tooLong.Id}' is {tooLong.Text.Length} characters; the limit is {Statement.MaxTextLength}. Nothing was recorded.", nameof(statements));

        await FeedPendingAsync(CancellationToken.None);

        var now = clock.GetUtcNow();
        var stamped = statements.Select(s => s with { Actor = isVoice ? null : Id, RecordedAt = now }).ToArray();
        var meanings = FileUnderMatters(stamped);
        var outcomes = await log.AppendAsync(Id, stamped);

        var created = new List<Statement>();
        for (var i = 0; i < stamped.Length; i++)
        {
            if (!outcomes[i].Created) continue;
            var recorded = stamped[i] with { Sequence = outcomes[i].Sequence };
            if (meanings[i] is { } meaning) snapshot.State.Matters.Observe(recorded.Topic!, KeyOf(recorded), meaning, recorded.Sequence);
            PositionTracker.Apply(snapshot.State, recorded);
            created.Add(recorded);
            LastSequence = Math.Max(LastSequence, recorded.Sequence);
        }
        // Counted once durable, and only what is new: a statement sent again changes nothing, so it counts nothing.
        metrics.StatementsRecorded(Id, created.Count);

        if (created.Count > 0 && _fedSequence == created[0].Sequence - 1) await FeedAsync(created);
        await RefeedWithNewSourcesAsync(outcomes.Where(o => o.SourcesAdded).ToArray());
        if (LastSequence - _snapshotSequence >= SnapshotInterval) await WriteSnapshotAsync();

        // A new statement reports the topic it was filed under, which for one on no configured topic is its matter.
        return outcomes.Select((o, i) => new RecordOutcome(o.StatementId, o.Sequence, o.Created, o.Created ? stamped[i].Topic : null)).ToArray();
    }

    public Task FeedPending() => FeedPendingAsync(CancellationToken.None);

    /// <summary>
    /// Rewrites each statement's automatic topic to the matter it belongs to, in order, trying them on a copy of the
    /// matters so that one statement of the page can open a matter the next one joins; the matters themselves take in
    /// only what the log accepts as new. Returns each statement's meaning (null where it has no automatic topic or no
    /// embedder is configured).
    /// </summary>
    private float[]?[] FileUnderMatters(Statement[] statements)
    {
        var meanings = new float[]?[statements.Length];
        // Those on no configured topic are read for their meaning here, all in one embedding batch.
        engine.Prepare([.. statements.Where(s => MatterSet.IsAutomatic(s.Topic))]);
        MatterSet? trial = null;
        for (var i = 0; i < statements.Length; i++)
        {
            if (MeaningOf(statements[i]) is not { } meaning) continue;
            trial ??= snapshot.State.Matters.Copy();
            var matter = trial.Assign(statements[i].Topic!, meaning);
            trial.Observe(matter, KeyOf(statements[i]), meaning, LastSequence + i + 1);
            statements[i] = statements[i] with { Topic = matter };
            meanings[i] = meaning;
        }
        return meanings;
    }

    private float[]? MeaningOf(Statement statement) =>
        MatterSet.IsAutomatic(statement.Topic) ? MatterSet.MeaningOf(engine.MeaningVectors(statement)) : null;

    // The words a statement is keyed by, from its own text, so a statement read again from the log names its matter as it did.
    private static string? KeyOf(Statement statement) => AutoTopicKey.Of(statement.Text);

    public Task<IReadOnlyList<Position>> GetPositions() =>
        Task.FromResult(PositionTracker.Positions(Id, snapshot.State));

    public Task<IReadOnlyList<Statement>> GetStatements(StatementQuery query) =>
        log.ReadAsync(Id, query.AfterSequence, query.Limit, query.Topic);

    /// <summary>Feeds watchers everything durable but not yet fed, oldest first.</summary>
    private async Task FeedPendingAsync(CancellationToken cancellationToken)
    {
        while (_fedSequence < LastSequence)
        {
            var pending = await log.ReadAsync(Id, _fedSequence, ReplayPage, null, cancellationToken);
            if (pending.Count == 0) return;
            if (!await FeedAsync(pending)) return;
        }
    }

    /// <summary>
    /// Hands statements to their watchers in log order, one watcher call per run of statements on the
    /// same scope. Failure leaves the cursor where it was: the statements are durable and will be re-sent.
    /// </summary>
    private async Task<bool> FeedAsync(IReadOnlyList<Statement> statements)
    {
        try
        {
            var start = 0;
            while (start < statements.Count)
            {
                var scope = WatcherScopes.For(statements[start]);
                var end = start;
                while (end < statements.Count && WatcherScopes.For(statements[end]) == scope) end++;
                var run = statements.Skip(start).Take(end - start).ToArray();
                await GrainFactory.GetGrain<ITopicWatcherGrain>(scope).Evaluate(run);
                _fedSequence = run[^1].Sequence;
                start = end;
            }
            // The cursor only saves re-sending: it is written while the caller gets its answer, and a
            // cursor lost in a crash means statements are fed again, which raises nothing twice.
            await ObserveMarkingFedAsync();
            _markingFed = log.MarkFedAsync(Id, _fedSequence);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Feeding watchers for actor {Actor} stopped at sequence {Sequence}; will retry", Id, _fedSequence);
            return false;
        }
    }

    /// <summary>
    /// A statement carried again by another outlet gained sources; feeding it again lets the watcher
    /// add those sources to the alerts it is part of (the alert is found again, not raised again).
    /// </summary>
    private async Task RefeedWithNewSourcesAsync(IReadOnlyList<AppendOutcome> updated)
    {
        foreach (var outcome in updated)
        {
            var statement = (await log.ReadAsync(Id, outcome.Sequence - 1, 1)).SingleOrDefault();
            if (statement is null || statement.Sequence > _fedSequence) continue;
            try
            {
                await GrainFactory.GetGrain<ITopicWatcherGrain>(WatcherScopes.For(statement)).Evaluate([statement]);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not add new sources of statement {Statement} to its alerts", statement.Id);
            }
        }
    }

    private async Task ObserveMarkingFedAsync()
    {
        try
        {
            await _markingFed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not save the outbox cursor of actor {Actor}; its statements may be fed again", Id);
        }
    }

    private async Task WriteSnapshotAsync()
    {
        await snapshot.WriteStateAsync();
        _snapshotSequence = snapshot.State.LastSequence;
    }
}
