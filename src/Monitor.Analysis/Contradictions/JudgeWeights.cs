using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The weights each judge's scorer puts on its evidence, read from JSON. Two sets ship: the hand-set weights the judges
/// were first calibrated with (<see cref="HandSet"/>, kept as the prior the learned weights are drawn towards), and the
/// weights learned from labelled pairs (<see cref="Shipped"/>, what the engine uses), which
/// <c>monitor eval train-judges</c> reproduces byte for byte. A score is the logistic of the bias plus each term's
/// value times its weight.
/// </summary>
public sealed class JudgeWeights
{
    private const string ShippedResource = "Monitor.Analysis.Contradictions.judge-weights.json";
    private const string HandSetResource = "Monitor.Analysis.Contradictions.judge-weights-hand.json";

    private static readonly Lazy<JudgeWeights> ShippedWeights = new(() => Load(ShippedResource));
    private static readonly Lazy<JudgeWeights> HandSetWeights = new(() => Load(HandSetResource));

    // Every pair decision looks a scorer up by name; the list keeps the file's order for writing it back.
    private readonly Dictionary<string, ScorerWeights> _byScorer;

    public JudgeWeights(IReadOnlyList<KeyValuePair<string, ScorerWeights>> scorers, string? note = null, JudgeTraining? training = null)
    {
        Scorers = scorers;
        _byScorer = new Dictionary<string, ScorerWeights>(scorers, StringComparer.Ordinal);
        Note = note;
        Training = training;
    }

    /// <summary>The learned weights the engine uses.</summary>
    public static JudgeWeights Shipped => ShippedWeights.Value;

    /// <summary>The hand-set weights: the prior of training, and the baseline learned weights are measured against.</summary>
    public static JudgeWeights HandSet => HandSetWeights.Value;

    public IReadOnlyList<KeyValuePair<string, ScorerWeights>> Scorers { get; }

    /// <summary>How the weights were made, in a line; written into the file.</summary>
    public string? Note { get; }

    /// <summary>The settings training chose, so a fit can be repeated without choosing them again; none for hand-set weights.</summary>
    public JudgeTraining? Training { get; }

    public ScorerWeights Of(string scorer) =>
        _byScorer.TryGetValue(scorer, out var weights) ? weights : throw new InvalidOperationException($"The judge weights have no scorer '{scorer}'.");

    /// <summary>The weighed evidence before the logistic: the bias plus each term's value times its weight.</summary>
    public double Margin(JudgeEvidence evidence)
    {
        var weights = Of(evidence.Scorer);
        var z = weights.Bias;
        foreach (var term in evidence.Terms)
            if (term.Value != 0) z += weights.WeightOf(term.Name) * term.Value;
        return z;
    }

    public double Score(JudgeEvidence evidence) => Logistic.Of(Margin(evidence));

    public static JudgeWeights Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("scorers", out var scorers) || scorers.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException("Judge weights need an object with a \"scorers\" object.");
        var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        JudgeTraining? training = null;
        if (root.TryGetProperty("training", out var t))
        {
            if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("priorStrength", out var strength) || strength.ValueKind != JsonValueKind.Number
                || !t.TryGetProperty("falseAlertCost", out var cost) || cost.ValueKind != JsonValueKind.Number)
                throw new InvalidDataException("\"training\" needs a numeric \"priorStrength\" and \"falseAlertCost\".");
            training = new JudgeTraining(strength.GetDouble(), cost.GetDouble());
        }
        var list = new List<KeyValuePair<string, ScorerWeights>>();
        foreach (var scorer in scorers.EnumerateObject())
        {
            if (!scorer.Value.TryGetProperty("bias", out var bias) || bias.ValueKind != JsonValueKind.Number)
                throw new InvalidDataException($"Scorer '{scorer.Name}' has no numeric \"bias\".");
            var weights = new List<KeyValuePair<string, double>>();
            if (scorer.Value.TryGetProperty("weights", out var terms))
                foreach (var term in terms.EnumerateObject())
                {
                    if (term.Value.ValueKind != JsonValueKind.Number || !double.IsFinite(term.Value.GetDouble()))
                        throw new InvalidDataException($"Scorer '{scorer.Name}': weight '{term.Name}' is not a finite number.");
                    weights.Add(new(term.Name, term.Value.GetDouble()));
                }
            if (weights.Select(w => w.Key).Distinct(StringComparer.Ordinal).Count() != weights.Count)
                throw new InvalidDataException($"Scorer '{scorer.Name}' names a weight twice.");
            if (list.Any(s => s.Key == scorer.Name)) throw new InvalidDataException($"Scorer '{scorer.Name}' is given twice.");
            list.Add(new(scorer.Name, new ScorerWeights(bias.GetDouble(), weights)));
        }
        return new JudgeWeights(list, note, training);
    }

    /// <summary>Indented JSON with every figure rounded to four decimals, so training writes the same bytes every time.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            if (Note is not null) writer.WriteString("note", Note);
            if (Training is not null)
            {
                writer.WriteStartObject("training");
                writer.WritePropertyName("priorStrength");
                writer.WriteRawValue(Figure(Training.PriorStrength));
                writer.WritePropertyName("falseAlertCost");
                writer.WriteRawValue(Figure(Training.FalseAlertCost));
                writer.WriteEndObject();
            }
            writer.WriteStartObject("scorers");
            foreach (var (name, weights) in Scorers)
            {
                writer.WriteStartObject(name);
                writer.WritePropertyName("bias");
                writer.WriteRawValue(Figure(weights.Bias));
                writer.WriteStartObject("weights");
                foreach (var (term, weight) in weights.Weights)
                {
                    writer.WritePropertyName(term);
                    writer.WriteRawValue(Figure(weight));
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Figure(double value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.0###", CultureInfo.InvariantCulture);
    }

    private static JudgeWeights Load(string resource)
    {
        using var stream = typeof(JudgeWeights).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"Embedded judge weights '{resource}' are missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
