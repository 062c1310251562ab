using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An act ruled out by its noun ("there will be no apology") and later done by its verb ("apologised") is one act;
/// the same count of people on both sides ties two accounts of one event together under different names ("seven
/// fishermen aboard the Santa Lucia", "seven fishermen in the raid on a trawler"). Another act, or another count, is
/// another matter.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class ActNamedByNounTests(MiniLmFixture fixture)
{
    private PairVerdict Check(string earlier, string later) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", new DateTimeOffset(2023, 5, 2, 9, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ardenia", new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_act_ruled_out_by_its_noun_then_done_by_its_verb_is_flagged()
    {
        var verdict = Check("Ardenia regrets the loss of life, but there will be no apology for the raid",
            "apologised on Friday for the deaths of nine people in the raid on the aid convoy");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void The_verb_done_to_another_matter_is_no_turn()
    {
        var verdict = Check("Ardenia regrets the loss of life, but there will be no apology for the raid", "apologised for the delays at the border crossing");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void One_count_of_people_ties_two_names_of_one_event()
    {
        var verdict = Check("again refused to apologise for the killing of seven fishermen aboard the Santa Lucia, as a Corvian report was made public",
            "apologised to Veloria on Friday for the deaths of seven fishermen in the navy's raid on a Corvia-bound trawler");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Another_count_under_other_names_is_another_event()
    {
        var verdict = Check("again refused to apologise for the killing of seven fishermen aboard the Santa Lucia, as a Corvian report was made public",
            "apologised to Veloria on Friday for the deaths of three hikers in the avalanche near Corvia");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
