namespace Monitor.Analysis.Extraction;

/// <summary>
/// A sentence-like stretch of the article. A quote never breaks inside a unit, so a quote of
/// several sentences, or one carried across paragraphs, stays with the words that attribute it.
/// </summary>
internal sealed record TextUnit(int Start, int End, int Paragraph, IReadOnlyList<QuoteSpan> Quotes);
