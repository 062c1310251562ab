using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Monitor.Silo.Tests;

/// <summary>
/// Prometheus and Grafana in compose: only under the observability profile, scraping every silo with a key, and a
/// dashboard whose queries name metrics the service exports (checked against a live scrape in MetricsTests).
/// </summary>
public sealed partial class ObservabilityDeploymentTests
{
    public const string PrometheusPath = "deploy/prometheus/prometheus.yml";
    public const string DashboardPath = "deploy/grafana/dashboards/monitor.json";
    public const string DatasourcePath = "deploy/grafana/provisioning/datasources/prometheus.yml";

    private static readonly string Root = Deployment.FindRoot();

    [Fact]
    public void Prometheus_and_grafana_start_only_with_the_observability_profile()
    {
        var compose = Yaml.LoadAll(File.ReadAllText(Path.Combine(Root, Deployment.ComposePath))).Single();
        var services = Yaml.Map(Yaml.At(compose, "services"));
        string[] Profiles(object? service) => [.. Yaml.List(Yaml.At(service, "profiles")).Select(p => p?.ToString() ?? "")];

        Assert.Equal(["certs", "proxy", "redis", "silo1", "silo2", "silo3"], services.Where(s => Profiles(s.Value).Length == 0).Select(s => s.Key).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "prometheus", "grafana" })
        {
            Assert.True(services.ContainsKey(name), $"{Deployment.ComposePath}: no {name} service");
            Assert.Equal(["observability"], Profiles(services[name]));
        }
        Assert.Equal(PrometheusPath, Mount(services["prometheus"], "/etc/prometheus/prometheus.yml"));
        Assert.Equal("deploy/grafana/provisioning", Mount(services["grafana"], "/etc/grafana/provisioning"));
        Assert.Equal("deploy/grafana/dashboards", Mount(services["grafana"], "/var/lib/grafana/dashboards"));
        Assert.Contains("monitor-api-key", Yaml.List(Yaml.At(services["prometheus"], "secrets")).Select(s => s?.ToString()));
        Assert.Equal("MONITOR_API_KEY", Yaml.Text(compose, "secrets", "monitor-api-key", "environment"));
    }

    [Fact]
    public void Prometheus_scrapes_every_compose_silo_with_a_bearer_key()
    {
        var files = Deployment.Load();
        var config = Yaml.LoadAll(File.ReadAllText(Path.Combine(Root, PrometheusPath))).Single();
        var job = Yaml.List(Yaml.At(config, "scrape_configs")).Single(j => Yaml.Text(j, "job_name") == "monitor");

        Assert.Equal("/metrics", Yaml.Text(job, "metrics_path"));
        Assert.Equal("Bearer", Yaml.Text(job, "authorization", "type"));
        // Compose mounts a secret named S at /run/secrets/S.
        Assert.Equal("/run/secrets/monitor-api-key", Yaml.Text(job, "authorization", "credentials_file"));
        var targets = Yaml.List(Yaml.At(job, "static_configs")).SelectMany(c => Yaml.List(Yaml.At(c, "targets"))).Select(t => t?.ToString()).Order(StringComparer.Ordinal);
        var silos = files.Compose.Silos.Select(s => $"{s.Hostname ?? s.Name}:{s.HttpPort(files.Image)}").Order(StringComparer.Ordinal);
        Assert.Equal(silos, targets);

        var datasource = Yaml.List(Yaml.At(Yaml.LoadAll(File.ReadAllText(Path.Combine(Root, DatasourcePath))).Single(), "datasources")).Single();
        Assert.Equal("prometheus", Yaml.Text(datasource, "type"));
        Assert.Equal("http://prometheus:9090", Yaml.Text(datasource, "url"));
    }

    [Fact]
    public void The_dashboard_has_the_operations_panels_on_the_provisioned_datasource()
    {
        var dashboard = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, DashboardPath)))!;
        var panels = dashboard["panels"]!.AsArray().Select(p => p!).ToList();
        Assert.All(panels, p => Assert.Equal("prometheus", (string?)p["datasource"]!["uid"]));
        var expressions = string.Join('\n', QueriedExpressions());
        Assert.Contains("rate(monitor_statements_recorded_total", expressions, StringComparison.Ordinal);
        Assert.Contains("sum by (kind) (rate(monitor_alerts_raised_total", expressions, StringComparison.Ordinal);
        Assert.Contains("histogram_quantile(0.99, sum by (le) (rate(monitor_watcher_evaluation_seconds_bucket", expressions, StringComparison.Ordinal);
        Assert.Contains("sum by (outcome) (rate(monitor_webhook_deliveries_total", expressions, StringComparison.Ordinal);
        Assert.Contains("orleans_", expressions, StringComparison.Ordinal);
    }

    /// <summary>Every PromQL expression the dashboard's panels run.</summary>
    public static IReadOnlyList<string> QueriedExpressions() =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(Deployment.FindRoot(), DashboardPath)))!["panels"]!.AsArray()
            .SelectMany(p => p!["targets"]!.AsArray()).Select(t => (string)t!["expr"]!)];

    /// <summary>The metric names in those expressions: Monitor's and Orleans' series.</summary>
    public static IReadOnlySet<string> QueriedMetrics() =>
        QueriedExpressions().SelectMany(e => MetricName().Matches(e).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

    private static string? Mount(object? service, string target) =>
        Yaml.List(Yaml.At(service, "volumes")).Select(v => v?.ToString() ?? "").Select(v => v.Split(':'))
            .Where(p => p.Length >= 2 && p[1] == target).Select(p => p[0].StartsWith("./", StringComparison.Ordinal) ? p[0][2..] : p[0]).FirstOrDefault();

    [GeneratedRegex(@"\b(?:monitor|orleans)_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
