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
        GenericAliases = Aliases
            .GroupBy(a => a.Phrase, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Alias: g.Key, Owners: (IReadOnlyList<string>)g.Select(a => a.Actor).Distinct(StringComparer.Ordinal).ToList()))
            .Where(g => g.Owners.Count > 1 || IsCommonNounPhrase(g.Alias))
            .ToDictionary(g => g.Alias, g => g.Owners, StringComparer.OrdinalIgnoreCase);
        States = actors
            .Where(a => DemonymActors.Any(d => d.Actor == a.Id) || a.Aliases.Any(alias => ContainsWords(alias, "government")))
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        Businesses = actors
            .Where(a => !States.Contains(a.Id) && a.Aliases.Append(a.Name).Any(IsBusinessName))
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        stateNames = actors.Where(a => States.Contains(a.Id)).Select(a => a.Name)
            .Concat(Text.Demonyms.All.Select(d => d.Country))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Aliases any state or firm could have ("police", "health ministry", "the Treasury", "presidency"), with the actors
    /// configured with each: a reader gives them to whichever of those actors the article is about, not to the first one.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GenericAliases { get; }

    /// <summary>Actors that are states: a country's name or adjective is theirs, or they are known as a government.</summary>
    public IReadOnlySet<string> States { get; }

    /// <summary>Actors that are businesses: known by a company's legal suffix ("Theranos Inc") or a trade ("electric carmaker").</summary>
    public IReadOnlySet<string> Businesses { get; }

    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "Corporation", "AG", "plc", "PLC", "Ltd", "Ltd.", "SA", "S.A.", "SE", "NV", "N.V.",
        "LLC", "Holdings", "GmbH", "ASA", "AB", "Oyj", "SpA", "S.p.A.",
    };

    /// <summary>Whether the actor is known by a company's name too: a state's own corporation, a business itself.</summary>
    public bool OwnsBusiness(string actor) => Aliases.Any(a => a.Actor == actor && IsBusinessName(a.Phrase));

    /// <summary>Last words of a name that say what a company trades in: "Cathay Pacific Airways", "Nissan Motors".</summary>
    private static readonly HashSet<string> TradeSuffixes = new(StringComparer.Ordinal)
    {
        "Airways", "Airlines", "Motors", "Pharmaceuticals", "Petroleum", "Railway", "Railroad", "Bancorp", "Telecom",
    };

    private static bool IsBusinessName(string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && (LegalSuffixes.Contains(words[^1]) || TradeSuffixes.Contains(words[^1])) || words.Any(w => Lexicon.BusinessNouns.Contains(w));
    }

    /// <summary>Words that qualify an office without naming whose it is ("Home Ministry", "National Treasury").</summary>
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "for", "and", "health", "home", "defence", "defense", "finance", "interior", "foreign", "environment", "national",
        "federal", "justice", "transport", "trade", "economy", "agriculture", "education", "energy", "central", "presidential",
        "railways", "maritime", "aviation", "civil", "security", "public", "attorney", "general", "general's", "armed", "forces",
        "prime", "minister's", "president's", "electoral", "election", "supreme", "information", "communications", "industry",
    };

    /// <summary>An alias written all in lower case, or made only of office nouns and portfolio words.</summary>
    private static bool IsCommonNounPhrase(string alias)
    {
        if (!alias.Any(char.IsUpper)) return true;
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => PortfolioWords.Contains(w) || Lexicon.OrgNouns.Contains(w) || Lexicon.PersonNouns.Contains(w))
               && !words.All(PortfolioWords.Contains);
    }

    /// <summary>
    /// The actors a passage names in a way no other actor shares: a name, an alias of its own, a country adjective
    /// ("Sri Lankan"), or one of its people in full.
    /// </summary>
    public IReadOnlyList<string> DistinctActorsIn(string text)
    {
        var found = new List<string>();
        foreach (var (alias, actor) in Aliases)
            if (!found.Contains(actor) && !GenericAliases.ContainsKey(alias) && ContainsWords(text, alias, caseSensitive: IsAcronym(alias))) found.Add(actor);
        foreach (var (adjective, actor) in DemonymActors)
            if (!found.Contains(actor) && ContainsWords(text, adjective, caseSensitive: true)) found.Add(actor);
        foreach (var person in People)
            if (!found.Contains(person.Actor) && ContainsWords(text, person.Definition.Name)) found.Add(person.Actor);
        return found;
    }

    public List<(string Phrase, string Actor)> Aliases { get; }

    /// <summary>Whether a mention is a country's own name ("the United States", a tracked state's name), which no business goes by.</summary>
    public bool IsStateName(string mention)
    {
        var name = mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention[4..] : mention;
        return stateNames.Contains(name);
    }

    /// <summary>Tracked states' names and every country the demonym table knows.</summary>
    private readonly HashSet<string> stateNames;

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
    public string? ActorByAlias(string phrase) => AliasIn(phrase)?.Actor;

    /// <summary>The longest alias that occurs in the phrase as whole words, with its actor.</summary>
    public (string Alias, string Actor)? AliasIn(string phrase)
    {
        foreach (var (alias, actor) in Aliases)
            if (ContainsWords(phrase, alias, caseSensitive: IsAcronym(alias))) return (alias, actor);
        // "Thailand's army" for an actor known as the "Thai army".
        var adjectival = Text.Demonyms.AdjectivalForm(phrase);
        return adjectival == phrase ? null : AliasIn(adjectival);
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
