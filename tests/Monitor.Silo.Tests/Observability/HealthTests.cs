using System.Net;
using System.Text.Json.Nodes;
using Monitor.TestSupport;

namespace Monitor.Silo.Tests.Observability;

/// <summary>Liveness and readiness of a cluster silo on a real redis-server, killed and started again under it.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_is_503_while_Redis_is_down_and_200_again_after_while_live_stays_200()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var service = await RunningService.StartAsync(
            ["--redis", redis.Address, "--advertise", "127.0.0.1", "--cluster-id", "health-" + Guid.NewGuid().ToString("N"), "--no-sample"]);
        var client = service.Client;

        // With embeddings on (the default) readiness also waits for the sentence model.
        var ready = await UntilAsync(client, HealthEndpointsPaths.Ready, HttpStatusCode.OK, seconds: 60);
        Assert.Equal("healthy", (string?)ready["status"]);
        Assert.Equal("healthy", (string?)ready["checks"]!["storage"]!["status"]);
        Assert.Equal("redis reachable", (string?)ready["checks"]!["storage"]!["description"]);
        Assert.Equal("healthy", (string?)ready["checks"]!["silo"]!["status"]);
        Assert.Equal("loaded", (string?)ready["checks"]!["model"]!["description"]);
        await AssertLiveAsync(client);

        await redis.KillAsync();
        var down = await UntilAsync(client, HealthEndpointsPaths.Ready, HttpStatusCode.ServiceUnavailable, seconds: 15);
        Assert.Equal("unhealthy", (string?)down["status"]);
        Assert.Equal("unhealthy", (string?)down["checks"]!["storage"]!["status"]);
        Assert.Equal("redis unreachable", (string?)down["checks"]!["storage"]!["description"]);
        Assert.Equal("healthy", (string?)down["checks"]!["silo"]!["status"]);
        await AssertLiveAsync(client);
        using (var legacy = await client.GetAsync("/health")) Assert.Equal(HttpStatusCode.ServiceUnavailable, legacy.StatusCode);

        await redis.RestartAsync();
        var back = await UntilAsync(client, HealthEndpointsPaths.Ready, HttpStatusCode.OK, seconds: 30);
        Assert.Equal("healthy", (string?)back["checks"]!["storage"]!["status"]);
        await AssertLiveAsync(client);
    }

    private static async Task AssertLiveAsync(HttpClient client)
    {
        using var live = await client.GetAsync(HealthEndpointsPaths.Live);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("healthy", (string?)JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]);
    }

    /// <summary>Polls until the path answers <paramref name="status"/>, then returns that answer's body.</summary>
    private static async Task<JsonNode> UntilAsync(HttpClient client, string path, HttpStatusCode status, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == status) return JsonNode.Parse(body)!;
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer {(int)status} within {seconds} s; last {(int)response.StatusCode} {body}");
            await Task.Delay(200);
        }
    }
}

internal static class HealthEndpointsPaths
{
    public const string Live = Monitor.Silo.Observability.HealthEndpoints.LivePath;
    public const string Ready = Monitor.Silo.Observability.HealthEndpoints.ReadyPath;
}
