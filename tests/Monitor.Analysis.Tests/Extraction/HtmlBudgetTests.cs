using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>Pages that would make the HTML tree builder work in the square of their depth are refused before it runs.</summary>
public sealed class HtmlBudgetTests
{
    private const string Lead = "<p>The minister said the talks went well.</p>";

    private static string Repeat(string part, int times) => string.Concat(Enumerable.Repeat(part, times));

    [Theory]
    [InlineData("<div>", 200_000)]
    [InlineData("<div>", 64_000)]
    [InlineData("<b>", 150_000)]
    [InlineData("<span>", 600)]
    [InlineData("<div/>", 600)]
    [InlineData("<DIV class='a>b'>", 600)]
    public void Unclosed_elements_nested_past_the_limit_are_refused(string tag, int times)
    {
        var reason = HtmlBudget.Exceeded(Lead + Repeat(tag, times));

        Assert.NotNull(reason);
        Assert.Contains("limit", reason);
        Assert.Throws<ArgumentException>(() => DocumentText.FromHtml(Lead + Repeat(tag, times)));
    }

    [Theory]
    [InlineData("<div></span>")]   // an end tag for an element that is not open closes nothing
    [InlineData("<x '><div>")]     // a quote that opens no attribute value hides no tags
    public void Tricks_that_hide_nesting_from_a_naive_count_are_still_counted(string part)
    {
        Assert.NotNull(HtmlBudget.Exceeded(Lead + Repeat(part, 600)));
    }

    [Fact]
    public void Nesting_inside_noscript_counts_because_the_parser_reads_it_as_markup()
    {
        Assert.NotNull(HtmlBudget.Exceeded(Lead + "<noscript>" + Repeat("<div>", 600)));
    }

    [Fact]
    public void Too_many_elements_are_refused_even_when_flat()
    {
        var reason = HtmlBudget.Exceeded(Lead + Repeat("<br>", HtmlBudget.MaxElements + 1));

        Assert.Contains("elements", reason);
    }

    [Fact]
    public void Long_ordinary_pages_are_read()
    {
        // Thousands of blocks opened and closed, paragraphs and list items left unclosed as old pages do,
        // markup inside scripts and comments, and nesting close to the limit.
        var html = "<html><head><script>var t = '" + Repeat("<div>", 2_000) + "';</script></head><body><!-- " + Repeat("<div>", 2_000) + " -->"
            + Repeat("<div class=\"row\"><p>Officials said the plan would go ahead.</div>", 20_000)
            + "<ul>" + Repeat("<li>item", 5_000) + "</ul>"
            + Repeat("<section>", 500) + "<p>Deep text." + Repeat("</section>", 500)
            + "</body></html>";

        Assert.Null(HtmlBudget.Exceeded(html));
        Assert.Contains("Deep text.", DocumentText.FromHtml(html));
    }
}
