using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.Benchmarks;

/// <summary>One POST body of statements, serialised before the clock starts, and the ids it carries.</summary>
public sealed record StatementBatch(byte[] Body, string[] Ids);

/// <summary>When the request that recorded a statement was sent (the attempt that succeeded) and when its answer was read, in <see cref="Stopwatch"/> ticks.</summary>
public readonly record struct Acknowledgement(long SentAt, long AnsweredAt);

/// <summary>
/// Actors whose every statement carries a topic and a stance, and who each turn half way through
/// from backing to rejecting a plan on every topic: each actor and topic raises a stance reversal.
/// Texts hold no digits (a number would be a claim of its own); ids are stable, so a batch sent again
/// is the same batch.
/// </summary>
public sealed class BenchCorpus
{
    private static readonly string[] Topics = ["harbours", "pensions", "railways", "forestry", "broadband"];
    private static readonly string[] Manners = ["firmly", "openly", "again", "plainly", "calmly", "warmly", "loudly", "flatly", "gladly", "bluntly"];
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private BenchCorpus(string[] actors, StatementBatch[][] batches, int count, int reversals)
    {
        Actors = actors;
        Batches = batches;
        Count = count;
        ExpectedReversals = reversals;
    }

    public IReadOnlyList<string> Actors { get; }

    /// <summary>Per actor (same index as <see cref="Actors"/>), its batches in the order they must be sent.</summary>
    public IReadOnlyList<StatementBatch[]> Batches { get; }

    public int Count { get; }

    /// <summary>Actor and topic pairs that both back and reject: each raises at least one stance reversal.</summary>
    public int ExpectedReversals { get; }

    /// <summary><paramref name="prefix"/>: letters and dashes, distinct per round, so rounds on one cluster never share an actor.</summary>
    public static BenchCorpus Create(string prefix, int actors, int perActor, int batchSize)
    {
        var ids = Enumerable.Range(0, actors).Select(a => $"{prefix}-{Letters(a, 3)}").ToArray();
        var batches = ids.Select(actor => Enumerable.Range(0, perActor)
            .Select(i => Said(actor, i, perActor))
            .Chunk(batchSize)
            .Select(chunk => new StatementBatch(JsonSerializer.SerializeToUtf8Bytes(chunk.Select(s => s.Body).ToArray()), [.. chunk.Select(s => s.Id)]))
            .ToArray()).ToArray();
        var turning = Enumerable.Range(0, Topics.Length).Count(t =>
            Enumerable.Range(0, perActor).Any(i => i % Topics.Length == t && i < perActor / 2) &&
            Enumerable.Range(0, perActor).Any(i => i % Topics.Length == t && i >= perActor / 2));
        return new BenchCorpus(ids, batches, actors * perActor, actors * turning);
    }

    public static object Definition(string id) => new { name = "State " + id.Replace('-', ' ').ToUpperInvariant() };

    /// <summary>Base-26 in letters, <paramref name="width"/> wide: ids without digits, so none reads as a quantity.</summary>
    public static string Letters(int n, int width) =>
        string.Concat(Enumerable.Range(0, width).Reverse().Select(p => (char)('a' + n / (int)Math.Pow(26, p) % 26)));

    private static (string Id, object Body) Said(string actor, int i, int count)
    {
        var id = $"{actor}-s{i:D5}";
        var topic = Topics[i % Topics.Length];
        var turned = i >= count / 2;
        var manner = Manners[i / Topics.Length % Manners.Length];
        return (id, new
        {
            id,
            actor,
            speaker = "Bench Spokesperson",
            text = $"The ministry {manner} {(turned ? "rejects" : "backs")} the {topic} plan.",
            saidAt = Day0.AddHours(i * 7).ToString("O"),
            topic,
            stance = turned ? "oppose" : "support",
            source = new { name = "Bench Wire", url = $"https://wire.example/{id}" },
        });
    }
}

/// <summary>
/// Sends requests as a client of the cluster behind a round-robin load balancer: each request to the
/// next silo, and — when a silo answers 503/504, fails to connect or does not answer in time — the same
/// request again to the next one. Counts what it had to retry; anything else but success is a bug and stops the run.
/// </summary>
public sealed class ClusterSender(BenchCluster cluster)
{
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, int> _retried = new();

    /// <summary>Why requests were sent again: "503", "504", "timeout", "connection"; with counts.</summary>
    public IReadOnlyDictionary<string, int> Retried => _retried;

    public int Retries => _retried.Values.Sum();

    public async Task PutActorsAsync(IReadOnlyList<string> ids, int clients, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(BenchCorpus.Definition(ids[i]));
                using var response = await SendAsync(HttpMethod.Put, $"/api/actors/{ids[i]}", body, cancellationToken);
            }
        }));
    }

    /// <summary>
    /// Each client takes every <paramref name="clients"/>th actor and sends its actors' batches in turn, each
    /// actor's in order (the order decides the alerts). Notes when each statement was sent and acknowledged.
    /// </summary>
    public async Task SendAsync(BenchCorpus corpus, int clients, ConcurrentDictionary<string, Acknowledgement> acknowledged, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = Enumerable.Range(0, corpus.Actors.Count).Where(a => a % clients == client).ToArray();
            if (mine.Length == 0) return;
            var longest = mine.Max(a => corpus.Batches[a].Length);
            for (var b = 0; b < longest; b++)
            {
                foreach (var a in mine)
                {
                    if (b >= corpus.Batches[a].Length) continue;
                    var batch = corpus.Batches[a][b];
                    var (response, sentAt) = await SendCoreAsync(HttpMethod.Post, "/api/statements", batch.Body, cancellationToken);
                    using (response)
                    {
                        var answeredAt = Stopwatch.GetTimestamp();
                        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                        var ids = body?["statements"]?.AsArray().Select(s => (string?)s?["id"]).ToArray() ?? [];
                        if (!ids.SequenceEqual(batch.Ids))
                            throw new InvalidOperationException($"a batch of {batch.Ids.Length} statements was answered with {ids.Length} ids.");
                        foreach (var id in batch.Ids) acknowledged[id] = new Acknowledgement(sentAt, answeredAt);
                    }
                }
            }
        }, cancellationToken)));
    }

    /// <summary>Sends until a silo answers with success; the response's content is buffered.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken) =>
        (await SendCoreAsync(method, path, body, cancellationToken)).Response;

    /// <summary>Also returns when the attempt that succeeded was sent.</summary>
    private async Task<(HttpResponseMessage Response, long SentAt)> SendCoreAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            var silo = cluster.Next();
            string reason;
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(Attempt);
                using var request = new HttpRequestMessage(method, path);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }
                var sentAt = Stopwatch.GetTimestamp();
                var response = await silo.Client.SendAsync(request, attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                    return (response, sentAt);
                }
                using (response)
                {
                    if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                        throw new InvalidOperationException($"{method} {path} on silo {silo.Number} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    reason = ((int)response.StatusCode).ToString();
                }
            }
            catch (HttpRequestException)
            {
                reason = "connection";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                reason = "timeout";
            }
            _retried.AddOrUpdate(reason, 1, (_, n) => n + 1);
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no silo acknowledged {method} {path} within {GiveUpAfter.TotalMinutes:F0} minutes.");
            await Task.Delay(200, cancellationToken);
        }
    }
}

/// <summary>An alert as the stream delivered it: the statement that triggered it, its actor and topic (its watcher's scope), and when it arrived here.</summary>
public sealed record StreamedAlert(string Id, string Kind, string LaterStatementId, string? Actor, string? Topic, long ReceivedAt);

/// <summary>
/// A client of GET /api/alerts/stream on one silo. It notes the moment each alert arrives, on this side;
/// when the stream drops it reconnects with Last-Event-ID, as a browser does, and counts that.
/// </summary>
public sealed class AlertStreamClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, StreamedAlert> _alerts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient _client;
    private Task _reading = Task.CompletedTask;
    private int _reconnects;

    private AlertStreamClient(ClusterSilo silo) =>
        _client = new HttpClient { BaseAddress = silo.Client.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>The alerts received so far.</summary>
    public IReadOnlyList<StreamedAlert> Snapshot() => [.. _alerts.Values];

    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>Returns once the silo has answered with the stream's headers, so nothing after this is missed.</summary>
    public static async Task<AlertStreamClient> ConnectAsync(ClusterSilo silo, CancellationToken cancellationToken)
    {
        var stream = new AlertStreamClient(silo);
        stream._reading = Task.Run(stream.ReadAsync, CancellationToken.None);
        await stream._connected.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _reading; } catch (OperationCanceledException) { }
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var cancellationToken = _stop.Token;
        string? lastEventId = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts/stream");
                if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                response.EnsureSuccessStatusCode();
                _connected.TrySetResult();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.StartsWith("id: ", StringComparison.Ordinal)) lastEventId = line[4..];
                    if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                    var at = Stopwatch.GetTimestamp();
                    var alert = JsonNode.Parse(line[6..]);
                    var id = (string?)alert?["id"];
                    var later = (string?)alert?["later"]?["statementId"];
                    if (id is not null && later is not null) _alerts.TryAdd(id, new StreamedAlert(id, (string?)alert?["kind"] ?? "?", later, (string?)alert?["actor"], (string?)alert?["topic"], at));
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Interlocked.Increment(ref _reconnects);
            await Task.Delay(500, cancellationToken);
        }
    }
}
