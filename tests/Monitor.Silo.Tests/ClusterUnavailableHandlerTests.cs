using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Silo.Api;
using Orleans.Runtime;

namespace Monitor.Silo.Tests;

/// <summary>
/// A call that ran out of time is not reported as an outage: its answer says the work may still have been applied
/// and that sending it again is safe. A silo or store known to be gone is the outage answer. Either way 503 with
/// Retry-After and problem details; any other exception is left to the general handler.
/// </summary>
public sealed class ClusterUnavailableHandlerTests
{
    private static async Task<(bool Handled, HttpContext Context, JsonNode? Body)> HandleAsync(Exception exception)
    {
        IServiceCollection collection = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        collection.AddLogging();
        collection.AddProblemDetails();
        var services = collection.BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.Path = "/api/statements";
        var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new ClusterUnavailableHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(), NullLogger<ClusterUnavailableHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        return (handled, context, body.Length > 0 ? JsonNode.Parse(body.ToArray()) : null);
    }

    [Fact]
    public async Task A_call_that_ran_out_of_time_says_it_may_have_been_applied_not_that_the_cluster_is_down()
    {
        var (handled, context, body) = await HandleAsync(new TimeoutException("Response did not arrive on time in 00:00:30"));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(ClusterUnavailableHandler.RetryAfterSeconds.ToString(), context.Response.Headers.RetryAfter.ToString());
        Assert.Equal(ClusterUnavailableHandler.TimedOutTitle, (string?)body?["title"]);
        Assert.Contains("may still have been applied", (string?)body?["detail"]);
        Assert.DoesNotContain("not reachable", (string?)body?["detail"]);
    }

    [Fact]
    public async Task A_silo_that_is_gone_is_an_outage()
    {
        var (handled, context, body) = await HandleAsync(new SiloUnavailableException("The target silo became unavailable"));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(ClusterUnavailableHandler.OutageTitle, (string?)body?["title"]);
    }

    [Fact]
    public async Task A_store_that_times_out_is_an_outage_of_the_store()
    {
        var (handled, _, body) = await HandleAsync(new StackExchange.Redis.RedisTimeoutException(StackExchange.Redis.CommandFlags.None, "Timeout performing EVAL", StackExchange.Redis.CommandStatus.Sent));

        Assert.True(handled);
        Assert.Equal(ClusterUnavailableHandler.OutageTitle, (string?)body?["title"]);
    }

    [Fact]
    public async Task Any_other_failure_is_left_to_the_general_handler()
    {
        var (handled, _, _) = await HandleAsync(new InvalidOperationException("a bug"));

        Assert.False(handled);
    }
}
