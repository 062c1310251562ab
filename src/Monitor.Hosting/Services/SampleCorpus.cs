namespace Monitor.Hosting.Services;

/// <summary>
/// The built-in sample corpus: short quotes that named US politicians said in 2016, each with the outlet that reported
/// it and the day it was said (provenance in Sample/README.md), among them two real changes of position. None is
/// marked as an example, because none was made up.
/// </summary>
public static class SampleCorpus
{
    private const string ResourceName = "Monitor.Hosting.sample-corpus.jsonl";

    public static TextReader Open() =>
        new StreamReader(typeof(SampleCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing."));
}
