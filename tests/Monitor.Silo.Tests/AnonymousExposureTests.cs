using System.Net;
using Microsoft.Extensions.Hosting;

namespace Monitor.Silo.Tests;

/// <summary>A service without API keys stays on loopback and answers only requests addressed to loopback.</summary>
[Collection(ServiceCollection.Name)]
public sealed class AnonymousExposureTests(ServiceFixture fixture)
{
    [Theory]
    [InlineData("rebind.attacker.example")]
    [InlineData("monitor.internal:5000")]
    public async Task A_request_addressed_to_another_host_name_is_refused_without_keys(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors");
        request.Headers.Host = host;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Requests_addressed_to_a_loopback_name_are_served(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors");
        request.Headers.Host = host + ":" + fixture.Client.BaseAddress!.Port;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://127.0.0.1:5000;http://192.0.2.10:5000")]
    public void Listening_beyond_loopback_without_keys_is_refused_at_start(string urls)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build(["--urls", urls, "--in-memory", "--no-sample"]));

        Assert.Contains("no API keys", error.Message);
        Assert.Contains("Monitor:AllowAnonymous=true", error.Message);
    }

    [Fact]
    public async Task Listening_beyond_loopback_is_allowed_with_a_key_or_when_the_operator_says_so()
    {
        string[] common = ["--urls", "http://0.0.0.0:8080", "--in-memory", "--no-sample"];

        await using var keyed = MonitorHost.Build([.. common, "--Monitor:ApiKeys:0:Key=" + new string('k', 32), "--Monitor:ApiKeys:0:Roles:0=read"]);
        await using var open = MonitorHost.Build([.. common, "--Monitor:AllowAnonymous=true"]);

        Assert.NotNull(keyed.Services.GetService(typeof(IHost)));
        Assert.NotNull(open.Services.GetService(typeof(IHost)));
    }

    [Theory]
    [InlineData("--Monitor:ApiKeys:0:Name=ops", "--Monitor:ApiKeys:1:Name=ops", "named 'ops'")]
    [InlineData("--Monitor:ApiKeys:0:Name=ops", "--Monitor:ApiKeys:1:Name=OPS", "named 'ops'")]
    public void Two_keys_with_one_name_are_refused_at_start(string first, string second, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build(
        [
            "--in-memory", "--no-sample", first, "--Monitor:ApiKeys:0:Key=" + new string('a', 32), "--Monitor:ApiKeys:0:Roles:0=read",
            second, "--Monitor:ApiKeys:1:Key=" + new string('b', 32), "--Monitor:ApiKeys:1:Roles:0=write",
        ]));

        Assert.Contains(expected, error.Message);
    }
}
