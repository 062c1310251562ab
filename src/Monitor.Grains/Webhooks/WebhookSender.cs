using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Monitor.Grains.Net;
using Polly;
using Polly.Retry;

namespace Monitor.Grains.Webhooks;

/// <summary>
/// Posts one signed delivery. The connection itself is checked against the address guard after
/// DNS resolution, redirects are followed by hand so each hop is checked too, a slow receiver is
/// cut off by the timeout and a large answer by the response limit. Polly retries a failed attempt
/// twice within the call (exponential backoff with jitter); the subscription grain schedules the
/// longer retries that follow, durably.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly AddressGuard _guard;
    private readonly WebhookOptions _options;
    private readonly ResiliencePipeline<WebhookResult> _pipeline;

    public WebhookSender(IOptions<WebhookOptions> options)
    {
        _options = options.Value;
        _guard = new AddressGuard(_options.AllowedHosts, "Monitor:Webhooks:AllowedHosts");
        _client = new HttpClient(GuardedConnector.CreateHandler(_guard)) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = new ResiliencePipelineBuilder<WebhookResult>()
            .AddRetry(new RetryStrategyOptions<WebhookResult>
            {
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder<WebhookResult>().HandleResult(r => r.Retriable),
            })
            .Build();
    }

    public AddressGuard Guard => _guard;

    public Task<WebhookResult> SendAsync(string url, string secret, string eventName, string deliveryId, byte[] body, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(async token => await AttemptAsync(url, secret, eventName, deliveryId, body, token), cancellationToken).AsTask();

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body));

    private async Task<WebhookResult> AttemptAsync(string url, string secret, string eventName, string deliveryId, byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var target = new Uri(url);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Add("X-Monitor-Event", eventName);
                request.Headers.Add("X-Monitor-Delivery", deliveryId);
                request.Headers.Add("X-Monitor-Signature", Sign(secret, body));
                request.Headers.UserAgent.ParseAdd("Monitor-Webhooks/1.0");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                await DrainAsync(response, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects) return WebhookResult.Failed(status, $"more than {_options.MaxRedirects} redirects", retriable: false);
                    target = location.IsAbsoluteUri ? location : new Uri(target, location);
                    if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
                        return WebhookResult.Failed(status, $"redirect to a {target.Scheme} address", retriable: false);
                    continue;
                }
                if (status is >= 200 and < 300) return WebhookResult.Delivered(status);
                var retriable = status >= 500 || status is 408 or 429;
                return WebhookResult.Failed(status, $"the receiver answered {status}", retriable);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookResult.Failed(null, $"no answer within {_options.Timeout.TotalSeconds:0.#} s", retriable: true);
        }
        catch (HttpRequestException exception) when (exception.InnerException is RefusedAddressException refused)
        {
            return WebhookResult.Failed(null, refused.Message, retriable: false);
        }
        catch (HttpRequestException exception)
        {
            return WebhookResult.Failed(null, $"connection failed: {exception.Message}", retriable: true);
        }
    }

    /// <summary>Reads at most the configured number of bytes of the answer, so a huge answer cannot tie the sender up.</summary>
    private async Task DrainAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[8192];
        var total = 0;
        int read;
        while (total < _options.MaxResponseBytes && (read = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, _options.MaxResponseBytes - total)), cancellationToken)) > 0)
            total += read;
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>The outcome of one delivery attempt (after Polly's short retries).</summary>
public sealed record WebhookResult(bool Success, int? StatusCode, string? Error, bool Retriable)
{
    public static WebhookResult Delivered(int status) => new(true, status, null, false);

    public static WebhookResult Failed(int? status, string error, bool retriable) => new(false, status, error, retriable);
}
