using System.Net;
using System.Net.Http.Headers;

namespace Monitor.Silo.Tests.Observability;

/// <summary>Who may scrape /metrics, and that it can be turned off.</summary>
public sealed class MetricsAccessTests
{
    private const string Reader = "reader-key-0123456789";
    private const string Writer = "writer-key-0123456789";

    [Fact]
    public async Task With_keys_configured_metrics_need_the_read_role_as_a_key_header_or_a_bearer_token()
    {
        await using var service = await RunningService.StartAsync(
        [
            "--no-sample", "--Monitor:Embeddings=false",
            $"--Monitor:ApiKeys:0:Key={Reader}", "--Monitor:ApiKeys:0:Roles:0=read",
            $"--Monitor:ApiKeys:1:Key={Writer}", "--Monitor:ApiKeys:1:Roles:0=write",
        ]);
        var client = service.Client;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/metrics"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/metrics", apiKey: "not-a-key-0123456789"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, "/metrics", apiKey: Writer));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, "/metrics", bearer: Writer));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/metrics", apiKey: Reader));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/metrics", bearer: Reader));
        // The bearer form is for the scrape only; the API keeps its one header.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/api/actors", bearer: Reader));
        // Probes carry no key.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/live"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/ready"));
    }

    [Fact]
    public async Task Metrics_turned_off_are_not_found_while_health_still_answers()
    {
        await using var service = await RunningService.StartAsync(["--no-sample", "--Monitor:Embeddings=false", "--Monitor:Metrics:Enabled=false"]);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(service.Client, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service.Client, "/health/live"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service.Client, "/api/actors"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string? apiKey = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
