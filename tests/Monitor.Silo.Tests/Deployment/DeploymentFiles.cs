using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Monitor.Silo.Tests;

/// <summary>Everything the deployment is made of, read from the repository.</summary>
internal sealed class Deployment
{
    public const string DockerfilePath = "deploy/Dockerfile";
    public const string ComposePath = "docker-compose.yml";
    public const string NginxPath = "deploy/nginx/nginx.conf";
    public const string RedisPath = "deploy/redis/redis.conf";
    public const string KubernetesPath = "deploy/kubernetes";
    public const string CertificateScriptPath = "deploy/certs/make-certs.sh";

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

    public static string FindRoot()
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

    /// <summary>The condition a depends_on entry waits for ("service_healthy", …); null without one.</summary>
    public string? DependsOnCondition(string service) => Yaml.Text(Node, "depends_on", service, "condition");

    /// <summary>The mount whose target folder holds <paramref name="path"/>.</summary>
    public (string Source, string Target)? MountHolding(string path) =>
        Mounts().Where(m => path.StartsWith(m.Target.TrimEnd('/') + "/", StringComparison.Ordinal)).Select(m => ((string, string)?)m).FirstOrDefault();

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

    public IReadOnlyDictionary<string, string> PodAnnotations => Yaml.StringMap(Yaml.At(Document.Node, "spec", "template", "metadata", "annotations"));

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
