namespace Monitor.Analysis.Lexical;

/// <summary>The WordNet pointers the lexicon keeps; the others are dropped when the resource is derived.</summary>
internal enum SynsetLinkKind : byte
{
    /// <summary>WordNet "@": the target is a more general synset.</summary>
    Hypernym,

    /// <summary>WordNet "@i": the source is an instance (a named thing) of the target.</summary>
    InstanceHypernym,

    /// <summary>WordNet "!": opposite words.</summary>
    Antonym,

    /// <summary>WordNet "+": words of one family across parts of speech ("explode"/"explosion").</summary>
    Derivation,

    /// <summary>WordNet "&amp;": links an adjective satellite to the head of its cluster, and back.</summary>
    SimilarTo,

    /// <summary>WordNet "\": adjective pertaining to a noun, or adverb derived from an adjective.</summary>
    Pertainym,

    /// <summary>WordNet "&lt;": adjective that is a participle of a verb.</summary>
    Participle,
}
