using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Silo.Tests.Observability;

/// <summary>One scrape of /metrics in Prometheus' text format: each sample by name and labels, whatever their order.</summary>
public sealed partial class PrometheusScrape
{
    private readonly Dictionary<string, double> _samples = new(StringComparer.Ordinal);

    private PrometheusScrape(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var match = Sample().Match(line);
            Assert.True(match.Success, $"not a Prometheus sample: '{line}'");
            var labels = match.Groups["labels"].Success
                ? Label().Matches(match.Groups["labels"].Value).Select(l => (l.Groups["name"].Value, l.Groups["value"].Value)).ToArray()
                : [];
            _samples[Key(match.Groups["name"].Value, labels)] = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    public string Text { get; }

    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /metrics: {(int)response.StatusCode} {body}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return new PrometheusScrape(body);
    }

    /// <summary>The sample's value, or 0 when the series is absent (an instrument that has not counted anything yet).</summary>
    public double Value(string name, params (string Name, string Value)[] labels) => _samples.GetValueOrDefault(Key(name, labels));

    public bool Has(string name) => _samples.Keys.Any(k => k == name || k.StartsWith(name + "{", StringComparison.Ordinal));

    /// <summary>Every series of a metric, with its labels.</summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)> Series(string name) =>
        _samples.Where(s => s.Key == name || s.Key.StartsWith(name + "{", StringComparison.Ordinal))
            .Select(s => ((IReadOnlyDictionary<string, string>)Label().Matches(s.Key[name.Length..]).ToDictionary(l => l.Groups["name"].Value, l => l.Groups["value"].Value), s.Value))
            .ToArray();

    private static string Key(string name, IEnumerable<(string Name, string Value)> labels)
    {
        var sorted = labels.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => $"{l.Name}=\"{l.Value}\"").ToArray();
        return sorted.Length == 0 ? name : $"{name}{{{string.Join(',', sorted)}}}";
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex("(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Label();
}
