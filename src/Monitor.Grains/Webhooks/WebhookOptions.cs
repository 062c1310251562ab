namespace Monitor.Grains.Webhooks;

/// <summary>Webhook delivery limits and retry schedule (configuration section "Monitor:Webhooks").</summary>
public sealed class WebhookOptions
{
    /// <summary>Hosts that may resolve to loopback, link-local or private addresses (e.g. "localhost", "hooks.internal").</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Per attempt: a receiver slower than this is cut off and the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>At most this much of a receiver's answer is read.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>First wait after a failed delivery; each further wait doubles (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A delivery still failing this long after its first attempt is dead-lettered.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Subscriptions one API key may own.</summary>
    public int MaxSubscriptionsPerKey { get; set; } = 100;

    /// <summary>Redirects followed per attempt, each checked like the first address.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>How often an idle subscription re-reads the alert log for anything its notifications missed.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(30);
}
