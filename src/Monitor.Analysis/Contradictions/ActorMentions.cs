using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Which tracked actors a text names, by id, name or alias as whole words ("Beijing" → china).
/// Also knows every word that only names an actor, so those words are not taken for what a claim is about.
/// </summary>
public sealed class ActorMentions
{
    private readonly (string ActorId, string[] Words)[] _names;

    public ActorMentions(IEnumerable<ActorDefinition> actors)
    {
        _names = actors
            .SelectMany(a => new[] { a.Id, a.Name }.Concat(a.Aliases).Select(alias => (a.Id, Words: ClaimKey.Words(alias).ToArray())))
            .Where(n => n.Words.Length > 0)
            .DistinctBy(n => (n.Id, string.Join(' ', n.Words)))
            .ToArray();
        NameWords = _names.SelectMany(n => n.Words).Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Stems of every word in an actor's id, name or aliases.</summary>
    public IReadOnlySet<string> NameWords { get; }

    /// <summary>The actors Monitor ships with, so reports about them are recognised without configuration.</summary>
    public static IReadOnlyList<ActorDefinition> ShippedActors { get; } =
    [
        new("china", "China", ["China", "Beijing", "Chinese government", "Chinese foreign ministry", "PRC"], []),
        new("nato", "NATO", ["NATO", "North Atlantic Treaty Organization", "the alliance", "Atlantic alliance"], []),
        new("japan", "Japan", ["Japan", "Tokyo", "Japanese government", "Japanese foreign ministry"], []),
    ];

    public IReadOnlyList<string> In(string text)
    {
        var words = ClaimKey.Words(text).ToArray();
        var found = new List<string>();
        foreach (var (actorId, name) in _names)
        {
            if (found.Contains(actorId)) continue;
            for (var i = 0; i + name.Length <= words.Length; i++)
            {
                if (!words.AsSpan(i, name.Length).SequenceEqual(name)) continue;
                found.Add(actorId);
                break;
            }
        }
        return found.Order(StringComparer.Ordinal).ToArray();
    }
}
