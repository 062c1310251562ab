namespace Monitor.Hosting.Services;

/// <summary>
/// The built-in sample corpus: statements written for Monitor about the actors it ships with. None was said by anyone,
/// so every one is marked as an example and shown with that badge.
/// </summary>
public static class SampleCorpus
{
    private const string ResourceName = "Monitor.Hosting.sample-corpus.jsonl";

    public static TextReader Open() =>
        new StreamReader(typeof(SampleCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing."));
}
