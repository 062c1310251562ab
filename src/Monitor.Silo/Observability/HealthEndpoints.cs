using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monitor.Abstractions.Storage;
using Monitor.Hosting.Services;

namespace Monitor.Silo.Observability;

/// <summary>
/// Liveness and readiness for orchestrators. /health/live runs no check: a process that answers HTTP is alive, and
/// restarting it would not bring back Redis. /health/ready says whether this silo should get traffic: its store
/// answers, it is an active member of the cluster, and its sentence model is loaded (with embeddings on); 200 or
/// 503 with each check's status in the body. The older /health (storage only) stays as it was.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static void AddMonitorHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag])
            .AddCheck<EmbeddingModelHealthCheck>("model", tags: [ReadyTag]);

    public static void MapMonitorHealthChecks(this WebApplication app)
    {
        app.MapGet("/health", StorageAsync).WithName("Health")
            .WithSummary("Whether the store behind the logs answers (kept for compatibility; orchestrators use /health/ready)")
            .Produces<StorageHealthAnswer>(StatusCodes.Status503ServiceUnavailable);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).WithName("Live");
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).WithName("Ready");
    }

    private static async Task<Results<Ok<StorageHealthAnswer>, JsonHttpResult<StorageHealthAnswer>>> StorageAsync(
        IStorageHealth storage, CancellationToken cancellationToken) =>
        await storage.IsReachableAsync(cancellationToken)
            ? TypedResults.Ok(new StorageHealthAnswer("ok", "reachable", storage.Store))
            : TypedResults.Json(new StorageHealthAnswer("unavailable", "unreachable", storage.Store), statusCode: StatusCodes.Status503ServiceUnavailable);

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = Word(report.Status),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = Word(e.Value.Status), description = e.Value.Description }),
        }));
    }

    private static string Word(HealthStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>The answer of GET /health: "ok" and "reachable", or "unavailable" and "unreachable", and which store.</summary>
public sealed record StorageHealthAnswer(string Status, string Storage, string Store);

/// <summary>The store behind the logs (SQLite or Redis) answers.</summary>
public sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await storage.IsReachableAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{storage.Store} reachable")
            : HealthCheckResult.Unhealthy($"{storage.Store} unreachable");
}

/// <summary>This silo is an active member of its cluster: it has joined and is not shutting down, so its grains answer.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("active")
            : HealthCheckResult.Unhealthy($"silo is {status.ToString().ToLowerInvariant()}"));
    }
}

/// <summary>The sentence model is loaded when embeddings are on; with them off there is nothing to wait for.</summary>
public sealed class EmbeddingModelHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<EmbeddingModelLoader>() switch
        {
            null => HealthCheckResult.Healthy("embeddings off"),
            { IsLoaded: true } => HealthCheckResult.Healthy("loaded"),
            { Failure: { } failure } => HealthCheckResult.Unhealthy($"could not be loaded: {failure}"),
            _ => HealthCheckResult.Unhealthy("loading"),
        });
}
