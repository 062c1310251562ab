using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A statement in the mode of a denial ("the council denied its forces had broken up the sit-in") keeps its claim as
/// written, with the denial on the statement. When the same actor later asserts that very act on that very thing ("it had
/// decided to break up the sit-in"), or later denies what it had asserted, the two claims read alike and the turn is in the
/// modes: a broken denial, or a claim taken back. A denial of one thing and an act on another is none.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DeniedThenSaidTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenian army"], [])];
    private static readonly DateTimeOffset Day = new(2026, 6, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly StatementAnalyzer _analyzer = new(fixture.Embedder, new ActorMentions(Actors));
    private readonly PairDecider _decider = new(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });

    private PairDecision Decide(string earlier, StatementMode earlierMode, string later, StatementMode laterMode)
    {
        Statement Said(string id, string text, StatementMode mode, int day) =>
            new(id, $"doc-{id}", "ardenia", "Ardenian army", text, false, mode, null, Stance.Neutral, Day.AddDays(day), null, []);
        return _decider.Decide(_analyzer.Analyze(Said("a", earlier, earlierMode, 0)), _analyzer.Analyze(Said("b", later, laterMode, 10)));
    }

    [Fact]
    public void An_act_denied_then_acknowledged_is_a_broken_denial()
    {
        var decision = Decide("its forces had broken up the protest camp outside army headquarters in the capital", StatementMode.Deny,
            "it had decided to break up the protest camp outside army headquarters in the capital on June 3", StatementMode.Assert);

        Assert.NotNull(decision.Finding);
        Assert.Equal(AlertKinds.BrokenDenial, decision.Finding.Kind);
    }

    [Fact]
    public void An_act_asserted_then_denied_is_taken_back()
    {
        var decision = Decide("its troops had shelled the border village of Oskel on Monday", StatementMode.Assert,
            "its troops had shelled the border village of Oskel", StatementMode.Deny);

        Assert.NotNull(decision.Finding);
    }

    [Fact]
    public void Denying_one_act_and_then_doing_another_to_something_else_is_no_turn()
    {
        var decision = Decide("its forces had broken up the protest camp outside army headquarters", StatementMode.Deny,
            "it had decided to break up the smuggling ring operating from the northern port", StatementMode.Assert);

        Assert.Null(decision.Finding);
    }
}
