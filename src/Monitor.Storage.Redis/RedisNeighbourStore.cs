using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// Each owner's filings are a list (<c>nb:o:{owner}</c>) of packed binary entries — the statement's
/// reference, document and time, then its int8 codes — so a rebuild reads them back in pages with
/// LRANGE; a set (<c>nb:ids:{owner}</c>) makes filing idempotent; each statement is kept once in
/// <c>nb:statements</c>. Filing is one script, so a statement is either wholly filed or not at all.
/// </summary>
public sealed class RedisNeighbourStore(RedisConnection redis) : INeighbourStore
{
    private const byte EntryVersion = 1;
    private const ushort NoDocument = ushort.MaxValue;

    // ARGV: prefix, owner, then per entry: reference, packed entry, statement json.
    private const string AddScript = """
        local prefix, owner = ARGV[1], ARGV[2]
        local ids, list, statements = prefix .. 'nb:ids:' .. owner, prefix .. 'nb:o:' .. owner, prefix .. 'nb:statements'
        for i = 3, #ARGV, 3 do
          if redis.call('SADD', ids, ARGV[i]) == 1 then
            redis.call('RPUSH', list, ARGV[i + 1])
            redis.call('HSETNX', statements, ARGV[i], ARGV[i + 2])
          end
        end
        return 1
        """;

    public async Task AddAsync(string owner, IReadOnlyList<MeaningEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0) return;
        var args = new RedisValue[2 + entries.Count * 3];
        args[0] = redis.Prefix;
        args[1] = owner;
        for (var i = 0; i < entries.Count; i++)
        {
            var statement = entries[i].Statement;
            var reference = StatementRef.For(statement);
            args[2 + i * 3] = Field(reference);
            args[3 + i * 3] = Pack(reference, statement.DocumentId, statement.SaidAt, entries[i].Vectors);
            args[4 + i * 3] = JsonSerializer.Serialize(statement, MonitorJson.Options);
        }
        await redis.RunAsync(db => db.ScriptEvaluateAsync(AddScript, values: args), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredMeaning>> ReadAsync(string owner, long afterPosition, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0) return [];
        var start = Math.Max(0, afterPosition);
        var packed = await redis.RunAsync(db => db.ListRangeAsync(redis.Key("nb:o:" + owner), start, start + limit - 1), cancellationToken);
        var found = new StoredMeaning[packed.Length];
        for (var i = 0; i < packed.Length; i++) found[i] = Unpack(start + i + 1, packed[i]!);
        return found;
    }

    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyList<StatementRef> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0) return [];
        var fields = statements.Select(s => (RedisValue)Field(s)).ToArray();
        var jsons = await redis.RunAsync(db => db.HashGetAsync(redis.Key("nb:statements"), fields), cancellationToken);
        return [.. jsons.Where(j => !j.IsNull).Select(j => JsonSerializer.Deserialize<Statement>((string)j!, MonitorJson.Options)!)];
    }

    private static string Field(StatementRef reference) => $"{reference.Voice}\u001f{reference.Id}";

    /// <summary>Version, said-at ticks, voice, id and document (each a uint16 length and UTF-8), then the vectors.</summary>
    private static byte[] Pack(StatementRef reference, string? documentId, DateTimeOffset saidAt, byte[] vectors)
    {
        var voice = Encoding.UTF8.GetBytes(reference.Voice);
        var id = Encoding.UTF8.GetBytes(reference.Id);
        var document = documentId is null ? [] : Encoding.UTF8.GetBytes(documentId);
        if (voice.Length >= NoDocument || id.Length >= NoDocument || document.Length >= NoDocument)
            throw new ArgumentException("A voice, statement id or document id is too long to file.");
        var bytes = new byte[1 + 8 + 6 + voice.Length + id.Length + document.Length + vectors.Length];
        var span = bytes.AsSpan();
        span[0] = EntryVersion;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], saidAt.UtcTicks);
        var at = 9;
        foreach (var (part, isNull) in new[] { (voice, false), (id, false), (document, documentId is null) })
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], isNull ? NoDocument : (ushort)part.Length);
            part.CopyTo(span[(at + 2)..]);
            at += 2 + part.Length;
        }
        vectors.CopyTo(span[at..]);
        return bytes;
    }

    private static StoredMeaning Unpack(long position, byte[] bytes)
    {
        if (bytes.Length < 15 || bytes[0] != EntryVersion) throw new InvalidDataException($"Neighbour entry {position} is not in a known format.");
        var saidAt = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1)), TimeSpan.Zero);
        var at = 9;
        var voice = Text(bytes, ref at)!;
        var id = Text(bytes, ref at)!;
        var document = Text(bytes, ref at);
        return new StoredMeaning(position, new StatementRef(voice, id), document, saidAt, bytes[at..]);
    }

    private static string? Text(byte[] bytes, ref int at)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at));
        at += 2;
        if (length == NoDocument) return null;
        var text = Encoding.UTF8.GetString(bytes, at, length);
        at += length;
        return text;
    }
}
