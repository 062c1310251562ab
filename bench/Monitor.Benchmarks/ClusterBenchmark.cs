using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Monitor.Abstractions;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// Measures the service as a cluster, as its clients see it: 1, 2 and 3 silos as processes of the
/// service on one real redis-server, a fresh Redis and a fresh cluster for each silo count. Statements
/// per second through POST /api/statements from several clients spread over the silos; the time from
/// the POST that acknowledged an alert's later statement to the alert arriving on a server-sent-event
/// stream; and, with the most silos, how long after one silo is killed with SIGKILL the grains that
/// lived on it answer again from the others. Orleans runs with the service's own settings.
/// </summary>
public static class ClusterBenchmark
{
    private static readonly TimeSpan AttemptDuringFailover = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PauseDuringFailover = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Contains("--telemetry")) return await TelemetryOverhead.RunAsync(args, cancellationToken);
        var siloCounts = OptionText(args, "--silos", "1,2,3").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, out var count) ? count : 0).ToArray();
        var settings = new Settings(
            Actors: Option(args, "--actors", 100),
            PerActor: Option(args, "--per-actor", 100),
            Rounds: Option(args, "--rounds", 3),
            Clients: Option(args, "--clients", 8),
            BatchSize: Option(args, "--batch", 10));
        var failovers = Option(args, "--failovers", 5);
        if (siloCounts.Length == 0 || siloCounts.Any(n => n is < 1 or > 9) || settings.Actors is < 1 or > 26 * 26 * 26 || settings.PerActor < 2
            || settings.Rounds is < 1 or > 26 * 26 || settings.Clients < 1 || settings.BatchSize is < 1 or > 1_000 || failovers < 0)
        {
            Console.Error.WriteLine("usage: cluster [--silos 1,2,3] [--actors 100] [--per-actor 100] [--rounds 3] [--failovers 5] [--clients 8] [--batch 10] [--json FILE]");
            return 2;
        }
        if (!File.Exists(ClusterSilo.ServiceDll))
        {
            Console.Error.WriteLine($"{ClusterSilo.ServiceDll} is missing: it comes with the Monitor.Silo project reference; build bench/Monitor.Benchmarks.");
            return 1;
        }

        var cores = Environment.ProcessorCount;
        Console.WriteLine($"Monitor cluster benchmark — {cores} cores; silos are processes of Monitor.Silo.dll on loopback with one redis-server (appendonly, appendfsync always); {(args.Length == 0 ? "defaults" : string.Join(" ", args))}");
        Console.WriteLine($"One {cores}-core host: silos share its CPU, so more silos cannot be faster here; the figures show the cost of distribution, not scale-out.");
        Console.WriteLine();
        Console.WriteLine($"Each silo count on a fresh Redis and a fresh cluster. Per round {settings.Actors} new actors × {settings.PerActor} statements = {settings.Actors * settings.PerActor:N0}, " +
            $"sent by {settings.Clients} clients in batches of {settings.BatchSize}, each request to the next silo in turn (round-robin, as a load balancer), " +
            $"timed from the first send to the last acknowledgement; median of {settings.Rounds} round(s) after a warm-up. Alert latency: from the acknowledgement of the POST " +
            "holding the alert's later statement to the event on silo 1's /api/alerts/stream, both taken here; the stream is woken by alerts raised on any silo " +
            "(on others through the alert feed relay) and polls the log every second as a fallback.");
        Console.WriteLine();

        var rows = new List<Row>();
        FailoverResult? failover = null;
        var failoverSilos = siloCounts.Max();
        foreach (var count in siloCounts)
        {
            await using var cluster = await BenchCluster.StartAsync(count, [], cancellationToken);
            Console.WriteLine($"{count} silo(s) started and members of one cluster in {cluster.StartTime.TotalSeconds:F1} s");
            var (row, lastActors) = await ThroughputAsync(cluster, settings, cancellationToken);
            rows.Add(row);
            PrintDetails(row);
            if (failover is null && failovers > 0 && count == failoverSilos && count >= 2)
                failover = await FailoverAsync(cluster, lastActors, failovers, cancellationToken);
        }

        Console.WriteLine();
        Console.WriteLine($"one {cores}-core host: silos share its CPU, so more silos cannot be faster here; the figures show the cost of distribution, not scale-out");
        Console.WriteLine("silos | statements/s | ratio to 1 silo | alert p50 ms | alert p99 ms | alerts | sent→alert p50 ms | p99 ms | others' CPU");
        Console.WriteLine("------+--------------+-----------------+--------------+--------------+--------+-------------------+--------+------------");
        var baseline = rows.FirstOrDefault(r => r.Silos == 1);
        foreach (var row in rows)
        {
            var rate = Median(row.Rates);
            var ratio = baseline is null ? "—" : (rate / Median(baseline.Rates)).ToString("F2");
            var p50 = row.Latencies.Count == 0 ? "—" : Percentile(row.Latencies, 0.5).ToString("F1");
            var p99 = row.Latencies.Count == 0 ? "—" : Percentile(row.Latencies, 0.99).ToString("F1");
            var sentP50 = row.FromSend.Count == 0 ? "—" : Percentile(row.FromSend, 0.5).ToString("F1");
            var sentP99 = row.FromSend.Count == 0 ? "—" : Percentile(row.FromSend, 0.99).ToString("F1");
            var others = row.Cpu.Count == 0 ? "—" : (row.Cpu.Sum(c => c.Others) / row.Cpu.Count).ToString("P0");
            Console.WriteLine($"{row.Silos,5} | {rate,12:N0} | {ratio,15} | {p50,12} | {p99,12} | {row.Latencies.Count,6:N0} | {sentP50,17} | {sentP99,6} | {others,11}");
        }
        Console.WriteLine("alert ms: from the answer to the POST holding the alert's later statement to the event on the stream, negative where the event arrived first; " +
            "sent→alert: from sending that POST. others' CPU: mean share of the host's CPU used by processes other than this benchmark, its silos and its Redis while sending.");
        if (failover is not null) PrintFailoverSummary(failover);
        else if (failovers > 0) Console.WriteLine($"failover: not measured (it needs at least 2 silos; --silos {string.Join(",", siloCounts)})");

        var figures = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["cores"] = cores };
        foreach (var row in rows) figures[$"statements_per_s_{row.Silos}_silos"] = Median(row.Rates);
        if (failover is { OnKilled.Count: > 0 })
        {
            figures[BenchJson.FailoverP99Seconds] = Percentile(failover.OnKilled, 0.99);
            figures["failover_p50_s"] = Percentile(failover.OnKilled, 0.5);
        }
        await BenchJson.WriteAsync(BenchJson.FileFrom(args), figures, cancellationToken);
        return 0;
    }

    private static async Task<(Row Row, IReadOnlyList<string> LastActors)> ThroughputAsync(BenchCluster cluster, Settings settings, CancellationToken cancellationToken)
    {
        var sender = new ClusterSender(cluster);
        await using var stream = await AlertStreamClient.ConnectAsync(cluster.Silos[0], cancellationToken);

        // Warm-up, not measured, as large as a round: the silos' code is compiled and their connections to Redis and to each other
        // open. Its alerts are awaited like a round's, so the first round does not share the host with the watchers' backlog.
        var warmup = BenchCorpus.Create("warm", settings.Actors, settings.PerActor, settings.BatchSize);
        await sender.PutActorsAsync(warmup.Actors, settings.Clients, cancellationToken);
        var warmupAcknowledged = new ConcurrentDictionary<string, Acknowledgement>(StringComparer.Ordinal);
        await sender.SendAsync(warmup, settings.Clients, warmupAcknowledged, cancellationToken);
        await SettleAsync(stream, warmupAcknowledged, warmup.ExpectedReversals, cancellationToken);
        cluster.Log.Clear();

        var row = new Row(cluster.Silos.Count);
        IReadOnlyList<string> actors = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            var corpus = BenchCorpus.Create($"round-{BenchCorpus.Letters(round, 2)}", settings.Actors, settings.PerActor, settings.BatchSize);
            await sender.PutActorsAsync(corpus.Actors, settings.Clients, cancellationToken);
            var acknowledged = new ConcurrentDictionary<string, Acknowledgement>(StringComparer.Ordinal);
            var cpu = HostCpu.Sample();
            var started = Stopwatch.GetTimestamp();
            await sender.SendAsync(corpus, settings.Clients, acknowledged, cancellationToken);
            row.Rates.Add(corpus.Count / Stopwatch.GetElapsedTime(started).TotalSeconds);
            if (HostCpu.Between(cpu, HostCpu.Sample()) is { } shares) row.Cpu.Add(shares);

            var alerts = await SettleAsync(stream, acknowledged, corpus.ExpectedReversals, cancellationToken);
            // The watcher of an actor and topic raises its alerts; the stream is woken at once only by alerts raised on its own silo.
            var watchers = await cluster.PlacementAsync("watcher", [.. alerts.Select(WatcherKey).Distinct()], cancellationToken);
            foreach (var alert in alerts)
            {
                var request = acknowledged[alert.LaterStatementId];
                var latency = Stopwatch.GetElapsedTime(request.AnsweredAt, alert.ReceivedAt).TotalMilliseconds;
                var fromSend = Stopwatch.GetElapsedTime(request.SentAt, alert.ReceivedAt).TotalMilliseconds;
                if (latency < 0) row.BeforeAcknowledgement++;
                row.Latencies.Add(latency);
                row.FromSend.Add(fromSend);
                if (!watchers.TryGetValue(WatcherKey(alert), out var raisedOn)) row.RaisedOnUnknown++;
                else (raisedOn == cluster.Silos[0] ? row.FromSendLocal : row.FromSendRemote).Add(fromSend);
            }
            row.MissingReversals += Math.Max(0, corpus.ExpectedReversals - alerts.Count(a => a.Kind == AlertKinds.StanceReversal));
            row.ExpectedReversals += corpus.ExpectedReversals;
            actors = corpus.Actors;
        }
        row.Retried = new Dictionary<string, int>(sender.Retried);
        row.StreamReconnects = stream.Reconnects;
        row.LogWarnings = cluster.Log.Warnings;
        row.LogErrors = cluster.Log.Errors;
        row.LogKinds = [.. cluster.Log.MostFrequent(3)];
        return (row, actors);
    }

    private static string WatcherKey(StreamedAlert alert) => $"{alert.Topic ?? "~"}:{alert.Actor}";

    /// <summary>
    /// The alerts on this round's statements, once at least the expected stance reversals have arrived and
    /// nothing new has come for two seconds (the stream polls other silos' alerts every second); at most a minute.
    /// </summary>
    internal static async Task<IReadOnlyList<StreamedAlert>> SettleAsync(AlertStreamClient stream, ConcurrentDictionary<string, Acknowledgement> acknowledged, int expectedReversals, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
        var stableSince = Stopwatch.GetTimestamp();
        var last = -1;
        while (true)
        {
            var alerts = stream.Snapshot().Where(a => acknowledged.ContainsKey(a.LaterStatementId)).ToArray();
            if (alerts.Length != last)
            {
                last = alerts.Length;
                stableSince = Stopwatch.GetTimestamp();
            }
            var quiet = Stopwatch.GetElapsedTime(stableSince) >= TimeSpan.FromSeconds(2);
            if (quiet && alerts.Count(a => a.Kind == AlertKinds.StanceReversal) >= expectedReversals) return alerts;
            if (Stopwatch.GetTimestamp() > deadline) return alerts;
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>
    /// Kills the silo holding the most of <paramref name="actors"/>' grains, then asks the surviving silos for
    /// every actor's latest statement until each answers 200; starts the silo again on its ports and waits
    /// until it is a member before the next kill.
    /// </summary>
    private static async Task<FailoverResult> FailoverAsync(BenchCluster cluster, IReadOnlyList<string> actors, int repetitions, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"Failover with {cluster.Silos.Count} silos, {repetitions} time(s): every actor of the last round read once so its grain is active; the silo holding the most of them " +
            $"(placement read from Orleans' management grain) killed with SIGKILL; then every actor's GET /api/actors/{{id}}/statements?limit=1 sent to the surviving silos in turn " +
            $"({AttemptDuringFailover.TotalSeconds:F0} s per try, {PauseDuringFailover.TotalMilliseconds:F0} ms between tries) until it answers 200; timed from the kill. " +
            "The killed silo is then started again on its ports, and the next kill waits until it is a member again.");
        var result = new FailoverResult(cluster.Silos.Count, repetitions);
        var sender = new ClusterSender(cluster);
        cluster.Log.Clear();
        for (var repetition = 1; repetition <= repetitions; repetition++)
        {
            foreach (var actor in actors)
            {
                using var touched = await sender.SendAsync(HttpMethod.Get, $"/api/actors/{actor}/statements?limit=1", null, cancellationToken);
            }
            var placement = await cluster.PlacementAsync("actor", actors, cancellationToken);
            var victim = placement.Count > 0
                ? placement.Values.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Number).First().Key
                : cluster.Silos[repetition % cluster.Silos.Count];
            var survivors = cluster.Silos.Where(s => s != victim).ToArray();

            var killedAt = Stopwatch.GetTimestamp();
            victim.Kill();
            var answered = await Task.WhenAll(actors.Select((actor, i) => UntilAnswersAsync(survivors, actor, i, killedAt, result.Answers, cancellationToken)));

            var onVictim = new List<double>();
            var elsewhere = new List<double>();
            var unplaced = 0;
            for (var i = 0; i < actors.Count; i++)
            {
                if (answered[i] is not { } seconds)
                {
                    result.Unanswered++;
                    continue;
                }
                if (!placement.TryGetValue(actors[i], out var home)) unplaced++;
                (home == victim ? onVictim : elsewhere).Add(seconds);
            }
            result.OnKilled.AddRange(onVictim);
            result.OnSurvivors.AddRange(elsewhere);

            var restarting = Stopwatch.GetTimestamp();
            await cluster.RestartAsync(victim, cancellationToken);
            var healthy = Stopwatch.GetElapsedTime(restarting);
            await cluster.WaitForActiveSilosAsync(cluster.Silos.Count, TimeSpan.FromMinutes(2), cancellationToken);
            var member = Stopwatch.GetElapsedTime(restarting);

            var held = placement.Count(p => p.Value == victim);
            Console.WriteLine($"  kill {repetition}: silo {victim.Number} held {held} of {actors.Count} actors' grains; " +
                (onVictim.Count > 0 ? $"they answered again after {onVictim.Min():F1}–{onVictim.Max():F1} s (p50 {Percentile(onVictim, 0.5):F1} s); " : "") +
                (elsewhere.Count > 0 ? $"the other {elsewhere.Count} within {elsewhere.Max():F2} s; " : "") +
                (unplaced > 0 ? $"{unplaced} of unknown placement counted with the others; " : "") +
                (answered.Any(a => a is null) ? $"{answered.Count(a => a is null)} never answered within {FailoverLimit.TotalMinutes:F0} min; " : "") +
                $"restarted: healthy after {healthy.TotalSeconds:F1} s, a member after {member.TotalSeconds:F1} s");
        }
        result.LogWarnings = cluster.Log.Warnings;
        result.LogErrors = cluster.Log.Errors;
        result.LogKinds = [.. cluster.Log.MostFrequent(4)];
        return result;
    }

    /// <summary>Seconds from the kill until this actor answered 200 from a surviving silo; null if it never did within the limit.</summary>
    private static async Task<double?> UntilAnswersAsync(ClusterSilo[] survivors, string actor, int offset, long killedAt, ConcurrentDictionary<string, int> answers, CancellationToken cancellationToken)
    {
        for (var attempt = 0; Stopwatch.GetElapsedTime(killedAt) < FailoverLimit; attempt++)
        {
            var silo = survivors[(offset + attempt) % survivors.Length];
            string outcome;
            try
            {
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bounded.CancelAfter(AttemptDuringFailover);
                using var response = await silo.Client.GetAsync($"/api/actors/{actor}/statements?limit=1", bounded.Token);
                if (response.StatusCode == HttpStatusCode.OK) return Stopwatch.GetElapsedTime(killedAt).TotalSeconds;
                outcome = ((int)response.StatusCode).ToString();
            }
            catch (HttpRequestException)
            {
                outcome = "connection error";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = $"no answer in {AttemptDuringFailover.TotalSeconds:F0} s";
            }
            answers.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            await Task.Delay(PauseDuringFailover, cancellationToken);
        }
        return null;
    }

    private static void PrintDetails(Row row)
    {
        Console.WriteLine($"  statements/s by round: {string.Join(", ", row.Rates.Select(r => r.ToString("N0")))}; median {Median(row.Rates):N0}");
        Console.WriteLine($"  alerts on the stream: {row.Latencies.Count:N0} (stance reversals expected at least {row.ExpectedReversals:N0}" +
            (row.MissingReversals > 0 ? $", {row.MissingReversals:N0} did not arrive within a minute" : "") + ")" +
            (row.Latencies.Count > 0
                ? $"; from the POST's answer: p50 {Percentile(row.Latencies, 0.5):F1} ms, p99 {Percentile(row.Latencies, 0.99):F1} ms, max {row.Latencies.Max():F1} ms, " +
                  $"{row.BeforeAcknowledgement:N0} arrived before it (negative); from the POST's send: p50 {Percentile(row.FromSend, 0.5):F1} ms, p99 {Percentile(row.FromSend, 0.99):F1} ms"
                : ""));
        if (row.Silos > 1)
            Console.WriteLine($"  sent→alert by where the alert was raised (its watcher's silo): on silo 1, the stream's own: {Spread(row.FromSendLocal)}; " +
                $"on the other silos: {Spread(row.FromSendRemote)}" + (row.RaisedOnUnknown > 0 ? $"; watcher no longer active for {row.RaisedOnUnknown}" : ""));
        if (row.Cpu.Count > 0)
            Console.WriteLine($"  host CPU while sending, by round: busy {string.Join(", ", row.Cpu.Select(c => c.Busy.ToString("P0")))}; " +
                $"of it used by processes other than this benchmark, its silos and its Redis: {string.Join(", ", row.Cpu.Select(c => c.Others.ToString("P0")))}");
        Console.WriteLine($"  requests sent again: {Describe(row.Retried)}; stream reconnects: {row.StreamReconnects}; " +
            $"service log: {row.LogWarnings} warning(s), {row.LogErrors} error(s){LogSample(row.LogKinds)}");
    }

    private static void PrintFailoverSummary(FailoverResult failover)
    {
        Console.WriteLine();
        Console.WriteLine($"failover ({failover.Silos} silos, {failover.Repetitions} SIGKILLs; seconds from the kill until an actor's grain answers 200 from a surviving silo):");
        if (failover.OnKilled.Count > 0)
            Console.WriteLine($"  grains that lived on the killed silo: p50 {Percentile(failover.OnKilled, 0.5):F1} s, p99 {Percentile(failover.OnKilled, 0.99):F1} s, " +
                $"max {failover.OnKilled.Max():F1} s over {failover.OnKilled.Count} actor-kills");
        if (failover.OnSurvivors.Count > 0)
            Console.WriteLine($"  grains on the surviving silos:        p50 {Percentile(failover.OnSurvivors, 0.5):F2} s, p99 {Percentile(failover.OnSurvivors, 0.99):F2} s, " +
                $"max {failover.OnSurvivors.Max():F2} s over {failover.OnSurvivors.Count} actor-kills");
        if (failover.Unanswered > 0) Console.WriteLine($"  never answered within {FailoverLimit.TotalMinutes:F0} minutes: {failover.Unanswered}");
        Console.WriteLine($"  answers other than 200 while failing over: {Describe(failover.Answers)}");
        Console.WriteLine($"  service log during the failovers: {failover.LogWarnings} warning(s), {failover.LogErrors} error(s){LogSample(failover.LogKinds)}");
    }

    private static string Spread(IReadOnlyList<double> milliseconds) =>
        milliseconds.Count == 0 ? "none" : $"{milliseconds.Count:N0} alerts, p50 {Percentile(milliseconds, 0.5):F1} ms, p99 {Percentile(milliseconds, 0.99):F1} ms";

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} × {c.Value:N0}"));

    private static string LogSample(IReadOnlyList<(string Kind, int Count)> kinds) =>
        kinds.Count == 0 ? "" : "; most frequent:" + string.Concat(kinds.Select(k => $"{Environment.NewLine}    {k.Count,6:N0} × {k.Kind}"));

    private sealed record Settings(int Actors, int PerActor, int Rounds, int Clients, int BatchSize);

    private sealed class Row(int silos)
    {
        public int Silos { get; } = silos;
        public List<double> Rates { get; } = [];
        /// <summary>Milliseconds from the answer to the POST holding the later statement to the event; negative when the event came first.</summary>
        public List<double> Latencies { get; } = [];
        /// <summary>Milliseconds from sending that POST to the event.</summary>
        public List<double> FromSend { get; } = [];
        public List<double> FromSendLocal { get; } = [];
        public List<double> FromSendRemote { get; } = [];
        public int RaisedOnUnknown { get; set; }
        /// <summary>Per round: share of the host's CPU busy, and share used by other processes.</summary>
        public List<(double Busy, double Others)> Cpu { get; } = [];
        public int BeforeAcknowledgement { get; set; }
        public int ExpectedReversals { get; set; }
        public int MissingReversals { get; set; }
        public IReadOnlyDictionary<string, int> Retried { get; set; } = new Dictionary<string, int>();
        public int StreamReconnects { get; set; }
        public int LogWarnings { get; set; }
        public int LogErrors { get; set; }
        public IReadOnlyList<(string Kind, int Count)> LogKinds { get; set; } = [];
    }

    private sealed class FailoverResult(int silos, int repetitions)
    {
        public int Silos { get; } = silos;
        public int Repetitions { get; } = repetitions;
        public List<double> OnKilled { get; } = [];
        public List<double> OnSurvivors { get; } = [];
        public int Unanswered { get; set; }
        public ConcurrentDictionary<string, int> Answers { get; } = new();
        public int LogWarnings { get; set; }
        public int LogErrors { get; set; }
        public IReadOnlyList<(string Kind, int Count)> LogKinds { get; set; } = [];
    }
}
