using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;

namespace Monitor.Grains;

/// <summary>
/// Watches one scope. For each statement: look up candidates under the detectors' index keys,
/// detect, append alerts (idempotent by alert id), then file the statement in the index. Alerts
/// go first so a crash in between re-detects the same alerts on re-feed rather than losing them.
/// Calls are not interleaved, so statements on one scope are compared in the order they arrive.
/// </summary>
[GrainType("watcher")]
public sealed class TopicWatcherGrain(IClaimIndex index, IAlertLog alerts, ContradictionEngine engine, TimeProvider clock) : Grain, ITopicWatcherGrain
{
    /// <summary>Candidates read per index key; detectors compare with the nearest statements in time.</summary>
    public const int CandidatesPerKey = 64;

    private string Scope => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements)
    {
        var raised = new List<Alert>();
        foreach (var statement in statements)
        {
            var keys = engine.IndexKeys(statement);
            if (keys.Count == 0) continue;

            var candidates = new List<Statement>();
            foreach (var key in keys) candidates.AddRange(await index.FindAsync(Scope, key, CandidatesPerKey));

            foreach (var contradiction in engine.Detect(statement, candidates))
            {
                var outcome = await alerts.AppendAsync(AlertFactory.Create(contradiction, clock.GetUtcNow()));
                if (outcome.Created) raised.Add(outcome.Alert);
            }
            await index.AddAsync(keys.Select(k => new ClaimIndexEntry(Scope, k, statement)).ToArray());
        }
        return raised;
    }
}
