namespace Monitor.Analysis.Extraction;

/// <summary>The cue word and the rule that attributed a statement, so a reader can check the attribution.</summary>
public sealed record ExtractionTrace(string Cue, string Rule);
