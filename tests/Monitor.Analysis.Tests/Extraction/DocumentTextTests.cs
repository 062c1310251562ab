using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

public sealed class DocumentTextTests
{
    [Fact]
    public void Scripts_and_styles_are_dropped_and_blocks_become_paragraphs()
    {
        const string html = """
            <html><head><title>Page</title><style>p { color: red; }</style></head>
            <body><script>var said = "not text";</script>
            <h1>Talks in Tokyo</h1><p>Haruto Sato said talks   were
            going well.</p><div>&ldquo;We are close,&rdquo; he said.</div><ul><li>one</li><li>two</li></ul></body></html>
            """;

        var text = DocumentText.FromHtml(html);

        Assert.Equal("Talks in Tokyo\n\nHaruto Sato said talks were going well.\n\n\u201cWe are close,\u201d he said.\n\none\n\ntwo", text);
    }

    [Fact]
    public void Inline_elements_stay_inside_their_sentence()
    {
        var text = DocumentText.FromHtml("<p>NATO <b>will not</b> go into <a href='#'>details</a>.<br>Next line</p>");

        Assert.Equal("NATO will not go into details.\n\nNext line", text);
    }

    [Fact]
    public void Extracting_from_html_text_works_end_to_end()
    {
        var text = DocumentText.FromHtml("<article><p>Intro.</p><p>\"We oppose the plan,\" Lin Wei said.</p><noscript>said nothing</noscript></article>");

        var statement = Assert.Single(ExtractionFixture.Extract(text));

        Assert.Equal("china", statement.Statement.Actor);
        Assert.Equal("We oppose the plan", statement.Statement.Text);
    }
}
