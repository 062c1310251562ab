using Monitor.Abstractions;

namespace Monitor.Analysis.Extraction;

/// <summary>A configured speaker with the actor it speaks for.</summary>
internal sealed record ConfiguredPerson(string Actor, SpeakerDefinition Definition, string Surname);
