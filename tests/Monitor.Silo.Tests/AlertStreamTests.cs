using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Monitor.Cli.Commands;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>Server-sent events over real Kestrel: live alerts, resumption with Last-Event-ID, and `monitor alerts tail`.</summary>
public sealed class AlertStreamTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync(["--no-sample"]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task ReverseAsync(string actor, string topic, int day)
    {
        await _service.Client.PutAsync($"/api/actors/{actor}", Body(new { name = actor }));
        var response = await _service.Client.PostAsync("/api/statements", Body(new[]
        {
            Statement($"{actor}-{topic}-s", actor, $"We support the {topic} plan.", $"2024-04-{day:D2}T09:00:00Z", topic, "support"),
            Statement($"{actor}-{topic}-o", actor, $"We oppose the {topic} plan.", $"2024-04-{day + 1:D2}T09:00:00Z", topic, "oppose"),
        }));
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_client_that_reconnects_with_last_event_id_misses_nothing()
    {
        using var first = await OpenAsync(null, "actor=sse");
        await ReverseAsync("sse", "one", 1);
        var (id1, alert1) = await NextEventAsync(first);
        Assert.Equal("one", (string?)alert1["topic"]);
        Assert.Equal((long)alert1["sequence"]!, long.Parse(id1));
        first.Dispose();

        await ReverseAsync("sse", "two", 5);
        await ReverseAsync("other", "noise", 5);
        await ReverseAsync("sse", "three", 9);

        using var resumed = await OpenAsync(id1, "actor=sse");
        var (_, alert2) = await NextEventAsync(resumed);
        var (_, alert3) = await NextEventAsync(resumed);
        Assert.Equal(["two", "three"], new[] { (string)alert2["topic"]!, (string)alert3["topic"]! });
    }

    [Fact]
    public async Task Alerts_tail_prints_alerts_as_json_lines_from_its_cursor_file()
    {
        await ReverseAsync("tail", "one", 1);
        await ReverseAsync("tail", "two", 5);
        var cursorFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(cursorFile, "0");
        try
        {
            using var output = new StringWriter();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var exit = await AlertsTailCommand.RunAsync(_service.Client.BaseAddress!.ToString(), null, "tail", null, null, null, null, cursorFile, 2, output, timeout.Token);

            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(0, exit);
            Assert.Equal(["one", "two"], lines.Select(l => (string?)JsonNode.Parse(l)!["topic"]));
            Assert.Equal((string?)JsonNode.Parse(lines[1])!["sequence"]!.ToString(), await File.ReadAllTextAsync(cursorFile));

            await ReverseAsync("tail", "three", 9);
            using var more = new StringWriter();
            await AlertsTailCommand.RunAsync(_service.Client.BaseAddress!.ToString(), null, "tail", null, null, null, null, cursorFile, 1, more, timeout.Token);
            Assert.Equal("three", (string?)JsonNode.Parse(more.ToString())!["topic"]);
        }
        finally
        {
            File.Delete(cursorFile);
        }
    }

    private async Task<StreamReader> OpenAsync(string? lastEventId, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts/stream?" + query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await _service.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    private static async Task<(string Id, JsonNode Alert)> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? id = null;
        string? data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0 && data is not null) return (id!, JsonNode.Parse(data)!);
        }
        throw new InvalidOperationException("the stream ended");
    }
}
