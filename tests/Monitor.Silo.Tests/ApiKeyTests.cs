using System.Net;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync([]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task With_keys_configured_reads_need_read_and_writes_need_write()
    {
        await using var service = await RunningService.StartAsync(
        [
            "--Monitor:ApiKeys:0:Key=reader-key-0123456789", "--Monitor:ApiKeys:0:Roles:0=read",
            "--Monitor:ApiKeys:1:Key=writer-key-0123456789", "--Monitor:ApiKeys:1:Roles:0=read", "--Monitor:ApiKeys:1:Roles:1=write",
        ]);
        var client = service.Client;
        var statement = Body(Statement("key-1", "china", "We oppose it.", "2024-01-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/actors", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/actors", "wrong-key")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Get, "/api/actors", "reader-key-0123456789")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(client, HttpMethod.Post, "/api/statements", "reader-key-0123456789", statement)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Post, "/api/statements", "writer-key-0123456789", statement)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Get, "/health", null)).StatusCode);
    }

    [Fact]
    public async Task Without_keys_everyone_may_read_and_write()
    {
        Assert.Equal(HttpStatusCode.OK, (await _service.Client.GetAsync("/api/actors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _service.Client.PostAsync("/api/statements", Body(Statement("open-1", "china", "We oppose it.", "2024-01-01T00:00:00Z")))).StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string? key, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }
}
