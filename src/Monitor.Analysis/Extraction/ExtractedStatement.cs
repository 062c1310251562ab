using Monitor.Abstractions;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// A statement with what the extractor saw: the speaker as written, whether it is a media report
/// (a statement by the outlet, never by the actors it mentions), and why it was attributed.
/// <paramref name="SpeakerSpan"/> and <paramref name="CueSpan"/> locate the speaker mention and the
/// cue in the article text so evaluations can score spans; words that carry on an earlier speaker
/// have no cue of their own and point at that speaker's mention.
/// </summary>
public sealed record ExtractedStatement(
    Statement Statement,
    string SpeakerText,
    bool IsReport,
    ExtractionTrace Trace,
    TextSpan? SpeakerSpan = null,
    TextSpan? CueSpan = null);
