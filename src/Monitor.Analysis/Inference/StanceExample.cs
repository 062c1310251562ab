using Monitor.Abstractions;

namespace Monitor.Analysis.Inference;

/// <summary>A text, the target it takes a stance toward, and that stance: one labelled example for <see cref="TargetStanceTrainer"/>.</summary>
public sealed record StanceExample(string Target, string Text, Stance Stance);
