using Microsoft.Extensions.Configuration;

namespace Monitor.Hosting.Configuration;

/// <summary>The actors and topics Monitor ships with, as the lowest-precedence configuration source.</summary>
public static class MonitorDefaults
{
    private const string ResourceName = "Monitor.Hosting.monitor-defaults.json";

    /// <summary>The shipped actors and topics, for programs that host a silo without a configuration of their own.</summary>
    public static MonitorOptions Load()
    {
        var configuration = new ConfigurationBuilder().AddMonitorDefaults().Build();
        return configuration.GetSection(MonitorOptions.Section).Get<MonitorOptions>() ?? new MonitorOptions();
    }

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
