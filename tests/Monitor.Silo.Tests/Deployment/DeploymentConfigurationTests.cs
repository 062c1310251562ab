using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Text.RegularExpressions;
using Monitor.Abstractions.Transport;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Tests;

/// <summary>
/// The deployment files (deploy/Dockerfile, docker-compose.yml, deploy/kubernetes, deploy/nginx,
/// deploy/redis) hand the silo settings that no compiler sees. These tests read them and check that
/// every setting is one the silo reads and binds to the value written, and that the files agree with
/// one another: ports, service names, the Redis they share, grace periods, and where the TLS
/// certificates are made and mounted.
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
            // Readiness takes a silo out of the Service while Redis is away; liveness restarts only a process that no
            // longer answers, since a restart would not bring Redis back.
            var expected = probe.Kind == "readinessProbe" ? "/health/ready" : "/health/live";
            if (probe.Path != expected) problems.Add($"{kubernetes.SiloSource}: {probe.Kind} path is '{probe.Path}', not {expected}.");
        }

        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_pods_announce_their_metrics_to_prometheus_on_the_http_port()
    {
        var problems = new List<string>();
        var kubernetes = Files.Kubernetes;
        var annotations = kubernetes.Workload("Deployment", "monitor").PodAnnotations;
        var port = Files.Image.HttpPort;

        if (annotations.GetValueOrDefault("prometheus.io/scrape") != "true") problems.Add($"{kubernetes.SiloSource}: the pod template lacks prometheus.io/scrape: \"true\".");
        if (annotations.GetValueOrDefault("prometheus.io/path") != "/metrics") problems.Add($"{kubernetes.SiloSource}: prometheus.io/path is '{annotations.GetValueOrDefault("prometheus.io/path")}', not /metrics.");
        if (annotations.GetValueOrDefault("prometheus.io/port") != port.ToString(CultureInfo.InvariantCulture))
            problems.Add($"{kubernetes.SiloSource}: prometheus.io/port is '{annotations.GetValueOrDefault("prometheus.io/port")}', not the HTTP port {port}.");

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

    /// <summary>The files deploy/certs/make-certs.sh writes, by the setting that names each.</summary>
    private static readonly IReadOnlyDictionary<string, string> CertificateFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(ClusterTlsOptions.CertificatePath)] = "tls.crt",
        [nameof(ClusterTlsOptions.KeyPath)] = "tls.key",
        [nameof(ClusterTlsOptions.CaPath)] = "ca.crt",
    };

    [Fact]
    public void Compose_silos_read_tls_certificates_that_the_certs_service_made_before_they_start()
    {
        var problems = new List<string>();
        var compose = Files.Compose;
        var makers = compose.Services.Where(s => (s.Command ?? []).Any(a => a.EndsWith("make-certs.sh", StringComparison.Ordinal))).ToList();
        Assert.True(makers.Count == 1, $"{Deployment.ComposePath}: expected one service that runs make-certs.sh, found {makers.Count}.");
        var maker = makers[0];
        var command = maker.Command!;
        var script = command.First(a => a.EndsWith("make-certs.sh", StringComparison.Ordinal));
        if (maker.MountedFrom(script) != Deployment.CertificateScriptPath)
            problems.Add($"{Deployment.ComposePath}, service {maker.Name}: runs {script}, which is not ./{Deployment.CertificateScriptPath} mounted.");
        // make-certs.sh CA_DIR OUT_DIR [NAME]: the silos need the volume mounted at OUT_DIR.
        var writesTo = command.SkipWhile(a => a != script).Skip(2).FirstOrDefault();
        var writtenVolume = writesTo is null ? null : maker.MountHolding($"{writesTo.TrimEnd('/')}/tls.crt")?.Source;
        if (writtenVolume is null || !compose.Volumes.Contains(writtenVolume))
            problems.Add($"{Deployment.ComposePath}, service {maker.Name}: writes the certificates to '{writesTo}', which is not on a named volume.");

        foreach (var silo in compose.Silos)
        {
            var source = $"{Deployment.ComposePath}, service {silo.Name}";
            var tls = SiloSettings.Bind(silo.Environment).Tls;
            foreach (var (setting, path) in TlsPaths(tls))
            {
                if (path is null) { problems.Add($"{source}: Monitor__Tls__{setting} is not set, so the silo and gateway ports accept any caller."); continue; }
                if (Path.GetFileName(path) != CertificateFiles[setting]) problems.Add($"{source}: Monitor__Tls__{setting} names {Path.GetFileName(path)}, but {Deployment.CertificateScriptPath} writes it as {CertificateFiles[setting]}.");
                if (silo.MountHolding(path) is not var (volume, target)) { problems.Add($"{source}: nothing is mounted where Monitor__Tls__{setting} ({path}) lies."); continue; }
                if (volume != writtenVolume) problems.Add($"{source}: {path} comes from '{volume}', but service {maker.Name} writes the certificates to the volume '{writtenVolume}'.");
                if (Path.GetDirectoryName(path) != target.TrimEnd('/')) problems.Add($"{source}: {path} is not directly in the mounted folder {target}.");
            }
            if (silo.DependsOnCondition(maker.Name) != "service_completed_successfully")
                problems.Add($"{source}: should depend on {maker.Name} with condition service_completed_successfully, so it never starts before its certificates exist.");
        }
        AssertNone(problems);
    }

    [Fact]
    public void Kubernetes_silos_read_tls_certificates_from_one_mounted_secret()
    {
        var problems = new List<string>();
        var kubernetes = Files.Kubernetes;
        var deployment = kubernetes.Workload("Deployment", "monitor");
        var container = kubernetes.SiloContainer;
        var volumes = Yaml.List(Yaml.At(deployment.PodSpec, "volumes")).ToDictionary(v => Yaml.Text(v, "name") ?? "", v => v, StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, path) in TlsPaths(SiloSettings.Bind(container.Environment).Tls))
        {
            var source = $"{kubernetes.SiloSource}, Monitor__Tls__{setting}";
            if (path is null) { problems.Add($"{source} is not set, so the silo and gateway ports accept any caller."); continue; }
            var mount = container.VolumeMounts.FirstOrDefault(m => Path.GetDirectoryName(path) == m.Path.TrimEnd('/'));
            if (mount is null || !volumes.TryGetValue(mount.Volume, out var volume) || Yaml.Text(volume, "secret", "secretName") is not { } secret)
            {
                problems.Add($"{source}: {path} is not in a folder where a secret is mounted.");
                continue;
            }
            secrets.Add(secret);
            // Without items, each key of the secret is a file of that name: the names the script writes.
            var items = Yaml.List(Yaml.At(volume, "secret", "items"));
            var key = items.Count == 0 ? Path.GetFileName(path) : items.Where(i => Yaml.Text(i, "path") == Path.GetFileName(path)).Select(i => Yaml.Text(i, "key")).FirstOrDefault();
            if (key != CertificateFiles[setting])
                problems.Add($"{source}: {path} is the secret {secret}'s key '{key ?? "(none)"}', but the documented secret (from {Deployment.CertificateScriptPath}) has it as {CertificateFiles[setting]}.");
        }
        if (secrets.Count > 1) problems.Add($"{kubernetes.SiloSource}: the TLS files come from several secrets ({string.Join(", ", secrets)}); a certificate, its key and its authority belong together.");
        AssertNone(problems);
    }

    [Fact]
    public void The_certificate_script_makes_certificates_that_silos_and_clients_accept_and_keeps_them()
    {
        var directory = Path.Combine(Path.GetTempPath(), "monitor-certs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var authority = Path.Combine(directory, "ca");
            ScriptOutput Made(string folder) => new(Path.Combine(directory, folder));
            RunScript(authority, Made("silo").Folder);
            RunScript(authority, Made("client").Folder, "monitor-client");
            var siloCertificate = File.ReadAllText(Made("silo").Certificate);
            RunScript(authority, Made("silo").Folder);

            var silo = ClusterCertificates.Load(Made("silo").Tls, acceptsConnections: true, "silo");
            var client = ClusterCertificates.Load(Made("client").Tls, acceptsConnections: false, "client");
            Assert.True(silo.IsTrustedPeer(client.Certificate, null, SslPolicyErrors.RemoteCertificateNameMismatch), "the silo refuses a client certificate from the same authority");
            Assert.True(client.IsTrustedPeer(silo.Certificate, null, SslPolicyErrors.RemoteCertificateNameMismatch), "the client refuses the silo's certificate");
            Assert.Equal(siloCertificate, File.ReadAllText(Made("silo").Certificate));
            Assert.False(File.Exists(Path.Combine(Made("silo").Folder, "ca.key")), "the authority's key is copied beside the silos' certificate");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record ScriptOutput(string Folder)
    {
        public string Certificate => Path.Combine(Folder, CertificateFiles[nameof(ClusterTlsOptions.CertificatePath)]);

        public ClusterTlsOptions Tls => new()
        {
            CertificatePath = Certificate,
            KeyPath = Path.Combine(Folder, CertificateFiles[nameof(ClusterTlsOptions.KeyPath)]),
            CaPath = Path.Combine(Folder, CertificateFiles[nameof(ClusterTlsOptions.CaPath)]),
        };
    }

    private static void RunScript(params string[] arguments)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Deployment.FindRoot(), Deployment.CertificateScriptPath));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"{Deployment.CertificateScriptPath} ran for over a minute");
        Assert.True(process.ExitCode == 0, $"{Deployment.CertificateScriptPath} {string.Join(' ', arguments)} failed ({process.ExitCode}; scripts/test.sh installs openssl): {output.Result}{errors.Result}");
    }

    private static IEnumerable<(string Setting, string? Path)> TlsPaths(ClusterTlsOptions tls) =>
    [
        (nameof(ClusterTlsOptions.CertificatePath), NullIfBlank(tls.CertificatePath)),
        (nameof(ClusterTlsOptions.KeyPath), NullIfBlank(tls.KeyPath)),
        (nameof(ClusterTlsOptions.CaPath), NullIfBlank(tls.CaPath)),
    ];

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

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
        // Docker's and compose's health gates traffic (nginx waits for it), so it is readiness.
        if (uri.AbsolutePath != "/health/ready") problems.Add($"{source}: checks {uri.AbsolutePath}, not /health/ready.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
