// Monitor.Silo hosts the service: one Orleans silo with the HTTP API co-hosted in it, Serilog for
// structured logs, and the embedded store by default.
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Hosting;
using Monitor.Hosting.Configuration;
using Monitor.Silo.Api;
using Monitor.Silo.Observability;
using Monitor.Storage.Sqlite;
using Serilog;
using Serilog.Events;

namespace Monitor.Silo;

public static class MonitorHost
{
    /// <summary>The dashboard's policy: its own scripts, styles and API only, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The console's line: time, level, logger, message, and the trace id when the line was written inside one.</summary>
    public const string LogTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}";

    /// <summary>Builds the service from command-line arguments (see <see cref="CommandLine"/>); tests use this too.</summary>
    public static WebApplication Build(IReadOnlyList<string> args, Action<WebApplicationBuilder>? configure = null, SqliteDatabase? sharedDatabase = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. CommandLine.ToConfigurationArguments(args)],
            // The dashboard and appsettings.json lie next to the dll, built or published; the working directory is wherever
            // the service was started from, where they are found only under `dotnet run`. Relative paths in settings
            // (Monitor:Data) still mean the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddMonitorDefaults();
        configure?.Invoke(builder);

        var options = builder.Configuration.GetSection(MonitorOptions.Section).Get<MonitorOptions>() ?? new MonitorOptions();
        // A stopping silo first drains HTTP requests, then hands its grains over: both within this time.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);

        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<TraceIdEnricher>()
            // The trace id ends the line, so one request's lines — on this silo and the others its grains ran on — can be found together.
            .WriteTo.Console(outputTemplate: LogTemplate));

        builder.UseOrleans(silo =>
        {
            silo.UseMonitorClustering(options);
            silo.AddMonitor(options, sharedDatabase);
            // Grain calls carry the caller's trace, so a request's spans and log lines follow it into the grains it calls.
            if (options.Tracing.Enabled) silo.AddActivityPropagation();
        });
        builder.AddMonitorTelemetry(options);
        builder.Services.AddMonitorHealthChecks();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
        builder.Services.AddMonitorOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            MonitorJson.Configure(json.SerializerOptions);
            // Bodies are read by Monitor's own parsers, never bound with these options; strict, the OpenAPI document
            // says a number is a number rather than "a number or a string of digits".
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        builder.Services.AddSingleton<ApiKeyFilter>();
        ApiKeyRules.Validate(options.ApiKeys);
        builder.Services.AddLoadShedding(options);
        AnonymousExposure.Apply(builder, options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Hosting.Ingestion.InputLimits.MaxRequestBodyBytes);

        var app = builder.Build();
        AnonymousExposure.WarnIfOpen(app, options);
        app.UseSerilogRequestLogging(logging => logging.GetLevel = (context, _, exception) => context.Response.StatusCode switch
        {
            // A passing outage the handler already reported; only real failures are errors.
            StatusCodes.Status503ServiceUnavailable => LogEventLevel.Warning,
            >= 500 => LogEventLevel.Error,
            // Probes and scrapes come every few seconds from every orchestrator and Prometheus; a passing one is not news.
            _ when exception is null && MonitorTelemetry.IsHousekeeping(context.Request.Path) => LogEventLevel.Debug,
            _ => exception is null ? LogEventLevel.Information : LogEventLevel.Error,
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();

        // The dashboard: plain files from wwwroot, index.html at "/"; /api, /health, /metrics and /openapi are endpoints and never files.
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Revalidated on every load (304 when unchanged), so an upgraded service never runs yesterday's scripts;
            // never framed, so its buttons cannot be clicked through another site's page.
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "no-cache";
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
                file.Context.Response.Headers.XFrameOptions = "DENY";
                // As a header it also covers what a <meta> cannot: framing, and files served before the page's own tag is read.
                file.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            },
        });

        app.MapOpenApi();
        app.MapMonitorHealthChecks();
        app.MapMonitorMetrics(options);

        var api = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>().ProducesGuardProblems();
        api.MapStatementEndpoints();
        api.MapDocumentEndpoints();
        api.MapActorEndpoints();
        api.MapAlertStream();
        api.MapAlertEndpoints();
        api.MapSubscriptionEndpoints();
        api.MapFeedbackEndpoints();
        api.MapTopicEndpoints();
        api.MapExportEndpoints();
        api.MapSourceEndpoints();
        return app;
    }
}
