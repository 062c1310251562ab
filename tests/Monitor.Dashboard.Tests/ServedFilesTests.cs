using System.Net;

namespace Monitor.Dashboard.Tests;

/// <summary>The dashboard's files come from the silo next to the API, which keeps answering as before.</summary>
[Collection(SampleCollection.Name)]
public sealed class ServedFilesTests(SampleFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/js/views/alert.js", "text/javascript")]
    public async Task Dashboard_files_are_served_revalidated_and_never_framed(string path, string mediaType)
    {
        using var response = await fixture.Service.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, "no-cache");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        // The policy travels as a header too, which also forbids framing and covers files a <meta> tag cannot.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/actors", "application/json")]
    [InlineData("/health", "application/json")]
    [InlineData("/openapi/v1.json", "application/json")]
    public async Task Api_health_and_openapi_still_answer(string path, string mediaType)
    {
        using var response = await fixture.Service.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_api_path_is_still_a_404_not_the_dashboard()
    {
        using var response = await fixture.Service.Client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_outside_and_runs_only_its_own_scripts()
    {
        var html = await fixture.Service.Client.GetStringAsync("/");
        Assert.Contains("script-src 'self'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
