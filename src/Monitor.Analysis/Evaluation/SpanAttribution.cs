namespace Monitor.Analysis.Evaluation;

/// <summary>An attribution as character ranges: source, cue and content, each possibly in several fragments.</summary>
internal sealed record SpanAttribution(
    IReadOnlyList<(int Start, int End)> Source,
    IReadOnlyList<(int Start, int End)> Cue,
    IReadOnlyList<(int Start, int End)> Content);
