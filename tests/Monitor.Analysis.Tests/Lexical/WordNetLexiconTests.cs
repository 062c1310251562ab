using System.Diagnostics;
using Monitor.Analysis.Lexical;
using Xunit.Abstractions;

namespace Monitor.Analysis.Tests.Lexical;

/// <summary>
/// Every expectation here was checked against WordNet 3.0 itself: where everyday usage and WordNet differ
/// ("tax" is a kind of "levy" there, not the reverse; "ship" and "deliver" share no sense), the test follows
/// WordNet, because callers must know what the lexicon really answers.
/// </summary>
public sealed class WordNetLexiconTests(ITestOutputHelper output)
{
    private static WordNetLexicon Lexicon => WordNetLexicon.Shared;

    [Fact]
    public void Shared_is_loaded_once_and_is_the_same_instance_on_every_thread()
    {
        var seen = new WordNetLexicon[16];
        Parallel.For(0, seen.Length, i => seen[i] = WordNetLexicon.Shared);

        Assert.All(seen, lexicon => Assert.Same(WordNetLexicon.Shared, lexicon));
        Assert.True(Lexicon.SynsetCount > 117_000, $"only {Lexicon.SynsetCount} synsets loaded");
        Assert.True(Lexicon.LemmaCount > 155_000, $"only {Lexicon.LemmaCount} lemmas loaded");
    }

    [Fact]
    public void The_embedded_resource_reads_into_a_fresh_lexicon()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var lexicon = new WordNetLexicon(WordNetResourceReader.ReadEmbedded());
        watch.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        output.WriteLine($"load {watch.ElapsedMilliseconds} ms, {retained / 1048576.0:F1} MB retained");

        Assert.Equal(WordNetLexicon.Shared.SynsetCount, lexicon.SynsetCount);
        Assert.True(lexicon.AreSynonyms("buy", "purchase"));
        GC.KeepAlive(lexicon);
    }

    [Theory]
    [InlineData("ran", PartOfSpeech.Verb, "run")]
    [InlineData("went", PartOfSpeech.Verb, "go")]
    [InlineData("bought", PartOfSpeech.Verb, "buy")]
    [InlineData("withdrew", PartOfSpeech.Verb, "withdraw")]
    [InlineData("imposed", PartOfSpeech.Verb, "impose")]
    [InlineData("supplies", PartOfSpeech.Verb, "supply")]
    [InlineData("exporting", PartOfSpeech.Verb, "export")]
    [InlineData("Gave Up", PartOfSpeech.Verb, "give up")]
    [InlineData("children", PartOfSpeech.Noun, "child")]
    [InlineData("crises", PartOfSpeech.Noun, "crisis")]
    [InlineData("taxes", PartOfSpeech.Noun, "tax")]
    [InlineData("sanctions", PartOfSpeech.Noun, "sanction")]
    [InlineData("prime_ministers", PartOfSpeech.Noun, "prime minister")]
    [InlineData("better", PartOfSpeech.Adjective, "good")]
    [InlineData("higher", PartOfSpeech.Adjective, "high")]
    public void Base_forms_undo_inflection_regular_and_irregular(string word, PartOfSpeech pos, string lemma)
    {
        Assert.Contains(lemma, Lexicon.BaseForms(word, pos));
    }

    [Fact]
    public void Base_forms_are_only_wordnet_lemmas()
    {
        Assert.Equal(["bus"], Lexicon.BaseForms("buses", PartOfSpeech.Noun));
        Assert.Empty(Lexicon.BaseForms("ran", PartOfSpeech.Noun));
        Assert.Empty(Lexicon.BaseForms("xqzzyx", PartOfSpeech.Verb));
        Assert.Equal([PartOfSpeech.Noun, PartOfSpeech.Verb], Lexicon.PartsOfSpeech("exports"));
    }

    [Theory]
    [InlineData("buy", "purchase")]
    [InlineData("supply", "provide")]
    [InlineData("begin", "start")]
    [InlineData("nation", "country")]
    [InlineData("treaty", "pact")]
    [InlineData("talks", "negotiation")]
    [InlineData("sanction", "approve")]
    [InlineData("halted", "stopped")]
    [InlineData("cut", "reduce")]
    [InlineData("Tariffs", "duties")]
    public void Synonyms_share_a_common_sense(string a, string b)
    {
        Assert.True(Lexicon.AreSynonyms(a, b), $"{a} / {b}");
        Assert.True(Lexicon.AreSynonyms(b, a), $"{b} / {a}");
        Assert.Equal(LexicalRelation.Synonym, Lexicon.Relate(a, b));
    }

    [Theory]
    [InlineData("ship", "deliver")]
    [InlineData("deliver", "supply")]
    [InlineData("supply", "export")]
    [InlineData("restrict", "prohibit")]
    [InlineData("accept", "reject")]
    [InlineData("wheat", "frigate")]
    public void Unrelated_or_merely_close_words_are_not_synonyms(string a, string b)
    {
        Assert.False(Lexicon.AreSynonyms(a, b), $"{a} / {b}");
    }

    [Fact]
    public void Synonymy_is_limited_to_the_first_senses()
    {
        // "ship" and "send" share only ship's fourth sense (transport commercially is the first).
        Assert.False(Lexicon.AreSynonyms("ship", "send"));
        Assert.True(Lexicon.AreSynonyms("ship", "send", PartOfSpeech.Verb, maxSenses: 4));
        Assert.False(Lexicon.AreSynonyms("ship", "send", PartOfSpeech.Noun, maxSenses: 10));
    }

    [Theory]
    [InlineData("frigate", "warship")]
    [InlineData("destroyers", "warship")]
    [InlineData("tax", "levy")]
    [InlineData("tariff", "tax")]
    [InlineData("repayment", "payment")]
    [InlineData("wheat", "food")]
    [InlineData("wheat", "grain")]
    [InlineData("embargo", "ban")]
    [InlineData("missile", "weapon")]
    [InlineData("Paris", "city")]
    [InlineData("invaded", "attack")]
    [InlineData("raise", "increase")]
    [InlineData("recommend", "advise")]
    [InlineData("ban", "prohibit")]
    public void Hyponyms_are_a_kind_of_their_hypernym(string hyponym, string hypernym)
    {
        Assert.True(Lexicon.IsA(hyponym, hypernym), $"{hyponym} is a {hypernym}");
        Assert.False(Lexicon.IsA(hypernym, hyponym), $"{hypernym} is a {hyponym}");
        Assert.Equal(LexicalRelation.Hypernym, Lexicon.Relate(hyponym, hypernym));
        Assert.Equal(LexicalRelation.Hyponym, Lexicon.Relate(hypernym, hyponym));
    }

    [Fact]
    public void Is_a_respects_part_of_speech_and_depth()
    {
        Assert.True(Lexicon.IsA("frigate", "warship", PartOfSpeech.Noun));
        Assert.False(Lexicon.IsA("frigate", "warship", PartOfSpeech.Verb));
        Assert.False(Lexicon.IsA("levy", "tax"));
        Assert.False(Lexicon.IsA("frigate", "frigate"));
        // frigate → warship → military vehicle → vehicle → conveyance → instrumentality: five steps.
        Assert.True(Lexicon.IsA("frigate", "vehicle"));
        Assert.False(Lexicon.IsA("frigate", "instrumentality"));
        Assert.True(Lexicon.IsA("frigate", "instrumentality", maxDepth: 5));
    }

    [Theory]
    [InlineData("devalue", "devaluation")]
    [InlineData("explode", "explosion")]
    [InlineData("die", "death")]
    [InlineData("restrict", "restrictions")]
    [InlineData("negotiate", "negotiation")]
    [InlineData("invaded", "invasion")]
    [InlineData("ratify", "ratification")]
    [InlineData("economic", "economy")]
    public void Derivations_link_one_word_family(string a, string b)
    {
        Assert.True(Lexicon.AreDerivationallyRelated(a, b), $"{a} / {b}");
        Assert.True(Lexicon.AreDerivationallyRelated(b, a), $"{b} / {a}");
        Assert.Equal(LexicalRelation.Derived, Lexicon.Relate(a, b));
        Assert.Contains(Lexicon.BaseForms(b, Lexicon.PartsOfSpeech(b)[0])[0], Lexicon.DerivedForms(a));
    }

    [Fact]
    public void The_verb_export_derives_the_noun_export()
    {
        Assert.True(Lexicon.AreDerivationallyRelated("export", "export"));
        Assert.Equal(LexicalRelation.Same, Lexicon.Relate("exports", "exported"));
    }

    [Theory]
    [InlineData("explosion", "explosive")]
    [InlineData("devalue", "explode")]
    [InlineData("tax", "levy")]
    public void Words_without_a_derivation_link_are_not_derived(string a, string b)
    {
        Assert.False(Lexicon.AreDerivationallyRelated(a, b), $"{a} / {b}");
    }

    [Theory]
    [InlineData("accept", "reject")]
    [InlineData("raise", "lower")]
    [InlineData("open", "close")]
    [InlineData("increase", "decrease")]
    [InlineData("win", "lose")]
    [InlineData("buy", "sell")]
    [InlineData("imports", "exports")]
    [InlineData("permit", "forbid")]
    [InlineData("arrive", "leave")]
    [InlineData("legal", "illegal")]
    [InlineData("effective", "ineffective")]
    [InlineData("temporary", "permanent")]
    [InlineData("transitory", "permanent")]
    public void Antonyms_are_opposed(string a, string b)
    {
        Assert.True(Lexicon.AreAntonyms(a, b), $"{a} / {b}");
        Assert.True(Lexicon.AreAntonyms(b, a), $"{b} / {a}");
        Assert.Equal(LexicalRelation.Antonym, Lexicon.Relate(a, b));
    }

    [Fact]
    public void Adjective_satellites_take_their_cluster_heads_antonym()
    {
        // "transitory" is a satellite of "impermanent"/"temporary", whose head antonym is "permanent".
        Assert.Contains("permanent", Lexicon.Antonyms("transitory"));
        Assert.Contains("reject", Lexicon.Antonyms("accepted"));
    }

    [Theory]
    [InlineData("transitory", "persistent")]
    [InlineData("temporary", "persistent")]
    [InlineData("stay", "leave")]
    [InlineData("lift", "impose")]
    [InlineData("halt", "resume")]
    [InlineData("accept", "ship")]
    [InlineData("loosen", "tighten")]
    public void Words_wordnet_does_not_oppose_are_not_antonyms(string a, string b)
    {
        Assert.False(Lexicon.AreAntonyms(a, b), $"{a} / {b}");
    }

    [Fact]
    public void Relate_bridges_nouns_and_verbs_through_derivation()
    {
        // restriction → restrict (verb), which WordNet files under curb (hold in check).
        Assert.Equal(LexicalRelation.Hypernym, Lexicon.Relate("restrictions", "curb"));
        // restriction → restrict, which shares a sense with limit.
        Assert.Equal(LexicalRelation.Synonym, Lexicon.Relate("restriction", "limit"));
        // loosening and tightening are opposed nouns; the verbs only through them.
        Assert.Equal(LexicalRelation.Antonym, Lexicon.Relate("loosen", "tighten"));
    }

    [Theory]
    [InlineData("Went", "go", LexicalRelation.Same)]
    [InlineData("export", "EXPORTS", LexicalRelation.Same)]
    [InlineData("curb", "restrict", LexicalRelation.Hyponym)]
    [InlineData("death", "die", LexicalRelation.Derived)]
    [InlineData("wheat", "frigate", LexicalRelation.None)]
    [InlineData("tax", "warship", LexicalRelation.None)]
    [InlineData("supply", "export", LexicalRelation.None)]
    [InlineData("export", "sell", LexicalRelation.None)]
    [InlineData("grain", "missile", LexicalRelation.None)]
    [InlineData("xqzzyx", "warship", LexicalRelation.None)]
    [InlineData("", "warship", LexicalRelation.None)]
    public void Relate_names_the_strongest_relation(string a, string b, LexicalRelation expected)
    {
        Assert.Equal(expected, Lexicon.Relate(a, b));
    }

    [Fact]
    public void Concept_keys_are_shared_by_synonyms_and_stable()
    {
        var buy = Lexicon.ConceptKeys("bought");
        var purchase = Lexicon.ConceptKeys("purchases");

        Assert.Contains("v02207224", buy);
        Assert.Contains("v02207224", purchase);
        Assert.Equal(["n04552696"], Lexicon.ConceptKeys("warships"));
        Assert.All(Lexicon.ConceptKeys("transitory"), key => Assert.Matches("^[nvasr][0-9]{8}$", key));
        Assert.Empty(Lexicon.ConceptKeys("wheat").Intersect(Lexicon.ConceptKeys("frigate")));
        Assert.Empty(Lexicon.ConceptKeys("xqzzyx"));
    }

    [Fact]
    public void Synonym_lists_start_with_the_common_sense()
    {
        var synonyms = Lexicon.Synonyms("nation", PartOfSpeech.Noun);

        Assert.Equal("state", synonyms[0]);
        Assert.Contains("country", synonyms);
        Assert.DoesNotContain("nation", synonyms);
    }

    [Theory]
    [InlineData("payment", "pay")]
    [InlineData("payments", "pay")]
    [InlineData("repayment", "repay")]
    [InlineData("agreement", "agree")]
    [InlineData("withdrawal", "withdraw")]
    [InlineData("shipments", "ship")]
    [InlineData("decision", "decide")]
    public void A_noun_names_the_act_of_its_verb(string noun, string verb) => Assert.Equal(verb, Lexicon.ActNamedBy(noun));

    [Theory]
    [InlineData("bill")]
    [InlineData("floor")]
    [InlineData("wheat")]
    [InlineData("xqzzyx")]
    public void Nouns_of_things_name_no_act(string noun) => Assert.Null(Lexicon.ActNamedBy(noun));
}
