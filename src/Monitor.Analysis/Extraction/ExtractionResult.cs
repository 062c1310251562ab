namespace Monitor.Analysis.Extraction;

/// <summary>
/// The statements found in one article, in text order. <paramref name="RefusedBecause"/> says why
/// nothing was extracted when the article was turned away (e.g. it is not English).
/// </summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedStatement> Statements, string? RefusedBecause = null);
