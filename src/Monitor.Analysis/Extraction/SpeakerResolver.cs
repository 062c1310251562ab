using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Resolves speaker mentions to actors for one article, remembering who has spoken so far. The
/// order of the rules matters: pronouns and role nouns ("the spokeswoman") point back at earlier
/// speakers; configured people win over titles, and a person speaks for an actor only on days
/// their role holds (so a former secretary general speaks for no one); media outlets and reports
/// speak for themselves, never for the actor they report on; then aliases, capitals and country
/// adjectives with an official title stand for the actor; anything else is kept as written.
/// </summary>
/// <param name="actorsNamedIn">The tracked actors a span of the article names, read only when a bare body needs them.</param>
internal sealed partial class SpeakerResolver(SpeakerDirectory directory, Func<(int Start, int End), IReadOnlyList<string>>? actorsNamedIn = null)
{
    private readonly List<ResolvedSpeaker> history = [];

    /// <summary>Tracked actors the article has named so far, spoken or not, in the order first named.</summary>
    private readonly List<string> named = [];

    /// <summary>Spans read but not yet searched for actors' names: most articles never need them.</summary>
    private readonly List<(int Start, int End)> unread = [];

    /// <summary>The unit whose attributions are being resolved: unnamed officialdom in it may be of the actor it names.</summary>
    private (int Start, int End)? reading;

    /// <summary>Notes a unit read, whose actors a later bare body ("the central bank") may be known by.</summary>
    public void NoteRead(int start, int end) => unread.Add((start, end));

    /// <summary>Notes the unit about to be resolved.</summary>
    public void NoteReading(int start, int end) => reading = (start, end);

    /// <summary>Where in the unit being read the speaker about to be resolved is named.</summary>
    private int? speakerAt;

    /// <summary>Notes where the next speaker mention starts: what the unit names after it was not yet in play for it.</summary>
    public void NoteSpeakerAt(int start) => speakerAt = start;

    private List<string> Named()
    {
        if (actorsNamedIn is null) return named;
        foreach (var span in unread)
            foreach (var actor in actorsNamedIn(span))
                if (!named.Contains(actor, StringComparer.Ordinal)) named.Add(actor);
        unread.Clear();
        return named;
    }

    /// <summary>The most recent speaker, for a quote that carries on without a new attribution.</summary>
    public ResolvedSpeaker? Last => history.Count == 0 ? null : history[^1];

    public void Remember(ResolvedSpeaker speaker) => history.Add(speaker);

    /// <summary>
    /// Records configured people named in a passage where nobody speaks, as candidates for later references. A person
    /// already met in the article counts by surname too ("Varga moved to calm investors"), and the person named first
    /// (the passage's subject) becomes the most recent, so "…, he said" in the next sentence is that person.
    /// </summary>
    public void NoteMentions(string passage, DateOnly day)
    {
        var named = new List<(int At, ConfiguredPerson Person)>();
        foreach (var person in directory.People)
        {
            var at = SpeakerDirectory.IndexOfWords(passage, person.Definition.Name);
            if (at < 0 && history.Any(h => h.Speaker.Equals(person.Definition.Name, StringComparison.OrdinalIgnoreCase)))
                at = SpeakerDirectory.IndexOfWords(passage, person.Surname, caseSensitive: true);
            if (at >= 0 && !named.Any(n => n.Person.Definition.Name.Equals(person.Definition.Name, StringComparison.OrdinalIgnoreCase)))
                named.Add((at, person));
        }
        foreach (var (_, person) in named.OrderByDescending(n => n.At))
        {
            var name = person.Definition.Name;
            // Someone met before keeps the actor they were read as (a name configured under two actors stays with the one it had).
            var met = history.LastOrDefault(h => h.Speaker.Equals(name, StringComparison.OrdinalIgnoreCase));
            history.RemoveAll(h => h.Speaker.Equals(name, StringComparison.OrdinalIgnoreCase) && h.Rule == "mentioned");
            // Named without speaking, one who holds several roles that day is taken for their own actor, not for whichever
            // organisation was configured first: what they say later names the organisation when it is the one speaking.
            var holding = OwnRoleOn(name, day) ?? (person.Definition.HoldsOn(day) ? person : null);
            history.Add(met is not null
                ? met with { Rule = "mentioned" }
                : new ResolvedSpeaker(holding?.Actor, name, SpeakerKind.Person, false, "mentioned") { Role = (holding ?? person).Definition.Role });
        }
    }

    /// <param name="content">What the speaker said, when known: "the country's food secretary" is an official of the country it names.</param>
    public ResolvedSpeaker Resolve(string mention, DateOnly day, string cue, string? content = null)
    {
        var text = Normalised(mention);
        var words = Words(text);
        // "An official in charge of the talks", "a diplomat who asked not to be named": who speaks is the noun described.
        if (Undescribed(words) is { } described) return Resolve(string.Join(' ', described), day, cue, content);
        if (words.Count == 1 && Lexicon.Pronouns.Contains(words[0])) return ResolvePronoun(words[0], text);
        // "The country's foreign ministry", "a spokesman for the country's atomic energy agency": the state the content names.
        var referent = words.FindIndex(w => CountryReferents.Contains(w.Replace('\u2019', '\'')));
        if (content is not null && referent >= 1 && words[referent - 1].Equals("the", StringComparison.OrdinalIgnoreCase)
            && directory.ActorByAlias(content) is { } named)
        {
            var officialRole = RoleOf(words);
            return new ResolvedSpeaker(named, Office(text), officialRole is null ? SpeakerKind.Body : SpeakerKind.Person, false, "country-named-in-content") { Role = officialRole };
        }

        if (LocatedSource(text, words, day, cue) is { } located) return located;

        var isFormer = words.Any(w => w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase));
        var gender = GenderOf(words);
        var role = RoleOf(words);

        var configured = ConfiguredPerson(text, words, day);
        if (configured is not null)
        {
            var holding = Holding(configured, day, text, content);
            var any = directory.People.First(p => p.Definition.Name.Equals(configured, StringComparison.OrdinalIgnoreCase));
            var earlier = history.LastOrDefault(h => h.Kind == SpeakerKind.Person && h.Speaker.Equals(configured, StringComparison.OrdinalIgnoreCase));
            return holding is not null && !isFormer
                ? new ResolvedSpeaker(holding.Actor, holding.Definition.Name, SpeakerKind.Person, false, "configured-speaker") { Gender = gender ?? earlier?.Gender, Role = holding.Definition.Role ?? role }
                : new ResolvedSpeaker(null, any.Definition.Name, SpeakerKind.Person, false, "speaker-role-not-valid-then") { Gender = gender ?? earlier?.Gender, Role = role };
        }

        var earlierReport = ReportBackReference(words);
        if (earlierReport is not null) return earlierReport with { Rule = "report-back-reference" };
        var earlierBody = BodyBackReference(words);
        if (earlierBody is not null) return earlierBody with { Rule = "body-back-reference" };

        // "The Korean Central News Agency reported": an outlet configured as a tracked actor's own voice speaks for it.
        var isReport = (IsReportMention(words, cue) || cue.Equals("reported", StringComparison.OrdinalIgnoreCase) && ActorOfTitle(text, words) is null)
                       && directory.LongAliasIn(text) is null;
        if (isReport && StateMedia(words) && content is not null && directory.ActorByAlias(FirstWords(content, 4)) is { } state)
            return new ResolvedSpeaker(state, Office(text), SpeakerKind.Body, false, "state-media");
        if (isReport) return new ResolvedSpeaker(null, Office(text), SpeakerKind.Body, true, "media-report");

        var name = PersonName(words);
        // "the Agency for Food Safety and Hygiene" is a body a tracked actor is known by, not a person called "Hygiene".
        if (name is not null && directory.LongAliasIn(text) is { } body && SpeakerDirectory.ContainsWords(body.Alias, name))
            return new ResolvedSpeaker(body.Actor, body.Alias, SpeakerKind.Body, false, "alias");
        if (name is not null && !name.Contains(' ', StringComparison.Ordinal))
        {
            var earlier = history.LastOrDefault(h => h.Kind == SpeakerKind.Person && DirectoryNameEndsWith(h.Speaker, name))
                          // "Kim Jong Un" then "Kim": a family name written first, for a configured person already named.
                          ?? history.LastOrDefault(h => h.Kind == SpeakerKind.Person && h.Actor is not null
                                                        && h.Speaker.StartsWith(name + " ", StringComparison.Ordinal) && h.Speaker.Split(' ').Length >= 3);
            if (earlier is not null) return earlier with { Rule = "surname-after-first-mention" };
        }

        var actor = isFormer ? null : ActorOfTitle(text, words);
        if (actor is null && !isFormer && ConfiguredTitle(words, day) is { } titled) return titled;
        if (name is not null && (name.Contains(' ', StringComparison.Ordinal) || role is not null || actor is not null))
            return new ResolvedSpeaker(actor, name, SpeakerKind.Person, false, actor is null ? "unknown-person" : "titled-person") { Gender = gender, Role = role };

        // "Johnson's spokesman", "Modi's office": someone speaking for a person already named speaks for that person's actor.
        if (words.Count >= 2 && (words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            var owner = words[0][..^2];
            var principal = history.LastOrDefault(h => h.Kind == SpeakerKind.Person && h.Actor is not null && DirectoryNameEndsWith(h.Speaker, owner))?.Actor
                            // "Zuma's lawyers" before Zuma has spoken: the one configured person of that surname in office that day.
                            ?? OnlyActorOf(directory.People.Where(p => p.Surname.Equals(owner, StringComparison.Ordinal) && p.Definition.HoldsOn(day)));
            if (principal is not null) return new ResolvedSpeaker(principal, Office(text), SpeakerKind.Person, false, "for-named-person") { Role = role };
        }

        // "Buhari left on a holiday during which he will have check-ups, his spokesman said": the aide of the person the
        // words are about, when a configured person in office that day is named in them; else of the last person to speak.
        if (words.Count >= 2 && words[0].ToLowerInvariant() is "his" or "her" && (Lexicon.PersonNouns.Contains(words[^1]) || PrincipalsBodies.Contains(words[^1])))
        {
            var principal = (content is null ? null : OnlyActorOf(directory.People.Where(p =>
                                 p.Definition.HoldsOn(day) && SpeakerDirectory.ContainsWords(content, p.Definition.Name))))
                             ?? history.LastOrDefault(h => h.Kind == SpeakerKind.Person && !h.IsReport && h.Actor is not null
                                                           && (KnownGender(h) is null || KnownGender(h) == (words[0].Equals("her", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm')))?.Actor;
            if (principal is not null) return new ResolvedSpeaker(principal, Office(text), SpeakerKind.Person, false, "for-named-person") { Role = role };
        }

        if (role is not null && IsRoleReference(words))
        {
            var backReference = RoleBackReference(role, gender, actor);
            if (backReference is not null) return backReference with { Rule = "role-noun-back-reference" };
        }

        if (actor is not null && role is not null && IsDefinite(words))
        {
            var holder = OfficeHolder(actor, role, day);
            if (holder is not null) return holder;
        }
        if (actor is not null)
            return new ResolvedSpeaker(actor, Office(text), role is null ? SpeakerKind.Body : SpeakerKind.Person, false, "alias") { Gender = gender, Role = role };
        // "Ardenia will stop exchanging the old coins, the government said": a bare "the government" speaks for the state its
        // words open with, unless the article has had another actor speaking.
        if (name is null && role is null && content is not null && IsBareGovernment(words)
            && directory.ActorByAlias(FirstWords(content, 3)) is { } opening
            && history.All(h => h.Actor is null || h.Actor == opening))
            return new ResolvedSpeaker(opening, Office(text), SpeakerKind.Body, false, "government-named-in-content");
        // "The government, which bought the pipeline in 2018, has said it will sell it" in an article that has named one
        // tracked state and heard no other actor: the government is that state's.
        if (name is null && role is null && IsBareGovernment(words) && NamedSoFar().Where(directory.States.Contains).ToList() is [var namedState]
            && history.All(h => h.Actor is null || h.Actor == namedState))
            return new ResolvedSpeaker(namedState, Office(text), SpeakerKind.Body, false, "government-of-state-named");
        // "A ministry spokesman", "the company's spokeswoman": a voice of a body the article has just had in play speaks for it.
        if (name is null && VoicedBody(words) is { } voiced && BodyBackReference(voiced) is { Actor: not null } voice)
            return voice with { Speaker = Office(text), Kind = SpeakerKind.Person, Rule = "voice-of-body" };
        // "Government officials said 368 had been rescued" in an article that has named one tracked actor and heard no other:
        // unnamed officialdom is that actor's.
        if (name is null && IsBareOfficialdom(words) && NamedSoFar() is [var only]
            && history.All(h => h.Actor is null || h.Actor == only))
            return new ResolvedSpeaker(only, Office(text), SpeakerKind.Body, false, "officials-of-actor-named");
        return new ResolvedSpeaker(null, Office(text), role is null && name is null ? SpeakerKind.Body : SpeakerKind.Person, false, "unknown-speaker") { Gender = gender, Role = role };
    }

    /// <summary>The words before a description of an unnamed speaker ("an official | handling the talks"), or null without one.</summary>
    private static List<string>? Undescribed(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            // "the company building it", "the agency running the scheme": a body is described as a person is.
            if (!Lexicon.PersonNouns.Contains(words[i - 1]) && !Lexicon.BusinessNouns.Contains(words[i - 1]) && !BodyNouns.Contains(words[i - 1])) continue;
            var word = words[i];
            var opens = SpeakerPhrase.OpensDescription(words, i)
                        // "an official handling the talks", "two officials speaking on condition of anonymity"; a
                        // "chief operating officer" has no object after the participle, so the title stays whole.
                        || word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(word[0]) && i + 1 < words.Count
                           && words[i + 1].ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "on" or "anonymously" or "it" or "them";
            if (opens) return words[..i];
        }
        return null;
    }

    /// <summary>"the body" a voice is named after ("a ministry spokesman", "the company's spokeswoman"), or null.</summary>
    private static List<string>? VoicedBody(List<string> words)
    {
        var rest = words.SkipWhile(w => w.ToLowerInvariant() is "the" or "a" or "an").ToList();
        if (rest.Count is < 2 or > 3 || !Lexicon.PersonNouns.Contains(rest[^1])) return null;
        var body = rest[^2];
        if (body.EndsWith("'s", StringComparison.Ordinal) || body.EndsWith("\u2019s", StringComparison.Ordinal)) body = body[..^2];
        if (!BodyNouns.Contains(body) && !Lexicon.BusinessNouns.Contains(body)) return null;
        return ["the", .. rest[..^2], body];
    }

    /// <summary>What a leader has that speaks for them: "his office", "her government", "his aides".</summary>
    private static readonly FrozenSet<string> PrincipalsBodies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "office", "government", "administration", "cabinet", "camp", "team", "staff", "aides", "ministry",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string? OnlyActorOf(IEnumerable<ConfiguredPerson> people) =>
        people.Select(p => p.Actor).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    /// <summary>The tracked actors named before the unit being read and in it up to the speaker.</summary>
    private List<string> NamedBeforeSpeaker() =>
        NamedInReading(reading is { } unit && speakerAt is { } at && at > unit.Start && at <= unit.End ? (unit.Start, at) : null);

    /// <summary>The tracked actors named before and in the unit being read.</summary>
    private List<string> NamedSoFar() => NamedInReading(reading);

    /// <summary>The tracked actors named before the unit being read, and in the given part of it.</summary>
    private List<string> NamedInReading((int Start, int End)? part)
    {
        var actors = new List<string>(Named());
        if (part is { } span && actorsNamedIn is not null)
            actors.AddRange(actorsNamedIn(span).Where(a => !actors.Contains(a, StringComparer.Ordinal)));
        return actors;
    }

    /// <summary>"officials", "government officials", "a presidential official": officialdom with no country or body named.</summary>
    private static bool IsBareOfficialdom(List<string> words)
    {
        var rest = words.SkipWhile(w => w.ToLowerInvariant() is "the" or "a" or "an").Select(w => w.ToLowerInvariant()).ToList();
        return rest switch
        {
            ["official" or "officials" or "authorities"] => true,
            ["government" or "state", "officials" or "authorities"] => true,
            // "A presidential official said", "senior government officials said": rank or seat, but no one else's.
            [.. var qualifiers, "official" or "officials"] when qualifiers.Count is >= 1 and <= 2 && qualifiers.All(OfficialdomQualifiers.Contains) => true,
            _ => false,
        };
    }

    /// <summary>Words that rank officials or place them in the state without naming whose state it is.</summary>
    private static readonly FrozenSet<string> OfficialdomQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "government", "state", "presidential", "senior", "top", "cabinet", "palace", "ministry", "administration", "high-ranking",
        // "Two officials said", "several senior officials said": how many, not whose.
        "two", "three", "four", "several", "some", "other", "local",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsBareGovernment(List<string> words) =>
        words.Count == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
        && words[1].ToLowerInvariant() is "government" or "authorities" or "administration" or "cabinet";

    /// <summary>
    /// The mention without a bracketed aside ("Rep. Ann Lowry (D-Ore.)") and with a transcript
    /// label's capitals undone ("HOLM" → "Holm") unless the capitals are an alias ("NATO").
    /// </summary>
    private string Normalised(string mention)
    {
        var text = mention.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            var close = text.IndexOf(')', open);
            text = (text[..open] + (close > open ? text[(close + 1)..] : "")).Trim();
        }
        // Ivo "Ace" Kral is Ivo Kral: the nickname is no part of the name he is configured under.
        text = NicknameMark().Replace(text, " ");
        if (text.Length > 1 && text.Any(char.IsLetter) && !text.Any(char.IsLower) && directory.ActorByAlias(text) is null)
            text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.Length > 1 ? word[0] + word[1..].ToLowerInvariant() : word));
        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[""\u201C]\p{Lu}\p{L}*[""\u201D]\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NicknameMark();

    private ResolvedSpeaker ResolvePronoun(string pronoun, string text)
    {
        var lowered = pronoun.ToLowerInvariant();
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var candidate = history[i];
            var known = KnownGender(candidate);
            var compatible = lowered switch
            {
                "he" => candidate.Kind == SpeakerKind.Person && known is null or 'm',
                "she" => candidate.Kind == SpeakerKind.Person && known is null or 'f',
                "it" => candidate.Kind == SpeakerKind.Body,
                _ => true,
            };
            if (!compatible) continue;
            var gender = lowered switch { "he" => 'm', "she" => 'f', _ => candidate.Gender };
            return candidate with { Rule = "pronoun", Gender = gender };
        }
        return new ResolvedSpeaker(null, text, lowered is "he" or "she" ? SpeakerKind.Person : SpeakerKind.Body, false, "unresolved-pronoun");
    }

    /// <summary>Titles many offices end in ("Foreign Minister", "Managing Director"): alone they name no one office.</summary>
    private static readonly FrozenSet<string> SharedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "president", "director", "officer", "executive", "chairman", "chairwoman", "chair", "spokesman",
        "spokeswoman", "spokesperson", "adviser", "advisor", "official", "chief", "governor", "ambassador", "envoy", "head",
        "leader", "deputy", "general", "commander", "manager", "member", "representative",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open what a title's holder does or is ("running", "who", "of"), not more of the title.</summary>
    private static bool IsTitleModifier(string word) =>
        word is "who" or "of" or "for" or "at" or "in" or "appointed" or "named" || word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(word[0]);

    /// <summary>
    /// "The Premier said", "the governor told reporters": a title configured as a person's role that day names that
    /// person, when one person holds it, or one among the actors the article has had speaking.
    /// </summary>
    private ResolvedSpeaker? ConfiguredTitle(List<string> words, DateOnly day)
    {
        if (words.Count < 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || words.Contains(",")) return null;
        var title = string.Join(' ', words.Skip(1));
        // "The administrator running the group said": a one-word title with what the holder does after it names the
        // holder of a configured role ending in that word ("Extraordinary Administrator").
        var head = (words.Count == 2 || IsTitleModifier(words[2])) && !SharedTitles.Contains(words[1]) ? words[1] : null;
        var holders = directory.People
            .Where(p => p.Actor is not null && p.Definition.HoldsOn(day) && p.Definition.Role is { } configured
                        && configured.Split(',').Any(part => part.Trim().Equals(title, StringComparison.OrdinalIgnoreCase)
                                                             || head is not null && part.Trim().EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(p => p.Definition.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (holders.Count > 1) holders = holders.Where(p => history.Any(h => h.Actor == p.Actor)).ToList();
        return holders.Count == 1
            ? new ResolvedSpeaker(holders[0].Actor, holders[0].Definition.Name, SpeakerKind.Person, false, "configured-title") { Role = holders[0].Definition.Role }
            : null;
    }

    private static readonly string[] SingleHolderOffices = ["minister", "secretary", "president", "chancellor", "premier", "chief", "prime minister", "secretary general"];

    /// <summary>
    /// "Britain's foreign secretary" is whoever the configuration says held that office on the day,
    /// for offices one person holds at a time; "a spokesperson" stays unnamed.
    /// </summary>
    private ResolvedSpeaker? OfficeHolder(string actor, string role, DateOnly day)
    {
        if (!SingleHolderOffices.Any(office => role.EndsWith(office, StringComparison.Ordinal))) return null;
        var holders = directory.People
            .Where(p => p.Actor == actor && p.Definition.Role is { } configured && p.Definition.HoldsOn(day) && configured.Contains(role, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return holders.Count == 1
            ? new ResolvedSpeaker(actor, holders[0].Definition.Name, SpeakerKind.Person, false, "office-holder") { Role = holders[0].Definition.Role }
            : null;
    }

    /// <summary>
    /// "Sources in the regional government", "an official at the ministry", "a source close to the president": an
    /// unnamed source speaks for the body it sits in or the person it is close to, as wire copy means it.
    /// </summary>
    private ResolvedSpeaker? LocatedSource(string text, List<string> words, DateOnly day, string cue)
    {
        for (var i = 1; i + 2 < words.Count; i++)
        {
            var link = words[i].ToLowerInvariant();
            var near = link is "to" or "with" && words[i - 1].ToLowerInvariant() is "close" or "familiar";
            // "A spokesman for the ministry" speaks for it, as "an official at the ministry" does.
            if (!near && link is not ("in" or "at" or "from" or "within" or "for")) continue;
            var source = near ? words[..(i - 1)] : words[..i];
            if (source.Count == 0 || !Lexicon.PersonNouns.Contains(source[^1])) continue;
            var place = Resolve(string.Join(' ', words[(i + 1)..]), day, cue);
            if (place.Actor is null || place.IsReport) return null;
            return new ResolvedSpeaker(place.Actor, Office(text), SpeakerKind.Person, false, "located-source");
        }
        return null;
    }

    /// <summary>"state media", "state television", "the state news agency": a state's own outlets, unnamed.</summary>
    private static bool StateMedia(List<string> words)
    {
        var at = words.FindIndex(w => w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("state-run", StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < words.Count && words.Skip(at + 1).Any(w => Lexicon.ReportNouns.Contains(w) || w.Equals("agency", StringComparison.OrdinalIgnoreCase))
               && words.Take(at).All(w => w.Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    /// <summary>"the …", "Britain's …" or a bare title: a mention of one particular office rather than "a …".</summary>
    private static bool IsDefinite(List<string> words) =>
        words.Count > 0 && !(words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase));

    /// <summary>A person's gender as soon as any mention gave it away.</summary>
    private char? KnownGender(ResolvedSpeaker candidate) =>
        candidate.Gender ?? history.FirstOrDefault(h => h.Gender is not null && h.Kind == SpeakerKind.Person
            && h.Speaker.Equals(candidate.Speaker, StringComparison.OrdinalIgnoreCase))?.Gender;

    private ResolvedSpeaker? ReportBackReference(List<string> words)
    {
        if (words.Count != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || !Lexicon.ReportBackReferences.Contains(words[1])) return null;
        return history.LastOrDefault(h => h.IsReport);
    }

    /// <summary>"the country's …", "the nation's …": an office of the state the sentence is about.</summary>
    private static readonly FrozenSet<string> CountryReferents = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "country's", "nation's", "kingdom's", "republic's", "state's",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "bank", "commission", "committee", "council", "ministry", "department", "organisation", "organization", "body",
        "administration", "alliance", "bloc", "union", "cartel", "regulator", "authority", "government", "group",
        "military", "army", "navy", "junta", "exchange",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that stand for the actor of whoever spoke last, person or body: "the government", "the meeting".</summary>
    private static readonly FrozenSet<string> VoiceNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "government", "administration", "meeting", "leadership", "cabinet", "statement",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns any body may be called after its first mention, whatever its name.</summary>
    private static readonly FrozenSet<string> GenericBodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "body", "organisation", "organization", "authority", "regulator", "group",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in a body's name that make it a public body rather than a business.</summary>
    private static readonly FrozenSet<string> PublicBodyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "government", "agency", "commission", "council", "department", "administration", "authority", "parliament",
        "court", "military", "army", "navy", "police", "regulator", "guard", "coastguard", "cabinet", "office", "embassy",
        "committee", "senate", "congress", "assembly", "presidency", "state", "central", "federal", "national", "alliance", "union",
        "board", "bureau", "inspectorate", "tribunal", "directorate", "secretariat", "service",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The agency said …", "the central bank said …": a body named earlier in the article, by a tracked actor,
    /// whose name holds the noun ("the bank" after "the European Central Bank") or any such body for a noun that
    /// fits every body ("the agency"). Outlets are left to <see cref="ReportBackReference"/>.
    /// </summary>
    private ResolvedSpeaker? BodyBackReference(List<string> words)
    {
        if (words.Count < 2) return null;
        var noun = words[^1];
        var anyVoice = VoiceNouns.Contains(noun);
        var business = Lexicon.BusinessNouns.Contains(noun) || IsTradeGroup(words);
        // "Britain's biggest retailer said": a business described by where it trades is the business, as "the" one is.
        var possessive = words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal);
        if (!words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && !(business && possessive && words.Count >= 3)) return null;
        // "The third-largest Ardenian carmaker": a business is described at length, a country in it only says where.
        if (words.Count > (business ? 6 : 3) || words.Contains(",")) return null;
        if (!BodyNouns.Contains(noun) && !anyVoice && !business) return null;
        // "The rights group said" after a company spoke: a group named by its cause is only one known by that name.
        if (IsCauseGroup(words)) return BodyOfActorInPlay(words);
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var candidate = history[i];
            if (candidate.IsReport || candidate.Actor is null) continue;
            // "The government said" after the prime minister spoke: the government he leads; a court or a commission that
            // spoke last leads none.
            if (anyVoice && noun.ToLowerInvariant() is "government" or "administration" or "cabinet" && !directory.States.Contains(candidate.Actor)) continue;
            if (anyVoice) return candidate with { Speaker = candidate.Kind == SpeakerKind.Body ? candidate.Speaker : Office(string.Join(' ', words)), Kind = SpeakerKind.Body };
            // "The airline said" after its chairman spoke: the business whose officer spoke last.
            if (business && candidate.Kind == SpeakerKind.Person && directory.Businesses.Contains(candidate.Actor))
                return candidate with { Speaker = Office(string.Join(' ', words)), Kind = SpeakerKind.Body, Role = null, Gender = null };
            if (candidate.Kind != SpeakerKind.Body) continue;
            // "The company said" after Samsung spoke: the last business to speak, never a ministry or a court.
            if (business)
            {
                if (candidate.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(PublicBodyWords.Contains) || directory.IsStateName(candidate.Speaker)) continue;
                return candidate;
            }
            // "The military said" after "Myanmar's military" spoke, or after the Tatmadaw did: one of its names says military.
            if (GenericBodyNouns.Contains(noun) || candidate.Speaker.Contains(noun, StringComparison.OrdinalIgnoreCase)
                || directory.Aliases.Any(a => a.Actor == candidate.Actor && SpeakerDirectory.ContainsWords(a.Phrase, noun))) return candidate;
        }
        if (business) return OnlyBusinessNamed(words);
        return anyVoice ? null : BodyOfActorInPlay(words);
    }

    /// <summary>
    /// "Theranos Inc has voided two years of results, a newspaper reported … The company told regulators …": with no
    /// business heard yet, "the company" is the one tracked business the article has named, when it has named one.
    /// </summary>
    private ResolvedSpeaker? OnlyBusinessNamed(List<string> words)
    {
        var named = NamedSoFar();
        // "Trans Mountain Corp. … the Crown corporation said": with no tracked business named, a state's own company is one.
        var businesses = named.Where(directory.Businesses.Contains).ToList() is { Count: > 0 } tracked ? tracked : named.Where(directory.OwnsBusiness).ToList();
        return businesses is [var only] ? new ResolvedSpeaker(only, Office(string.Join(' ', words)), SpeakerKind.Body, false, "business-named") : null;
    }

    /// <summary>Words before "group" that make it a movement, a party or a lobby rather than a business.</summary>
    private static readonly FrozenSet<string> NonTradeGroupWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "rights", "rebel", "militant", "armed", "advocacy", "lobby", "pressure", "campaign", "opposition", "activist", "civic",
        "environmental", "terrorist", "extremist", "jihadist", "islamist", "insurgent", "separatist", "political", "parliamentary",
        "religious", "ethnic", "fan", "support", "working", "contact", "study", "research", "expert", "advisory", "monitoring",
        "watchdog", "consumer", "industry", "trade", "business", "employers", "farmers", "veterans", "victims", "families", "civil",
        "resistance", "paramilitary", "hacker", "hacking", "criminal", "student", "youth", "women's", "human", "interest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The Italian dairy group", "the luxury goods group": a group named by its trade is a business; "the group" alone,
    /// or a rights, rebel or lobby group, is left to the nouns every body may be called by.
    /// </summary>
    private static bool IsTradeGroup(List<string> words) =>
        words.Count >= 3 && words[^1].Equals("group", StringComparison.OrdinalIgnoreCase)
        && char.IsLower(words[^2][0]) && !NonTradeGroupWords.Contains(words[^2]);

    private static bool IsCauseGroup(List<string> words) =>
        words.Count >= 3 && words[^1].Equals("group", StringComparison.OrdinalIgnoreCase) && NonTradeGroupWords.Contains(words[^2]);

    /// <summary>
    /// "The central bank said" where only Cyprus's president has spoken: a body that one actor in the article
    /// is known by ("Cypriot central bank"), when exactly one such actor has been heard from so far; failing any,
    /// when exactly one such actor has been named so far, in the sentence being read up to the speaker too ("the Cypriot
    /// government was redrawing the bill"; "Kralbank's chairman resigned, and the bank said").
    /// </summary>
    private ResolvedSpeaker? BodyOfActorInPlay(List<string> words)
    {
        var body = string.Join(' ', words.Skip(1));
        var heard = history.Where(h => h.Actor is not null && !h.IsReport).Select(h => h.Actor!).Distinct(StringComparer.Ordinal);
        var owners = heard.Where(actor => KnownBy(actor, body)).ToList();
        if (owners.Count == 1) return new ResolvedSpeaker(owners[0], Office(string.Join(' ', words)), SpeakerKind.Body, false, "body-of-actor-in-play");
        if (owners.Count > 1) return null;
        owners = NamedBeforeSpeaker().Where(actor => KnownBy(actor, body)).ToList();
        return owners.Count == 1 ? new ResolvedSpeaker(owners[0], Office(string.Join(' ', words)), SpeakerKind.Body, false, "body-of-actor-named") : null;
    }

    private bool KnownBy(string actor, string body) =>
        directory.Aliases.Any(a => a.Actor == actor && SpeakerDirectory.ContainsWords(a.Phrase, body));

    private ResolvedSpeaker? RoleBackReference(string role, char? gender, string? actor)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var candidate = history[i];
            if (candidate.Kind != SpeakerKind.Person || candidate.Role is null) continue;
            if (!SameRole(candidate.Role, role)) continue;
            if (gender is not null && candidate.Gender is not null && candidate.Gender != gender) continue;
            if (actor is not null && candidate.Actor != actor) continue;
            return candidate with { Gender = candidate.Gender ?? gender };
        }
        return null;
    }

    private static bool SameRole(string known, string mentioned)
    {
        static string Canonical(string role) => role.ToLowerInvariant()
            .Replace("spokeswoman", "spokesperson", StringComparison.Ordinal)
            .Replace("spokesman", "spokesperson", StringComparison.Ordinal)
            .Replace("secretary-general", "secretary general", StringComparison.Ordinal)
            .Replace("top diplomat", "foreign minister", StringComparison.Ordinal);
        var k = Canonical(known);
        var m = Canonical(mentioned);
        if (k.Contains(m, StringComparison.Ordinal) || m.Contains(k, StringComparison.Ordinal)) return true;
        return m == "chief" && k.Contains("secretary general", StringComparison.Ordinal);
    }

    /// <summary>A mention made only of a determiner, modifiers and a role noun: "the spokeswoman", "the NATO chief".</summary>
    private static bool IsRoleReference(List<string> words) =>
        words.Count >= 2 && (words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>
    /// The configured person the mention names. One person may be configured under two forms of their name with
    /// different dated roles ("Kemal Arif Tusan", prime minister until 2014; "Arif Tusan", president since), so
    /// among the people a mention fits, the one whose role is in force that day wins.
    /// </summary>
    private string? ConfiguredPerson(string text, List<string> words, DateOnly day)
    {
        string? InForce(IEnumerable<ConfiguredPerson> fits)
        {
            var all = fits.ToList();
            return (all.FirstOrDefault(p => p.Definition.HoldsOn(day)) ?? all.FirstOrDefault())?.Definition.Name;
        }

        if (InForce(directory.People.Where(p => SpeakerDirectory.ContainsWords(text, p.Definition.Name))) is { } full) return full;
        // A person tracked as an actor of their own ("Musk" is an alias of the actor Elon Musk) is still a person who speaks.
        if (words.Count == 1 && directory.ActorByAlias(text) is { } aliased
            && directory.People.FirstOrDefault(p => p.Actor == aliased && p.Surname.Equals(text, StringComparison.Ordinal)) is { } own)
            return own.Definition.Name;
        var name = PersonName(words);
        if (name is null) return null;
        var surname = name.Split(' ')[^1];
        // "John Smith" is not the configured "Richard Smith": a fuller name must fit the configured one in every part.
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (InForce(directory.People.Where(p => p.Surname.Equals(surname, StringComparison.OrdinalIgnoreCase)
                && parts.All(part => p.Definition.Name.Split(' ').Contains(part, StringComparer.OrdinalIgnoreCase)))) is { } bySurname)
            return bySurname;
        // Family name first ("Mao Ning" is "Mao" on second mention): any part of a name already mentioned.
        return InForce(directory.People.Where(p =>
            p.Definition.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(surname, StringComparer.OrdinalIgnoreCase)
            && history.Any(h => h.Speaker.Equals(p.Definition.Name, StringComparison.OrdinalIgnoreCase))));
    }

    // "said Tesla would …", "said the Tesla board had …": the organisation the words are about is their subject, named
    // first; one named after the speaker's own "he" ("said he had bought Twitter") is what the speaker acted on.
    private const int SubjectWords = 4;

    private static string? SubjectOf(string? content) =>
        content is null || Lexicon.Pronouns.Contains(FirstWords(content, 1)) ? null : FirstWords(content, SubjectWords);

    /// <summary>
    /// The role the person holds that day. One who speaks for several actors (a founder who runs two companies and is
    /// tracked in their own right) speaks for the one the attribution or the words' subject name ("Tesla's Musk", "said
    /// Tesla would …"), else for the one they last spoke for in this article, else for their own actor, the one with their name.
    /// </summary>
    private ConfiguredPerson? Holding(string name, DateOnly day, string mention, string? content)
    {
        var roles = RolesOn(name, day);
        if (roles.Count <= 1) return roles.FirstOrDefault();
        bool Names(string? words, ConfiguredPerson role) => words is not null && directory.Aliases.Any(a => a.Actor == role.Actor
            && !a.Phrase.Equals(name, StringComparison.OrdinalIgnoreCase) && !SpeakerDirectory.ContainsWords(name, a.Phrase)
            && SpeakerDirectory.ContainsWords(words, a.Phrase, caseSensitive: true));
        var spokeFor = history.LastOrDefault(h => h.Speaker.Equals(name, StringComparison.OrdinalIgnoreCase) && h.Actor is not null)?.Actor;
        return roles.FirstOrDefault(r => Names(mention, r))
               ?? roles.FirstOrDefault(r => Names(SubjectOf(content), r))
               ?? roles.FirstOrDefault(r => r.Actor == spokeFor)
               ?? roles.FirstOrDefault(r => IsOwnRole(r, name))
               ?? roles[0];
    }

    private List<ConfiguredPerson> RolesOn(string name, DateOnly day) =>
        directory.People.Where(p => p.Definition.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && p.Definition.HoldsOn(day)).ToList();

    /// <summary>Whether the role is for the actor known by the person's own name: they are tracked in their own right.</summary>
    private bool IsOwnRole(ConfiguredPerson role, string name) =>
        directory.Aliases.Any(a => a.Actor == role.Actor && a.Phrase.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The role, that day, of a person tracked in their own right: the actor with their name, when they hold several.</summary>
    private ConfiguredPerson? OwnRoleOn(string name, DateOnly day) =>
        RolesOn(name, day) is { Count: > 1 } roles ? roles.FirstOrDefault(r => IsOwnRole(r, name)) : null;

    /// <summary>A later short form of a name: the last part, or any part for names written family name first ("Mao" for "Mao Ning").</summary>
    private static bool DirectoryNameEndsWith(string fullName, string shortName) =>
        fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1
        && fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(shortName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The trailing capitalised words that are not titles, aliases or countries: "NATO spokesperson Oana Lungescu" → "Oana Lungescu".</summary>
    private string? PersonName(List<string> words)
    {
        // "Mao Ning, spokesperson for …" names before the appositive comma; "The spokeswoman, Karin Holm," after it.
        var comma = words.IndexOf(",");
        if (comma <= 0) return PersonName(words, 0, words.Count);
        var secondComma = words.IndexOf(",", comma + 1);
        return PersonName(words, 0, comma) ?? PersonName(words, comma + 1, secondComma < 0 ? words.Count : secondComma);
    }

    private string? PersonName(List<string> words, int start, int end)
    {
        var parts = new List<string>();
        for (var i = end - 1; i >= start; i--)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsUpper(w[0]) || Lexicon.TitleWords.Contains(w) || w.All(c => char.IsUpper(c) || c == '.')) break;
            if (directory.IsActorWord(w)) break;
            if (Lexicon.PersonNouns.Contains(w) || Lexicon.OrgNouns.Contains(w) || Lexicon.ReportNouns.Contains(w)) break;
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) break;
            parts.Insert(0, w);
        }
        if (parts.Count == 0) return null;
        // "Downing Street" and "Die Welt" are capitalised too, but they name an actor or an outlet.
        if (directory.ActorByAlias(string.Join(' ', parts)) is not null) return null;
        // A lone capitalised word at the front of the mention is a sentence-initial common word, not a name.
        if (parts.Count == 1 && end - start == 1 && !char.IsUpper(parts[0][^1]) && Lexicon.LeadingNoise.Contains(parts[0])) return null;
        return string.Join(' ', parts);
    }

    private string? ActorOfTitle(string text, List<string> words)
    {
        // A place after an office locates it ("China's embassy in London"); it does not speak.
        var cut = text;
        foreach (var separator in new[] { " in ", " at " })
        {
            var at = cut.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0) cut = cut[..at];
        }
        if (directory.AliasIn(cut) is { } byAlias) return InContext(byAlias.Alias, byAlias.Actor);
        if (Employer(text) is { } employer) return employer;
        var hasOfficialWord = words.Any(w => Lexicon.PersonNouns.Contains(w) || Lexicon.OrgNouns.Contains(w) || Lexicon.TitleWords.Contains(w));
        return hasOfficialWord ? directory.ActorByDemonym(cut) : null;
    }

    /// <summary>
    /// "Police said" in an article about Sri Lanka: an alias any state could have belongs to whichever of its actors the
    /// article names; when it names none of them, a state's alias goes to the one other state the article names, to no
    /// one when it names several, and stays with its configured actor when it names no state at all.
    /// </summary>
    private string? InContext(string alias, string actor)
    {
        if (!directory.GenericAliases.TryGetValue(alias, out var owners)) return actor;
        var named = NamedSoFar();
        named.AddRange(history.Where(h => h.Actor is not null && !h.IsReport && !named.Contains(h.Actor, StringComparer.Ordinal)).Select(h => h.Actor!));
        var ownersNamed = owners.Where(named.Contains).ToList();
        if (ownersNamed.Count == 1) return ownersNamed[0];
        if (ownersNamed.Count > 1 || !directory.States.Contains(actor)) return actor;
        return named.Where(directory.States.Contains).ToList() switch
        {
            [] => actor,
            [var only] => only,
            _ => null,
        };
    }

    /// <summary>
    /// "Jane Roe, a vice president at Scorewell": after a role, "at" names whom the person works for, not where they
    /// stand, so a tracked actor named there is the one the person speaks for.
    /// </summary>
    private string? Employer(string text)
    {
        var at = text.IndexOf(" at ", StringComparison.Ordinal);
        if (at <= 0) return null;
        var before = text[..at].TrimEnd();
        var role = before[(before.LastIndexOf(' ') + 1)..];
        if (!Lexicon.PersonNouns.Contains(role)) return null;
        var employer = text[(at + 4)..];
        var end = employer.IndexOf(',');
        employer = (end >= 0 ? employer[..end] : employer).Trim().TrimEnd('.');
        if (employer.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) employer = employer[4..];
        // Only a name ("at Scorewell", "at the Central Bank"): "an office in the capital" is where, not whom.
        var place = employer.IndexOf(" in ", StringComparison.Ordinal);
        if (place >= 0) employer = employer[..place];
        if (employer.Length == 0 || !char.IsUpper(employer[0])) return null;
        return directory.ActorByAlias(employer);
    }

    /// <summary>Outlets and reports speak as media; the cue "reported" alone makes a report only when no actor is named.</summary>
    private static bool IsReportMention(List<string> words, string cue)
    {
        foreach (var w in words)
        {
            var bare = w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) ? w[..^2] : w;
            if (Lexicon.ReportNouns.Contains(bare) && !bare.Equals("statement", StringComparison.OrdinalIgnoreCase)) return true;
            if (char.IsUpper(bare[0]) && Lexicon.OutletWords.Contains(bare)) return true;
        }
        return false;
    }

    private static char? GenderOf(List<string> words)
    {
        foreach (var w in words)
        {
            switch (w.ToLowerInvariant())
            {
                case "spokeswoman" or "chairwoman" or "ms" or "mrs" or "madam" or "woman" or "she" or "queen" or "lady":
                    return 'f';
                case "spokesman" or "chairman" or "mr" or "man" or "he" or "king" or "sir" or "lord":
                    return 'm';
            }
        }
        return null;
    }

    private static string? RoleOf(List<string> words)
    {
        var roleWords = words.Where(w => Lexicon.PersonNouns.Contains(w) || w.Equals("foreign", StringComparison.OrdinalIgnoreCase)
            || w.Equals("prime", StringComparison.OrdinalIgnoreCase) || w.Equals("defence", StringComparison.OrdinalIgnoreCase)
            || w.Equals("top", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!roleWords.Any(w => Lexicon.PersonNouns.Contains(w))) return null;
        return string.Join(' ', roleWords).ToLowerInvariant();
    }

    /// <summary>The office as written, without a leading article: "the foreign ministry" → "foreign ministry".</summary>
    private static string Office(string text)
    {
        foreach (var article in new[] { "the ", "The ", "a ", "A ", "an ", "An " })
            if (text.StartsWith(article, StringComparison.Ordinal)) return text[article.Length..];
        return text;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || (start >= 0 && c is '\'' or '\u2019' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]));
            if (inWord) { if (start < 0) start = i; continue; }
            if (start >= 0) { words.Add(text[start..i]); start = -1; }
            if (c == ',') words.Add(",");
        }
        return words;
    }
}
