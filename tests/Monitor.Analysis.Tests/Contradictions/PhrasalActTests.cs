using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A verb and its particle are one act ("step down" is to resign, "call off" to cancel), not the verb alone; a
/// conjunct with its own negation ("… and has no intention of stepping down") is a claim of its own that shares the
/// subject before it; and an act narrated of a person ("resigned on Tuesday") is about that person when someone
/// else's earlier words named them.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class PhrasalActTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2019, 4, 2, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Claim> Claims(string text) => new ClaimExtractor().Extract(text, Day);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Day), new PairInput(later, "ardenia", Day.AddDays(3)));

    [Theory]
    [InlineData("The governor stepped down on Tuesday", "step down")]
    [InlineData("The company called off the merger on Friday", "call off")]
    [InlineData("The troops will not pull out before the election", "pull out")]
    public void A_verb_with_its_particle_is_the_predicate(string text, string predicate)
    {
        var claim = Assert.Single(Claims(text));

        Assert.Equal(predicate, claim.Predicate);
        Assert.DoesNotContain(predicate.Split(' ')[^1], claim.Terms);
    }

    [Theory]
    [InlineData("The board has called off the share sale", "call off")]
    [InlineData("Ardenia had pulled out of the talks by Friday", "pull out")]
    [InlineData("called off the share sale and will return the money to investors", "call off")]
    [InlineData("stepped down as chairman on Tuesday", "step down")]
    public void A_phrasal_verb_after_an_auxiliary_or_opening_a_narrated_act_is_the_predicate(string text, string predicate)
    {
        var claim = Assert.Single(Claims(text));

        Assert.Equal(predicate, claim.Predicate);
        Assert.Equal(Modality.Fact, claim.Modality);
    }

    [Fact]
    public void A_verb_the_sentence_opens_with_that_rules_an_act_out_is_no_phrasal_act()
    {
        var claim = Assert.Single(Claims("ruled out withdrawing the bill"));

        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal("withdrawing", claim.PredicateText);
    }

    [Fact]
    public void A_second_act_promised_after_and_leaves_the_first_act_done()
    {
        var claim = Assert.Single(Claims("The board has sold its stake in the port and will return the money to investors"));

        Assert.Equal("sell", claim.Predicate);
        Assert.Equal(Modality.Fact, claim.Modality);
    }

    [Theory]
    [InlineData("Its follow-on share offer would proceed on schedule", "proc")]
    [InlineData("The run-up to the vote will remain calm", "calm")]
    public void The_first_part_of_a_hyphened_modifier_is_never_the_verb(string text, string predicate)
    {
        Assert.Equal(predicate, Assert.Single(Claims(text)).Predicate);
    }

    [Fact]
    public void A_strike_carried_out_is_the_act_of_striking()
    {
        var claim = Assert.Single(Claims("The army had carried out a drone strike on a convoy near the border"));

        Assert.Equal("strik", claim.Predicate);
    }

    [Fact]
    public void A_phrasal_act_done_is_read_as_past()
    {
        Assert.Equal(Modality.Fact, Assert.Single(Claims("The governor stepped down on Tuesday")).Modality);
    }

    [Fact]
    public void A_plan_ruled_out_is_of_the_act_it_names_not_of_a_purpose_clause_after_it()
    {
        var claim = Assert.Single(Claims("The governor has no intention of stepping down to please the protesters"));

        Assert.Equal("stepping down", claim.PredicateText);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void A_negated_conjunct_is_its_own_claim_with_the_subject_before_it()
    {
        var claims = Claims("The governor is ready to fight in the courts and has no intention of stepping down");

        Assert.Equal(2, claims.Count);
        Assert.Equal(Polarity.Positive, claims[0].Polarity);
        Assert.Equal(Polarity.Negative, claims[1].Polarity);
        Assert.Contains("governor", claims[1].Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The governor has no intention of stepping down", "The governor resigned on Tuesday")]
    [InlineData("The governor is ready to fight in the courts and has no intention of stepping down", "The governor resigned on Tuesday")]
    [InlineData("The governor has no intention of resigning", "The governor stepped down on Tuesday")]
    public void Ruling_out_stepping_down_then_resigning_is_a_broken_denial(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Theory]
    [InlineData("The governor has no intention of stepping down", "The governor stepped up his attacks on the courts on Tuesday")]
    [InlineData("The company will not call off the merger", "The company called in its lawyers on Friday")]
    public void The_same_verb_with_another_particle_is_another_act(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_act_narrated_of_a_person_answers_what_another_speaker_said_of_that_person()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        var promise = new Statement("nephew", "d1", "ardenia", "Tomas Reyka",
            "President Ivo Varga is ready to fight on and has no intention of stepping down to please the army", false,
            StatementMode.Assert, null, Stance.Neutral, Day, null, []);
        var act = new Statement("act", "d2", "ardenia", "Ivo Varga", "resigned as Ardenia's president on Tuesday", false,
            StatementMode.Assert, null, Stance.Neutral, Day.AddDays(3), null, []);

        var found = Assert.Single(engine.Detect(act, [promise]));

        Assert.Equal(AlertKinds.BrokenDenial, found.Kind);
    }
}
