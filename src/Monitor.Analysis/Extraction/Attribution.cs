namespace Monitor.Analysis.Extraction;

/// <summary>
/// Who said what inside one unit, before the speaker is resolved. A null speaker range means the
/// unit carries on the previous speaker's words. Content ranges are character offsets into the
/// article; several ranges make a split quote.
/// </summary>
internal sealed record Attribution(
    int? SpeakerStart,
    int? SpeakerEnd,
    int CueStart,
    int CueEnd,
    string Cue,
    IReadOnlyList<(int Start, int End)> Content,
    bool Direct,
    string Rule);
