namespace Monitor.Abstractions;

/// <summary>A tracked party (state, alliance, organisation) and the names and people that stand for it.</summary>
[GenerateSerializer, Immutable, Alias("monitor.actor")]
public sealed record ActorDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Aliases,
    [property: Id(3)] IReadOnlyList<SpeakerDefinition> Speakers)
{
    /// <summary>
    /// Adds the other definition's aliases and speakers to this one; the other's name wins.
    /// Aliases compare case-insensitively; a speaker is the same when name and role match.
    /// </summary>
    public ActorDefinition MergeWith(ActorDefinition other)
    {
        var aliases = Aliases.Concat(other.Aliases)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var speakers = new List<SpeakerDefinition>(Speakers);
        foreach (var speaker in other.Speakers)
        {
            var index = speakers.FindIndex(s => s.IsSamePersonAndRole(speaker));
            if (index >= 0) speakers[index] = speaker; else speakers.Add(speaker);
        }
        return new ActorDefinition(Id, string.IsNullOrWhiteSpace(other.Name) ? Name : other.Name, aliases, speakers);
    }

    /// <summary>The speaker entry of that name whose role holds on the given day, if any.</summary>
    public SpeakerDefinition? SpeakerOn(string name, DateOnly day) =>
        Speakers.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase) && s.HoldsOn(day));
}

/// <summary>A person or office that speaks for an actor, with the role it held and when.</summary>
[GenerateSerializer, Immutable, Alias("monitor.speaker")]
public sealed record SpeakerDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Role = null,
    [property: Id(2)] DateOnly? From = null,
    [property: Id(3)] DateOnly? To = null)
{
    public bool HoldsOn(DateOnly day) => (From is null || From <= day) && (To is null || day <= To);

    public bool IsSamePersonAndRole(SpeakerDefinition other) =>
        string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Role ?? "", other.Role ?? "", StringComparison.OrdinalIgnoreCase);
}
