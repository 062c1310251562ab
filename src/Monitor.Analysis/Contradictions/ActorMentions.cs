using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Which tracked actors a text names, by id, name or alias as whole words ("Beijing" → china).
/// Also knows every word that only names an actor, so those words are not taken for what a claim is about.
/// </summary>
public sealed class ActorMentions
{
    private volatile Snapshot _current;

    public ActorMentions(IEnumerable<ActorDefinition> actors) => _current = Snapshot.Of(actors, 0);

    /// <summary>Stems of every word in an actor's id, name or aliases.</summary>
    public IReadOnlySet<string> NameWords => _current.NameWords;

    /// <summary>Changes each time the actors are replaced, so what was worked out from the old names can be dropped.</summary>
    public int Version => _current.Version;

    /// <summary>
    /// Takes the registry as it is now: actors added at run time (by the API or a replay) are recognised in
    /// reports from then on. Replacing with the same actors changes nothing.
    /// </summary>
    public void Replace(IEnumerable<ActorDefinition> actors)
    {
        var current = _current;
        var next = Snapshot.Of(actors, current.Version + 1);
        if (next.SameNames(current)) return;
        _current = next;
    }

    /// <summary>Whether the actor is tracked now.</summary>
    public bool IsTracked(string actorId) => _current.WordsByActor.ContainsKey(actorId);

    /// <summary>Stems of the words that name one actor ("united", "kingdom", "britain"); empty for an unknown id.</summary>
    public IReadOnlySet<string> WordsOf(string actorId) =>
        _current.WordsByActor.TryGetValue(actorId, out var words) ? words : EmptyWords;

    private static readonly IReadOnlySet<string> EmptyWords = new HashSet<string>();

    private sealed record Snapshot((string ActorId, string[] Words)[] Names, (string ActorId, string[] Words)[] People, IReadOnlySet<string> NameWords, int Version)
    {
        public IReadOnlyDictionary<string, IReadOnlySet<string>> WordsByActor { get; } = Names
            .GroupBy(n => n.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(n => n.Words).Select(WordStem.Of).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public static Snapshot Of(IEnumerable<ActorDefinition> actors, int version)
        {
            var list = actors.ToArray();
            // "a Russian plan" names Russia as much as "Moscow" does.
            var demonyms = Demonyms.All
                .Select(d => (d.Adjective, Owner: list.FirstOrDefault(a => a.Name.Equals(d.Country, StringComparison.OrdinalIgnoreCase)
                    || a.Aliases.Any(alias => alias.Equals(d.Country, StringComparison.OrdinalIgnoreCase)))))
                .Where(d => d.Owner is not null)
                .Select(d => (d.Owner!.Id, Words: ClaimKey.Words(d.Adjective).ToArray()));
            var names = list
                .SelectMany(a => new[] { a.Id, a.Name }.Concat(a.Aliases).Select(alias => (a.Id, Words: ClaimKey.Words(alias).ToArray())))
                .Concat(demonyms)
                .Where(n => n.Words.Length > 0)
                .DistinctBy(n => (n.Id, string.Join(' ', n.Words)))
                .ToArray();
            var people = list
                .SelectMany(a => a.Speakers.SelectMany(PersonNames).Select(words => (a.Id, Words: words)))
                .DistinctBy(n => (n.Id, string.Join(' ', n.Words)))
                .ToArray();
            var nameWords = names.Concat(people).SelectMany(n => n.Words).Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);
            var surnames = list
                .SelectMany(a => a.Speakers.Select(p => (a.Id, Surname: p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")))
                .Where(p => p.Surname.Length >= 3 && char.IsUpper(p.Surname[0]) && !Extraction.Lexicon.MonthSet.Contains(p.Surname))
                .Distinct()
                .ToArray();
            return new Snapshot(names, people, nameWords, version) { Surnames = surnames };
        }

        /// <summary>"a letter from Jane Doe": a report naming one of an actor's people by full name names the actor.</summary>
        private static IEnumerable<string[]> PersonNames(SpeakerDefinition speaker)
        {
            var words = ClaimKey.Words(speaker.Name).ToArray();
            if (words.Length > 1) yield return words;
        }

        /// <summary>
        /// "Doe's decree": the surname alone, as written, names the person too, except where it is also a month
        /// ("May") or shorter than three letters. Matched with its capital and never opening a sentence, so "Rice prices rose"
        /// names no one called Rice.
        /// </summary>
        public (string ActorId, string Surname)[] Surnames { get; init; } = [];

        public bool SameNames(Snapshot other) => Same(Names, other.Names) && Same(People, other.People) && Surnames.SequenceEqual(other.Surnames);

        private static bool Same((string ActorId, string[] Words)[] a, (string ActorId, string[] Words)[] b) =>
            a.Length == b.Length && a.Zip(b).All(p => p.First.ActorId == p.Second.ActorId && p.First.Words.SequenceEqual(p.Second.Words));
    }

    /// <summary>The actors Monitor ships with, so reports about them are recognised without configuration.</summary>
    public static IReadOnlyList<ActorDefinition> ShippedActors { get; } =
    [
        new("china", "China", ["China", "Beijing", "Chinese government", "Chinese foreign ministry", "PRC"], []),
        new("nato", "NATO", ["NATO", "North Atlantic Treaty Organization", "the alliance", "Atlantic alliance"], []),
        new("japan", "Japan", ["Japan", "Tokyo", "Japanese government", "Japanese foreign ministry"], []),
    ];

    /// <param name="people">
    /// Whether an actor's configured people name it too ("the president's decree" in a report naming him): for what an outlet reports,
    /// not for what one actor says of another's leader, which is no claim about that actor's own acts.
    /// </param>
    public IReadOnlyList<string> In(string text, bool people = false)
    {
        // "Saudi Arabia's consulate" names Saudi Arabia.
        var words = ClaimKey.Words(text).Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w).ToArray();
        var found = new List<string>();
        var current = _current;
        foreach (var (actorId, name) in people ? current.Names.Concat(current.People) : current.Names)
        {
            if (found.Contains(actorId)) continue;
            for (var i = 0; i + name.Length <= words.Length; i++)
            {
                if (!words.AsSpan(i, name.Length).SequenceEqual(name)) continue;
                found.Add(actorId);
                break;
            }
        }
        if (people)
        {
            foreach (var (actorId, surname) in current.Surnames)
                if (!found.Contains(actorId) && NamesMidSentence(text, surname)) found.Add(actorId);
        }
        return found.Order(StringComparer.Ordinal).ToArray();
    }

    private static bool NamesMidSentence(string text, string surname)
    {
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetter(text[end])) continue;
            var before = text[..at].TrimEnd();
            if (before.Length == 0 || before[^1] is '.' or '!' or '?' or '"' or '\u201c') continue;
            return true;
        }
        return false;
    }
}
