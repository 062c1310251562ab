using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Contradictions.Judges;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An account of an event, then an admission of fault for it by the same actor: the admission takes the account
/// back though it shares few of its words. Fault said hypothetically, denied, demanded of others or blamed on
/// another actor admits nothing.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class AdmissionTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("norway", "Norway", ["Norway", "Oslo"], []),
        new("sweden", "Sweden", ["Sweden", "Stockholm"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 20) =>
        _checker.Check(new PairInput(earlier, "norway", On(3, 1)), new PairInput(later, "norway", On(3, 1).AddDays(gapDays)));

    [Fact]
    public void A_concession_made_again_with_an_apology_takes_nothing_back()
    {
        var verdict = Check("it accepted the findings of the inquiry into the strike",
            "it accepted the findings, regretted the mistakes and would take legal action against those at fault", gapDays: 300);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_count_of_the_injured_is_no_account_an_apology_takes_back()
    {
        var verdict = Check("431 police officers had been injured",
            "he apologised to the people injured when officers tried to stop the vote", gapDays: 4);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_operation_reported_as_done_then_called_a_tragic_mistake_is_flagged()
    {
        var verdict = Check("the navy had fired on a fishing boat near the island",
            "the firing on the boat was a tragic mistake");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Contains("admitted fault", verdict.Explanation);
    }

    [Fact]
    public void Rules_said_to_be_followed_then_an_apology_for_breaking_them_is_a_broken_denial()
    {
        var verdict = Check("the ministry denied that any safety rules had been broken at the depot",
            "the minister apologised and said the safety rules at the depot had been ignored for months");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Theory]
    [InlineData("in her second apology in ten days, the minister said the safety rules at the depot had been ignored for months")]
    [InlineData("the minister apologised again and said the safety rules at the depot had been ignored for months")]
    public void An_apology_said_to_repeat_an_earlier_one_takes_nothing_more_back(string later)
    {
        var verdict = Check("the ministry denied that any safety rules had been broken at the depot", later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Responsibility_accepted_for_what_was_blamed_on_a_fault_takes_the_account_back()
    {
        var verdict = Check("a fault in the signalling system had caused the derailment near the border",
            "the railway authority accepted full responsibility for the derailment, which its own staff had caused");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_admission_wrapped_in_words_of_its_own_still_meets_the_account_it_takes_back()
    {
        var verdict = Check("the safety rules had been followed at the depot at all times",
            "I know how angry the families must feel that we ourselves fell short when it came to obeying the very rules we wrote");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("it would be a mistake to close the depot")]
    [InlineData("the minister said there had been no mistake at the depot")]
    [InlineData("the unions demanded an apology for the fire at the depot")]
    [InlineData("the decision by Sweden to close the depot was a grave mistake")]
    public void Fault_that_is_hypothetical_denied_demanded_or_someone_elses_admits_nothing(string later)
    {
        var verdict = Check("the fire at the depot had been started by lightning", later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("the strike was a tragic mistake", true)]
    [InlineData("we fell short of the standards we set ourselves", true)]
    [InlineData("the army took responsibility for the shelling", true)]
    [InlineData("it would be a mistake to lift the sanctions", false)]
    [InlineData("we have nothing to apologise for", false)]
    [InlineData("the opposition called for an apology", false)]
    [InlineData("the prime minister accepted the apology on behalf of the fishermen", false)]
    [InlineData("the unions welcomed the apologies but asked for more", false)]
    public void An_admission_is_fault_owned_as_said(string text, bool admits) =>
        Assert.Equal(admits, AdmissionJudge.Admits(text));

    [Theory]
    [InlineData("the recall of the heaters would cost the company dearly, but customer safety was its highest priority")]
    [InlineData("customers would be able to swap their heaters for new ones in about two weeks")]
    [InlineData("it was working with the inspectors to recover the burnt heater")]
    [InlineData("it had stopped making and selling the heater for good after more of them caught fire")]
    [InlineData("its heaters contained two thermostat programs that it had failed to disclose to the safety regulator")]
    public void An_apology_takes_back_no_plan_figure_or_step_of_the_speakers_own(string earlier)
    {
        var verdict = Check(earlier,
            "the chief executive apologised and said the company took responsibility for failing to find the heater's flaws before it went on sale");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_apology_takes_back_an_account_of_what_had_happened()
    {
        var verdict = Check("a gas bottle had exploded in the hall and the caretaker lost control of the fire",
            "the fire brigade's commander apologised and accepted full responsibility for the fire in the hall, which his crew had started in a drill");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_guilty_plea_takes_back_a_denial_of_the_same_conduct()
    {
        var verdict = Check("the company had not misled the safety regulator about the heaters' wiring",
            "agreed on Wednesday to plead guilty to misleading the safety regulator about the heaters' wiring and to pay a $40 million fine");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void A_plea_of_not_guilty_admits_nothing()
    {
        var verdict = Check("the company had not misled the safety regulator about the heaters' wiring",
            "pleaded not guilty on Wednesday to misleading the safety regulator about the heaters' wiring");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_relative_clause_that_describes_a_thing_tells_no_account()
    {
        var verdict = Check("it deeply regretted the circumstances that had led to the recall and was committed to restoring trust",
            "the company deeply regretted its conduct and apologised", gapDays: 400);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("rejected calls from Sweden and from the United Nations for an international inquiry into the raid")]
    [InlineData("turned down demands from Sweden for an international inquiry into the raid")]
    public void A_request_refused_is_no_account_an_apology_takes_back(string refusal)
    {
        var decision = Decide(refusal, StatementMode.Deny, "apologised to the families for the deaths of nine people in the raid on the aid ship");

        Assert.Null(decision.Finding);
    }

    [Fact]
    public void A_denial_of_the_act_is_still_taken_back_by_an_apology_for_it()
    {
        var decision = Decide("denied that its commandos had fired first in the raid on the aid ship", StatementMode.Deny,
            "apologised to the families for the deaths of nine people in the raid on the aid ship, admitting its commandos had fired first");

        Assert.NotNull(decision.Finding);
        Assert.Equal(AlertKinds.BrokenDenial, decision.Finding.Kind);
    }

    [Theory]
    [InlineData("it had been reasonable for the captain to order the crew member off the ferry", "the captain apologised to the passengers for ordering the crew member off the ferry")]
    [InlineData("the harbour master had acted properly when he closed the port to the ferry", "the harbour master apologised for closing the port to the ferry")]
    public void Conduct_defended_then_apologised_for_is_a_broken_denial(string earlier, string later)
    {
        var verdict = Check(earlier, later, gapDays: 2);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    private PairDecision Decide(string earlier, StatementMode earlierMode, string later)
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions(Actors));
        var decider = new PairDecider(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        Statement Said(string id, string text, StatementMode mode, int day) =>
            new(id, $"doc-{id}", "norway", "Norway", text, false, mode, null, Stance.Neutral, On(3, 1).AddDays(day), null, []);
        return decider.Decide(analyzer.Analyze(Said("a", earlier, earlierMode, 0)), analyzer.Analyze(Said("b", later, StatementMode.Assert, 600)));
    }
}
