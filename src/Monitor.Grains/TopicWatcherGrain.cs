using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Neighbours;
using Monitor.Grains.Alerts;

namespace Monitor.Grains;

/// <summary>
/// Watches one topic for one speaker (see <see cref="WatcherScopes"/>). For a batch of statements:
/// file them all in the claim index, then look up each one's candidates, detect, and append the
/// alerts (idempotent by alert id). Filing before looking up means two watchers evaluating the two
/// sides of a conflict at the same moment cannot both miss it: whichever looks up last sees the
/// other. A crash anywhere re-detects the same alerts when the statements are fed again.
/// Candidates come by index key (the nearest in time under each key) and by meaning (the nearest
/// neighbours in each owner's <see cref="INeighboursGrain"/>), merged before detection.
/// Alerts on the actor and topic are grouped within a window, and a stance reversal suppresses the
/// lesser alerts of its window; since one watcher owns an actor's alerts on a topic, those
/// decisions see every earlier alert.
/// </summary>
[GrainType("watcher")]
public sealed class TopicWatcherGrain(
    IClaimIndex index,
    IAlertLog alerts,
    ContradictionEngine engine,
    AlertFanout fanout,
    IOptions<AlertPolicyOptions> policy,
    TimeProvider clock,
    IEnumerable<ICandidateObserver> observers) : Grain, ITopicWatcherGrain
{
    /// <summary>Candidates read per index key on each side in time; detectors compare with the nearest statements.</summary>
    public const int CandidatesPerSide = 8;

    /// <summary>Candidates found by meaning per owner: as many as one key gives on one side in time.</summary>
    public const int Neighbours = 8;

    /// <summary>
    /// The least cosine (best pair of MiniLM claim vectors) at which an earlier statement is a neighbour.
    /// On the development corpus half of one actor's statement pairs sit below 0.21 and nine in ten below
    /// 0.46, while 21 of the 23 pairs that must raise an alert have a claim pair at 0.48 or more: below
    /// this the slots would go to statements about something else, which the detectors reject anyway
    /// (docs/contradiction-engine.md, "Index keys").
    /// </summary>
    public const double MinNeighbourCosine = 0.45;

    private readonly ICandidateObserver[] _observers = observers.ToArray();

    public async Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements)
    {
        var keyed = statements.Select(s => (Statement: s, Keys: engine.IndexKeys(s))).Where(s => s.Keys.Count > 0).ToArray();
        await index.AddAsync(keyed.SelectMany(s => s.Keys.Select(k => new ClaimIndexEntry(k, s.Statement))).ToArray());
        var meanings = keyed.Select(s => Meaning(s.Statement)).Where(m => m.Owners.Count > 0)
            .DistinctBy(m => StatementRef.For(m.Entry.Statement)).ToDictionary(m => StatementRef.For(m.Entry.Statement));
        await Task.WhenAll(meanings.Values
            .SelectMany(m => m.Owners.Select(owner => (Owner: owner, m.Entry)))
            .GroupBy(m => m.Owner, StringComparer.Ordinal)
            .Select(g => GrainFactory.GetGrain<INeighboursGrain>(g.Key).Add([.. g.Select(m => m.Entry)])));

        var raised = new List<Alert>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (statement, keys) in keyed)
        {
            var byKey = await index.FindAsync(keys, statement.SaidAt, CandidatesPerSide);
            var byMeaning = meanings.TryGetValue(StatementRef.For(statement), out var meaning) ? await NeighboursAsync(meaning) : [];
            foreach (var observer in _observers) observer.Compared(statement, byKey, byMeaning);
            // The engine orders candidates itself, so the merge order changes nothing.
            var candidates = byKey.Concat(byMeaning).DistinctBy(StatementRef.For).ToArray();

            foreach (var contradiction in engine.Detect(statement, candidates))
            {
                var alert = AlertFactory.Create(contradiction, clock.GetUtcNow(), policy.Value.PriorityActors);
                if (!seen.Add(alert.Id)) continue;
                var outcome = await AppendAsync(alert);
                if (outcome.Created) raised.Add(outcome.Alert);
                if (outcome.Created || outcome.SourcesAdded) await fanout.PublishAsync(outcome.Alert);
            }
        }
        return raised;
    }

    /// <summary>The statement's meaning vectors, packed, and the owners whose indexes it is filed in.</summary>
    private (MeaningEntry Entry, IReadOnlyList<string> Owners) Meaning(Statement statement)
    {
        var vectors = engine.MeaningVectors(statement);
        return vectors.Count == 0 ? (new MeaningEntry(statement, []), []) : (new MeaningEntry(statement, MeaningCodec.Encode(vectors)), engine.Owners(statement));
    }

    /// <summary>The earlier statements nearest in meaning in every owner's index, each once.</summary>
    private async Task<IReadOnlyList<Statement>> NeighboursAsync((MeaningEntry Entry, IReadOnlyList<string> Owners) meaning)
    {
        var statement = meaning.Entry.Statement;
        var query = new NeighbourQuery(StatementRef.For(statement), statement.DocumentId, statement.SaidAt, meaning.Entry.Vectors, engine.MaxApart, Neighbours, MinNeighbourCosine);
        var found = await Task.WhenAll(meaning.Owners.Select(owner => GrainFactory.GetGrain<INeighboursGrain>(owner).Find(query)));
        return [.. found.SelectMany(f => f).Select(n => n.Statement).DistinctBy(StatementRef.For)];
    }

    private async Task<AlertAppendOutcome> AppendAsync(Alert alert)
    {
        if (alert.Actor is null || alert.Topic is null) return await alerts.AppendAsync(alert);

        var window = policy.Value.GroupWindow;
        var recent = (await alerts.ReadAsync(new AlertQuery(Actor: alert.Actor, Topic: alert.Topic, LaterSaidFrom: alert.Later.SaidAt - window, Limit: 200)))
            .Where(a => a.Id != alert.Id && a.Later.SaidAt <= alert.Later.SaidAt + window)
            .ToArray();
        var reversal = recent.FirstOrDefault(a => a.Kind == AlertKinds.StanceReversal);
        var grouped = alert with
        {
            GroupId = recent.FirstOrDefault()?.GroupId ?? alert.Id,
            SuppressedBy = alert.Kind != AlertKinds.StanceReversal ? reversal?.Id : null,
        };
        var outcome = await alerts.AppendAsync(grouped);
        if (outcome.Created && alert.Kind == AlertKinds.StanceReversal)
            await alerts.SuppressAsync(recent.Where(a => a.Kind != AlertKinds.StanceReversal && a.SuppressedBy is null).Select(a => a.Id).ToArray(), alert.Id);
        return outcome;
    }
}
