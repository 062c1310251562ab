using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// The verb as written names the act even where one side's object gives its predicate another reading ("meet its
/// obligations" is read as paying): "would fully meet its responsibilities" and "no assurance it can meet its
/// obligations" are about one act, and the second is filed where the first is found. A clause with a subject of its
/// own ("that it had hired advisers") does not borrow the subject of the clause before.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class WrittenVerbTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2021, 9, 13, 12, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    [Fact]
    public void A_promise_to_meet_responsibilities_is_negated_by_no_assurance_of_meeting_obligations()
    {
        var verdict = _checker.Check(
            new PairInput("it was in difficulty but would fully meet its responsibilities", "halden", Day),
            new PairInput("there was no assurance it would be able to meet its financial obligations", "halden", Day.AddDays(1)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void A_claim_is_filed_under_its_written_verb_as_well_as_its_reading()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        Statement Said(string id, string text) =>
            new(id, "d1", "halden", "Halden", text, false, StatementMode.Assert, null, Stance.Neutral, Day, null, []);

        var promise = engine.IndexKeys(Said("a", "it would fully meet its responsibilities"));
        var warning = engine.IndexKeys(Said("b", "there was no assurance it would be able to meet its financial obligations"));

        Assert.Contains(promise.Where(k => k.StartsWith("act|", StringComparison.Ordinal)), warning.Contains);
    }

    [Fact]
    public void A_clause_with_its_own_pronoun_subject_keeps_it()
    {
        var claims = new ClaimExtractor().Extract(
            "there was no assurance it would be able to meet its obligations, and that it had hired advisers to explore solutions", Day);

        Assert.Equal(2, claims.Count);
        Assert.DoesNotContain("assurance", claims[1].Subject, StringComparison.Ordinal);
    }
}
