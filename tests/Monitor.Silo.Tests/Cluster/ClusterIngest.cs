using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>
/// A client of the cluster as a service would be: it sends each actor's statements in order, in
/// batches, to whichever silo is in the list, and sends a batch again (to the next silo) until one
/// acknowledges it. Only acknowledged statements are promised; a retried batch is the same batch.
/// </summary>
public sealed class ClusterIngest(IReadOnlyList<ServiceProcess> initialSilos)
{
    private readonly Lock _gate = new();
    private readonly List<ServiceProcess> _silos = [.. initialSilos];
    private int _next;

    public ConcurrentDictionary<string, bool> Acknowledged { get; } = new();

    public int Retries;

    public void Remove(ServiceProcess silo) { lock (_gate) _silos.Remove(silo); }

    public void Add(ServiceProcess silo) { lock (_gate) _silos.Add(silo); }

    public async Task RunAsync(ClusterCorpus corpus, int workers, int batchSize, TimeSpan giveUpAfter)
    {
        var groups = corpus.ActorIds.Select((id, i) => (id, i)).GroupBy(p => p.i % workers, p => p.id);
        await Task.WhenAll(groups.Select(group => Task.Run(async () =>
        {
            var actors = group.ToArray();
            var longest = actors.Max(a => corpus.PerActor[a].Length);
            for (var start = 0; start < longest; start += batchSize)
            {
                foreach (var actor in actors)
                {
                    var batch = corpus.PerActor[actor].Skip(start).Take(batchSize).ToArray();
                    if (batch.Length > 0) await SendUntilAcknowledgedAsync(batch, giveUpAfter);
                }
            }
        })));
    }

    public async Task PutActorsAsync(IEnumerable<string> actorIds, TimeSpan giveUpAfter)
    {
        foreach (var id in actorIds)
            await UntilAcknowledgedAsync(client => client.PutAsync($"/api/actors/{id}", Body(ClusterCorpus.Actor(id))), giveUpAfter);
    }

    private async Task SendUntilAcknowledgedAsync(object[] batch, TimeSpan giveUpAfter)
    {
        var body = await UntilAcknowledgedAsync(client => client.PostAsync("/api/statements", Body(batch)), giveUpAfter);
        var acknowledged = body!["statements"]!.AsArray().Select(s => (string)s!["id"]!).ToArray();
        Assert.Equal(batch.Select(ClusterCorpus.IdOf), acknowledged);
        foreach (var id in acknowledged) Acknowledged[id] = true;
    }

    private async Task<JsonNode?> UntilAcknowledgedAsync(Func<HttpClient, Task<HttpResponseMessage>> send, TimeSpan giveUpAfter)
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        while (true)
        {
            ServiceProcess silo;
            lock (_gate) silo = _silos[_next++ % _silos.Count];
            try
            {
                using var response = await send(silo.Client);
                if (response.IsSuccessStatusCode) return await ReadAsync(response);
                // Only a passing outage may be retried; anything else is a bug the test must show.
                Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
                    $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}{Environment.NewLine}{silo.RecentOutput}");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }
            Interlocked.Increment(ref Retries);
            Assert.True(DateTime.UtcNow < deadline, $"no silo acknowledged a request within {giveUpAfter}");
            await Task.Delay(200);
        }
    }
}
