using Monitor.Abstractions;
using Monitor.Abstractions.Transport;
using Monitor.Grains.Alerts;
using Monitor.Grains.Retention;
using Monitor.Grains.Sources;
using Monitor.Grains.Webhooks;

namespace Monitor.Hosting.Configuration;

/// <summary>The "Monitor" configuration section: every command-line option maps here too.</summary>
public sealed class MonitorOptions
{
    public const string Section = "Monitor";

    /// <summary>Folder of the embedded store (monitor.db inside); ignored when <see cref="InMemory"/>.</summary>
    public string Data { get; set; } = "./data";

    /// <summary>Keep everything in memory (replay without --data, tests).</summary>
    public bool InMemory { get; set; }

    /// <summary>Skip loading the built-in sample corpus into an empty store.</summary>
    public bool NoSample { get; set; }

    /// <summary>SQLite synchronous mode: FULL (default, survives power loss) or NORMAL (survives a process crash).</summary>
    public string Synchronous { get; set; } = "FULL";

    /// <summary>
    /// Compare claims by meaning with the MiniLM sentence model shipped in its package (about 5 ms per
    /// new sentence on a laptop core). Off, claims are compared by their words only: faster, and blind
    /// to paraphrased contradictions.
    /// </summary>
    public bool Embeddings { get; set; } = true;

    /// <summary>
    /// Cluster mode: the Redis server ("HOST:PORT", or a StackExchange.Redis configuration string) that
    /// holds membership, grain state, reminders and the logs. Empty: the embedded store.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Cluster mode: the logs, grain state, membership and reminders live in <see cref="Redis"/>.</summary>
    public bool IsCluster => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>
    /// The address other silos and clients reach this silo at (an IP or a host name resolved at start).
    /// Empty: loopback when Redis is on loopback, else this host's first IPv4 address.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>How long a stopping silo may take to finish in-flight work and hand its grains over.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ServiceId { get; set; } = "monitor";

    public string ClusterId { get; set; } = "monitor-local";

    /// <summary>
    /// Cluster mode: mutual TLS on the silo and gateway ports, so only holders of a certificate from the cluster's
    /// authority can join or connect. Unset, those ports accept any caller and must stay on a private network.
    /// </summary>
    public ClusterTlsOptions Tls { get; set; } = new();

    /// <summary>Cluster mode: how quickly the silos declare a silo that stopped answering dead (docs/cluster.md).</summary>
    public MembershipOptions Membership { get; set; } = new();

    /// <summary>Actors that exist from the first start; later edits through the API win.</summary>
    public List<ActorDefinition> Actors { get; set; } = [];

    /// <summary>Topics that exist from the first start.</summary>
    public List<TopicDefinition> Topics { get; set; } = [];

    /// <summary>Grouping window and priority actors.</summary>
    public AlertPolicyOptions Alerts { get; set; } = new();

    /// <summary>How long statements and alerts are kept; everything is kept while no limit is set.</summary>
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>Webhook allow-list, timeouts, retry schedule and per-key limits.</summary>
    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>News sources: the feeds configured from the start, the fetcher's limits and politeness, the allow-list.</summary>
    public SourceOptions Sources { get; set; } = new();

    /// <summary>Load shedding: 429 with Retry-After beyond these rates.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>API keys; none means everyone may read and write (for a laptop on loopback only).</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>
    /// Listen beyond loopback with no API keys, and answer any Host name. Off by default: without keys the service
    /// refuses to start on a non-loopback address and only answers requests addressed to a loopback name.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Prometheus metrics at GET /metrics (read role when keys are configured).</summary>
    public MetricsOptions Metrics { get; set; } = new();

    /// <summary>Spans for requests, grain calls, the watchers and webhooks, and the trace id in every log line.</summary>
    public TracingOptions Tracing { get; set; } = new();

    /// <summary>Where spans are exported over OTLP; nowhere while the endpoint is empty.</summary>
    public OtlpOptions Otlp { get; set; } = new();
}

/// <summary>
/// "Monitor:Membership": Orleans' failure detection between silos. A silo is suspected by each silo probing it after
/// <see cref="NumMissedProbesLimit"/> probes in a row went unanswered, one sent every <see cref="ProbeTimeout"/>, and
/// declared dead once <see cref="NumVotesForDeathDeclaration"/> silos suspect it; its grains then move to the
/// survivors. Shorter finds a dead silo sooner, and declares dead more readily a live one too busy to answer.
/// </summary>
public sealed class MembershipOptions
{
    /// <summary>
    /// Period and timeout of each probe. Orleans' 5 s let a SIGKILLed silo's grains wait up to 12.8 s (p99) on a
    /// 2-core host; 2 s keeps three missed probes at 6 s, above the 3 s timer stalls that host shows under load.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Probes in a row a silo may miss before the silo probing it suspects it (Orleans' default, 3).</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>Suspicions that declare a silo dead (Orleans' default, 2): one busy prober alone cannot.</summary>
    public int NumVotesForDeathDeclaration { get; set; } = 2;
}

public sealed class MetricsOptions
{
    /// <summary>Off: no meter provider is built and GET /metrics answers 404.</summary>
    public bool Enabled { get; set; } = true;
}

public sealed class TracingOptions
{
    /// <summary>Off: no spans are recorded and grain calls carry no trace.</summary>
    public bool Enabled { get; set; } = true;
}

public sealed class OtlpOptions
{
    /// <summary>An OTLP collector ("http://collector:4317" for gRPC, or with <see cref="Protocol"/> http/protobuf "http://collector:4318/v1/traces").</summary>
    public string? Endpoint { get; set; }

    /// <summary>"grpc" (default) or "http/protobuf".</summary>
    public string Protocol { get; set; } = "grpc";
}

public sealed class ApiKeyOptions
{
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>"read", "write" (writing implies nothing about reading: give both for both).</summary>
    public List<string> Roles { get; set; } = [];
}
