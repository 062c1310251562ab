using Microsoft.Extensions.Configuration;

namespace Monitor.Hosting.Configuration;

/// <summary>The actors and topics Monitor ships with, as the lowest-precedence configuration source.</summary>
public static class MonitorDefaults
{
    private const string ResourceName = "Monitor.Hosting.monitor-defaults.json";

    public static IConfigurationBuilder AddMonitorDefaults(this IConfigurationBuilder builder)
    {
        var stream = typeof(MonitorDefaults).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        // Inserted first so appsettings.json, environment variables and the command line override it.
        var source = new Microsoft.Extensions.Configuration.Json.JsonStreamConfigurationSource { Stream = stream };
        builder.Sources.Insert(0, source);
        return builder;
    }
}
