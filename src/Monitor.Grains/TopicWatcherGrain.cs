using System.Diagnostics;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Grains.Alerts;
using Monitor.Grains.Diagnostics;

namespace Monitor.Grains;

/// <summary>
/// Watches one topic for one speaker (see <see cref="WatcherScopes"/>). For a batch of statements:
/// file them all in the claim index, then look up each one's candidates, detect, and append the
/// alerts (idempotent by alert id). Filing before looking up means two watchers evaluating the two
/// sides of a conflict at the same moment cannot both miss it: whichever looks up last sees the
/// other. A crash anywhere re-detects the same alerts when the statements are fed again.
/// Candidates come by index key (the nearest in time under each key) and by meaning (the nearest
/// neighbours in each owner's <see cref="INeighboursGrain"/>) through <see cref="CandidateFinder"/>,
/// merged before detection.
/// Alerts on the actor and topic are grouped within a window, and a stance reversal suppresses the
/// lesser alerts of its window; since one watcher owns an actor's alerts on a topic, those
/// decisions see every earlier alert.
/// </summary>
[GrainType("watcher")]
public sealed class TopicWatcherGrain(
    CandidateFinder finder,
    IAlertLog alerts,
    ContradictionEngine engine,
    AlertFanout fanout,
    IOptions<AlertPolicyOptions> policy,
    TimeProvider clock,
    MonitorMetrics metrics,
    IEnumerable<ICandidateObserver> observers) : Grain, ITopicWatcherGrain
{
    private readonly ICandidateObserver[] _observers = observers.ToArray();

    public async Task<IReadOnlyList<Alert>> Evaluate(IReadOnlyList<Statement> statements)
    {
        using var span = MonitorActivities.Source.StartActivity(MonitorActivities.EvaluateStatements);
        span?.SetTag("monitor.watcher", this.GetPrimaryKeyString());
        span?.SetTag("monitor.statements", statements.Count);
        var filed = await finder.FileAsync(statements);

        var raised = new List<Alert>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in filed)
        {
            // Per statement, so the histogram reads as "time to judge one claim" however the batch was cut.
            var started = Stopwatch.GetTimestamp();
            var candidates = await finder.FindAsync(statement);
            foreach (var observer in _observers) observer.Compared(statement.Statement, candidates.ByKey, candidates.ByMeaning);

            // Earlier statements this silo has not analysed (after a restart, or filed by another silo) are embedded in one batch.
            var all = candidates.All;
            engine.Prepare(all);
            foreach (var contradiction in engine.Detect(statement.Statement, all))
            {
                var alert = AlertFactory.Create(contradiction, clock.GetUtcNow(), policy.Value.PriorityActors);
                if (!seen.Add(alert.Id)) continue;
                var outcome = await AppendAsync(alert);
                if (outcome.Created)
                {
                    raised.Add(outcome.Alert);
                    // Only a new alert counts: a statement fed twice finds the same alert and raises nothing.
                    metrics.AlertRaised(outcome.Alert);
                }
                if (outcome.Created || outcome.SourcesAdded) await fanout.PublishAsync(outcome.Alert);
            }
            metrics.WatcherEvaluationTook(Stopwatch.GetElapsedTime(started));
        }
        span?.SetTag("monitor.alerts.raised", raised.Count);
        return raised;
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
