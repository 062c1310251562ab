namespace Monitor.Cli.Tests;

/// <summary>Tests that redirect the process-wide standard error run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
