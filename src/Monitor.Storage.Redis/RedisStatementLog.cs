using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// One log per actor: <c>st:{actor}:ids</c> maps a statement id to its sequence and <c>st:{actor}:log</c>
/// a sequence to the statement, so an append is a few hash operations whatever the log's length.
/// <c>st:heads</c> and <c>st:fed</c> hold each log's last and fed sequence, <c>st:unfed</c> the logs
/// whose outbox is not empty. The sequence lives in the key, not in the stored JSON.
/// </summary>
public sealed class RedisStatementLog(RedisConnection redis) : IStatementLog
{
    // ARGV: prefix, actor, then per statement: id, json, topic ('' for none), said-at in unix ms, speaker.
    private const string AppendScript = """
        local prefix, actor = ARGV[1], ARGV[2]
        local ids, log = prefix .. 'st:' .. actor .. ':ids', prefix .. 'st:' .. actor .. ':log'
        local first = tonumber(redis.call('HGET', prefix .. 'st:heads', actor) or '0')
        local head, latest, out = first, 0, {}
        for i = 3, #ARGV, 5 do
          local id, json, topic, said = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
          local existing = redis.call('HGET', ids, id)
          if existing then
            out[#out + 1] = tonumber(existing); out[#out + 1] = 0
          else
            head = head + 1
            redis.call('HSET', ids, id, head)
            redis.call('HSET', log, head, json)
            if topic ~= '' then redis.call('ZADD', prefix .. 'st:' .. actor .. ':topic:' .. topic, head, head) end
            if said > latest then latest = said end
            if head == 1 and string.sub(actor, 1, 1) == '~' then redis.call('HSETNX', prefix .. 'st:voice-speaker', actor, ARGV[i + 4]) end
            out[#out + 1] = head; out[#out + 1] = 1
          end
        end
        if head > first then
          redis.call('HSET', prefix .. 'st:heads', actor, head)
          redis.call('SADD', prefix .. 'st:unfed', actor)
          if string.sub(actor, 1, 1) == '~' then
            redis.call('ZADD', prefix .. 'st:voices', head, actor)
            local said = tonumber(redis.call('HGET', prefix .. 'st:voice-said', actor) or '0')
            if latest > said then redis.call('HSET', prefix .. 'st:voice-said', actor, latest) end
          end
        end
        return out
        """;

    private const string MarkFedScript = """
        local prefix, actor, seq = ARGV[1], ARGV[2], tonumber(ARGV[3])
        local fed = tonumber(redis.call('HGET', prefix .. 'st:fed', actor) or '0')
        if seq > fed then redis.call('HSET', prefix .. 'st:fed', actor, seq); fed = seq end
        local head = tonumber(redis.call('HGET', prefix .. 'st:heads', actor) or '0')
        if fed >= head then redis.call('SREM', prefix .. 'st:unfed', actor) end
        return fed
        """;

    // Replaces a stored statement only if it is still what the caller read (sources merged by another writer otherwise).
    private const string ReplaceScript = """
        if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]); return 1 end
        return 0
        """;

    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(string actor, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0) return [];
        var args = new RedisValue[2 + statements.Count * 5];
        args[0] = redis.Prefix;
        args[1] = actor;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            args[2 + i * 5] = statement.Id;
            args[3 + i * 5] = Serialize(statement);
            args[4 + i * 5] = statement.Topic ?? "";
            args[5 + i * 5] = statement.SaidAt.ToUnixTimeMilliseconds();
            args[6 + i * 5] = statement.Speaker ?? actor;
        }
        var result = (RedisResult[])(await redis.RunAsync(db => db.ScriptEvaluateAsync(AppendScript, values: args), cancellationToken))!;
        var outcomes = new AppendOutcome[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var sequence = (long)result[i * 2];
            var created = (long)result[i * 2 + 1] == 1;
            outcomes[i] = created
                ? new AppendOutcome(statements[i].Id, sequence, Created: true)
                : new AppendOutcome(statements[i].Id, sequence, Created: false, SourcesAdded: await MergeSourcesAsync(actor, sequence, statements[i].Sources, cancellationToken));
        }
        return outcomes;
    }

    public async Task<IReadOnlyList<Statement>> ReadAsync(string actor, long afterSequence, int limit, string? topic = null, CancellationToken cancellationToken = default)
    {
        if (limit <= 0) return [];
        if (topic is not null)
        {
            var found = await redis.RunAsync(db => db.SortedSetRangeByScoreAsync(
                redis.Key($"st:{actor}:topic:{topic}"), afterSequence, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, limit), cancellationToken);
            return await ReadSequencesAsync(actor, [.. found.Select(v => (long)v)], limit, cancellationToken);
        }

        var head = LastSequenceAsync(actor, cancellationToken);
        var floor = RedisRetentionStore.StatementFloorAsync(redis, actor, cancellationToken);
        await Task.WhenAll(head, floor);
        // Retention leaves holes (statements kept for an open alert stand among deleted ones): windows are read until
        // the page is full or the log ends. Without retention the first window is the page.
        var statements = new List<Statement>(limit);
        for (var start = Math.Max(afterSequence, floor.Result); start < head.Result && statements.Count < limit;)
        {
            var last = Math.Min(head.Result, start + limit);
            var window = await ReadSequencesAsync(actor, [.. Enumerable.Range(0, (int)(last - start)).Select(i => start + 1 + i)], limit - statements.Count, cancellationToken);
            statements.AddRange(window);
            start = last;
        }
        return statements;
    }

    private async Task<IReadOnlyList<Statement>> ReadSequencesAsync(string actor, long[] sequences, int limit, CancellationToken cancellationToken)
    {
        if (sequences.Length == 0) return [];
        var values = await redis.RunAsync(db => db.HashGetAsync(LogKey(actor), [.. sequences.Select(s => (RedisValue)s)]), cancellationToken);
        var statements = new List<Statement>(Math.Min(values.Length, limit));
        for (var i = 0; i < values.Length && statements.Count < limit; i++)
        {
            if (values[i].HasValue) statements.Add(Deserialize(values[i]!, sequences[i]));
        }
        return statements;
    }

    public async Task<long> LastSequenceAsync(string actor, CancellationToken cancellationToken = default) =>
        (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:heads"), actor), cancellationToken) ?? 0;

    public Task MarkFedAsync(string actor, long sequence, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(MarkFedScript, values: [redis.Prefix, actor, sequence]), cancellationToken).AsTask();

    public async Task<long> FedSequenceAsync(string actor, CancellationToken cancellationToken = default) =>
        (long?)await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:fed"), actor), cancellationToken) ?? 0;

    public async Task<IReadOnlyList<string>> ActorsWithUnfedStatementsAsync(CancellationToken cancellationToken = default)
    {
        var members = await redis.RunAsync(db => db.SetMembersAsync(redis.Key("st:unfed")), cancellationToken);
        return [.. members.Select(m => (string)m!).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<VoiceCount>> VoicesAsync(int limit, CancellationToken cancellationToken = default)
    {
        // Voices are few next to statements; reading all of them keeps ties in key order, as the embedded store does.
        var voices = await redis.RunAsync(db => db.SortedSetRangeByRankWithScoresAsync(redis.Key("st:voices")), cancellationToken);
        var top = voices.OrderByDescending(v => v.Score).ThenBy(v => (string)v.Element!, StringComparer.Ordinal).Take(limit).ToArray();
        if (top.Length == 0) return [];
        var keys = top.Select(v => v.Element).ToArray();
        var speakers = await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:voice-speaker"), keys), cancellationToken);
        var said = await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:voice-said"), keys), cancellationToken);
        return [.. top.Select((v, i) =>
        {
            var key = (string)v.Element!;
            return new VoiceCount(key, speakers[i].HasValue ? (string)speakers[i]! : key, Voices.IsReportVoice(key), (long)v.Score,
                DateTimeOffset.FromUnixTimeMilliseconds((long?)said[i] ?? 0));
        })];
    }

    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken = default)
    {
        // Sequences are dense (duplicates take none), so a log's head is its count.
        var actors = await redis.RunAsync(db => db.HashKeysAsync(redis.Key("actors")), cancellationToken);
        if (actors.Length == 0) return new Dictionary<string, long>();
        var heads = await redis.RunAsync(db => db.HashGetAsync(redis.Key("st:heads"), actors), cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++) counts[(string)actors[i]!] = (long?)heads[i] ?? 0;
        return counts;
    }

    private async Task<bool> MergeSourcesAsync(string actor, long sequence, IReadOnlyList<SourceRef> incoming, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await redis.RunAsync(db => db.HashGetAsync(LogKey(actor), sequence), cancellationToken);
            if (!stored.HasValue) return false;
            var existing = Deserialize(stored!, sequence);
            var sources = existing.Sources.Concat(incoming).Distinct().ToArray();
            if (sources.Length == existing.Sources.Count) return false;
            var replaced = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(ReplaceScript, [LogKey(actor)], [sequence, stored, Serialize(existing with { Sources = sources })]), cancellationToken);
            if (replaced == 1) return true;
        }
    }

    private RedisKey LogKey(string actor) => redis.Key($"st:{actor}:log");

    private static string Serialize(Statement statement) => JsonSerializer.Serialize(statement with { Sequence = 0 }, MonitorJson.Options);

    private static Statement Deserialize(string json, long sequence) => JsonSerializer.Deserialize<Statement>(json, MonitorJson.Options)! with { Sequence = sequence };
}
