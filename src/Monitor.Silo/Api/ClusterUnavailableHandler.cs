using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using StackExchange.Redis;

namespace Monitor.Silo.Api;

/// <summary>
/// While a silo has died and the cluster has not yet moved its grains, or while Redis restarts, calls
/// fail with Orleans' or Redis' own exceptions. Those are not server bugs but a passing outage: the
/// client gets 503 with Retry-After and problem details, and — since every write is idempotent by id —
/// can send the same request again. An ETag conflict on grain state is the same passing state: for a
/// moment two activations of one grain existed while membership changed; Orleans deactivates the
/// stale one, and the log (written first, idempotently) still holds everything.
/// </summary>
public sealed class ClusterUnavailableHandler(IProblemDetailsService problems, ILogger<ClusterUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public const string OutageTitle = "Temporarily unavailable";
    public const string TimedOutTitle = "Timed out";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var timedOut = IsTimeout(exception);
        if (!timedOut && !IsPassingOutage(exception)) return false;
        logger.LogWarning("{Method} {Path} answered 503: {Reason}", context.Request.Method, context.Request.Path, exception.Message.Split('\n')[0]);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = timedOut ? TimedOutTitle : OutageTitle,
                // A call that ran out of time may have finished after the answer was given up on: say so, rather than
                // blame an outage that may not exist (a busy actor answers late just the same).
                Detail = timedOut
                    ? "The request did not finish in time: the actor it went to is busy, or part of the cluster is slow to answer. " +
                      "It may still have been applied; every write is keyed by id, so sending it again is safe and records nothing twice."
                    : "Part of the cluster is not reachable right now (a silo is being replaced or the store is restarting). " +
                      "Nothing of this request is lost that was acknowledged before; sending it again is safe.",
            },
        });
    }

    /// <summary>A grain call or store command that ran past its deadline, as against a silo or store known to be gone.</summary>
    private static bool IsTimeout(Exception exception) => exception switch
    {
        RedisTimeoutException => false,
        TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTimeout),
        _ => exception.InnerException is { } inner && IsTimeout(inner),
    };

    private static bool IsPassingOutage(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException => true,
        Orleans.Storage.InconsistentStateException => true,
        RedisConnectionException or RedisTimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsPassingOutage),
        _ => exception.InnerException is { } inner && IsPassingOutage(inner),
    };
}
