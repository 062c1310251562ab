using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Silo.Tests;

/// <summary>A real HTTP listener on loopback that records every webhook and answers what the test says.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Status code to answer; changed by the test while deliveries go on.</summary>
    public int Answer { get; set; } = 200;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook/{name}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var answer = receiver!.Answer;
            receiver.Received.Enqueue(new ReceivedWebhook(
                (string)context.Request.RouteValues["name"]!,
                context.Request.Headers["X-Monitor-Event"].ToString(),
                context.Request.Headers["X-Monitor-Delivery"].ToString(),
                context.Request.Headers["X-Monitor-Signature"].ToString(),
                buffer.ToArray(),
                answer));
            return Results.StatusCode(answer);
        });
        app.MapPost("/slow/{name}", async (HttpContext context) =>
        {
            receiver!.Received.Enqueue(new ReceivedWebhook((string)context.Request.RouteValues["name"]!, "", context.Request.Headers["X-Monitor-Delivery"].ToString(), "", [], 0));
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            return Results.Ok();
        });
        app.MapPost("/huge/{name}", async (HttpContext context) =>
        {
            receiver!.Received.Enqueue(new ReceivedWebhook((string)context.Request.RouteValues["name"]!, "", context.Request.Headers["X-Monitor-Delivery"].ToString(), "", [], 200));
            var chunk = new byte[64 * 1024];
            try
            {
                for (var i = 0; i < 1_000 && !context.RequestAborted.IsCancellationRequested; i++) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new WebhookReceiver(app, address);
        return receiver;
    }

    public IReadOnlyList<ReceivedWebhook> For(string name) => Received.Where(r => r.Name == name).ToArray();

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(string name, Func<IReadOnlyList<ReceivedWebhook>, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(For(name)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"webhook '{name}' did not get what was expected within {seconds} s; got {For(name).Count}");
            await Task.Delay(100);
        }
        return For(name);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string Name, string Event, string DeliveryId, string Signature, byte[] Body, int Answered)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
