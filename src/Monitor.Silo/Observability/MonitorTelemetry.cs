using Monitor.Grains.Diagnostics;
using Monitor.Hosting.Configuration;
using Monitor.Silo.Api;
using Monitor.Storage.Redis;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Monitor.Silo.Observability;

/// <summary>
/// Metrics and traces through OpenTelemetry: Monitor's own meter and spans, Orleans', ASP.NET Core's, HttpClient's,
/// the runtime's and the process's; Prometheus scrapes GET /metrics, and spans go over OTLP when
/// Monitor:Otlp:Endpoint is set. Both can be turned off (Monitor:Metrics:Enabled, Monitor:Tracing:Enabled).
/// </summary>
public static class MonitorTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>Orleans' meter: grain calls, activations, messaging, membership.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' spans: its own runtime calls, and the application's grain calls.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static void AddMonitorTelemetry(this WebApplicationBuilder builder, MonitorOptions options)
    {
        if (!options.Metrics.Enabled && !options.Tracing.Enabled) return;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("monitor", serviceInstanceId: $"{Environment.MachineName}:{options.SiloPort}"));

        if (options.Metrics.Enabled)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(MonitorMetrics.MeterName, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddProcessInstrumentation()
                // Scope labels on every series would double the labels a dashboard has to ignore.
                .AddPrometheusExporter(prometheus => prometheus.ScopeInfoEnabled = false));
        }

        if (options.Tracing.Enabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(MonitorActivities.SourceName)
                    .AddSource(OrleansActivitySources)
                    // Probes and scrapes arrive every few seconds and say nothing about the work; leave them out.
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsHousekeeping(context.Request.Path))
                    .AddHttpClientInstrumentation();
                if (options.IsCluster)
                {
                    // Monitor's own Redis connection (the logs, registries, claim index); Orleans' providers keep theirs.
                    tracing.AddRedisInstrumentation().ConfigureRedisInstrumentation((services, redis) =>
                    {
                        if (services.GetService<RedisConnection>() is { } connection)
                            _ = connection.Connected.ContinueWith(connected => redis.AddConnection("monitor", connected.Result), TaskContinuationOptions.OnlyOnRanToCompletion);
                    });
                }
                if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint))
                {
                    tracing.AddOtlpExporter(otlp =>
                    {
                        otlp.Endpoint = new Uri(options.Otlp.Endpoint);
                        otlp.Protocol = options.Otlp.Protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                    });
                }
            });
        }
    }

    /// <summary>
    /// GET /metrics in Prometheus' text format; with API keys configured it needs the read role like every other read,
    /// the key sent as X-Api-Key or as a bearer token (Prometheus' own way of sending a scrape job's credentials).
    /// </summary>
    public static void MapMonitorMetrics(this WebApplication app, MonitorOptions options)
    {
        if (!options.Metrics.Enabled) return;
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
        {
            if (context.RequestServices.GetRequiredService<ApiKeyFilter>().Refuse(context, "read", acceptBearer: true) is { } refusal)
            {
                await refusal.ExecuteAsync(context);
                return;
            }
            await next(context);
        }), optionsName: null);
    }

    /// <summary>Health probes and metric scrapes: frequent, and about the service rather than its work.</summary>
    public static bool IsHousekeeping(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
