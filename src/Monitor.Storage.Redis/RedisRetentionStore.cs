using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// Retention on the Redis store. Each delete is a compare-and-delete script: a statement or alert changed since it was
/// read (sources merged by another silo) is left for the next run rather than deleted unseen. Below <c>st:floor</c>
/// (per log) and <c>al:floor</c> every sequence has been deleted, so reads and later runs start there instead of
/// walking the deleted prefix again.
/// </summary>
public sealed class RedisRetentionStore(RedisConnection redis) : IRetentionStore
{
    private const int Page = 256;

    // ARGV: prefix, actor, seq, expected json, id, topic ('' for none).
    private const string DeleteStatementScript = """
        local prefix, actor, seq = ARGV[1], ARGV[2], ARGV[3]
        local log = prefix .. 'st:' .. actor .. ':log'
        if redis.call('HGET', log, seq) ~= ARGV[4] then return 0 end
        redis.call('HDEL', log, seq)
        local ids = prefix .. 'st:' .. actor .. ':ids'
        if redis.call('HGET', ids, ARGV[5]) == seq then redis.call('HDEL', ids, ARGV[5]) end
        if ARGV[6] ~= '' then redis.call('ZREM', prefix .. 'st:' .. actor .. ':topic:' .. ARGV[6], seq) end
        return 1
        """;

    // ARGV: prefix, seq, expected json, id, actor ('' for none), feedback field.
    private const string DeleteAlertScript = """
        local prefix, seq = ARGV[1], ARGV[2]
        if redis.call('HGET', prefix .. 'al:log', seq) ~= ARGV[3] then return 0 end
        redis.call('HDEL', prefix .. 'al:log', seq)
        if redis.call('HGET', prefix .. 'al:ids', ARGV[4]) == seq then redis.call('HDEL', prefix .. 'al:ids', ARGV[4]) end
        if ARGV[5] ~= '' then redis.call('ZREM', prefix .. 'al:actor:' .. ARGV[5], seq) end
        redis.call('HINCRBY', prefix .. 'al:feedback', ARGV[6], -1)
        return 1
        """;

    // KEYS[1]: the hash, ARGV: field, value. Floors only rise, whichever run writes last.
    private const string RaiseFloorScript = """
        if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') < tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
        return 1
        """;

    public async Task<IReadOnlyList<string>> LogsAsync(CancellationToken cancellationToken = default)
    {
        var logs = await redis.RunAsync(db => db.HashKeysAsync(redis.Key("st:heads")), cancellationToken);
        return [.. logs.Select(l => (string)l!).Order(StringComparer.Ordinal)];
    }

    public async Task<AlertRetentionOutcome> ApplyToAlertsAsync(DateTimeOffset? raisedBefore, CancellationToken cancellationToken = default)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var deleted = 0L;
        var head = (long?)await redis.RunAsync(db => db.StringGetAsync(redis.Key("al:seq")), cancellationToken) ?? 0;
        var floor = await AlertFloorAsync(redis, cancellationToken);
        // The deleted prefix grows while every sequence met so far is gone.
        var newFloor = floor;
        var prefixGone = true;
        for (var start = floor; start < head; start += Page)
        {
            var sequences = Enumerable.Range(0, (int)Math.Min(Page, head - start)).Select(i => start + 1 + i).ToArray();
            var values = await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:log"), [.. sequences.Select(s => (RedisValue)s)]), cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                var gone = !values[i].HasValue;
                if (!gone)
                {
                    var json = (string)values[i]!;
                    var alert = JsonSerializer.Deserialize<Alert>(json, MonitorJson.Options)!;
                    if (!RetentionRules.IsClosed(alert.Status))
                    {
                        cited.Add(alert.Earlier.StatementId);
                        cited.Add(alert.Later.StatementId);
                    }
                    else if (alert.RaisedAt < raisedBefore)
                    {
                        gone = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(DeleteAlertScript,
                            values: [redis.Prefix, sequences[i], json, alert.Id, alert.Actor ?? "", RedisAlertLog.FeedbackField(alert)]), cancellationToken) == 1;
                        if (gone) deleted++;
                    }
                }
                prefixGone &= gone;
                if (prefixGone) newFloor = sequences[i];
            }
        }
        if (newFloor > floor)
            await redis.RunAsync(db => db.ScriptEvaluateAsync(RaiseFloorScript, [redis.Key("al:floor")], ["all", newFloor]), cancellationToken);
        return new AlertRetentionOutcome(deleted, cited);
    }

    public async Task<long> DeleteStatementsAsync(string log, DateTimeOffset recordedBefore, long upToSequence, IReadOnlySet<string> keep, CancellationToken cancellationToken = default)
    {
        var floor = await StatementFloorAsync(redis, log, cancellationToken);
        var head = Math.Min(upToSequence, (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:heads"), log), cancellationToken) ?? 0);
        var deleted = 0L;
        var newFloor = floor;
        var prefixGone = true;
        var reachedLive = false;
        for (var start = floor; start < head && !reachedLive; start += Page)
        {
            var sequences = Enumerable.Range(0, (int)Math.Min(Page, head - start)).Select(i => start + 1 + i).ToArray();
            var values = await redis.RunAsync(db => db.HashGetAsync(redis.Key($"st:{log}:log"), [.. sequences.Select(s => (RedisValue)s)]), cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                var gone = !values[i].HasValue;
                if (!gone)
                {
                    var json = (string)values[i]!;
                    var statement = JsonSerializer.Deserialize<Statement>(json, MonitorJson.Options)!;
                    if (RetentionRules.RecordedAt(statement) >= recordedBefore) { reachedLive = true; break; }
                    if (!keep.Contains(statement.Id))
                    {
                        gone = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(DeleteStatementScript,
                            values: [redis.Prefix, log, sequences[i], json, statement.Id, statement.Topic ?? ""]), cancellationToken) == 1;
                        if (gone) deleted++;
                    }
                }
                prefixGone &= gone;
                if (prefixGone) newFloor = sequences[i];
            }
        }
        if (newFloor > floor)
            await redis.RunAsync(db => db.ScriptEvaluateAsync(RaiseFloorScript, [redis.Key("st:floor")], [log, newFloor]), cancellationToken);
        return deleted;
    }

    /// <summary>Every statement of <paramref name="log"/> up to this sequence has been deleted.</summary>
    internal static async Task<long> StatementFloorAsync(RedisConnection redis, string log, CancellationToken cancellationToken) =>
        (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:floor"), log), cancellationToken) ?? 0;

    /// <summary>Every alert up to this sequence has been deleted.</summary>
    internal static async Task<long> AlertFloorAsync(RedisConnection redis, CancellationToken cancellationToken) =>
        (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("al:floor"), "all"), cancellationToken) ?? 0;
}
