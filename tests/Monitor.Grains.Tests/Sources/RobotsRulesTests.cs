using Monitor.Grains.Sources;

namespace Monitor.Grains.Tests.Sources;

public sealed class RobotsRulesTests
{
    private const string Agent = "Monitor/1.0 (news source reader)";

    [Fact]
    public void The_group_naming_the_crawler_wins_over_the_star_group_and_groups_naming_it_twice_merge()
    {
        var rules = RobotsRules.Parse("""
            User-agent: *
            Disallow: /

            User-agent: monitor
            User-agent: otherbot
            Disallow: /drafts/
            Sitemap: https://example.org/sitemap.xml

            user-agent: MONITOR
            disallow: /tmp
            """);

        Assert.True(rules.IsAllowed(Agent, "/news/1"));
        Assert.False(rules.IsAllowed(Agent, "/drafts/1"));
        Assert.False(rules.IsAllowed(Agent, "/tmp/x"));
        Assert.False(rules.IsAllowed("SomeoneElse/2.0", "/news/1"));
    }

    [Fact]
    public void The_longest_matching_rule_decides_and_allow_wins_a_tie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /same\nAllow: /same\n# a comment\nDisallow: # nothing\n");

        Assert.False(rules.IsAllowed(Agent, "/news/secret"));
        Assert.True(rules.IsAllowed(Agent, "/news/public/today"));
        Assert.True(rules.IsAllowed(Agent, "/same"));
        Assert.True(rules.IsAllowed(Agent, "/elsewhere"));
        Assert.True(rules.IsAllowed(Agent, "/robots.txt"));
    }

    [Fact]
    public void Wildcards_match_any_run_and_a_dollar_anchors_the_end()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print/*\n");

        Assert.False(rules.IsAllowed(Agent, "/files/a.pdf"));
        Assert.True(rules.IsAllowed(Agent, "/files/a.pdf?download=1"));
        Assert.False(rules.IsAllowed(Agent, "/2024/print/story"));
        Assert.True(rules.IsAllowed(Agent, "/2024/story"));
    }

    [Fact]
    public void No_file_allows_everything_and_an_unreachable_one_nothing()
    {
        Assert.True(RobotsRules.AllowAll.IsAllowed(Agent, "/x"));
        Assert.False(RobotsRules.DisallowAll.IsAllowed(Agent, "/x"));
        Assert.True(RobotsRules.Parse("").IsAllowed(Agent, "/x"));
    }
}
