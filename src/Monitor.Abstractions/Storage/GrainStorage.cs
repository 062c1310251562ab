namespace Monitor.Abstractions.Storage;

/// <summary>The grain storage provider Monitor's grains keep their state in, whichever store backs it.</summary>
public static class GrainStorage
{
    public const string Name = "monitor";
}
