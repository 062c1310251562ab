namespace Monitor.Analysis.Lexical;

/// <summary>Where one lemma's senses (synset numbers, most frequent first) lie in the database's shared sense array.</summary>
internal readonly record struct SenseRange(int Start, int Count);
