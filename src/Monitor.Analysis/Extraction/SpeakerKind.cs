namespace Monitor.Analysis.Extraction;

/// <summary>Whether a speaker is a person (a "he" or "she" can point at them) or a body (an "it").</summary>
internal enum SpeakerKind
{
    Person,
    Body,
}
