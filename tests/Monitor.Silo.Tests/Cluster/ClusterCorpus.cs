using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>
/// Many actors, each with a history that turns: on every topic an actor first supports a plan and later
/// opposes it, so the corpus raises at least one stance reversal per actor and topic. Texts carry no
/// numbers (a number would be a claim of its own) and every statement has a stable id, so a retried
/// request is the same request.
/// </summary>
public sealed class ClusterCorpus
{
    private static readonly string[] Topics = ["tariffs", "fisheries", "airspace", "vaccines", "satellites"];
    private static readonly string[] Manners = ["firmly", "openly", "again", "clearly", "loudly", "quietly", "plainly", "warmly", "flatly", "calmly"];

    public ClusterCorpus(int actors, int statementsPerActor)
    {
        ActorIds = [.. Enumerable.Range(0, actors).Select(a => $"state-{Letters(a)}")];
        PerActor = ActorIds.ToDictionary(id => id, id => Enumerable.Range(0, statementsPerActor).Select(i => Make(id, i, statementsPerActor)).ToArray());
    }

    public IReadOnlyList<string> ActorIds { get; }

    /// <summary>Each actor's statements in the order they are sent (the order that decides alerts).</summary>
    public IReadOnlyDictionary<string, object[]> PerActor { get; }

    public int Count => PerActor.Values.Sum(s => s.Length);

    public static int TopicCount => Topics.Length;

    public static object Actor(string id) => new { id, name = $"State {id[6..].ToUpperInvariant()}", aliases = new[] { $"State {id[6..].ToUpperInvariant()}" } };

    public static string IdOf(object statement) => (string)((Dictionary<string, object?>)statement)["id"]!;

    private static object Make(string actor, int i, int count)
    {
        var topic = Topics[i % Topics.Length];
        var turn = i >= count / 2;
        var manner = Manners[i / Topics.Length % Manners.Length];
        var verb = turn ? "opposes" : "supports";
        var day = DateTimeOffset.Parse("2024-01-01T00:00:00Z").AddHours(i * 7);
        return Statement($"{actor}-s{i:D4}", actor, $"The government {manner} {verb} the {topic} plan.", day.ToString("O"), topic, turn ? "oppose" : "support");
    }

    // Actor ids without digits, so no id reads as a quantity anywhere.
    private static string Letters(int n) => $"{(char)('a' + n / 26 % 26)}{(char)('a' + n % 26)}";
}
