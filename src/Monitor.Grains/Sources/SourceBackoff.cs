using Microsoft.Extensions.Options;

namespace Monitor.Grains.Sources;

/// <summary>
/// How long a failing source waits before its next poll: the first retry delay, doubled with each further
/// consecutive failure up to the cap, each stretched or shrunk by up to 20% so sources failing together
/// (one outlet down) do not come back in lockstep. The random source is given, so tests can fix it.
/// </summary>
public sealed class SourceBackoff(IOptions<SourceOptions> options, Random random)
{
    public TimeSpan After(int consecutiveFailures)
    {
        var o = options.Value;
        var exponential = o.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(consecutiveFailures - 1, 0, 30));
        var capped = Math.Min(exponential, o.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + random.NextDouble() * 0.4));
    }
}
