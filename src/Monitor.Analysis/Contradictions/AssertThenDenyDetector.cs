using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The same actor asserts a claim and, at another time, denies the same claim: the two texts say the
/// same thing once the words of denial and negation are taken out (see <see cref="ClaimKey"/>).
/// </summary>
public sealed class AssertThenDenyDetector : IContradictionDetector
{
    public string Name => "assert-then-deny/v1";

    public IEnumerable<string> IndexKeys(Statement statement) =>
        Keyed(statement) is { } key ? [key] : [];

    public IEnumerable<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        var key = Keyed(incoming);
        if (key is null) yield break;
        var incomingDenies = Denies(incoming);
        foreach (var candidate in candidates)
        {
            if (Keyed(candidate) != key || Denies(candidate) == incomingDenies) continue;
            var (earlier, later) = StatementOrder.Order(candidate, incoming);
            var explanation =
                $"{later.Actor} {(Denies(earlier) ? "denied" : "asserted")} \"{Excerpt.Of(earlier.Text)}\" on {earlier.SaidAt:d MMM yyyy} " +
                $"but {(Denies(later) ? "denied" : "asserted")} it on {later.SaidAt:d MMM yyyy} (\"{Excerpt.Of(later.Text)}\").";
            yield return new Contradiction(AlertKinds.NegatedClaim, 0.85, explanation, Name, earlier, later);
        }
    }

    private static bool Denies(Statement s) => s.Mode == StatementMode.Deny || ClaimKey.IsNegated(s.Text);

    private static string? Keyed(Statement s)
    {
        if (s.Actor is null || s.Mode is StatementMode.Decline or StatementMode.Hedge) return null;
        var key = ClaimKey.Of(s.Text);
        return key.Length == 0 ? null : $"claim|{s.Actor}|{key}";
    }
}
