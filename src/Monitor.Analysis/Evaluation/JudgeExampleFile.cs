using System.Globalization;
using System.Text;
using System.Text.Json;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Training examples for the judges as JSON lines, one finding per line:
/// <c>{"group":…,"documentPair":"d1>d4","statementPair":"s3>s9","kind":…,"scorer":…,"contradiction":true,"terms":{"similarity":0.7312,…}}</c>.
/// Values are rounded to four decimals and zero terms left out, so the file is stable and what training reads back is
/// exactly what was written.
/// </summary>
public static class JudgeExampleFile
{
    public static string Write(IEnumerable<JudgeExample> examples)
    {
        var text = new StringBuilder();
        foreach (var example in examples)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("group", example.Group);
                writer.WriteString("documentPair", example.DocumentPair);
                writer.WriteString("statementPair", example.StatementPair);
                writer.WriteString("kind", example.Kind);
                writer.WriteString("scorer", example.Evidence.Scorer);
                writer.WriteBoolean("contradiction", example.Contradiction);
                writer.WriteStartObject("terms");
                foreach (var term in example.Evidence.Terms)
                {
                    var value = Math.Round(term.Value, 4, MidpointRounding.AwayFromZero);
                    if (value == 0) continue;
                    writer.WritePropertyName(term.Name);
                    writer.WriteRawValue(value.ToString("0.####", CultureInfo.InvariantCulture));
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            text.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }
        return text.ToString();
    }

    public static IReadOnlyList<JudgeExample> Read(string text)
    {
        var examples = new List<JudgeExample>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var terms = root.GetProperty("terms").EnumerateObject().Select(t => new EvidenceTerm(t.Name, t.Value.GetDouble())).ToArray();
                examples.Add(new JudgeExample(
                    root.GetProperty("group").GetString()!, root.GetProperty("documentPair").GetString()!,
                    root.GetProperty("statementPair").GetString()!, root.GetProperty("kind").GetString()!,
                    new JudgeEvidence(root.GetProperty("scorer").GetString()!, terms), root.GetProperty("contradiction").GetBoolean()));
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"Judge examples, line {number}: {exception.Message}", exception);
            }
        }
        return examples;
    }
}
