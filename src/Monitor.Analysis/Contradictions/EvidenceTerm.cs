namespace Monitor.Analysis.Contradictions;

/// <summary>One piece of evidence a judge weighs: a name the weights file knows and its value (a flag is 0 or 1).</summary>
public sealed record EvidenceTerm(string Name, double Value)
{
    public static EvidenceTerm Flag(string name, bool present) => new(name, present ? 1 : 0);
}
