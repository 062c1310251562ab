namespace Monitor.Analysis.Extraction;

/// <summary>What a speaker mention stands for: a tracked actor (or none), the name or office to record, and its kind.</summary>
internal sealed record ResolvedSpeaker(string? Actor, string Speaker, SpeakerKind Kind, bool IsReport, string Rule)
{
    /// <summary>Grammatical gender when the text gave it away ("spokeswoman", "Mr"); null when unknown.</summary>
    public char? Gender { get; init; }

    /// <summary>The role words the text or the configuration gave ("spokesperson", "foreign minister").</summary>
    public string? Role { get; init; }
}
