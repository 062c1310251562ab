namespace Monitor.Analysis.Lexical;

/// <summary>
/// WordNet's "morphy": finds the lemmas an inflected word can come from. Irregular forms come from WordNet's
/// exception lists ("ran" → "run", "children" → "child"); regular ones from detaching one suffix. Only forms
/// that are WordNet lemmas of the asked part of speech survive, which is what keeps "bus" from becoming "bu".
/// </summary>
internal sealed class WordNetMorphology(WordNetDatabase database)
{
    // WordNet's detachment rules (suffix, replacement), in the order morphy applies them.
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    /// <summary>
    /// The lemmas <paramref name="word"/> (already normalised) can be a form of in <paramref name="pos"/>: the
    /// exception list's base forms first (an irregular form is usually one), then the word itself, then the
    /// regular detachments. A multi-word phrase that is no lemma as given is retried with its first or last
    /// word reduced, so "gave up" finds "give up" and "prime ministers" finds "prime minister".
    /// </summary>
    public IReadOnlyList<string> BaseForms(string word, PartOfSpeech pos)
    {
        var forms = new List<string>(4);
        foreach (var candidate in Candidates(word, pos))
        {
            AddIfLemma(forms, candidate, pos);
        }

        if (forms.Count > 0 || !word.Contains(' ', StringComparison.Ordinal))
        {
            return forms;
        }

        var first = word.IndexOf(' ', StringComparison.Ordinal);
        var last = word.LastIndexOf(' ');
        foreach (var candidate in Candidates(word[..first], pos))
        {
            AddIfLemma(forms, candidate + word[first..], pos);
        }

        foreach (var candidate in Candidates(word[(last + 1)..], pos))
        {
            AddIfLemma(forms, word[..(last + 1)] + candidate, pos);
        }

        return forms;
    }

    private IEnumerable<string> Candidates(string word, PartOfSpeech pos)
    {
        foreach (var irregular in database.Exceptions(word, pos))
        {
            yield return irregular;
        }

        yield return word;

        var rules = pos switch
        {
            PartOfSpeech.Noun => NounRules,
            PartOfSpeech.Verb => VerbRules,
            PartOfSpeech.Adjective => AdjectiveRules,
            _ => [],
        };
        foreach (var (suffix, ending) in rules)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
            }
        }
    }

    private void AddIfLemma(List<string> forms, string candidate, PartOfSpeech pos)
    {
        if (database.IsLemma(candidate, pos) && !forms.Contains(candidate, StringComparer.Ordinal))
        {
            forms.Add(candidate);
        }
    }
}
