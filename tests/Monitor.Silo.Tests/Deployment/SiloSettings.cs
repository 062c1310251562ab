using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Monitor.Hosting.Configuration;

namespace Monitor.Silo.Tests;

/// <summary>Checks settings handed to the silo against what it reads: <see cref="MonitorOptions"/> and <see cref="CommandLine"/>.</summary>
internal static class SiloSettings
{
    private const string Prefix = "Monitor__";

    /// <summary>Variables other than Monitor__* that a deployment may set: read by ASP.NET Core, the runtime or Serilog.</summary>
    private static readonly string[] OtherNames = ["ASPNETCORE_URLS"];

    private static readonly string[] OtherPrefixes = ["DOTNET_", "Serilog__"];

    public static List<string> CheckEnvironment(string source, IEnumerable<KeyValuePair<string, string>> variables)
    {
        var problems = new List<string>();
        var settings = new List<(string Name, string Key, string Value, object? Expected)>();
        foreach (var (name, value) in variables)
        {
            if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                var levels = name.Split("__");
                if (OptionType(levels.Skip(1).ToArray(), out var type) is { } problem) problems.Add($"{source}: {name}: {problem}");
                else if (Convert(value, type, out var expected)) settings.Add((name, string.Join(':', levels), value, expected));
                else problems.Add($"{source}: {name}='{value}' is not a valid {Describe(type)}.");
            }
            else if (!OtherNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !OtherPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{source}: {name} is not a setting the silo reads (besides Monitor__*, only {string.Join(", ", OtherNames.Concat(OtherPrefixes.Select(p => p + "*")))}).");
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        MonitorOptions options;
        try
        {
            options = configuration.GetSection(MonitorOptions.Section).Get<MonitorOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new MonitorOptions();
        }
        catch (InvalidOperationException exception)
        {
            problems.Add($"{source}: the settings do not bind to MonitorOptions: {exception.Message}{(exception.InnerException is { } inner ? " " + inner.Message : "")}");
            return problems;
        }

        foreach (var (name, key, value, expected) in settings)
        {
            var bound = Read(options, key, configuration);
            if (!Equals(bound, expected)) problems.Add($"{source}: {name}='{value}' binds to '{bound ?? "nothing"}', so the silo would not see the value given.");
        }
        return problems;
    }

    /// <summary>
    /// Checks what a container passes to Monitor.Silo.dll: <paramref name="entrypoint"/> and
    /// <paramref name="command"/> as Docker joins them; every argument after the dll must be an option
    /// <see cref="CommandLine"/> knows, and every Monitor key one <see cref="MonitorOptions"/> has.
    /// </summary>
    public static List<string> CheckArguments(string source, IReadOnlyList<string> entrypoint, IReadOnlyList<string> command)
    {
        var all = entrypoint.Concat(command).ToList();
        if (!all.Any(a => a.EndsWith("Monitor.Silo.dll", StringComparison.Ordinal)))
            return [$"{source}: does not run Monitor.Silo.dll ({string.Join(' ', all)})."];

        IReadOnlyList<string> configuration;
        try
        {
            configuration = CommandLine.ToConfigurationArguments(ArgumentsAfterDll(entrypoint, command));
        }
        catch (ArgumentException exception)
        {
            return [$"{source}: {exception.Message}"];
        }

        var settings = new List<KeyValuePair<string, string>>();
        foreach (var argument in configuration)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var key = argument[2..equals];
            if (key.StartsWith(MonitorOptions.Section + ":", StringComparison.OrdinalIgnoreCase))
                settings.Add(new(key.Replace(":", "__", StringComparison.Ordinal), argument[(equals + 1)..]));
        }
        return CheckEnvironment(source, settings)
            .Select(p => p.Replace("Monitor__", "Monitor:", StringComparison.Ordinal).Replace("__", ":", StringComparison.Ordinal))
            .ToList();
    }

    public static IReadOnlyList<string> ArgumentsAfterDll(IReadOnlyList<string> entrypoint, IReadOnlyList<string> command)
    {
        var all = entrypoint.Concat(command).ToList();
        var dll = all.FindIndex(a => a.EndsWith("Monitor.Silo.dll", StringComparison.Ordinal));
        return dll < 0 ? [] : all.Skip(dll + 1).ToList();
    }

    /// <summary>The options the silo would see from these variables (Monitor__* only; the rest left out).</summary>
    public static MonitorOptions Bind(IEnumerable<KeyValuePair<string, string>> variables) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(variables
                .Where(v => v.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new KeyValuePair<string, string?>(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value)))
            .Build()
            .GetSection(MonitorOptions.Section).Get<MonitorOptions>() ?? new MonitorOptions();

    /// <summary>HOST and PORT of a Monitor:Redis value, "HOST:PORT" or a StackExchange.Redis configuration string.</summary>
    public static (string Host, int Port)? RedisEndpoint(string? value)
    {
        var endpoint = value?.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.Length > 0 && !p.Contains('=', StringComparison.Ordinal));
        if (endpoint is null) return null;
        var colon = endpoint.LastIndexOf(':');
        if (colon < 0) return (endpoint, 6379);
        return int.TryParse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture, out var port) ? (endpoint[..colon], port) : null;
    }

    /// <summary>The ports of an ASP.NET Core URL list ("http://0.0.0.0:8080;http://+:8081").</summary>
    public static IReadOnlyList<int> UrlPorts(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Regex.Replace(u, @"://[+*]", "://localhost"))
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Port : -1)
            .ToList();

    /// <summary>Walks the levels of a key through MonitorOptions; null and the leaf's type when they name a single value.</summary>
    private static string? OptionType(string[] levels, out Type leaf)
    {
        var type = typeof(MonitorOptions);
        leaf = type;
        var walked = MonitorOptions.Section;
        if (levels.Length == 0) return "names the whole section, not a setting.";
        foreach (var level in levels)
        {
            if (level.Length == 0) return $"empty level after {walked} (three underscores?).";
            if (IsScalar(type)) return $"{walked} is a single value ({Describe(type)}) and has no '{level}'.";
            if (DictionaryValueType(type) is { } valueType)
            {
                type = valueType;
            }
            else if (ElementType(type) is { } elementType)
            {
                if (!int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return $"{walked} is a list: expected an index (0, 1, …), found '{level}'.";
                type = elementType;
            }
            else
            {
                var property = type.GetProperty(level, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null || property.GetIndexParameters().Length > 0)
                {
                    var known = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
                    return $"{type.Name} ({walked}) has no setting '{level}'; it has {string.Join(", ", known)}.";
                }
                type = property.PropertyType;
            }
            walked += ":" + level;
        }
        if (!IsScalar(type)) return $"{walked} is {Describe(type)}, not a single value: set its members.";
        leaf = type;
        return null;
    }

    /// <summary>The bound value at a configuration key, or null. Items a configuration adds to a list follow the list's defaults, in index order.</summary>
    private static object? Read(MonitorOptions options, string key, IConfiguration configuration)
    {
        object? current = options;
        var levels = key.Split(':');
        var path = levels[0];
        foreach (var level in levels.Skip(1))
        {
            switch (current)
            {
                case null:
                    return null;
                case IDictionary dictionary:
                    current = dictionary.Keys.Cast<object>().FirstOrDefault(k => string.Equals(k.ToString(), level, StringComparison.OrdinalIgnoreCase)) is { } found ? dictionary[found] : null;
                    break;
                case IEnumerable sequence when current is not string:
                    var items = sequence.Cast<object?>().ToList();
                    var indexes = configuration.GetSection(path).GetChildren().Select(c => int.Parse(c.Key, CultureInfo.InvariantCulture)).Order().ToList();
                    var position = items.Count - indexes.Count + indexes.IndexOf(int.Parse(level, CultureInfo.InvariantCulture));
                    current = position >= 0 && position < items.Count ? items[position] : null;
                    break;
                default:
                    current = current.GetType().GetProperty(level, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(current);
                    break;
            }
            path += ":" + level;
        }
        return current;
    }

    /// <summary>The value as the binder reads it: through the type's converter, invariant culture.</summary>
    private static bool Convert(string value, Type type, out object? converted)
    {
        converted = value;
        if (type == typeof(string)) return true;
        try
        {
            converted = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return false;
        }
    }

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return true;
        if (typeof(IEnumerable).IsAssignableFrom(underlying)) return false;
        return TypeDescriptor.GetConverter(underlying).CanConvertFrom(typeof(string));
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];
    }

    private static Type? DictionaryValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))?
            .GetGenericArguments()[1];

    private static string Describe(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? Describe(underlying)
        : ElementType(type) is { } element && type != typeof(string) ? $"a list of {Describe(element)}"
        : type == typeof(TimeSpan) ? "TimeSpan (hh:mm:ss)"
        : type.Name;
}

