using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Monitor.Hosting.Configuration;

namespace Monitor.Silo.Api;

/// <summary>
/// Beyond its capacity the service sheds load rather than queue without bound: recording calls are limited per API
/// key (per client address without keys) by a token bucket, and documents, whose extraction is the costliest work,
/// by a concurrency limit over all callers. A refused call gets 429 with Retry-After and nothing of it is recorded;
/// reads and /health are never limited, so dashboards and probes keep answering during a burst.
/// </summary>
public static class LoadShedding
{
    public const string WritesPolicy = "writes";

    public static void AddLoadShedding(this IServiceCollection services, MonitorOptions options)
    {
        var limits = options.RateLimits;
        var keys = options.ApiKeys.Where(k => k.Key.Length > 0).ToDictionary(k => k.Key, k => k.Name.Length > 0 ? k.Name : k.Key, StringComparer.Ordinal);
        var concurrency = limits.DocumentConcurrency > 0 ? limits.DocumentConcurrency : 2 * Environment.ProcessorCount;
        services.AddRateLimiter(rate =>
        {
            rate.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rate.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ApiResults.Problem(StatusCodes.Status429TooManyRequests, "Too many requests",
                        $"The service is at capacity for this kind of call; nothing of this request was recorded. Retry after {retryAfter} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
            if (!limits.Enabled)
            {
                rate.AddPolicy(WritesPolicy, _ => RateLimitPartition.GetNoLimiter("unlimited"));
                return;
            }
            rate.AddPolicy(WritesPolicy, context => RateLimitPartition.GetTokenBucketLimiter(CallerOf(context, keys), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = 2 * limits.WritesPerSecond,
                TokensPerPeriod = limits.WritesPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            rate.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsDocumentsCall(context)
                ? RateLimitPartition.GetConcurrencyLimiter("documents", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrency,
                    QueueLimit = limits.DocumentQueue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("unlimited"));
        });
    }

    // A configured key is its owner's allowance wherever it is sent from; anything else is limited by address, so
    // made-up keys cannot each open an allowance of their own.
    private static string CallerOf(HttpContext context, Dictionary<string, string> keys) =>
        context.Request.Headers[ApiKeyFilter.Header].ToString() is { Length: > 0 } presented && keys.TryGetValue(presented, out var owner)
            ? "key:" + owner
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static bool IsDocumentsCall(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/api/documents", StringComparison.OrdinalIgnoreCase);
}
