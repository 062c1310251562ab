namespace Monitor.Analysis.Lexical;

/// <summary>A WordNet lemma in one part of speech: the unit senses, morphology and word-to-word links refer to.</summary>
internal readonly record struct LemmaForm(PartOfSpeech Pos, string Lemma);
