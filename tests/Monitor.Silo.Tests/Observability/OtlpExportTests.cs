using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Silo.Tests.Observability;

/// <summary>Spans leave over OTLP to the collector Monitor:Otlp:Endpoint names: here a loopback listener taking OTLP/HTTP.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_OTLP_endpoint_set_the_service_sends_its_spans_there()
    {
        var batches = new System.Collections.Concurrent.ConcurrentQueue<(string ContentType, int Bytes)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = builder.Build();
        collector.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            batches.Enqueue((context.Request.ContentType ?? "", (int)body.Length));
            return Results.Ok();
        });
        await collector.StartAsync();
        var address = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var service = await RunningService.StartAsync(
            ["--no-sample", "--Monitor:Embeddings=false", $"--Monitor:Otlp:Endpoint={address}/v1/traces", "--Monitor:Otlp:Protocol=http/protobuf"]);
        using (var response = await service.Client.GetAsync("/api/actors")) response.EnsureSuccessStatusCode();

        // The exporter sends in batches, every five seconds.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (batches.IsEmpty)
        {
            Assert.True(DateTime.UtcNow < deadline, "no spans reached the OTLP endpoint within 20 s");
            await Task.Delay(200);
        }
        Assert.All(batches, batch => Assert.Equal("application/x-protobuf", batch.ContentType));
        Assert.Contains(batches, batch => batch.Bytes > 0);
    }
}
