using System.Net;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>
/// Past its limits the service answers 429 with Retry-After and records nothing of a refused call, while reads and
/// /health keep answering; every call it accepted is recorded.
/// </summary>
public sealed class LoadSheddingTests
{
    [Fact]
    public async Task A_burst_of_recording_calls_past_the_rate_is_refused_with_retry_after_and_loses_nothing_accepted()
    {
        await using var service = await RunningService.StartAsync(["--no-sample", "--Monitor:RateLimits:WritesPerSecond=5"]);
        var client = service.Client;
        Assert.True((await client.PutAsync("/api/actors/burst", Body(new { name = "Burst" }))).IsSuccessStatusCode);

        var burst = Enumerable.Range(0, 60).Select(async i =>
        {
            using var response = await client.PostAsync("/api/statements", Body(Statement($"burst-{i}", "burst", $"We will open office number {i}.", "2024-01-01T00:00:00Z")));
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }).ToArray();
        var health = await DuringBurstAsync(() => client.GetAsync("/health"));
        var read = await DuringBurstAsync(() => client.GetAsync("/api/actors/burst"));
        var outcomes = await Task.WhenAll(burst);

        var accepted = outcomes.Count(o => o.StatusCode == HttpStatusCode.OK);
        var refused = outcomes.Where(o => o.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.Equal(60, accepted + refused.Length);
        Assert.InRange(accepted, 1, 20);
        Assert.All(refused, o => Assert.True(o.RetryAfter >= TimeSpan.FromSeconds(1)));
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(accepted, (long)(await GetAsync(client, "/api/actors/burst"))["statementCount"]!);
    }

    [Fact]
    public async Task Documents_beyond_the_concurrency_and_its_queue_are_refused_while_reads_answer()
    {
        await using var service = await RunningService.StartAsync(
            ["--no-sample", "--Monitor:RateLimits:DocumentConcurrency=1", "--Monitor:RateLimits:DocumentQueue=0"]);
        var client = service.Client;
        var text = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"\"We will keep the {i} ports open,\" the Chinese foreign ministry said on Monday."));

        var burst = Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await client.PostAsync("/api/documents", Body(new { id = $"doc-burst-{i}", publishedAt = "2024-01-02T00:00:00Z", text }));
            return response.StatusCode;
        }).ToArray();
        var health = await DuringBurstAsync(() => client.GetAsync("/health"));
        var outcomes = await Task.WhenAll(burst);

        Assert.Contains(HttpStatusCode.TooManyRequests, outcomes);
        Assert.Contains(HttpStatusCode.OK, outcomes);
        Assert.All(outcomes, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, s.ToString()));
        Assert.Equal(HttpStatusCode.OK, health);
    }

    private static async Task<HttpStatusCode> DuringBurstAsync(Func<Task<HttpResponseMessage>> call)
    {
        using var response = await call();
        return response.StatusCode;
    }
}
