using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Monitor.Grains.Net;

namespace Monitor.Grains.Sources;

/// <summary>
/// Fetches feeds, article pages and robots.txt politely and safely: a User-Agent naming Monitor, one
/// request at a time per host with a least gap between them (<see cref="HostGate"/>), robots.txt obeyed for
/// pages, a timeout over the whole request, a byte cap read as the body streams in, redirects followed by
/// hand (a bounded number, each hop checked), and every connection through the same address guard as
/// webhooks, checked after DNS resolution.
/// </summary>
public sealed class NewsFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly SourceOptions _options;
    private readonly HostGate _gate;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, CachedRobots> _robots = new(StringComparer.OrdinalIgnoreCase);

    public NewsFetcher(IOptions<SourceOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        Guard = new AddressGuard(_options.AllowedHosts, SourceOptions.AllowListSetting);
        _gate = new HostGate(_options.MinimumHostGap, clock);
        _client = new HttpClient(GuardedConnector.CreateHandler(Guard)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public AddressGuard Guard { get; }

    /// <summary>The feed, or NotModified when the validators still hold.</summary>
    public Task<Fetched> FetchFeedAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken) =>
        FetchAsync(new Uri(url), _options.MaxFeedBytes, "feed", etag, lastModified, obeyRobots: false,
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", cancellationToken);

    /// <summary>An article page, unless the host's robots.txt keeps Monitor out of it (for any hop of its redirects).</summary>
    public Task<Fetched> FetchPageAsync(string url, CancellationToken cancellationToken) =>
        FetchAsync(new Uri(url), _options.MaxPageBytes, "page", null, null, obeyRobots: true,
            "text/html, application/xhtml+xml;q=0.9, */*;q=0.5", cancellationToken);

    private async Task<Fetched> FetchAsync(Uri url, int maxBytes, string what, string? etag, string? lastModified, bool obeyRobots, string accept, CancellationToken cancellationToken)
    {
        var target = url;
        for (var hop = 0; ; hop++)
        {
            if (await Guard.CheckAsync(target.AbsoluteUri, cancellationToken) is { } refusal)
                throw new FetchFailedException($"{(hop == 0 ? "" : "redirected: ")}{refusal}", transient: false);
            if (obeyRobots && !(await RobotsAsync(target, cancellationToken)).IsAllowed(_options.UserAgent, target.PathAndQuery))
                throw new FetchFailedException($"robots.txt of {target.Authority} disallows {target.PathAndQuery}", transient: false);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                using var lease = await _gate.EnterAsync(target.Authority, cancellationToken);
                // The timeout starts once it is this request's turn: waiting for the host is politeness, not slowness.
                timeout.CancelAfter(_options.RequestTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, target);
                request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects) throw new FetchFailedException($"more than {_options.MaxRedirects} redirects fetching the {what}", transient: false);
                    target = location.IsAbsoluteUri ? location : new Uri(target, location);
                    continue;
                }
                if (status == 304) return new Fetched(true, [], target, etag, lastModified, null);
                if (status is < 200 or >= 300)
                    throw new FetchFailedException($"the {what} {target} answered {status}", transient: status >= 500 || status is 408 or 429, status);
                var body = await ReadCappedAsync(response, maxBytes, what, timeout.Token);
                return new Fetched(false, body, target,
                    response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified?.ToString("r"),
                    response.Content.Headers.ContentType?.CharSet);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FetchFailedException($"the {what} {target} gave no full answer within {_options.RequestTimeout.TotalSeconds:0.#} s", transient: true);
            }
            catch (HttpRequestException exception) when (exception.InnerException is RefusedAddressException refused)
            {
                throw new FetchFailedException(refused.Message, transient: false);
            }
            catch (HttpRequestException exception)
            {
                throw new FetchFailedException($"fetching the {what} {target} failed: {exception.Message}", transient: true);
            }
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>: a longer body is cut off there and the fetch fails, without reading the rest.</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, int maxBytes, string what, CancellationToken cancellationToken)
    {
        string TooLarge() => $"the {what} is larger than its limit of {maxBytes:N0} bytes";
        if (response.Content.Headers.ContentLength > maxBytes) throw new FetchFailedException(TooLarge(), transient: false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes) throw new FetchFailedException(TooLarge(), transient: false);
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    /// <summary>
    /// The host's rules, read at most once per <see cref="SourceOptions.RobotsCacheTime"/>: a 4xx (no file) allows
    /// everything; an unreachable file (5xx, no answer, refused) allows nothing until it is read again, as RFC 9309 says.
    /// </summary>
    private async Task<RobotsRules> RobotsAsync(Uri page, CancellationToken cancellationToken)
    {
        var key = $"{page.Scheme}://{page.Authority}";
        var now = _clock.GetUtcNow();
        if (_robots.TryGetValue(key, out var cached) && cached.Until > now) return cached.Rules;
        RobotsRules rules;
        try
        {
            var fetched = await FetchAsync(new Uri(key + "/robots.txt"), _options.MaxRobotsBytes, "robots.txt", null, null, obeyRobots: false, "text/plain", cancellationToken);
            rules = RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(fetched.Body));
        }
        catch (FetchFailedException failed) when (failed.StatusCode is >= 400 and < 500)
        {
            rules = RobotsRules.AllowAll;
        }
        catch (FetchFailedException)
        {
            rules = RobotsRules.DisallowAll;
        }
        _robots[key] = new CachedRobots(rules, now + _options.RobotsCacheTime);
        return rules;
    }

    public void Dispose() => _client.Dispose();

    private sealed record CachedRobots(RobotsRules Rules, DateTimeOffset Until);
}

/// <summary>A fetched body (or a 304), with the validators for the next conditional request.</summary>
/// <param name="Url">The address the body came from, after redirects.</param>
public sealed record Fetched(bool NotModified, byte[] Body, Uri Url, string? ETag, string? LastModified, string? Charset)
{
    public string Text()
    {
        System.Text.Encoding encoding;
        try
        {
            encoding = Charset is { Length: > 0 } name ? System.Text.Encoding.GetEncoding(name.Trim('"')) : System.Text.Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            encoding = System.Text.Encoding.UTF8;
        }
        return encoding.GetString(Body);
    }
}

/// <summary>Why a fetch failed; <see cref="Transient"/> when trying again later may help.</summary>
public sealed class FetchFailedException(string message, bool transient, int? statusCode = null) : Exception(message)
{
    public bool Transient { get; } = transient;

    public int? StatusCode { get; } = statusCode;
}
