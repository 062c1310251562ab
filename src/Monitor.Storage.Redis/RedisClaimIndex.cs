using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// Each key is a sorted set of entries scored by when they were said (<c>ci:k:{key}</c>); the
/// statement itself is kept once in <c>ci:statements</c>, however many keys file it. An entry names
/// the actor and the statement id, since ids are unique only within one actor's log. A look-up for
/// several keys is one script: the nearest entries on each side of the time, then their statements.
/// </summary>
public sealed class RedisClaimIndex(RedisConnection redis) : IClaimIndex
{
    // ARGV: prefix, then per entry: key, said-at in unix ms, entry (actor and statement id), json.
    private const string AddScript = """
        local prefix = ARGV[1]
        for i = 2, #ARGV, 4 do
          redis.call('ZADD', prefix .. 'ci:k:' .. ARGV[i], ARGV[i + 1], ARGV[i + 2])
          redis.call('HSETNX', prefix .. 'ci:statements', ARGV[i + 2], ARGV[i + 3])
        end
        return 1
        """;

    // ARGV: prefix, around in unix ms, per side, then the keys. Returns entry, json pairs, each entry once.
    private const string FindScript = """
        local prefix, around, n = ARGV[1], ARGV[2], tonumber(ARGV[3])
        local seen, ids = {}, {}
        for i = 4, #ARGV do
          local key = prefix .. 'ci:k:' .. ARGV[i]
          local before = redis.call('ZREVRANGEBYSCORE', key, around, '-inf', 'LIMIT', 0, n)
          local after = redis.call('ZRANGEBYSCORE', key, '(' .. around, '+inf', 'LIMIT', 0, n)
          for _, id in ipairs(before) do if not seen[id] then seen[id] = true; ids[#ids + 1] = id end end
          for _, id in ipairs(after) do if not seen[id] then seen[id] = true; ids[#ids + 1] = id end end
        end
        if #ids == 0 then return {} end
        local jsons = redis.call('HMGET', prefix .. 'ci:statements', unpack(ids))
        local out = {}
        for i, id in ipairs(ids) do out[#out + 1] = id; out[#out + 1] = jsons[i] end
        return out
        """;

    public async Task AddAsync(IReadOnlyList<ClaimIndexEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0) return;
        var args = new RedisValue[1 + entries.Count * 4];
        args[0] = redis.Prefix;
        var serialized = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var statement = entries[i].Statement;
            if (!serialized.TryGetValue(Entry(statement), out var json))
                serialized[Entry(statement)] = json = JsonSerializer.Serialize(statement, MonitorJson.Options);
            args[1 + i * 4] = entries[i].Key;
            args[2 + i * 4] = statement.SaidAt.ToUnixTimeMilliseconds();
            args[3 + i * 4] = Entry(statement);
            args[4 + i * 4] = json;
        }
        await redis.RunAsync(db => db.ScriptEvaluateAsync(AddScript, values: args), cancellationToken);
    }

    public Task<IReadOnlyList<Statement>> FindAsync(string key, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default) =>
        FindAsync([key], around, perSide, cancellationToken);

    public async Task<IReadOnlyList<Statement>> FindAsync(IReadOnlyList<string> keys, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0 || perSide <= 0) return [];
        var args = new RedisValue[3 + keys.Count];
        args[0] = redis.Prefix;
        args[1] = around.ToUnixTimeMilliseconds();
        args[2] = perSide;
        for (var i = 0; i < keys.Count; i++) args[3 + i] = keys[i];
        var result = (RedisResult[])(await redis.RunAsync(db => db.ScriptEvaluateAsync(FindScript, values: args), cancellationToken))!;
        var found = new List<Statement>(result.Length / 2);
        for (var i = 0; i < result.Length; i += 2)
        {
            if (!result[i + 1].IsNull) found.Add(JsonSerializer.Deserialize<Statement>((string)result[i + 1]!, MonitorJson.Options)!);
        }
        // In the order they were said, as the detectors compare neighbours.
        return [.. found.OrderBy(s => s.SaidAt).ThenBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Actor, StringComparer.Ordinal)];
    }

    private static string Entry(Statement statement) => $"{statement.Actor}\u001f{statement.Id}";
}
