using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;

namespace Monitor.Grains;

/// <summary>
/// Watches one topic for one speaker (see <see cref="WatcherScopes"/>). For a batch of statements:
/// file them all in the claim index, then look up each one's candidates, detect, and append the
/// alerts (idempotent by alert id). Filing before looking up means two watchers evaluating the two
/// sides of a conflict at the same moment cannot both miss it: whichever looks up last sees the
/// other. A crash anywhere re-detects the same alerts when the statements are fed again.
/// </summary>
[GrainType("watcher")]
public sealed class TopicWatcherGrain(IClaimIndex index, IAlertLog alerts, ContradictionEngine engine, TimeProvider clock) : Grain, ITopicWatcherGrain
{
    /// <summary>Candidates read per index key on each side in time; detectors compare with the nearest statements.</summary>
    public const int CandidatesPerSide = 8;

    public async Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements)
    {
        var keyed = statements.Select(s => (Statement: s, Keys: engine.IndexKeys(s))).Where(s => s.Keys.Count > 0).ToArray();
        await index.AddAsync(keyed.SelectMany(s => s.Keys.Select(k => new ClaimIndexEntry(k, s.Statement))).ToArray());

        var raised = new List<Alert>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (statement, keys) in keyed)
        {
            var candidates = new List<Statement>();
            foreach (var key in keys) candidates.AddRange(await index.FindAsync(key, statement.SaidAt, CandidatesPerSide));

            foreach (var contradiction in engine.Detect(statement, candidates))
            {
                var alert = AlertFactory.Create(contradiction, clock.GetUtcNow());
                if (!seen.Add(alert.Id)) continue;
                var outcome = await alerts.AppendAsync(alert);
                if (outcome.Created) raised.Add(outcome.Alert);
            }
        }
        return raised;
    }
}
