namespace Monitor.Analysis.Lexical;

/// <summary>
/// How two words relate in WordNet, as <see cref="WordNetLexicon.Relate"/> reports it. When several hold,
/// the one listed first here wins, because a shared base form says more than a shared sense, and a
/// shared sense more than a link between senses.
/// </summary>
public enum LexicalRelation
{
    /// <summary>The words share a base form ("exports"/"exported", "went"/"go").</summary>
    Same,

    /// <summary>The words share a synset among their first senses ("buy"/"purchase").</summary>
    Synonym,

    /// <summary>WordNet links the words as derivationally related ("devalue"/"devaluation").</summary>
    Derived,

    /// <summary>The first word is a kind of the second ("frigate"/"warship"): the second is the first's hypernym.</summary>
    Hypernym,

    /// <summary>The second word is a kind of the first ("warship"/"frigate"): the second is the first's hyponym.</summary>
    Hyponym,

    /// <summary>WordNet gives the words opposite senses ("accept"/"reject").</summary>
    Antonym,

    /// <summary>None of the above within the sense and depth limits.</summary>
    None,
}
