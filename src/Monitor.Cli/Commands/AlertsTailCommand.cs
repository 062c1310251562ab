using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor alerts tail`: prints alerts live from the service's event stream, one JSON object a
/// line. When the connection drops it reconnects with Last-Event-ID and misses nothing; with
/// --cursor-file the position also survives a restart of the command.
/// </summary>
public static class AlertsTailCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "The service, e.g. http://127.0.0.1:5000", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key with the read role" };
        var actor = new Option<string?>("--actor") { Description = "Only this actor's alerts" };
        var topic = new Option<string?>("--topic") { Description = "Only alerts on this topic" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind, e.g. stance-reversal" };
        var severity = new Option<string?>("--severity") { Description = "Minimum severity: low, medium or high" };
        var since = new Option<long?>("--since") { Description = "Start after this alert sequence (default: the cursor file, else now-and-everything)" };
        var cursorFile = new Option<string?>("--cursor-file") { Description = "Keep the last sequence printed in this file" };
        var count = new Option<int?>("--count") { Description = "Stop after printing this many alerts" };
        var tail = new Command("tail", "Print alerts live, resuming where it stopped") { server, apiKey, actor, topic, kind, severity, since, cursorFile, count };
        tail.SetAction((parse, token) => RunAsync(parse.GetValue(server)!, parse.GetValue(apiKey), parse.GetValue(actor), parse.GetValue(topic), parse.GetValue(kind),
            parse.GetValue(severity), parse.GetValue(since), parse.GetValue(cursorFile), parse.GetValue(count), Console.Out, token));
        return new Command("alerts", "Alert commands") { tail };
    }

    public static async Task<int> RunAsync(string server, string? apiKey, string? actor, string? topic, string? kind, string? severity, long? since,
        string? cursorFile, int? count, TextWriter output, CancellationToken cancellationToken)
    {
        var cursor = since ?? (cursorFile is not null && File.Exists(cursorFile) && long.TryParse(await File.ReadAllTextAsync(cursorFile, cancellationToken), out var saved) ? saved : 0);
        var query = string.Join("&", new[] { ("actor", actor), ("topic", topic), ("kind", kind), ("severity", severity) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        using var client = ServerClient.Create(server, apiKey, Timeout.InfiniteTimeSpan);
        var printed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "api/alerts/stream" + (query.Length > 0 ? "?" + query : ""));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
                request.Headers.Add("Last-Event-ID", cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if ((int)response.StatusCode is >= 400 and < 500)
                {
                    await Console.Error.WriteLineAsync($"monitor: the service refused the stream: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    return 2;
                }
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                string? data = null;
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                    else if (line.Length == 0 && data is not null)
                    {
                        var alert = JsonNode.Parse(data)!;
                        await output.WriteLineAsync(data);
                        await output.FlushAsync(cancellationToken);
                        cursor = (long)alert["sequence"]!;
                        if (cursorFile is not null) await File.WriteAllTextAsync(cursorFile, cursor.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                        data = null;
                        if (count is { } limit && ++printed >= limit) return 0;
                    }
                }
            }
            catch (HttpRequestException exception)
            {
                await Console.Error.WriteLineAsync($"monitor: stream lost ({exception.Message}); reconnecting from {cursor}");
            }
            catch (IOException exception)
            {
                await Console.Error.WriteLineAsync($"monitor: stream lost ({exception.Message}); reconnecting from {cursor}");
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try { await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); } catch (OperationCanceledException) { break; }
        }
        return 0;
    }
}
