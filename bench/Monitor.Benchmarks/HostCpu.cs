namespace Monitor.Benchmarks;

/// <summary>
/// How busy the host's CPUs were, and how much of that was this benchmark (itself and every process it
/// started: silos, Redis), from /proc. On a shared machine the rest is someone else's load, which the
/// figures should be read against. Where /proc is missing the samples are empty and nothing is said.
/// </summary>
public readonly record struct HostCpu(long Total, long Busy, long Ours)
{
    public static HostCpu Sample()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
            var total = cpu.Sum();
            var busy = total - cpu[3] - cpu[4];
            return new HostCpu(total, busy, OursTicks());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary>Shares of the host's CPU time between two samples: everything busy, and the part of it that was not this benchmark.</summary>
    public static (double Busy, double Others)? Between(HostCpu from, HostCpu to)
    {
        var total = to.Total - from.Total;
        if (from.Total == 0 || total <= 0) return null;
        var busy = (double)(to.Busy - from.Busy) / total;
        var others = Math.Max(0, (double)(to.Busy - from.Busy - (to.Ours - from.Ours)) / total);
        return (busy, others);
    }

    /// <summary>User and system ticks of this process and all its descendants.</summary>
    private static long OursTicks()
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(directory, "stat")); }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException) { continue; }
            // After the command name in parentheses: state, ppid, … utime (12th), stime (13th).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length < 13 || !int.TryParse(fields[1], out var parent)) continue;
            parents[pid] = parent;
            ticks[pid] = long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        var self = Environment.ProcessId;
        long sum = 0;
        foreach (var (pid, used) in ticks)
        {
            var current = pid;
            for (var depth = 0; depth < 64 && current > 1; depth++)
            {
                if (current == self)
                {
                    sum += used;
                    break;
                }
                if (!parents.TryGetValue(current, out current)) break;
            }
        }
        return sum;
    }
}
