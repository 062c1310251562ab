using System.Security.Cryptography;
using System.Text;
using Monitor.Abstractions;
using Monitor.Analysis.Inference;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// Fills in what a statement left out — id, mode, topic, stance — the same way every time, so
/// the same input gives the same statement. A statement given without a <c>direct</c> flag is taken
/// as the actor's own words.
/// </summary>
public static class StatementNormalizer
{
    public static Statement Normalize(StatementDraft draft, TopicClassifier topics)
    {
        var mode = draft.Mode ?? ModeClassifier.Classify(draft.Text);
        var topic = draft.Topic ?? topics.Classify(draft.Text);
        var stance = draft.Stance ?? (topic is null ? null : mode == StatementMode.Decline ? Stance.Neutral : StanceClassifier.Classify(draft.Text));
        return new Statement(
            Id: draft.Id ?? IdFor(draft),
            DocumentId: draft.DocumentId,
            Actor: draft.Actor,
            Speaker: draft.Speaker,
            Text: draft.Text,
            Direct: draft.Direct ?? true,
            Mode: mode,
            Topic: topic,
            Stance: stance,
            SaidAt: draft.SaidAt.ToUniversalTime(),
            Span: draft.Span,
            Sources: draft.Sources,
            Example: draft.Example);
    }

    /// <summary>An id derived from who said what when: re-sending the same statement without an id is still idempotent.</summary>
    public static string IdFor(StatementDraft draft)
    {
        var material = $"{draft.Actor}\n{draft.Speaker}\n{draft.SaidAt.UtcTicks}\n{draft.Text.Trim()}";
        return "st-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 10));
    }
}
