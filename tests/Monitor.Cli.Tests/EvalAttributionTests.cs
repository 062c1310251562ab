using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

/// <summary>`monitor eval attribution` given a folder that is not PolNeAR's says so and exits 2, without a stack trace.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvalAttributionTests
{
    [Fact]
    public void A_folder_without_the_split_s_attributions_is_named_as_no_PolNeAR_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "monitor-polnear-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "test"));
        var originalError = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var exit = EvalCommand.Attribution(folder, "test");

            Assert.Equal(2, exit);
            Assert.Contains("is not a PolNeAR folder: it has no data/test/attributions", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Console.SetError(originalError);
            Directory.Delete(folder, recursive: true);
        }
    }
}
