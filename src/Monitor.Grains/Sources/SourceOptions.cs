namespace Monitor.Grains.Sources;

/// <summary>How news sources are fetched: limits, politeness, the allow-list and the retry schedule (configuration section "Monitor:Sources").</summary>
public sealed class SourceOptions
{
    public const string AllowListSetting = "Monitor:Sources:AllowedHosts";

    /// <summary>Hosts that may resolve to loopback, link-local or private addresses (a feed on the intranet, a test server).</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Sent with every request, and the name robots.txt groups are matched against (its first word).</summary>
    public string UserAgent { get; set; } = "Monitor/1.0 (news source reader; +https://github.com/monitor)";

    /// <summary>Least time between the end of one request to a host and the start of the next, per silo.</summary>
    public TimeSpan MinimumHostGap { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One request, headers to last byte; a slower server fails the request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxPageBytes { get; set; } = 2 * 1024 * 1024;

    public int MaxRobotsBytes { get; set; } = 512 * 1024;

    /// <summary>Redirects followed per request, each hop checked like the first address.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How long a host's robots.txt is trusted before it is read again.</summary>
    public TimeSpan RobotsCacheTime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Shortest and longest polling interval a source may ask for.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Wait after the first failed poll; each further failure doubles it (±20% jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Attempts at an article page that fails for a passing reason before the item's own text is read instead.</summary>
    public int PageAttempts { get; set; } = 3;

    /// <summary>How often each source's reminder ticks to see whether its next poll is due.</summary>
    public TimeSpan ScheduleTick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sources that exist from the first start; later edits through the API win.</summary>
    public List<ConfiguredSource> Feeds { get; set; } = [];
}

/// <summary>A source given in configuration (Monitor:Sources:Feeds).</summary>
public sealed class ConfiguredSource
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public bool FetchArticles { get; set; }
}
