namespace Monitor.Analysis.Extraction;

/// <summary>
/// A quotation: <see cref="Open"/> is the opening mark, <see cref="Close"/> the closing mark (or the
/// end of the paragraph where an unbalanced quote was cut off). The words lie strictly between them.
/// A quote carried over several paragraphs is one span that includes the reopening marks.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int ContentStart => Open + 1;
    public int ContentEnd => Close;
}
