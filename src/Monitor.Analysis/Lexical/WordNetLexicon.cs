namespace Monitor.Analysis.Lexical;

/// <summary>
/// Lexical knowledge from WordNet 3.0 (synonyms, hypernyms, antonyms, derivations, base forms), shipped inside
/// the assembly so comparing claims never depends on the network. Every query takes words in any case and
/// inflection, single words or multi-word lemmas ("take part"), and reduces them to WordNet lemmas first.
/// <para>
/// Most queries look only at a word's first senses: WordNet orders senses by how often they occur in tagged
/// text, so the first few are the everyday meanings, and the long tail of rare senses would otherwise relate
/// nearly anything to anything ("run" has 41 verb senses).
/// </para>
/// Instances are immutable and thread-safe; <see cref="Shared"/> loads the resource once per process.
/// </summary>
public sealed class WordNetLexicon
{
    private static readonly Lazy<WordNetLexicon> SharedInstance =
        new(() => new WordNetLexicon(WordNetResourceReader.ReadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordNetDatabase database;
    private readonly WordNetMorphology morphology;

    internal WordNetLexicon(WordNetDatabase database)
    {
        this.database = database;
        morphology = new WordNetMorphology(database);
    }

    /// <summary>The lexicon read from the embedded resource, loaded on first use and shared by the whole process.</summary>
    public static WordNetLexicon Shared => SharedInstance.Value;

    /// <summary>Number of synsets (senses shared by a set of lemmas) loaded.</summary>
    public int SynsetCount => database.SynsetCount;

    /// <summary>Number of (lemma, part of speech) entries loaded.</summary>
    public int LemmaCount => database.LemmaCount;

    /// <summary>
    /// The WordNet lemmas <paramref name="word"/> can be a form of in <paramref name="pos"/> ("ran" → "run",
    /// "children" → "child", "taxes" → "tax"); empty when WordNet knows none.
    /// </summary>
    public IReadOnlyList<string> BaseForms(string word, PartOfSpeech pos) => morphology.BaseForms(Normalize(word), pos);

    /// <summary>The parts of speech in which <paramref name="word"/> has a base form.</summary>
    public IReadOnlyList<PartOfSpeech> PartsOfSpeech(string word)
    {
        var normalized = Normalize(word);
        return [.. AllPos.Where(pos => morphology.BaseForms(normalized, pos).Count > 0)];
    }

    /// <summary>
    /// True when some base form of <paramref name="a"/> and of <paramref name="b"/> share a synset among each
    /// word's first <paramref name="maxSenses"/> senses ("buy"/"purchase"), in <paramref name="pos"/> or any part
    /// of speech.
    /// </summary>
    public bool AreSynonyms(string a, string b, PartOfSpeech? pos = null, int maxSenses = 3)
    {
        var (na, nb) = (Normalize(a), Normalize(b));
        foreach (var p in PartsToCheck(pos))
        {
            if (FirstSenses(Forms(na, p), maxSenses).Overlaps(FirstSenses(Forms(nb, p), maxSenses)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when one of the first <paramref name="maxSenses"/> senses of <paramref name="hyponym"/> reaches a
    /// sense of <paramref name="hypernym"/> within <paramref name="maxDepth"/> hypernym steps ("frigate" is a
    /// "warship", "tax" is a "levy"; not the other way round). Instance links count, so "Paris" is a "city".
    /// Only nouns and verbs have hypernyms in WordNet.
    /// </summary>
    public bool IsA(string hyponym, string hypernym, PartOfSpeech? pos = null, int maxDepth = 4, int maxSenses = 2)
    {
        var (na, nb) = (Normalize(hyponym), Normalize(hypernym));
        foreach (var p in PartsToCheck(pos))
        {
            if (p is (PartOfSpeech.Noun or PartOfSpeech.Verb)
                && Reaches(FirstSenses(Forms(na, p), maxSenses), AllSenses(Forms(nb, p)), maxDepth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when WordNet opposes a sense among the first <paramref name="maxSenses"/> of each word ("accept"/
    /// "reject", "raise"/"lower"). WordNet links antonyms word to word; this reads the link as holding between
    /// the two synsets, so "temporary" (which shares a synset with "impermanent") opposes "permanent". For
    /// adjectives a satellite counts as its cluster's head, which is how WordNet expresses indirect antonymy:
    /// "transitory" is a satellite of "impermanent", so it opposes "permanent".
    /// </summary>
    public bool AreAntonyms(string a, string b, int maxSenses = 3)
    {
        var (na, nb) = (Normalize(a), Normalize(b));
        return AllPos.Any(p => Opposed(FirstSenses(Forms(na, p), maxSenses), FirstSenses(Forms(nb, p), maxSenses)));
    }

    /// <summary>
    /// True when WordNet links a base form of <paramref name="a"/> to one of <paramref name="b"/> as one word
    /// family, in any of their senses: derivationally related forms ("devalue"/"devaluation", "die"/"death",
    /// the verb "export" and the noun "export"), and also the pertainym and participle links, which are
    /// derivations too ("economic"/"economy", "quickly"/"quick").
    /// </summary>
    public bool AreDerivationallyRelated(string a, string b)
    {
        var formsA = AllForms(Normalize(a));
        var formsB = AllForms(Normalize(b));
        return LinksWordTo(formsA, formsB) || LinksWordTo(formsB, formsA);
    }

    /// <summary>
    /// The strongest relation between <paramref name="a"/> and <paramref name="b"/> across parts of speech, in
    /// the order of <see cref="LexicalRelation"/>, looking first at the words' own senses. Only when those are
    /// unrelated is each word's sense set widened by its noun↔verb derivations and the test repeated, because
    /// claims say the same thing with a noun in one report and a verb in the other: "restrictions" reaches the
    /// verb "restrict", which WordNet files under "curb" (hold in check), so it reads as a kind of curb.
    /// Limits: synonyms and antonyms within each word's first 3 senses, hypernyms from the first 2 senses within
    /// 4 steps.
    /// </summary>
    public LexicalRelation Relate(string a, string b)
    {
        var (na, nb) = (Normalize(a), Normalize(b));
        if (na.Length == 0 || nb.Length == 0)
        {
            return LexicalRelation.None;
        }

        if (na == nb)
        {
            return LexicalRelation.Same;
        }

        var formsA = AllForms(na);
        var formsB = AllForms(nb);
        if (formsA.Any(fa => formsB.Any(fb => fa.Lemma == fb.Lemma)))
        {
            return LexicalRelation.Same;
        }

        if (formsA.Count == 0 || formsB.Count == 0)
        {
            return LexicalRelation.None;
        }

        var direct = SensesRelation(formsA, formsB, bridge: false);
        if (direct == LexicalRelation.Synonym)
        {
            return direct;
        }

        if (LinksWordTo(formsA, formsB) || LinksWordTo(formsB, formsA))
        {
            return LexicalRelation.Derived;
        }

        // Relations between the words' own senses are stronger evidence than those found through a derivation,
        // so "curb"/"restrict" reads as restrict-is-a-curb (their verb senses) rather than through the nouns.
        return direct != LexicalRelation.None ? direct : SensesRelation(formsA, formsB, bridge: true);
    }

    /// <summary>
    /// Stable keys ("v01234567": synset type and WordNet 3.0 offset) of the first <paramref name="maxSenses"/>
    /// senses of each base form of <paramref name="word"/> in every part of speech. Two words sharing a synset
    /// among those senses share a key, so keys can index claims by meaning rather than by spelling.
    /// </summary>
    public IReadOnlyList<string> ConceptKeys(string word, int maxSenses = 2)
    {
        var keys = new List<string>();
        var seen = new HashSet<int>();
        foreach (var (pos, lemma) in AllForms(Normalize(word)))
        {
            foreach (var synset in Take(database.Senses(lemma, pos), maxSenses))
            {
                if (seen.Add(synset))
                {
                    keys.Add(database[synset].Key);
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// The noun senses of <paramref name="word"/> (its first <paramref name="maxSenses"/>) and their hypernyms up
    /// to <paramref name="depth"/> steps, for comparing many words cheaply (<see cref="ConceptFootprint.Relates"/>).
    /// </summary>
    public ConceptFootprint NounFootprint(string word, int maxSenses = 2, int depth = 3) => Footprint(word, PartOfSpeech.Noun, maxSenses, depth);

    /// <summary>As <see cref="NounFootprint"/>, for the verb senses of <paramref name="word"/>.</summary>
    public ConceptFootprint VerbFootprint(string word, int maxSenses = 3, int depth = 2) => Footprint(word, PartOfSpeech.Verb, maxSenses, depth);

    private ConceptFootprint Footprint(string word, PartOfSpeech pos, int maxSenses, int depth)
    {
        // Footprints are asked for every content word of every new claim; a word's footprint never changes.
        var key = (word, pos, maxSenses, depth);
        if (footprints.TryGetValue(key, out var known)) return known;
        var footprint = ComputeFootprint(word, pos, maxSenses, depth);
        if (footprints.Count < MaxCachedFootprints) footprints.TryAdd(key, footprint);
        return footprint;
    }

    private const int MaxCachedFootprints = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, PartOfSpeech, int, int), ConceptFootprint> footprints = new();

    private ConceptFootprint ComputeFootprint(string word, PartOfSpeech pos, int maxSenses, int depth)
    {
        var senses = FirstSenses(Forms(Normalize(word), pos), maxSenses);
        if (senses.Count == 0) return ConceptFootprint.None;
        var ancestors = new HashSet<int>();
        var frontier = senses.ToList();
        for (var step = 0; step < depth && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var synset in frontier)
            {
                foreach (var link in database.Links(synset))
                {
                    if (link.Kind is SynsetLinkKind.Hypernym or SynsetLinkKind.InstanceHypernym && ancestors.Add(link.Target)) next.Add(link.Target);
                }
            }
            frontier = next;
        }
        return new ConceptFootprint(senses, ancestors);
    }

    /// <summary>The other lemmas sharing one of the first <paramref name="maxSenses"/> senses of <paramref name="word"/>, most common sense first.</summary>
    public IReadOnlyList<string> Synonyms(string word, PartOfSpeech? pos = null, int maxSenses = 3)
    {
        var normalized = Normalize(word);
        var forms = PartsToCheck(pos).SelectMany(p => Forms(normalized, p)).ToList();
        var own = forms.Select(f => f.Lemma).ToHashSet(StringComparer.Ordinal);
        return LemmasOf(forms.SelectMany(f => Take(database.Senses(f.Lemma, f.Pos), maxSenses).ToArray()), own);
    }

    /// <summary>The lemmas WordNet opposes to one of the first <paramref name="maxSenses"/> senses of <paramref name="word"/> (clusters read as in <see cref="AreAntonyms"/>).</summary>
    public IReadOnlyList<string> Antonyms(string word, int maxSenses = 3)
    {
        var forms = AllForms(Normalize(word));
        var opposite = new List<int>();
        foreach (var synset in ClusterHeads(FirstSenses(forms, maxSenses)))
        {
            foreach (var link in database.Links(synset))
            {
                if (link.Kind == SynsetLinkKind.Antonym)
                {
                    opposite.Add(link.Target);
                }
            }
        }

        return LemmasOf(opposite, forms.Select(f => f.Lemma).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The verb a noun names the act of, from WordNet's derivations within the word's own family: "payment" →
    /// "pay", "repayment" → "repay", "agreement" → "agree", "withdrawal" → "withdraw"; null when the noun names no
    /// act ("floor"), or only the verb spelt as itself ("bill" → "to bill"), which says nothing the noun does not.
    /// Only a verb that shares the noun's first letters counts, so links to another family of words are left out.
    /// </summary>
    public string? ActNamedBy(string noun)
    {
        var word = Normalize(noun);
        if (acts.TryGetValue(word, out var known)) return known;
        string? act = null;
        foreach (var form in BaseForms(word, PartOfSpeech.Noun))
        {
            foreach (var lemma in DerivedForms(form))
            {
                if (lemma == form || lemma.Contains(' ', StringComparison.Ordinal) || !BaseForms(lemma, PartOfSpeech.Verb).Contains(lemma)) continue;
                var shared = 0;
                while (shared < Math.Min(lemma.Length, form.Length) && lemma[shared] == form[shared]) shared++;
                if (shared < 2 || shared < Math.Min(lemma.Length, 4) - 1) continue;
                if (act is null || lemma.Length < act.Length) act = lemma;
            }
            if (act is not null) break;
        }
        if (acts.Count < MaxCachedFootprints) acts.TryAdd(word, act);
        return act;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> acts = new(StringComparer.Ordinal);

    /// <summary>The lemmas WordNet links to a base form of <paramref name="word"/> as one word family (see <see cref="AreDerivationallyRelated"/>).</summary>
    public IReadOnlyList<string> DerivedForms(string word)
    {
        var result = new List<string>();
        foreach (var (_, target) in WordLinks(AllForms(Normalize(word))))
        {
            if (!result.Contains(target.Lemma, StringComparer.Ordinal))
            {
                result.Add(target.Lemma);
            }
        }

        return result;
    }

    /// <summary>
    /// Lower case, '_' read as a space (WordNet's own spelling of multi-word lemmas), runs of white space made
    /// one, and the typographic apostrophe made plain, so input from news text meets the lemmas as stored.
    /// </summary>
    internal static string Normalize(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        var pendingSpace = false;
        foreach (var c in word.AsSpan().Trim())
        {
            if (c == '_' || char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Synonym, hypernym, hyponym or antonym between the senses of two sets of base forms, in that order;
    /// with <paramref name="bridge"/>, each side's senses are first widened by its noun↔verb derivations.
    /// </summary>
    private LexicalRelation SensesRelation(List<LemmaForm> formsA, List<LemmaForm> formsB, bool bridge)
    {
        const int synonymSenses = 3, hypernymSenses = 2, hypernymDepth = 4;
        HashSet<int> Senses(List<LemmaForm> forms, int maxSenses) =>
            bridge ? WithNounVerbDerivations(FirstSenses(forms, maxSenses), forms) : FirstSenses(forms, maxSenses);

        var sensesA = Senses(formsA, synonymSenses);
        var sensesB = Senses(formsB, synonymSenses);
        if (sensesA.Overlaps(sensesB))
        {
            return LexicalRelation.Synonym;
        }

        // The hypernym may be in any of its senses: the path up from the hyponym's common senses is what
        // keeps this narrow.
        var targetsB = AllSenses(formsB);
        targetsB.UnionWith(sensesB);
        if (Reaches(Senses(formsA, hypernymSenses), targetsB, hypernymDepth))
        {
            return LexicalRelation.Hypernym;
        }

        var targetsA = AllSenses(formsA);
        targetsA.UnionWith(sensesA);
        if (Reaches(Senses(formsB, hypernymSenses), targetsA, hypernymDepth))
        {
            return LexicalRelation.Hyponym;
        }

        return Opposed(sensesA, sensesB) ? LexicalRelation.Antonym : LexicalRelation.None;
    }

    private static PartOfSpeech[] AllPos => [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];

    private static IEnumerable<PartOfSpeech> PartsToCheck(PartOfSpeech? pos) => pos is { } only ? [only] : AllPos;

    private static ReadOnlySpan<int> Take(ReadOnlySpan<int> senses, int count) => senses[..Math.Min(Math.Max(count, 0), senses.Length)];

    private IEnumerable<LemmaForm> Forms(string normalized, PartOfSpeech pos) =>
        morphology.BaseForms(normalized, pos).Select(lemma => new LemmaForm(pos, lemma));

    private List<LemmaForm> AllForms(string normalized) => [.. AllPos.SelectMany(pos => Forms(normalized, pos))];

    private HashSet<int> FirstSenses(IEnumerable<LemmaForm> forms, int maxSenses)
    {
        var senses = new HashSet<int>();
        foreach (var (pos, lemma) in forms)
        {
            foreach (var synset in Take(database.Senses(lemma, pos), maxSenses))
            {
                senses.Add(synset);
            }
        }

        return senses;
    }

    private HashSet<int> AllSenses(IEnumerable<LemmaForm> forms) => FirstSenses(forms, int.MaxValue);

    /// <summary>
    /// Adds the noun and verb synsets a noun or verb sense's own word derives to ("restriction" → the verb
    /// "restrict"), following only links whose source is one of <paramref name="forms"/>, since WordNet's
    /// derivations hold between words and a synset's other lemmas have families of their own.
    /// </summary>
    private HashSet<int> WithNounVerbDerivations(HashSet<int> senses, IReadOnlyCollection<LemmaForm> forms)
    {
        var widened = new HashSet<int>(senses);
        foreach (var synsetNumber in senses)
        {
            var pos = database[synsetNumber].Pos;
            if (pos is not (PartOfSpeech.Noun or PartOfSpeech.Verb))
            {
                continue;
            }

            var lemmas = database.Lemmas(synsetNumber);
            foreach (var link in database.Links(synsetNumber))
            {
                if (link.Kind == SynsetLinkKind.Derivation
                    && database[link.Target].Pos is (PartOfSpeech.Noun or PartOfSpeech.Verb)
                    && database[link.Target].Pos != pos
                    && forms.Contains(new LemmaForm(pos, lemmas[link.SourceWord - 1])))
                {
                    widened.Add(link.Target);
                }
            }
        }

        return widened;
    }

    /// <summary>Breadth-first up hypernym and instance links; the start senses themselves do not count.</summary>
    private bool Reaches(HashSet<int> start, HashSet<int> targets, int maxDepth)
    {
        if (start.Count == 0 || targets.Count == 0)
        {
            return false;
        }

        var visited = new HashSet<int>(start);
        var frontier = start.ToList();
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var synset in frontier)
            {
                foreach (var link in database.Links(synset))
                {
                    if (link.Kind is not (SynsetLinkKind.Hypernym or SynsetLinkKind.InstanceHypernym) || !visited.Add(link.Target))
                    {
                        continue;
                    }

                    if (targets.Contains(link.Target))
                    {
                        return true;
                    }

                    next.Add(link.Target);
                }
            }

            frontier = next;
        }

        return false;
    }

    private bool Opposed(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var headsA = ClusterHeads(a);
        var headsB = ClusterHeads(b);
        return HasAntonymInto(headsA, headsB) || HasAntonymInto(headsB, headsA);
    }

    private bool HasAntonymInto(HashSet<int> from, HashSet<int> to)
    {
        foreach (var synset in from)
        {
            foreach (var link in database.Links(synset))
            {
                if (link.Kind == SynsetLinkKind.Antonym && to.Contains(link.Target))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The senses with each adjective satellite joined by the head of its cluster: WordNet gives antonyms only
    /// to heads ("permanent"/"impermanent"), and a satellite ("transitory") inherits its head's opposition.
    /// </summary>
    private HashSet<int> ClusterHeads(HashSet<int> senses)
    {
        var heads = new HashSet<int>(senses);
        foreach (var synsetNumber in senses)
        {
            if (!database[synsetNumber].IsSatellite)
            {
                continue;
            }

            foreach (var link in database.Links(synsetNumber))
            {
                if (link.Kind == SynsetLinkKind.SimilarTo)
                {
                    heads.Add(link.Target);
                }
            }
        }

        return heads;
    }

    /// <summary>True when a family link (derivation, pertainym, participle) leads from a word of <paramref name="from"/> to a word of <paramref name="to"/>.</summary>
    private bool LinksWordTo(IReadOnlyCollection<LemmaForm> from, IReadOnlyCollection<LemmaForm> to) =>
        WordLinks(from).Any(pair => to.Contains(pair.Target));

    private List<(LemmaForm Source, LemmaForm Target)> WordLinks(IReadOnlyCollection<LemmaForm> forms)
    {
        var pairs = new List<(LemmaForm, LemmaForm)>();
        foreach (var form in forms)
        {
            foreach (var synsetNumber in database.Senses(form.Lemma, form.Pos))
            {
                var lemmas = database.Lemmas(synsetNumber);
                foreach (var link in database.Links(synsetNumber))
                {
                    if (link.Kind is (SynsetLinkKind.Derivation or SynsetLinkKind.Pertainym or SynsetLinkKind.Participle)
                        && link.IsLexical
                        && lemmas[link.SourceWord - 1] == form.Lemma)
                    {
                        pairs.Add((form, new LemmaForm(database[link.Target].Pos, database.Lemmas(link.Target)[link.TargetWord - 1])));
                    }
                }
            }
        }

        return pairs;
    }

    private List<string> LemmasOf(IEnumerable<int> synsets, HashSet<string> exclude)
    {
        var lemmas = new List<string>();
        foreach (var synset in synsets)
        {
            foreach (var lemma in database.Lemmas(synset))
            {
                if (!exclude.Contains(lemma) && !lemmas.Contains(lemma, StringComparer.Ordinal))
                {
                    lemmas.Add(lemma);
                }
            }
        }

        return lemmas;
    }
}
