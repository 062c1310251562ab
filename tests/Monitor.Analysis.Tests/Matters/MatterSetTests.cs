using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Extraction;
using Monitor.Analysis.Matters;

namespace Monitor.Analysis.Tests.Matters;

/// <summary>
/// Matters found, not configured: one actor's remarks on a matter in other words share a matter, other matters keep
/// their own, the same order gives the same matters, and the set stays bounded and survives a snapshot.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class MatterSetTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2025, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Remarks =
    [
        "Ardenia will build a deep-water port at Tusan next year.",
        "The new harbour at Tusan is to be constructed by the Ardenian government.",
        "Wheat prices on the domestic market fell sharply this spring.",
        "Construction of the Tusan port will start in the new year.",
        "Farmers were paid less for their wheat as prices dropped.",
    ];

    private (string Key, float[] Meaning) Read(ContradictionEngine engine, string text)
    {
        var statement = new Statement("s", null, "ardenia", null, text, true, StatementMode.Assert, null, null, Day, null, []);
        return (AutoTopicKey.Of(text)!, MatterSet.MeaningOf(engine.MeaningVectors(statement))!);
    }

    private List<string> File(MatterSet set, IEnumerable<string> texts)
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        var filed = new List<string>();
        var order = 0;
        foreach (var text in texts)
        {
            var (key, meaning) = Read(engine, text);
            var matter = set.Assign(key, meaning);
            set.Observe(matter, key, meaning, ++order);
            filed.Add(matter);
        }
        return filed;
    }

    [Fact]
    public void Remarks_on_one_matter_in_other_words_share_it_and_another_matter_opens_its_own()
    {
        var set = new MatterSet();

        var filed = File(set, Remarks);

        var port = filed[0];
        var wheat = filed[2];
        Assert.NotEqual(port, wheat);
        Assert.Equal([port, port, wheat, port, wheat], filed);
        // The id is the key of the remark that opened the matter: it does not move as others join.
        Assert.Equal(AutoTopicKey.Of(Remarks[0]), port);
        Assert.Equal((3, 2), (set.Find(port)!.Count, set.Find(wheat)!.Count));
        Assert.Contains("tusan", set.Find(port)!.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_same_remarks_in_the_same_order_give_the_same_matters_and_a_snapshot_read_back_files_alike()
    {
        var first = new MatterSet();
        var second = new MatterSet();
        File(first, Remarks);
        File(second, Remarks);

        var restored = JsonSerializer.Deserialize<MatterSet>(JsonSerializer.Serialize(first))!;
        var next = "Work on Tusan's new port begins in January.";

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.Equal(File(first.Copy(), [next]), File(restored, [next]));
        Assert.Equal(AutoTopicKey.Of(Remarks[0]), File(first, [next]).Single());
    }

    [Fact]
    public void A_remark_filed_under_a_matter_the_set_no_longer_holds_opens_it_again_under_that_id()
    {
        var set = new MatterSet();
        var meaning = new float[] { 1, 0, 0 };

        set.Observe("~auto-harbour-tusan", "~auto-harbour-tusan", meaning, 7);

        var matter = Assert.Single(set.Matters);
        Assert.Equal(("~auto-harbour-tusan", 1, 7L), (matter.Id, matter.Count, matter.LastSeen));
        Assert.Equal("harbour, tusan", matter.Name);
        Assert.Equal("~auto-harbour-tusan", set.Assign("~auto-other-words", [0.9f, 0.1f, 0]));
        Assert.Equal("~auto-other-words", set.Assign("~auto-other-words", [0, 1, 0]));
    }

    [Fact]
    public void At_most_the_bound_of_matters_are_kept_and_the_one_quiet_longest_goes_first()
    {
        var set = new MatterSet();
        for (var i = 0; i < MatterSet.MaxMatters + 1; i++)
        {
            // Each matter its own direction, so none joins another.
            var meaning = new float[MatterSet.MaxMatters + 1];
            meaning[i] = 1;
            set.Observe($"~auto-matter-{i:000}", null, meaning, i == 0 ? 500 : i);
        }

        Assert.Equal(MatterSet.MaxMatters, set.Matters.Count);
        Assert.NotNull(set.Find("~auto-matter-000"));
        Assert.Null(set.Find("~auto-matter-001"));
    }

    [Fact]
    public void Only_automatic_keys_are_grouped_and_a_statement_without_vectors_has_no_meaning()
    {
        Assert.True(MatterSet.IsAutomatic("~auto-harbour-tusan"));
        Assert.False(MatterSet.IsAutomatic("nato-membership"));
        Assert.False(MatterSet.IsAutomatic(null));
        Assert.Null(MatterSet.MeaningOf([]));
        Assert.Equal([0.6f, 0.8f], MatterSet.MeaningOf([[3f, 0], [0, 4f]])!);
    }
}
