namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Extraction scored on one PolNeAR split. The per-role scores follow citron's evaluation (the
/// anchors quoted in the benchmark's SOURCE.md): exact scores need an identical span list and a
/// cue overlapping the gold cue; overlap scores sum token overlaps against predicted and gold token
/// counts. The linked scores follow the benchmark's own protocol: one-to-one pairs whose content
/// overlaps by at least half (Jaccard over non-whitespace characters), then also the source.
/// </summary>
public sealed record PolnearEvaluationResult(
    string Split,
    int Articles,
    int GoldAttributions,
    int PredictedAttributions,
    SpanScore CueExact,
    SpanScore SourceExact,
    SpanScore SourceOverlap,
    SpanScore ContentExact,
    SpanScore ContentOverlap,
    SpanScore LinkedContent,
    SpanScore LinkedContentAndSource,
    SpanScore QuoteMarkSubsetLinkedContent);
