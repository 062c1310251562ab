using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// The alert log: <c>al:seq</c> is the global sequence (INCR never goes back), <c>al:ids</c> maps an
/// alert id to its sequence, <c>al:log</c> a sequence to the alert, <c>al:actor:{id}</c> lists an
/// actor's sequences and <c>al:feedback</c> counts alerts per kind, detector and status. A change to
/// a stored alert is compare-and-set, so two silos changing one alert never lose either change.
/// </summary>
public sealed class RedisAlertLog(RedisConnection redis) : IAlertLog
{
    // ARGV: prefix, id, json, actor ('' for none), feedback field.
    private const string AppendScript = """
        local prefix, id = ARGV[1], ARGV[2]
        local existing = redis.call('HGET', prefix .. 'al:ids', id)
        if existing then return {tonumber(existing), redis.call('HGET', prefix .. 'al:log', existing)} end
        local seq = redis.call('INCR', prefix .. 'al:seq')
        redis.call('HSET', prefix .. 'al:ids', id, seq)
        redis.call('HSET', prefix .. 'al:log', seq, ARGV[3])
        if ARGV[4] ~= '' then redis.call('ZADD', prefix .. 'al:actor:' .. ARGV[4], seq, seq) end
        redis.call('HINCRBY', prefix .. 'al:feedback', ARGV[5], 1)
        return {seq}
        """;

    // ARGV: prefix, seq, expected json, new json, old feedback field, new feedback field.
    private const string ReplaceScript = """
        local prefix = ARGV[1]
        if redis.call('HGET', prefix .. 'al:log', ARGV[2]) ~= ARGV[3] then return 0 end
        redis.call('HSET', prefix .. 'al:log', ARGV[2], ARGV[4])
        if ARGV[5] ~= ARGV[6] then
          redis.call('HINCRBY', prefix .. 'al:feedback', ARGV[5], -1)
          redis.call('HINCRBY', prefix .. 'al:feedback', ARGV[6], 1)
        end
        return 1
        """;

    private const char Separator = '\u001f';
    private const int ScanPage = 256;

    public async Task<AlertAppendOutcome> AppendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await redis.RunAsync(db => db.ScriptEvaluateAsync(AppendScript,
            values: [redis.Prefix, alert.Id, Serialize(alert), alert.Actor ?? "", FeedbackField(alert)]), cancellationToken))!;
        var sequence = (long)result[0];
        if (result.Length == 1) return new AlertAppendOutcome(alert with { Sequence = sequence }, Created: true);

        var (merged, changed) = await ChangeAsync(sequence, (string)result[1]!, existing => existing with
        {
            Earlier = existing.Earlier with { Sources = Union(existing.Earlier.Sources, alert.Earlier.Sources) },
            Later = existing.Later with { Sources = Union(existing.Later.Sources, alert.Later.Sources) },
        }, cancellationToken);
        return new AlertAppendOutcome(merged!, Created: false, SourcesAdded: changed);
    }

    public async Task SuppressAsync(IReadOnlyList<string> ids, string suppressedBy, CancellationToken cancellationToken = default)
    {
        foreach (var id in ids)
        {
            if (await SequenceOfAsync(id, cancellationToken) is { } sequence)
                await ChangeAsync(sequence, null, alert => alert.SuppressedBy is null ? alert with { SuppressedBy = suppressedBy } : alert, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<AlertFeedbackCount>> FeedbackAsync(CancellationToken cancellationToken = default)
    {
        var fields = await redis.RunAsync(db => db.HashGetAllAsync(redis.Key("al:feedback")), cancellationToken);
        return [.. fields
            .Where(f => (long)f.Value > 0)
            .Select(f => ((string)f.Name!).Split(Separator) is [var kind, var detector, var status]
                ? new AlertFeedbackCount(kind, detector, Enum.GetValues<AlertStatus>().First(s => StatusName(s) == status), (long)f.Value)
                : throw new InvalidDataException($"Unexpected feedback counter '{f.Name}'."))
            .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Detector, StringComparer.Ordinal).ThenBy(c => StatusName(c.Status), StringComparer.Ordinal)];
    }

    public async Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await SequenceOfAsync(id, cancellationToken) is not { } sequence) return null;
        var json = await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:log"), sequence), cancellationToken);
        return json.HasValue ? Deserialize(json!, sequence) : null;
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) =>
        (long?)await redis.RunAsync(db => db.StringGetAsync(redis.Key("al:seq")), cancellationToken) ?? 0;

    public async Task<IReadOnlyList<Alert>> ReadAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        var found = new List<Alert>();
        if (query.Limit <= 0) return found;
        // One actor: walk its own sequence list. Otherwise walk the global log in pages and filter,
        // so a filter that matches rarely reads more of the log (documented in the README's limits).
        // Below the floor retention has deleted everything: no need to walk it.
        var since = query.Actor is null ? Math.Max(query.Since, await RedisRetentionStore.AlertFloorAsync(redis, cancellationToken)) : query.Since;
        while (found.Count < query.Limit)
        {
            var (page, next) = query.Actor is { } actor
                ? await ActorPageAsync(actor, since, cancellationToken)
                : await LogPageAsync(since, cancellationToken);
            if (next <= since) break;
            foreach (var alert in page)
            {
                if (Matches(alert, query)) found.Add(alert);
                if (found.Count == query.Limit) break;
            }
            since = next;
        }
        return found;
    }

    public async Task<Alert?> UpdateStatusAsync(string id, AlertStatus status, string? reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (await SequenceOfAsync(id, cancellationToken) is not { } sequence) return null;
        var (updated, _) = await ChangeAsync(sequence, null, alert => alert with { Status = status, StatusReason = reason, StatusChangedAt = at }, cancellationToken);
        return updated;
    }

    /// <summary>The alerts of the next window of sequences after <paramref name="since"/>, and the window's last sequence.</summary>
    private async Task<(IReadOnlyList<Alert> Page, long Next)> LogPageAsync(long since, CancellationToken cancellationToken)
    {
        var head = (long?)await redis.RunAsync(db => db.StringGetAsync(redis.Key("al:seq")), cancellationToken) ?? 0;
        var last = Math.Min(head, since + ScanPage);
        if (last <= since) return ([], since);
        return (await ReadSequencesAsync([.. Enumerable.Range(0, (int)(last - since)).Select(i => since + 1 + i)], cancellationToken), last);
    }

    private async Task<(IReadOnlyList<Alert> Page, long Next)> ActorPageAsync(string actor, long since, CancellationToken cancellationToken)
    {
        var sequences = await redis.RunAsync(db => db.SortedSetRangeByScoreAsync(
            redis.Key($"al:actor:{actor}"), since, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, ScanPage), cancellationToken);
        return sequences.Length == 0 ? ([], since) : (await ReadSequencesAsync([.. sequences.Select(s => (long)s)], cancellationToken), (long)sequences[^1]);
    }

    private async Task<IReadOnlyList<Alert>> ReadSequencesAsync(long[] sequences, CancellationToken cancellationToken)
    {
        var values = await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:log"), [.. sequences.Select(s => (RedisValue)s)]), cancellationToken);
        var alerts = new List<Alert>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            // Scripts are atomic, so a sequence is never taken before its alert is stored: a hole is an alert retention deleted.
            if (values[i].HasValue) alerts.Add(Deserialize(values[i]!, sequences[i]));
        }
        return alerts;
    }

    /// <summary>Applies <paramref name="change"/> to the stored alert until the compare-and-set wins; returns the alert as stored and whether it changed.</summary>
    private async Task<(Alert? Alert, bool Changed)> ChangeAsync(long sequence, string? knownJson, Func<Alert, Alert> change, CancellationToken cancellationToken)
    {
        var json = knownJson;
        while (true)
        {
            json ??= await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:log"), sequence), cancellationToken);
            if (json is null) return (null, false);
            var existing = Deserialize(json, sequence);
            var updated = change(existing);
            var updatedJson = Serialize(updated);
            if (updatedJson == json) return (existing, false);
            var replaced = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(ReplaceScript,
                values: [redis.Prefix, sequence, json, updatedJson, FeedbackField(existing), FeedbackField(updated)]), cancellationToken);
            if (replaced == 1) return (updated, true);
            json = null;
        }
    }

    private async Task<long?> SequenceOfAsync(string id, CancellationToken cancellationToken) =>
        (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:ids"), id), cancellationToken);

    private static bool Matches(Alert alert, AlertQuery query) =>
        (query.Actor is null || alert.Actor == query.Actor)
        && (query.Topic is null || alert.Topic == query.Topic)
        && (query.Kind is null || alert.Kind == query.Kind)
        && (query.Status is null || alert.Status == query.Status)
        && (query.Actors is not { Count: > 0 } || (alert.Actor is not null && query.Actors.Contains(alert.Actor)))
        && (query.Topics is not { Count: > 0 } || (alert.Topic is not null && query.Topics.Contains(alert.Topic)))
        && (query.Kinds is not { Count: > 0 } || query.Kinds.Contains(alert.Kind))
        && (query.MinSeverity is null || alert.Severity >= query.MinSeverity)
        && (query.LaterSaidFrom is null || alert.Later.SaidAt >= query.LaterSaidFrom)
        && (query.IncludeSuppressed || alert.SuppressedBy is null);

    private static IReadOnlyList<SourceRef> Union(IReadOnlyList<SourceRef> stored, IReadOnlyList<SourceRef> incoming) =>
        stored.Concat(incoming).Distinct().ToArray();

    internal static string FeedbackField(Alert alert) => string.Join(Separator, alert.Kind, alert.Detector, StatusName(alert.Status));

    private static string Serialize(Alert alert) => JsonSerializer.Serialize(alert with { Sequence = 0 }, MonitorJson.Options);

    private static Alert Deserialize(string json, long sequence) => JsonSerializer.Deserialize<Alert>(json, MonitorJson.Options)! with { Sequence = sequence };

    private static string StatusName(AlertStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
