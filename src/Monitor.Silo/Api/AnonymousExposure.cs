using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Monitor.Hosting.Configuration;

namespace Monitor.Silo.Api;

/// <summary>
/// Without API keys anyone who reaches the service may read and write, which is fit for a laptop and nothing else.
/// So without keys the service listens on loopback only, and answers only requests addressed to a loopback name:
/// a page on another site that points its own host name at 127.0.0.1 (DNS rebinding) is refused. An operator who
/// wants it open anyway says so with <c>Monitor:AllowAnonymous=true</c>, and is warned at every start.
/// </summary>
public static class AnonymousExposure
{
    public static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The configured addresses that are not loopback ("http://0.0.0.0:8080", "http://+:80", a host name …).</summary>
    public static IReadOnlyList<string> OpenAddresses(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => !IsLoopback(url))
            .ToArray();

    /// <summary>Refuses to build a keyless service that would listen beyond loopback, unless anonymous access is allowed.</summary>
    public static void Apply(WebApplicationBuilder builder, MonitorOptions options)
    {
        if (options.ApiKeys.Count > 0) return;
        var open = OpenAddresses(builder.Configuration["urls"]);
        if (options.AllowAnonymous) return;
        if (open.Count > 0)
            throw new InvalidOperationException(
                $"Monitor would listen on {string.Join(", ", open)} with no API keys, so anyone who reaches it could read and write. " +
                "Configure Monitor:ApiKeys, listen on loopback, or set Monitor:AllowAnonymous=true to accept that.");
        // Only when the operator has not named the hosts themselves.
        builder.Services.PostConfigure<HostFilteringOptions>(filter =>
        {
            if (filter.AllowedHosts.Count == 0 || filter.AllowedHosts.Contains("*")) filter.AllowedHosts = [.. LoopbackHosts];
        });
    }

    /// <summary>Logs, at every start, that a keyless service is open beyond loopback.</summary>
    public static void WarnIfOpen(WebApplication app, MonitorOptions options)
    {
        if (options.ApiKeys.Count > 0 || !options.AllowAnonymous) return;
        var open = OpenAddresses(app.Configuration["urls"]);
        if (open.Count == 0) return;
        app.Logger.LogWarning(
            "Monitor is listening on {Addresses} with no API keys and Monitor:AllowAnonymous=true: anyone who reaches it may read and write",
            string.Join(", ", open));
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://+", "://any-host", StringComparison.Ordinal).Replace("://*", "://any-host", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;
        if (uri.IsLoopback) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
