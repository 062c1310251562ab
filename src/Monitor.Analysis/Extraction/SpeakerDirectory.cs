using Monitor.Abstractions;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// The configured actors indexed for mention lookup: every alias and name (longest first, so
/// "the Chinese foreign ministry" beats "China"), every speaker by full name and surname, and the
/// adjectives ("Chinese", "Japanese") that tie an official's title to a country.
/// </summary>
internal sealed class SpeakerDirectory
{
    public SpeakerDirectory(IReadOnlyList<ActorDefinition> actors)
    {
        var names = new List<(string Phrase, string Actor)>();
        foreach (var actor in actors)
        {
            names.Add((actor.Name, actor.Id));
            names.AddRange(actor.Aliases.Select(alias => (alias, actor.Id)));
        }
        foreach (var (adjective, country) in Text.Demonyms.All)
        {
            var owner = actors.FirstOrDefault(a => a.Name.Equals(country, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Any(alias => alias.Equals(country, StringComparison.OrdinalIgnoreCase)));
            if (owner is not null) DemonymActors.Add((adjective, owner.Id));
        }
        Aliases = names
            .Where(n => !string.IsNullOrWhiteSpace(n.Phrase))
            .Select(n => (n.Phrase.Trim(), n.Actor))
            .OrderByDescending(n => n.Item1.Length)
            .ThenBy(n => n.Item1, StringComparer.Ordinal)
            .ToList();
        foreach (var (alias, actor) in Aliases)
            if (!alias.Contains(' ', StringComparison.Ordinal)) AliasWords.TryAdd(alias, actor);
        People = actors
            .SelectMany(actor => actor.Speakers.Select(speaker => new ConfiguredPerson(actor.Id, speaker, Surname(speaker.Name))))
            .ToList();
    }

    public List<(string Phrase, string Actor)> Aliases { get; }

    public List<(string Adjective, string Actor)> DemonymActors { get; } = [];

    /// <summary>Single-word aliases, for checking one word at a time.</summary>
    public Dictionary<string, string> AliasWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the word alone is an alias or a country adjective ("Beijing", "Chinese").</summary>
    public bool IsActorWord(string word)
    {
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
        return AliasWords.ContainsKey(bare) || DemonymActors.Any(d => d.Adjective.Equals(bare, StringComparison.Ordinal));
    }

    public List<ConfiguredPerson> People { get; }

    public static string Surname(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[^1];
    }

    /// <summary>The actor whose longest alias occurs in the phrase as whole words.</summary>
    public string? ActorByAlias(string phrase)
    {
        foreach (var (alias, actor) in Aliases)
            if (ContainsWords(phrase, alias, caseSensitive: IsAcronym(alias))) return actor;
        // "Thailand's army" for an actor known as the "Thai army".
        var adjectival = Text.Demonyms.AdjectivalForm(phrase);
        return adjectival == phrase ? null : ActorByAlias(adjectival);
    }

    /// <summary>The longest alias of several words the phrase holds, with its actor ("the Agency for Food Safety and Hygiene").</summary>
    public (string Alias, string Actor)? LongAliasIn(string phrase)
    {
        (string Alias, string Actor)? best = null;
        foreach (var (alias, actor) in Aliases)
        {
            if (!alias.Contains(' ', StringComparison.Ordinal) || best is { } b && b.Alias.Length >= alias.Length) continue;
            if (ContainsWords(phrase, alias)) best = (alias, actor);
        }
        return best;
    }

    /// <summary>The actor a country adjective in the phrase points at ("Japanese Foreign Minister").</summary>
    public string? ActorByDemonym(string phrase)
    {
        foreach (var (adjective, actor) in DemonymActors)
            if (ContainsWords(phrase, adjective, caseSensitive: true)) return actor;
        return null;
    }

    private static bool IsAcronym(string alias) => alias.Length <= 5 && alias.All(c => char.IsUpper(c) || c == '.');

    public static bool ContainsWords(string haystack, string needle, bool caseSensitive = false) =>
        IndexOfWords(haystack, needle, caseSensitive) >= 0;

    /// <summary>Where <paramref name="needle"/> first occurs in <paramref name="haystack"/> as whole words, or -1.</summary>
    public static int IndexOfWords(string haystack, string needle, bool caseSensitive = false)
    {
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var from = 0;
        while (true)
        {
            var at = haystack.IndexOf(needle, from, comparison);
            if (at < 0) return -1;
            var end = at + needle.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            // An apostrophe ends the word, so "China's" contains "China".
            var endOk = end >= haystack.Length || !char.IsLetterOrDigit(haystack[end]);
            if (startOk && endOk) return at;
            from = at + 1;
        }
    }
}
