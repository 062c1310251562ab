using System.Text;
using Monitor.Abstractions;
using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Reads SemEval-2016 Task 6 stance files: tab separated, a header line, then ID, Target, Tweet and
/// Stance (FAVOR, AGAINST or NONE), further columns ignored. The official training file is
/// Windows-1252 and the others ASCII, so a file that is not valid UTF-8 is read as Windows-1252.
/// </summary>
public static class SemEvalStanceData
{
    public const string TrainingFile = "trainingdata-all-annotations.txt";
    public const string TrialFile = "trialdata-all-annotations.txt";
    public const string TestFile = "testdata-taskA-all-annotations.txt";

    /// <summary>The task organisers appended this hashtag to every tweet; it says nothing about stance.</summary>
    private const string TaskHashtag = "#SemST";

    static SemEvalStanceData() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What may be learned from: the training file and, when present, the trial file (as SemEval allowed).</summary>
    public static async Task<IReadOnlyList<StanceExample>> ReadTrainingAsync(string directory, CancellationToken cancellationToken)
    {
        var examples = new List<StanceExample>(await ReadAsync(Path.Combine(directory, TrainingFile), cancellationToken));
        var trial = Path.Combine(directory, TrialFile);
        if (File.Exists(trial)) examples.AddRange(await ReadAsync(trial, cancellationToken));
        return examples;
    }

    public static async Task<IReadOnlyList<StanceExample>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Parse(Decode(bytes));
    }

    public static IReadOnlyList<StanceExample> Parse(string content)
    {
        var examples = new List<StanceExample>();
        var lines = content.Split('\n');
        for (var n = 1; n < lines.Length; n++)
        {
            var cells = lines[n].TrimEnd('\r').Split('\t');
            if (cells.Length < 4) continue;
            var stance = cells[3].Trim() switch
            {
                "FAVOR" => Stance.Support,
                "AGAINST" => Stance.Oppose,
                "NONE" => Stance.Neutral,
                var other => throw new InvalidDataException($"line {n + 1}: unknown stance '{other}'"),
            };
            examples.Add(new StanceExample(cells[1].Trim(), StripTaskHashtag(cells[2]), stance));
        }
        return examples;
    }

    /// <summary>The official label of a stance.</summary>
    public static string Label(Stance stance) => stance switch
    {
        Stance.Support => "FAVOR",
        Stance.Oppose => "AGAINST",
        _ => "NONE",
    };

    private static string StripTaskHashtag(string tweet) =>
        tweet.Replace(TaskHashtag, " ", StringComparison.OrdinalIgnoreCase).Trim();

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
