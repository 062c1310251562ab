namespace Monitor.Analysis.Lexical;

/// <summary>
/// Where a noun sits in WordNet, worked out once so that comparing two words is a set intersection:
/// its first senses, and the senses above them a few hypernym steps up. Two words relate when they
/// share a sense ("levy"/"duty") or one's sense lies above the other's ("wheat" is a kind of "food").
/// </summary>
public sealed record ConceptFootprint(IReadOnlySet<int> Senses, IReadOnlySet<int> Ancestors)
{
    public static readonly ConceptFootprint None = new(new HashSet<int>(), new HashSet<int>());

    public bool IsEmpty => Senses.Count == 0;

    public bool Relates(ConceptFootprint other) =>
        !IsEmpty && !other.IsEmpty
        && (Senses.Overlaps(other.Senses) || Senses.Overlaps(other.Ancestors) || Ancestors.Overlaps(other.Senses));
}
