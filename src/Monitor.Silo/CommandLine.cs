namespace Monitor.Silo;

/// <summary>
/// Maps the service's options (INTERFACES.md, "Running the service") onto configuration keys, so
/// each also works from appsettings.json or as an environment variable (Monitor__Data, …).
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--data"] = "Monitor:Data",
        ["--redis"] = "Monitor:Redis",
        ["--silo-port"] = "Monitor:SiloPort",
        ["--gateway-port"] = "Monitor:GatewayPort",
        ["--advertise"] = "Monitor:AdvertisedAddress",
        ["--cluster-id"] = "Monitor:ClusterId",
        // The key's password has no option: a command line is visible to every user of the machine.
        ["--tls-certificate"] = "Monitor:Tls:CertificatePath",
        ["--tls-key"] = "Monitor:Tls:KeyPath",
        ["--tls-ca"] = "Monitor:Tls:CaPath",
        ["--urls"] = "urls",
        ["--log-level"] = "Serilog:MinimumLevel:Default",
    };

    private static readonly Dictionary<string, string> FlagOptions = new(StringComparer.Ordinal)
    {
        ["--no-sample"] = "Monitor:NoSample",
        ["--in-memory"] = "Monitor:InMemory",
    };

    /// <summary>Rewrites the known options as key=value pairs; anything else is refused with a message.</summary>
    public static IReadOnlyList<string> ToConfigurationArguments(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (inlineValue is not null && (name.StartsWith("--Monitor:", StringComparison.Ordinal) || name.StartsWith("--Serilog:", StringComparison.Ordinal)))
            {
                // Any configuration key can be set directly, e.g. --Monitor:ApiKeys:0:Key=…
                result.Add(args[i]);
            }
            else if (FlagOptions.TryGetValue(name, out var flagKey))
            {
                result.Add($"--{flagKey}={inlineValue ?? "true"}");
            }
            else if (ValueOptions.TryGetValue(name, out var key))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {name} needs a value."));
                result.Add($"--{key}={value}");
            }
            else
            {
                throw new ArgumentException($"Unknown option '{args[i]}'. Known: {string.Join(", ", ValueOptions.Keys.Concat(FlagOptions.Keys))}.");
            }
        }
        return result;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
