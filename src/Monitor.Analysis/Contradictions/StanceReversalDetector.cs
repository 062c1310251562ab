using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The same actor moves from support to oppose (or back) on the same topic. Only the neighbouring
/// stance-bearing statements in time are compared, so a long run of one stance raises one alert
/// at the turn, not one per earlier statement. Hedged and declined statements take no stance.
/// A configured topic is a proposition; a matter found by meaning (an automatic key) only groups remarks on one affair,
/// and "for" one remark and "against" another may be toward two different things in it. So on a found matter only two
/// remarks keyed by the same salient words ("not going back to the IMF" / "formal engagement with the IMF") count as
/// one proposition turned; other stances on it chart a position and raise no alert, while their claims are still
/// judged one against another. Two remarks in one article are read together, as everywhere else.
/// </summary>
public sealed class StanceReversalDetector : IContradictionDetector
{
    public string Name => "stance-reversal/v1";

    public IEnumerable<string> IndexKeys(Statement statement) =>
        TakesStance(statement) ? [Key(statement)] : [];

    public IEnumerable<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        if (!TakesStance(incoming)) yield break;
        var sameMatter = candidates
            .Where(c => TakesStance(c) && Key(c) == Key(incoming) && !StatementOrder.IsCopy(c, incoming) && !StatementOrder.SameDocument(c, incoming)
                        && OneProposition(c, incoming))
            .ToArray();

        var previous = sameMatter.LastOrDefault(c => StatementOrder.IsBefore(c, incoming));
        if (previous is not null && previous.Stance != incoming.Stance)
            yield return Reversal(previous, incoming);

        // A statement that arrives late may sit before one already seen: the turn is then between it and its successor.
        var next = sameMatter.FirstOrDefault(c => StatementOrder.IsBefore(incoming, c));
        if (next is not null && next.Stance != incoming.Stance)
            yield return Reversal(incoming, next);
    }

    private static bool OneProposition(Statement a, Statement b) =>
        !Matters.MatterSet.IsAutomatic(a.Topic) || Extraction.AutoTopicKey.Of(a.Text) == Extraction.AutoTopicKey.Of(b.Text);

    private static bool TakesStance(Statement s) =>
        s.Actor is not null && s.Topic is not null
        && s.Stance is Stance.Support or Stance.Oppose
        && s.Mode is not (StatementMode.Decline or StatementMode.Hedge);

    private static string Key(Statement s) => $"stance|{s.Actor}|{s.Topic}";

    private Contradiction Reversal(Statement earlier, Statement later)
    {
        var explanation =
            $"{later.Actor} {Verb(earlier.Stance)} {later.Topic} on {earlier.SaidAt:d MMM yyyy} " +
            $"(\"{Excerpt.Of(earlier.Text)}\"{By(earlier)}) but {Verb(later.Stance)} it on {later.SaidAt:d MMM yyyy} " +
            $"(\"{Excerpt.Of(later.Text)}\"{By(later)}).";
        return new Contradiction(AlertKinds.StanceReversal, 0.9, explanation, Name, earlier, later);
    }

    private static string Verb(Stance? stance) => stance == Stance.Support ? "supported" : "opposed";

    private static string By(Statement s) => s.Speaker is null ? "" : $", {s.Speaker}";
}
