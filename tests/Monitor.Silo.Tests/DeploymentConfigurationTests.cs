using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Monitor.Silo.Tests;

/// <summary>
/// The deployment files (deploy/Dockerfile, docker-compose.yml, deploy/kubernetes, deploy/nginx,
/// deploy/redis) hand the silo settings that no compiler sees. These tests read them and check that
/// every setting is one the silo reads and binds to the value written, and that the files agree with
/// one another: ports, service names, the Redis they share, grace periods.
/// </summary>
public sealed class DeploymentConfigurationTests
{
    private static readonly Lazy<Deployment> Loaded = new(Deployment.Load);

    private static Deployment Files => Loaded.Value;

    private static readonly MonitorOptions Defaults = new();

    [Fact]
    public void Compose_silos_and_the_image_set_only_settings_the_silo_reads()
    {
        var problems = SiloSettings.CheckEnvironment($"{Deployment.DockerfilePath}, ENV", Files.Image.Environment);
        foreach (var silo in Files.Compose.Silos)
            problems.AddRange(SiloSettings.CheckEnvironment($"{Deployment.ComposePath}, service {silo.Name}, environment", silo.Environment));

        Assert.True(Files.Compose.Silos.Count >= 2, $"{Deployment.ComposePath}: expected several silo services built from {Deployment.DockerfilePath}, found {Files.Compose.Silos.Count}.");
        Assert.True(Files.Compose.Silos.All(s => s.Environment.Any(v => v.Key.StartsWith("Monitor__", StringComparison.OrdinalIgnoreCase))), $"{Deployment.ComposePath}: every silo should pass Monitor__ settings.");
        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_silos_set_only_settings_the_silo_reads()
    {
        var container = Files.Kubernetes.SiloContainer;
        var problems = SiloSettings.CheckEnvironment($"{Files.Kubernetes.SiloSource}, env", container.Environment);

        Assert.Contains(container.Environment, v => v.Key.StartsWith("Monitor__", StringComparison.OrdinalIgnoreCase));
        AssertNone(problems);
    }

    [Fact]
    public void Every_command_line_argument_is_one_the_silo_accepts()
    {
        var problems = new List<string>();
        var image = Files.Image;
        problems.AddRange(SiloSettings.CheckArguments($"{Deployment.DockerfilePath}, ENTRYPOINT and CMD", image.Entrypoint, image.Cmd));
        Assert.True(SiloSettings.ArgumentsAfterDll(image.Entrypoint, image.Cmd).Count > 0, $"{Deployment.DockerfilePath}: the ENTRYPOINT should pass the silo its --urls.");

        foreach (var silo in Files.Compose.Silos)
        {
            if (silo.Entrypoint is null && silo.Command is null) continue;
            problems.AddRange(SiloSettings.CheckArguments($"{Deployment.ComposePath}, service {silo.Name}, entrypoint/command", silo.Entrypoint ?? image.Entrypoint, silo.Command ?? (silo.Entrypoint is null ? image.Cmd : [])));
        }

        var container = Files.Kubernetes.SiloContainer;
        if (container.Command is not null || container.Args is not null)
            problems.AddRange(SiloSettings.CheckArguments($"{Files.Kubernetes.SiloSource}, command/args", container.Command ?? image.Entrypoint, container.Args ?? (container.Command is null ? image.Cmd : [])));

        AssertNone(problems);
    }

    [Fact]
    public void The_http_port_agrees_across_image_health_checks_probes_service_and_proxy()
    {
        var problems = new List<string>();
        var image = Files.Image;
        var port = image.HttpPort;

        if (!image.Expose.Contains(port)) problems.Add($"{Deployment.DockerfilePath}: EXPOSE {string.Join(' ', image.Expose)} leaves out the HTTP port {port}.");
        CheckHealthUrl(problems, $"{Deployment.DockerfilePath}, HEALTHCHECK", image.HealthCheck, port);

        foreach (var silo in Files.Compose.Silos)
        {
            var siloPort = silo.HttpPort(image);
            if (siloPort != port) problems.Add($"{Deployment.ComposePath}, service {silo.Name}: listens on {siloPort}, the image on {port}.");
            CheckHealthUrl(problems, $"{Deployment.ComposePath}, service {silo.Name}, healthcheck", silo.HealthCheck, port);
        }

        foreach (var server in Files.Nginx.UpstreamServers)
        {
            if (server.Port != port) problems.Add($"{Deployment.NginxPath}: upstream server {server.Host}:{server.Port} is not the silos' HTTP port {port}.");
        }

        var kubernetes = Files.Kubernetes;
        var container = kubernetes.SiloContainer;
        var containerPort = container.HttpPort(image);
        if (containerPort != port) problems.Add($"{kubernetes.SiloSource}: the container listens on {containerPort}, the image on {port}.");
        if (!container.Ports.Values.Contains(port)) problems.Add($"{kubernetes.SiloSource}: containerPorts ({string.Join(", ", container.Ports.Values)}) leave out the HTTP port {port}.");
        foreach (var probe in container.Probes)
        {
            if (probe.Port is not { } probePort) problems.Add($"{kubernetes.SiloSource}: {probe.Kind} is not an httpGet probe.");
            else if (container.ResolvePort(probePort) != port) problems.Add($"{kubernetes.SiloSource}: {probe.Kind} port {probePort} is not the HTTP port {port}.");
        }

        var service = kubernetes.Service("monitor");
        Assert.True(service.Ports.Count > 0, $"{kubernetes.Source(service)}: the Service has no ports.");
        foreach (var servicePort in service.Ports)
        {
            if (container.ResolvePort(servicePort.TargetPort) != port) problems.Add($"{kubernetes.Source(service)}: targetPort {servicePort.TargetPort} is not the silos' HTTP port {port}.");
        }

        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_silos_expose_the_silo_and_gateway_ports_and_probe_health()
    {
        var problems = new List<string>();
        var kubernetes = Files.Kubernetes;
        var container = kubernetes.SiloContainer;
        var options = SiloSettings.Bind(container.Environment);

        if (!container.Ports.Values.Contains(options.SiloPort)) problems.Add($"{kubernetes.SiloSource}: containerPorts leave out the silo port {options.SiloPort} (Monitor:SiloPort, default {Defaults.SiloPort}).");
        if (!container.Ports.Values.Contains(options.GatewayPort)) problems.Add($"{kubernetes.SiloSource}: containerPorts leave out the gateway port {options.GatewayPort} (Monitor:GatewayPort, default {Defaults.GatewayPort}).");
        if (!Files.Image.Expose.Contains(options.SiloPort) || !Files.Image.Expose.Contains(options.GatewayPort))
            problems.Add($"{Deployment.DockerfilePath}: EXPOSE should list the silo port {options.SiloPort} and the gateway port {options.GatewayPort}.");

        foreach (var kind in new[] { "readinessProbe", "livenessProbe" })
        {
            if (!container.Probes.Any(p => p.Kind == kind)) problems.Add($"{kubernetes.SiloSource}: no {kind}.");
        }
        foreach (var probe in container.Probes)
        {
            if (probe.Path != "/health") problems.Add($"{kubernetes.SiloSource}: {probe.Kind} path is '{probe.Path}', not /health.");
        }

        AssertNone(problems);
    }

    [Fact]
    public void Nginx_sends_requests_to_exactly_the_compose_silos()
    {
        var problems = new List<string>();
        var nginx = Files.Nginx;
        var compose = Files.Compose;

        var servers = nginx.UpstreamServers.Select(s => s.Host).Order(StringComparer.Ordinal).ToArray();
        var silos = compose.Silos.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        if (!servers.SequenceEqual(silos))
            problems.Add($"{Deployment.NginxPath}: upstream {nginx.UpstreamName} has servers [{string.Join(", ", servers)}], {Deployment.ComposePath} has silos [{string.Join(", ", silos)}].");

        var passes = nginx.Root.Descendants().Where(d => d.Name == "proxy_pass").ToList();
        if (passes.Count == 0) problems.Add($"{Deployment.NginxPath}: no proxy_pass.");
        foreach (var pass in passes)
        {
            if (pass.Args.FirstOrDefault() != $"http://{nginx.UpstreamName}") problems.Add($"{Deployment.NginxPath}: proxy_pass {string.Join(' ', pass.Args)} bypasses the upstream {nginx.UpstreamName}.");
        }

        var proxy = compose.Proxy;
        if (proxy.MountedFrom("/etc/nginx/nginx.conf") != Deployment.NginxPath)
            problems.Add($"{Deployment.ComposePath}, service {proxy.Name}: does not mount ./{Deployment.NginxPath} at /etc/nginx/nginx.conf.");
        foreach (var silo in silos)
        {
            if (!proxy.DependsOn.Contains(silo)) problems.Add($"{Deployment.ComposePath}, service {proxy.Name}: does not depend on {silo}.");
        }

        AssertNone(problems);
    }

    [Fact]
    public void Nginx_streams_alerts_unbuffered_and_accepts_the_service_body_limit()
    {
        var problems = new List<string>();
        var nginx = Files.Nginx;

        var stream = nginx.Root.Descendants().FirstOrDefault(d => d.Name == "location" && d.Args.LastOrDefault() == "/api/alerts/stream");
        if (stream is null)
        {
            problems.Add($"{Deployment.NginxPath}: no location for /api/alerts/stream (server-sent events).");
        }
        else
        {
            if (stream.Value("proxy_buffering") != "off") problems.Add($"{Deployment.NginxPath}: location /api/alerts/stream should set proxy_buffering off.");
            var readTimeout = stream.Value("proxy_read_timeout") is { } value ? Durations.ParseNginx(value) : TimeSpan.FromSeconds(60);
            if (readTimeout < TimeSpan.FromMinutes(5)) problems.Add($"{Deployment.NginxPath}: location /api/alerts/stream proxy_read_timeout {readTimeout} would cut quiet streams; use minutes or more.");
        }

        var bodySize = nginx.Root.Descendants().FirstOrDefault(d => d.Name == "client_max_body_size")?.Args.FirstOrDefault();
        var bodyBytes = bodySize is null ? 1024 * 1024 : Durations.ParseNginxSize(bodySize);
        if (bodyBytes != 0 && bodyBytes < InputLimits.MaxRequestBodyBytes)
            problems.Add($"{Deployment.NginxPath}: client_max_body_size {bodySize ?? "1m (default)"} is below the service's own limit of {InputLimits.MaxRequestBodyBytes} bytes.");

        AssertNone(problems);
    }

    [Fact]
    public void Silos_reach_the_redis_service_on_the_port_redis_listens_on()
    {
        var problems = new List<string>();
        var redisPort = Files.Redis.Port;

        var compose = Files.Compose;
        var redis = compose.Redis;
        foreach (var silo in compose.Silos)
        {
            var endpoint = SiloSettings.Bind(silo.Environment).Redis;
            var source = $"{Deployment.ComposePath}, service {silo.Name}, Monitor__Redis";
            if (SiloSettings.RedisEndpoint(endpoint) is not (string host, int port)) problems.Add($"{source}: '{endpoint}' names no HOST:PORT.");
            else
            {
                if (!string.Equals(host, redis.Name, StringComparison.Ordinal)) problems.Add($"{source}: host '{host}' is not the Redis service '{redis.Name}'.");
                if (port != redisPort) problems.Add($"{source}: port {port}, but {Deployment.RedisPath} has port {redisPort}.");
            }
            if (!silo.DependsOn.Contains(redis.Name)) problems.Add($"{Deployment.ComposePath}, service {silo.Name}: does not depend on {redis.Name}.");
        }

        var kubernetes = Files.Kubernetes;
        var container = kubernetes.SiloContainer;
        var kubernetesEndpoint = SiloSettings.Bind(container.Environment).Redis;
        if (SiloSettings.RedisEndpoint(kubernetesEndpoint) is not (string serviceName, int servicePortNumber))
        {
            problems.Add($"{kubernetes.SiloSource}, Monitor__Redis: '{kubernetesEndpoint}' names no HOST:PORT.");
        }
        else
        {
            var redisSet = kubernetes.Workload("StatefulSet", "monitor-redis");
            var service = kubernetes.Documents.Where(d => d.Kind == "Service" && d.Name == serviceName).Select(d => new KubernetesService(d)).FirstOrDefault();
            if (service is null) problems.Add($"{kubernetes.SiloSource}, Monitor__Redis: no Service named '{serviceName}' in {Deployment.KubernetesPath}.");
            else
            {
                if (!service.Selects(redisSet.PodLabels)) problems.Add($"{kubernetes.Source(service)}: Service {serviceName} does not select the Redis pods.");
                var servicePort = service.Ports.FirstOrDefault(p => p.Port == servicePortNumber);
                if (servicePort is null) problems.Add($"{kubernetes.Source(service)}: Service {serviceName} has no port {servicePortNumber} (Monitor__Redis).");
                else if (redisSet.Container(c => c.Image.StartsWith("redis:", StringComparison.Ordinal)).ResolvePort(servicePort.TargetPort) != redisPort)
                    problems.Add($"{kubernetes.Source(service)}: targetPort {servicePort.TargetPort} is not Redis' port {redisPort}.");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Redis_keeps_an_fsynced_append_only_file_on_its_volume()
    {
        var problems = new List<string>();
        var redis = Files.Redis;
        if (redis.Setting("appendonly") != "yes") problems.Add($"{Deployment.RedisPath}: appendonly is '{redis.Setting("appendonly")}', not yes.");
        if (redis.Setting("appendfsync") != "always") problems.Add($"{Deployment.RedisPath}: appendfsync is '{redis.Setting("appendfsync")}', not always: an acknowledged write could be lost in a crash.");
        if (redis.Setting("maxmemory-policy") is { } policy && policy != "noeviction") problems.Add($"{Deployment.RedisPath}: maxmemory-policy {policy} would evict grain state.");
        var dataDirectory = redis.Setting("dir") ?? "./";

        var kubernetes = Files.Kubernetes;
        var configMap = kubernetes.Documents.SingleOrDefault(d => d.Kind == "ConfigMap" && Yaml.Text(d.Node, "data", "redis.conf") is not null);
        if (configMap is null) problems.Add($"{Deployment.KubernetesPath}: no ConfigMap with a redis.conf.");
        else if (Normalize(Yaml.Text(configMap.Node, "data", "redis.conf")!) != Normalize(redis.Text))
            problems.Add($"{configMap.File}: ConfigMap {configMap.Name} redis.conf differs from {Deployment.RedisPath}; keep them identical.");

        // Compose: the file is the one Redis starts with, and the data directory is the named volume.
        var service = Files.Compose.Redis;
        var command = service.Command ?? [];
        var configTarget = command.Skip(1).FirstOrDefault(a => a.EndsWith(".conf", StringComparison.Ordinal));
        if (configTarget is null || service.MountedFrom(configTarget) != Deployment.RedisPath)
            problems.Add($"{Deployment.ComposePath}, service {service.Name}: should start redis-server with ./{Deployment.RedisPath} mounted (command: {string.Join(' ', command)}).");
        if (!service.NamedVolumeTargets(Files.Compose.Volumes).Contains(dataDirectory))
            problems.Add($"{Deployment.ComposePath}, service {service.Name}: the data directory {dataDirectory} is not on a named volume.");

        // Kubernetes: the same, with the ConfigMap and a PersistentVolumeClaim.
        var redisSet = kubernetes.Workload("StatefulSet", "monitor-redis");
        var container = redisSet.Container(c => c.Image.StartsWith("redis:", StringComparison.Ordinal));
        var startedWith = (container.Command ?? []).Concat(container.Args ?? []).FirstOrDefault(a => a.EndsWith(".conf", StringComparison.Ordinal));
        var configMount = configMap is null ? null : redisSet.VolumeMountPath(container, v => Yaml.Text(v, "configMap", "name") == configMap.Name);
        if (startedWith is null || configMount is null || startedWith != $"{configMount.TrimEnd('/')}/redis.conf")
            problems.Add($"{kubernetes.Source(redisSet.Document)}: Redis should start with the ConfigMap's redis.conf (starts with '{startedWith}', ConfigMap mounted at '{configMount}').");
        var claims = Yaml.List(Yaml.At(redisSet.Document.Node, "spec", "volumeClaimTemplates")).Select(c => Yaml.Text(c, "metadata", "name")).ToHashSet();
        var dataMount = container.VolumeMounts.FirstOrDefault(m => m.Path == dataDirectory);
        if (dataMount is null || !claims.Contains(dataMount.Volume))
            problems.Add($"{kubernetes.Source(redisSet.Document)}: the data directory {dataDirectory} is not on a volumeClaimTemplate.");
        if (Yaml.Text(redisSet.Document.Node, "spec", "replicas") is { } replicas && replicas != "1")
            problems.Add($"{kubernetes.Source(redisSet.Document)}: replicas {replicas}; each Redis pod would be a separate, unreplicated store.");

        AssertNone(problems);
    }

    [Fact]
    public void Compose_silos_advertise_their_own_name_and_form_one_cluster()
    {
        var problems = new List<string>();
        var bound = Files.Compose.Silos.Select(s => (Silo: s, Options: SiloSettings.Bind(s.Environment))).ToList();
        foreach (var (silo, options) in bound)
        {
            if (options.AdvertisedAddress != silo.Name && options.AdvertisedAddress != silo.Hostname)
                problems.Add($"{Deployment.ComposePath}, service {silo.Name}: Monitor__AdvertisedAddress is '{options.AdvertisedAddress}', not its own name, so other silos cannot reach it.");
        }
        if (bound.Select(b => b.Options.ClusterId).Distinct().Count() != 1 || bound.Select(b => b.Options.ServiceId).Distinct().Count() != 1)
            problems.Add($"{Deployment.ComposePath}: the silos differ in Monitor__ClusterId or Monitor__ServiceId and would form separate clusters.");

        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_silos_advertise_their_pod_ip()
    {
        var container = Files.Kubernetes.SiloContainer;
        var advertised = container.EnvironmentSources.Where(e => string.Equals(e.Name, "Monitor__AdvertisedAddress", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(advertised.Count == 1, $"{Files.Kubernetes.SiloSource}: expected one Monitor__AdvertisedAddress, found {advertised.Count}.");
        Assert.True(advertised[0].FieldRef == "status.podIP", $"{Files.Kubernetes.SiloSource}: Monitor__AdvertisedAddress should come from fieldRef status.podIP, comes from '{advertised[0].FieldRef ?? advertised[0].Value}'.");
    }

    [Fact]
    public void Kubernetes_service_and_disruption_budget_select_the_silo_pods()
    {
        var problems = new List<string>();
        var kubernetes = Files.Kubernetes;
        var deployment = kubernetes.Workload("Deployment", "monitor");
        var others = kubernetes.Workloads.Where(w => w.Document != deployment.Document).ToList();

        var selectors = new List<(string Source, IReadOnlyDictionary<string, string> Labels)>
        {
            ($"{kubernetes.Source(deployment.Document)}: Deployment selector", deployment.Selector),
            ($"{kubernetes.Source(kubernetes.Service("monitor"))}: Service selector", kubernetes.Service("monitor").Selector),
        };
        var budgets = kubernetes.Documents.Where(d => d.Kind == "PodDisruptionBudget").ToList();
        if (budgets.Count == 0) problems.Add($"{Deployment.KubernetesPath}: no PodDisruptionBudget for the silos.");
        foreach (var budget in budgets)
        {
            selectors.Add(($"{kubernetes.Source(budget)}: PodDisruptionBudget {budget.Name} selector", Yaml.StringMap(Yaml.At(budget.Node, "spec", "selector", "matchLabels"))));
            var minAvailable = Yaml.Text(budget.Node, "spec", "minAvailable");
            if (!int.TryParse(minAvailable, CultureInfo.InvariantCulture, out var min) || min < 1 || min >= deployment.Replicas)
                problems.Add($"{kubernetes.Source(budget)}: minAvailable '{minAvailable}' should be at least 1 and below the {deployment.Replicas} replicas, or no node could ever be drained.");
        }

        foreach (var (source, labels) in selectors)
        {
            if (labels.Count == 0) problems.Add($"{source} is empty.");
            else if (!Labels.Match(labels, deployment.PodLabels)) problems.Add($"{source} {Labels.Show(labels)} does not match the silo pods {Labels.Show(deployment.PodLabels)}.");
            foreach (var other in others.Where(o => Labels.Match(labels, o.PodLabels)))
                problems.Add($"{source} {Labels.Show(labels)} also matches the pods of {other.Document.Kind} {other.Document.Name}.");
        }

        AssertNone(problems);
    }

    [Fact]
    public void Grace_periods_outlast_the_shutdown_timeout()
    {
        var problems = new List<string>();
        foreach (var silo in Files.Compose.Silos)
        {
            var timeout = SiloSettings.Bind(Files.Image.Environment.Concat(silo.Environment)).ShutdownTimeout;
            if (silo.StopGracePeriod is not { } grace) problems.Add($"{Deployment.ComposePath}, service {silo.Name}: no stop_grace_period; Docker's 10 s default is shorter than Monitor:ShutdownTimeout ({timeout}).");
            else if (grace <= timeout) problems.Add($"{Deployment.ComposePath}, service {silo.Name}: stop_grace_period {grace} is not longer than Monitor:ShutdownTimeout {timeout}.");
        }

        var kubernetes = Files.Kubernetes;
        var deployment = kubernetes.Workload("Deployment", "monitor");
        var container = kubernetes.SiloContainer;
        var kubernetesTimeout = SiloSettings.Bind(Files.Image.Environment.Concat(container.Environment)).ShutdownTimeout;
        var needed = kubernetesTimeout + container.PreStopPause;
        var period = Yaml.Text(deployment.PodSpec, "terminationGracePeriodSeconds");
        var seconds = period is null ? 30 : int.Parse(period, CultureInfo.InvariantCulture);
        if (TimeSpan.FromSeconds(seconds) <= needed)
            problems.Add($"{kubernetes.Source(deployment.Document)}: terminationGracePeriodSeconds {seconds} is not above Monitor:ShutdownTimeout {kubernetesTimeout} plus the preStop pause {container.PreStopPause}.");

        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_runs_the_image_as_its_non_root_user()
    {
        var problems = new List<string>();
        var user = Files.Image.User;
        if (user is null || user is "root" || user.StartsWith("0", StringComparison.Ordinal)) problems.Add($"{Deployment.DockerfilePath}: USER '{user}' is root or missing.");

        var kubernetes = Files.Kubernetes;
        var deployment = kubernetes.Workload("Deployment", "monitor");
        var context = Yaml.At(deployment.PodSpec, "securityContext");
        if (Yaml.Text(context, "runAsNonRoot") != "true") problems.Add($"{kubernetes.Source(deployment.Document)}: securityContext.runAsNonRoot should be true.");
        var uid = user?.Split(':')[0];
        var runAsUser = Yaml.Text(context, "runAsUser");
        if (runAsUser is null && !int.TryParse(uid, CultureInfo.InvariantCulture, out _))
            problems.Add($"{kubernetes.Source(deployment.Document)}: the image's USER '{user}' is not numeric, so runAsNonRoot needs a runAsUser.");
        if (runAsUser is not null && int.TryParse(uid, CultureInfo.InvariantCulture, out _) && runAsUser != uid)
            problems.Add($"{kubernetes.Source(deployment.Document)}: runAsUser {runAsUser} is not the image's user {uid}, which owns /data.");

        AssertNone(problems);
    }

    [Fact]
    public void The_checker_reports_misspelled_unknown_and_unreadable_settings()
    {
        static void Reports(IReadOnlyList<string> problems, string what) =>
            Assert.True(problems.Any(p => p.Contains(what, StringComparison.Ordinal)), $"expected a problem naming '{what}', got: [{string.Join(" | ", problems)}]");

        Reports(SiloSettings.CheckEnvironment("test", [new("Monitor__Rediss", "redis:6379")]), "Monitor__Rediss");
        Reports(SiloSettings.CheckEnvironment("test", [new("Monitor__Webhooks__Timeot", "00:00:05")]), "Monitor__Webhooks__Timeot");
        Reports(SiloSettings.CheckEnvironment("test", [new("Monitor__SiloPort", "eleven")]), "Monitor__SiloPort");
        Reports(SiloSettings.CheckEnvironment("test", [new("Monitor__Webhooks", "on")]), "Monitor__Webhooks");
        Reports(SiloSettings.CheckEnvironment("test", [new("Monitor__ApiKeys__first__Key", "k")]), "Monitor__ApiKeys__first__Key");
        Reports(SiloSettings.CheckEnvironment("test", [new("REDIS_URL", "redis:6379")]), "REDIS_URL");
        Reports(SiloSettings.CheckArguments("test", ["dotnet", "Monitor.Silo.dll"], ["--redis-host", "redis"]), "--redis-host");
        Reports(SiloSettings.CheckArguments("test", ["dotnet", "Monitor.Silo.dll"], ["--Monitor:Rediss=redis:6379"]), "Monitor:Rediss");
        Reports(SiloSettings.CheckArguments("test", ["sh", "-c", "run"], []), "Monitor.Silo.dll");
    }

    [Fact]
    public void The_checker_accepts_nested_and_listed_settings_and_reads_them_back()
    {
        IReadOnlyList<KeyValuePair<string, string>> variables =
        [
            new("Monitor__Redis", "redis:6379,abortConnect=false"),
            new("monitor__shutdownTimeout", "00:01:00"),
            new("Monitor__Webhooks__Timeout", "00:00:05"),
            new("Monitor__Webhooks__AllowedHosts__0", "hooks.internal"),
            new("Monitor__ApiKeys__0__Key", "k0"),
            new("Monitor__ApiKeys__0__Roles__1", "write"),
            new("Monitor__Alerts__PriorityActors__0", "aa"),
            new("ASPNETCORE_URLS", "http://+:8080"),
            new("DOTNET_gcServer", "1"),
            new("Serilog__MinimumLevel__Default", "Debug"),
        ];

        Assert.Empty(SiloSettings.CheckEnvironment("test", variables));
        Assert.Empty(SiloSettings.CheckArguments("test", ["dotnet", "Monitor.Silo.dll", "--urls", "http://0.0.0.0:8080"], ["--redis", "redis:6379", "--no-sample", "--Monitor:ApiKeys:0:Key=k"]));
        var options = SiloSettings.Bind(variables);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ShutdownTimeout);
        Assert.Equal<(string, int)?>(("redis", 6379), SiloSettings.RedisEndpoint(options.Redis));
        Assert.Equal(new[] { 8080 }, SiloSettings.UrlPorts("http://+:8080"));
    }

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");

    private static void CheckHealthUrl(List<string> problems, string source, string? command, int port)
    {
        var url = command is null ? null : Regex.Match(command, @"https?://\S+?(?=[""'\s,\]]|$)").Value;
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            problems.Add($"{source}: no health check URL in '{command}'.");
            return;
        }
        if (uri.Port != port) problems.Add($"{source}: checks port {uri.Port}, the silo listens on {port}.");
        if (uri.AbsolutePath != "/health") problems.Add($"{source}: checks {uri.AbsolutePath}, not /health.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

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

/// <summary>Everything the deployment is made of, read from the repository.</summary>
internal sealed class Deployment
{
    public const string DockerfilePath = "deploy/Dockerfile";
    public const string ComposePath = "docker-compose.yml";
    public const string NginxPath = "deploy/nginx/nginx.conf";
    public const string RedisPath = "deploy/redis/redis.conf";
    public const string KubernetesPath = "deploy/kubernetes";

    public required DockerImage Image { get; init; }

    public required ComposeFile Compose { get; init; }

    public required KubernetesManifests Kubernetes { get; init; }

    public required NginxConfig Nginx { get; init; }

    public required RedisConfig Redis { get; init; }

    public static Deployment Load()
    {
        var root = FindRoot();
        string Read(string path) => File.ReadAllText(Path.Combine(root, path));
        return new Deployment
        {
            Image = DockerImage.Parse(Read(DockerfilePath)),
            Compose = new ComposeFile(Yaml.LoadAll(Read(ComposePath)).Single()),
            Kubernetes = KubernetesManifests.Load(root),
            Nginx = new NginxConfig(NginxDirective.Parse(Read(NginxPath))),
            Redis = new RedisConfig(Read(RedisPath)),
        };
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Monitor.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Monitor.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The final stage of deploy/Dockerfile: what the image runs with.</summary>
internal sealed class DockerImage
{
    public List<KeyValuePair<string, string>> Environment { get; } = [];

    public List<int> Expose { get; } = [];

    public IReadOnlyList<string> Entrypoint { get; private set; } = [];

    public IReadOnlyList<string> Cmd { get; private set; } = [];

    public string? HealthCheck { get; private set; }

    public string? User { get; private set; }

    /// <summary>The HTTP port: the last --urls passed to the silo, else ASPNETCORE_URLS.</summary>
    public int HttpPort => HttpPorts.HttpPort(SiloSettings.ArgumentsAfterDll(Entrypoint, Cmd), Environment, 8080, Deployment.DockerfilePath);

    public static DockerImage Parse(string text)
    {
        var image = new DockerImage();
        var joined = Regex.Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"\\\n", " ");
        foreach (var raw in joined.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var instruction = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var rest = space < 0 ? "" : line[(space + 1)..].Trim();
            switch (instruction)
            {
                case "FROM":
                    image = new DockerImage();
                    break;
                case "ENV":
                    image.AddEnvironment(rest);
                    break;
                case "EXPOSE":
                    image.Expose.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p.Split('/')[0], CultureInfo.InvariantCulture)));
                    break;
                case "ENTRYPOINT":
                    image.Entrypoint = ExecForm(rest);
                    image.Cmd = [];
                    break;
                case "CMD":
                    image.Cmd = ExecForm(rest);
                    break;
                case "HEALTHCHECK":
                    image.HealthCheck = rest;
                    break;
                case "USER":
                    image.User = rest;
                    break;
            }
        }
        return image;
    }

    private void AddEnvironment(string rest)
    {
        if (!rest.Split(' ')[0].Contains('=', StringComparison.Ordinal))
        {
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            Environment.Add(new(rest[..space], rest[(space + 1)..].Trim().Trim('"')));
            return;
        }
        foreach (Match pair in Regex.Matches(rest, @"([^\s=]+)=(""[^""]*""|\S*)"))
            Environment.Add(new(pair.Groups[1].Value, pair.Groups[2].Value.Trim('"')));
    }

    private static string[] ExecForm(string rest) =>
        rest.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(rest) ?? [] : ["/bin/sh", "-c", rest];
}

internal static class HttpPorts
{
    public static int HttpPort(IReadOnlyList<string> arguments, IEnumerable<KeyValuePair<string, string>> environment, int fallback, string source)
    {
        string? urls = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--urls" && i + 1 < arguments.Count) urls = arguments[i + 1];
            else if (arguments[i].StartsWith("--urls=", StringComparison.Ordinal)) urls = arguments[i]["--urls=".Length..];
        }
        urls ??= environment.LastOrDefault(v => string.Equals(v.Key, "ASPNETCORE_URLS", StringComparison.OrdinalIgnoreCase)).Value;
        if (urls is null) return fallback;
        var ports = SiloSettings.UrlPorts(urls);
        Assert.True(ports.Count == 1 && ports[0] > 0, $"{source}: expected one HTTP URL with a port, found '{urls}'.");
        return ports[0];
    }
}

/// <summary>docker-compose.yml, with YAML anchors and merge keys resolved.</summary>
internal sealed class ComposeFile
{
    public ComposeFile(object? node)
    {
        Services = Yaml.Map(Yaml.At(node, "services")).Select(s => new ComposeService(s.Key, s.Value)).ToList();
        Volumes = Yaml.Map(Yaml.At(node, "volumes")).Keys.ToHashSet(StringComparer.Ordinal);
        var built = Services.Where(s => Yaml.Text(s.Node, "build", "dockerfile") == Deployment.DockerfilePath).ToList();
        var images = built.Select(s => s.Image).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Silos = Services.Where(s => built.Contains(s) || (s.Image is not null && images.Contains(s.Image))).ToList();
        Assert.True(images.Count <= 1, $"{Deployment.ComposePath}: the silos should share one image name, found {string.Join(", ", images)}.");
    }

    public IReadOnlyList<ComposeService> Services { get; }

    public IReadOnlyList<ComposeService> Silos { get; }

    public IReadOnlySet<string> Volumes { get; }

    public ComposeService Redis => ByImage("redis:");

    public ComposeService Proxy => ByImage("nginx:");

    private ComposeService ByImage(string prefix)
    {
        var matches = Services.Where(s => s.Image?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
        Assert.True(matches.Count == 1, $"{Deployment.ComposePath}: expected one service with an image {prefix}*, found {matches.Count}.");
        return matches[0];
    }
}

internal sealed class ComposeService(string name, object? node)
{
    public string Name { get; } = name;

    public object? Node { get; } = node;

    public string? Image => Yaml.Text(Node, "image");

    public string? Hostname => Yaml.Text(Node, "hostname");

    public IReadOnlyList<KeyValuePair<string, string>> Environment
    {
        get
        {
            var environment = Yaml.At(Node, "environment");
            if (environment is IList list)
            {
                return list.Cast<object?>().Select(e => e?.ToString() ?? "")
                    .Select(e => e.Split('=', 2))
                    .Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : ""))
                    .ToList();
            }
            return Yaml.Map(environment).Select(e => new KeyValuePair<string, string>(e.Key, e.Value?.ToString() ?? "")).ToList();
        }
    }

    public IReadOnlyList<string>? Command => Arguments("command");

    public IReadOnlyList<string>? Entrypoint => Arguments("entrypoint");

    public IReadOnlySet<string> DependsOn
    {
        get
        {
            var dependsOn = Yaml.At(Node, "depends_on");
            return (dependsOn is IList list ? list.Cast<object?>().Select(d => d?.ToString() ?? "") : Yaml.Map(dependsOn).Keys).ToHashSet(StringComparer.Ordinal);
        }
    }

    public string? HealthCheck
    {
        get
        {
            var test = Yaml.At(Node, "healthcheck", "test");
            return test is IList list ? string.Join(' ', list.Cast<object?>()) : test?.ToString();
        }
    }

    public TimeSpan? StopGracePeriod => Yaml.Text(Node, "stop_grace_period") is { } text ? Durations.ParseCompose(text) : null;

    public int HttpPort(DockerImage image) =>
        HttpPorts.HttpPort(SiloSettings.ArgumentsAfterDll(Entrypoint ?? image.Entrypoint, Command ?? image.Cmd), image.Environment.Concat(Environment), 8080, $"{Deployment.ComposePath}, service {Name}");

    /// <summary>The repository path bind-mounted at <paramref name="target"/>, without a leading "./".</summary>
    public string? MountedFrom(string target) =>
        Mounts().Where(m => m.Target == target).Select(m => m.Source.StartsWith("./", StringComparison.Ordinal) ? m.Source[2..] : m.Source).FirstOrDefault();

    public IReadOnlySet<string> NamedVolumeTargets(IReadOnlySet<string> volumes) =>
        Mounts().Where(m => volumes.Contains(m.Source)).Select(m => m.Target).ToHashSet(StringComparer.Ordinal);

    private IEnumerable<(string Source, string Target)> Mounts()
    {
        foreach (var volume in Yaml.List(Yaml.At(Node, "volumes")))
        {
            if (volume is string text)
            {
                var parts = text.Split(':');
                if (parts.Length >= 2) yield return (parts[0], parts[1]);
            }
            else if (Yaml.Text(volume, "source") is { } source && Yaml.Text(volume, "target") is { } target)
            {
                yield return (source, target);
            }
        }
    }

    private List<string>? Arguments(string key) =>
        Yaml.At(Node, key) switch
        {
            null => null,
            IList list => list.Cast<object?>().Select(a => a?.ToString() ?? "").ToList(),
            var text => text.ToString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
        };
}

internal sealed record KubernetesDocument(string File, object? Node)
{
    public string? Kind => Yaml.Text(Node, "kind");

    public string? Name => Yaml.Text(Node, "metadata", "name");
}

/// <summary>deploy/kubernetes: the files kustomization.yaml lists.</summary>
internal sealed class KubernetesManifests
{
    private KubernetesManifests(IReadOnlyList<KubernetesDocument> documents)
    {
        Documents = documents;
        Workloads = documents.Where(d => d.Kind is "Deployment" or "StatefulSet" or "DaemonSet").Select(d => new KubernetesWorkload(d)).ToList();
    }

    public IReadOnlyList<KubernetesDocument> Documents { get; }

    public IReadOnlyList<KubernetesWorkload> Workloads { get; }

    public KubernetesContainer SiloContainer => Workload("Deployment", "monitor").Container(c => c.Image.StartsWith("monitor:", StringComparison.Ordinal) || c.Image == "monitor");

    public string SiloSource => $"{Source(Workload("Deployment", "monitor").Document)}, Deployment monitor";

    public static KubernetesManifests Load(string root)
    {
        var directory = Path.Combine(root, Deployment.KubernetesPath);
        var kustomization = Yaml.LoadAll(File.ReadAllText(Path.Combine(directory, "kustomization.yaml"))).Single();
        var resources = Yaml.List(Yaml.At(kustomization, "resources")).Select(r => r?.ToString() ?? "").ToList();
        Assert.True(resources.Count > 0, $"{Deployment.KubernetesPath}/kustomization.yaml lists no resources.");
        var documents = new List<KubernetesDocument>();
        foreach (var resource in resources)
        {
            var file = Path.Combine(directory, resource);
            Assert.True(File.Exists(file), $"{Deployment.KubernetesPath}/kustomization.yaml lists {resource}, which is not a file there.");
            documents.AddRange(Yaml.LoadAll(File.ReadAllText(file)).Select(d => new KubernetesDocument($"{Deployment.KubernetesPath}/{resource}", d)));
        }
        return new KubernetesManifests(documents);
    }

    public KubernetesWorkload Workload(string kind, string name)
    {
        var workload = Workloads.SingleOrDefault(w => w.Document.Kind == kind && w.Document.Name == name);
        Assert.True(workload is not null, $"{Deployment.KubernetesPath}: no {kind} named {name}.");
        return workload;
    }

    public KubernetesService Service(string name)
    {
        var document = Documents.SingleOrDefault(d => d.Kind == "Service" && d.Name == name);
        Assert.True(document is not null, $"{Deployment.KubernetesPath}: no Service named {name}.");
        return new KubernetesService(document);
    }

    public string Source(KubernetesDocument document) => document.File;

    public string Source(KubernetesService service) => service.Document.File;
}

internal sealed class KubernetesWorkload(KubernetesDocument document)
{
    public KubernetesDocument Document { get; } = document;

    public object? PodSpec => Yaml.At(Document.Node, "spec", "template", "spec");

    public IReadOnlyDictionary<string, string> PodLabels => Yaml.StringMap(Yaml.At(Document.Node, "spec", "template", "metadata", "labels"));

    public IReadOnlyDictionary<string, string> Selector => Yaml.StringMap(Yaml.At(Document.Node, "spec", "selector", "matchLabels"));

    public int Replicas => int.Parse(Yaml.Text(Document.Node, "spec", "replicas") ?? "1", CultureInfo.InvariantCulture);

    public KubernetesContainer Container(Func<KubernetesContainer, bool> predicate)
    {
        var containers = Yaml.List(Yaml.At(PodSpec, "containers")).Select(c => new KubernetesContainer(c)).Where(predicate).ToList();
        Assert.True(containers.Count == 1, $"{Document.File}: {Document.Kind} {Document.Name} should have one such container, has {containers.Count}.");
        return containers[0];
    }

    /// <summary>Where the container mounts the pod volume that <paramref name="volume"/> picks.</summary>
    public string? VolumeMountPath(KubernetesContainer container, Func<object?, bool> volume)
    {
        var names = Yaml.List(Yaml.At(PodSpec, "volumes")).Where(volume).Select(v => Yaml.Text(v, "name")).ToHashSet();
        return container.VolumeMounts.FirstOrDefault(m => names.Contains(m.Volume))?.Path;
    }
}

internal sealed record KubernetesEnvironmentVariable(string Name, string? Value, string? FieldRef);

internal sealed record KubernetesProbe(string Kind, string? Path, string? Port);

internal sealed record KubernetesVolumeMount(string Volume, string Path);

internal sealed class KubernetesContainer(object? node)
{
    /// <summary>Stand-ins for values the cluster fills in, so that those settings bind too.</summary>
    private static readonly Dictionary<string, string> FieldValues = new(StringComparer.Ordinal)
    {
        ["status.podIP"] = "10.1.2.3",
        ["metadata.name"] = "monitor-0",
        ["metadata.namespace"] = "default",
        ["spec.nodeName"] = "node-1",
    };

    public string Image => Yaml.Text(node, "image") ?? "";

    public IReadOnlyList<KubernetesEnvironmentVariable> EnvironmentSources =>
        Yaml.List(Yaml.At(node, "env"))
            .Select(e => new KubernetesEnvironmentVariable(Yaml.Text(e, "name") ?? "", Yaml.Text(e, "value"), Yaml.Text(e, "valueFrom", "fieldRef", "fieldPath")))
            .ToList();

    public IReadOnlyList<KeyValuePair<string, string>> Environment =>
        EnvironmentSources.Select(e => new KeyValuePair<string, string>(e.Name, e.Value ?? (e.FieldRef is not null && FieldValues.TryGetValue(e.FieldRef, out var stand) ? stand : "from-the-cluster"))).ToList();

    public IReadOnlyList<string>? Command => Strings("command");

    public IReadOnlyList<string>? Args => Strings("args");

    /// <summary>Container ports by name (or by number when unnamed).</summary>
    public IReadOnlyDictionary<string, int> Ports =>
        Yaml.List(Yaml.At(node, "ports"))
            .Select(p => (Name: Yaml.Text(p, "name"), Port: int.Parse(Yaml.Text(p, "containerPort") ?? "0", CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Name ?? p.Port.ToString(CultureInfo.InvariantCulture), p => p.Port, StringComparer.Ordinal);

    public IReadOnlyList<KubernetesProbe> Probes =>
        new[] { "startupProbe", "readinessProbe", "livenessProbe" }
            .Where(kind => Yaml.At(node, kind) is not null)
            .Select(kind => new KubernetesProbe(kind, Yaml.Text(node, kind, "httpGet", "path"), Yaml.Text(node, kind, "httpGet", "port")))
            .ToList();

    public IReadOnlyList<KubernetesVolumeMount> VolumeMounts =>
        Yaml.List(Yaml.At(node, "volumeMounts")).Select(m => new KubernetesVolumeMount(Yaml.Text(m, "name") ?? "", Yaml.Text(m, "mountPath") ?? "")).ToList();

    /// <summary>The pause a preStop hook adds before the silo is told to stop.</summary>
    public TimeSpan PreStopPause
    {
        get
        {
            var preStop = Yaml.At(node, "lifecycle", "preStop");
            if (Yaml.Text(preStop, "sleep", "seconds") is { } seconds) return TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture));
            var command = Yaml.List(Yaml.At(preStop, "exec", "command")).Select(c => c?.ToString() ?? "").ToList();
            var sleep = command.FindIndex(c => c == "sleep" || c.EndsWith("/sleep", StringComparison.Ordinal));
            if (sleep >= 0 && sleep + 1 < command.Count) return TimeSpan.FromSeconds(double.Parse(command[sleep + 1], CultureInfo.InvariantCulture));
            Assert.True(preStop is null, "preStop hook other than a sleep: cannot tell how long it takes.");
            return TimeSpan.Zero;
        }
    }

    /// <summary>The container's HTTP port: --urls in its arguments, else ASPNETCORE_URLS, else the image's.</summary>
    public int HttpPort(DockerImage image) =>
        HttpPorts.HttpPort(SiloSettings.ArgumentsAfterDll(Command ?? image.Entrypoint, Args ?? image.Cmd), image.Environment.Concat(Environment), image.HttpPort, Deployment.KubernetesPath);

    /// <summary>A port number, or a named container port resolved to its number; -1 when unknown.</summary>
    public int ResolvePort(string? port) =>
        port is null ? -1
        : int.TryParse(port, CultureInfo.InvariantCulture, out var number) ? number
        : Ports.TryGetValue(port, out var named) ? named : -1;

    private List<string>? Strings(string key) =>
        Yaml.At(node, key) is IList list ? list.Cast<object?>().Select(a => a?.ToString() ?? "").ToList() : null;
}

internal sealed record KubernetesServicePort(int Port, string TargetPort);

internal sealed class KubernetesService(KubernetesDocument document)
{
    public KubernetesDocument Document { get; } = document;

    public IReadOnlyDictionary<string, string> Selector => Yaml.StringMap(Yaml.At(Document.Node, "spec", "selector"));

    public IReadOnlyList<KubernetesServicePort> Ports =>
        Yaml.List(Yaml.At(Document.Node, "spec", "ports"))
            .Select(p =>
            {
                var port = Yaml.Text(p, "port") ?? "0";
                return new KubernetesServicePort(int.Parse(port, CultureInfo.InvariantCulture), Yaml.Text(p, "targetPort") ?? port);
            })
            .ToList();

    public bool Selects(IReadOnlyDictionary<string, string> podLabels) => Selector.Count > 0 && Labels.Match(Selector, podLabels);
}

internal static class Labels
{
    public static bool Match(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    public static string Show(IReadOnlyDictionary<string, string> labels) =>
        "{" + string.Join(", ", labels.Select(l => $"{l.Key}={l.Value}")) + "}";
}

/// <summary>nginx.conf as a tree of directives.</summary>
internal sealed record NginxDirective(string Name, IReadOnlyList<string> Args, IReadOnlyList<NginxDirective> Block)
{
    public IEnumerable<NginxDirective> Descendants() => Block.SelectMany(d => d.Descendants().Prepend(d));

    public string? Value(string name) => Block.LastOrDefault(d => d.Name == name)?.Args.FirstOrDefault();

    public static NginxDirective Parse(string text)
    {
        var tokens = Tokens(text).ToList();
        var position = 0;
        var block = ParseBlock(tokens, ref position);
        Assert.True(position == tokens.Count, $"{Deployment.NginxPath}: unbalanced braces.");
        return new NginxDirective("", [], block);
    }

    private static List<NginxDirective> ParseBlock(List<string> tokens, ref int position)
    {
        var directives = new List<NginxDirective>();
        while (position < tokens.Count && tokens[position] != "}")
        {
            var name = tokens[position++];
            var args = new List<string>();
            while (position < tokens.Count && tokens[position] is not (";" or "{" or "}")) args.Add(tokens[position++]);
            Assert.True(position < tokens.Count && tokens[position] != "}", $"{Deployment.NginxPath}: directive {name} is not closed with ';' or a block.");
            if (tokens[position++] == "{")
            {
                var block = ParseBlock(tokens, ref position);
                Assert.True(position < tokens.Count, $"{Deployment.NginxPath}: block {name} is not closed.");
                position++;
                directives.Add(new NginxDirective(name, args, block));
            }
            else
            {
                directives.Add(new NginxDirective(name, args, []));
            }
        }
        return directives;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                token.Append(text, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '#' && token.Length == 0)
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (char.IsWhiteSpace(c) || c is ';' or '{' or '}')
            {
                if (token.Length > 0) yield return token.ToString();
                token.Clear();
                if (!char.IsWhiteSpace(c)) yield return c.ToString();
            }
            else
            {
                token.Append(c);
            }
        }
        if (token.Length > 0) yield return token.ToString();
    }
}

internal sealed record NginxServer(string Host, int Port);

internal sealed class NginxConfig(NginxDirective root)
{
    public NginxDirective Root { get; } = root;

    private NginxDirective Upstream
    {
        get
        {
            var upstreams = Root.Descendants().Where(d => d.Name == "upstream").ToList();
            Assert.True(upstreams.Count == 1, $"{Deployment.NginxPath}: expected one upstream block, found {upstreams.Count}.");
            return upstreams[0];
        }
    }

    public string UpstreamName => Upstream.Args.Single();

    public IReadOnlyList<NginxServer> UpstreamServers =>
        Upstream.Block.Where(d => d.Name == "server").Select(d =>
        {
            var address = d.Args[0];
            var colon = address.LastIndexOf(':');
            return colon < 0 ? new NginxServer(address, 80) : new NginxServer(address[..colon], int.Parse(address[(colon + 1)..], CultureInfo.InvariantCulture));
        }).ToList();
}

/// <summary>redis.conf: the last occurrence of each setting wins, as in Redis.</summary>
internal sealed class RedisConfig(string text)
{
    public string Text { get; } = text;

    public int Port => int.Parse(Setting("port") ?? "6379", CultureInfo.InvariantCulture);

    public string? Setting(string name) =>
        Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .LastOrDefault(p => string.Equals(p[0], name, StringComparison.OrdinalIgnoreCase)) is { } pair
            ? (pair.Length > 1 ? pair[1].Trim().Trim('"') : "")
            : null;
}

internal static class Durations
{
    /// <summary>Compose durations: "45s", "1m30s", "500ms".</summary>
    public static TimeSpan ParseCompose(string text)
    {
        var matches = Regex.Matches(text, @"(\d+(?:\.\d+)?)(us|ms|s|m|h)");
        Assert.True(matches.Sum(m => m.Length) == text.Trim().Length && matches.Count > 0, $"{Deployment.ComposePath}: cannot read the duration '{text}'.");
        return matches.Aggregate(TimeSpan.Zero, (total, m) => total + Unit(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value));
    }

    /// <summary>nginx times: "60", "60s", "1h", "1m30s".</summary>
    public static TimeSpan ParseNginx(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : Regex.Matches(text, @"(\d+)(ms|s|m|h|d)").Aggregate(TimeSpan.Zero, (total, m) => total + Unit(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value));

    /// <summary>nginx sizes: "1024", "8k", "5m", "1g".</summary>
    public static long ParseNginxSize(string text)
    {
        var number = long.Parse(text.TrimEnd('k', 'K', 'm', 'M', 'g', 'G'), CultureInfo.InvariantCulture);
        return char.ToLowerInvariant(text[^1]) switch
        {
            'k' => number * 1024,
            'm' => number * 1024 * 1024,
            'g' => number * 1024 * 1024 * 1024,
            _ => number,
        };
    }

    private static TimeSpan Unit(double value, string unit) => unit switch
    {
        "us" => TimeSpan.FromMicroseconds(value),
        "ms" => TimeSpan.FromMilliseconds(value),
        "s" => TimeSpan.FromSeconds(value),
        "m" => TimeSpan.FromMinutes(value),
        "h" => TimeSpan.FromHours(value),
        "d" => TimeSpan.FromDays(value),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown unit"),
    };
}

/// <summary>YAML read as plain maps, lists and strings, with anchors and merge keys ("&lt;&lt;: *x") resolved.</summary>
internal static class Yaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static List<object?> LoadAll(string text)
    {
        var parser = new MergingParser(new Parser(new StringReader(text)));
        parser.Consume<StreamStart>();
        var documents = new List<object?>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (Deserializer.Deserialize(parser) is { } document) documents.Add(document);
        }
        return documents;
    }

    public static object? At(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not IDictionary map) return null;
            node = map.Contains(key) ? map[key] : null;
        }
        return node;
    }

    public static string? Text(object? node, params string[] path) => At(node, path) switch
    {
        null => null,
        IDictionary or IList => null,
        var value => value.ToString(),
    };

    public static IReadOnlyDictionary<string, object?> Map(object? node) =>
        node is IDictionary map
            ? map.Keys.Cast<object>().ToDictionary(k => k.ToString() ?? "", k => map[k], StringComparer.Ordinal)
            : new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, string> StringMap(object? node) =>
        Map(node).ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "", StringComparer.Ordinal);

    public static IReadOnlyList<object?> List(object? node) => node is IList list ? list.Cast<object?>().ToList() : [];
}
