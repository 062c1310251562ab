using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>Webhooks and live streams against a real service and a real receiver on loopback.</summary>
public sealed class AlertDeliveryTests : IAsyncLifetime
{
    public static readonly string[] FastRetries =
    [
        "--Monitor:Webhooks:AllowedHosts:0=127.0.0.1",
        "--Monitor:Webhooks:FirstRetryDelay=00:00:00.200",
        "--Monitor:Webhooks:MaxRetryDelay=00:00:00.500",
        "--Monitor:Webhooks:RetryFor=00:00:04",
        "--Monitor:Webhooks:CatchUpInterval=00:00:01",
        "--Monitor:Webhooks:MaxSubscriptionsPerKey=25",
        "--Monitor:Webhooks:Timeout=00:00:01",
        "--no-sample",
    ];

    private readonly ShiftableClock _clock = new();
    private RunningService _service = null!;
    private WebhookReceiver _receiver = null!;

    private HttpClient Client => _service.Client;

    public async Task InitializeAsync()
    {
        _service = await RunningService.StartAsync(FastRetries, configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock));
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<string> SubscribeAsync(string hook, string actor, string secret = "a-secret-of-enough-length", object? extra = null)
    {
        var body = new JsonObject
        {
            ["url"] = $"{_receiver.Url}/hook/{hook}",
            ["secret"] = secret,
            ["filter"] = new JsonObject { ["actors"] = new JsonArray(actor) },
        };
        if (extra is not null)
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra))!.AsObject()) body[key] = value?.DeepClone();
        using var response = await Client.PostAsync("/api/subscriptions", Body(body.ToJsonString()));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await ReadAsync(response);
        Assert.Null(created["secret"]);
        return (string)created["id"]!;
    }

    private async Task DefineAsync(string actor) =>
        Assert.True((await Client.PutAsync($"/api/actors/{actor}", Body(new { name = actor }))).IsSuccessStatusCode);

    private async Task ReverseAsync(string actor, string topic, int day, string suffix = "")
    {
        var response = await Client.PostAsync("/api/statements", Body(new[]
        {
            Statement($"{actor}-{topic}-{day}-s{suffix}", actor, $"We support the {topic} plan{suffix}.", $"2024-03-{day:D2}T09:00:00Z", topic, "support"),
            Statement($"{actor}-{topic}-{day}-o{suffix}", actor, $"We oppose the {topic} plan{suffix}.", $"2024-03-{day + 1:D2}T09:00:00Z", topic, "oppose"),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The subscription's one delivery once it satisfies <paramref name="done"/> (it appears at its first attempt).</summary>
    private async Task<JsonNode> DeliveryAsync(string subscription, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var delivery = (await GetAsync(Client, $"/api/subscriptions/{subscription}/deliveries")).AsArray().SingleOrDefault();
            if (delivery is not null && done(delivery)) return delivery;
            Assert.True(DateTime.UtcNow < deadline, "the delivery did not reach the expected state within 30 s");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_webhook_is_signed_with_the_secret_and_carries_the_alert_and_a_delivery_id()
    {
        await DefineAsync("sig");
        await SubscribeAsync("sig", "sig", secret: "sixteen-bytes-ok!");
        await ReverseAsync("sig", "pact", 1);

        var hook = (await _receiver.WaitForAsync("sig", r => r.Count >= 1)).Single();

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("sixteen-bytes-ok!"), hook.Body));
        Assert.Equal(expected, hook.Signature);
        Assert.Equal("alert", hook.Event);
        Assert.StartsWith("dl-", hook.DeliveryId);
        var alert = JsonNode.Parse(hook.Text)!;
        Assert.Equal("stance-reversal", (string?)alert["kind"]);
        Assert.Equal("sig", (string?)alert["actor"]);
        Assert.NotNull(alert["explanation"]);
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_until_the_receiver_answers()
    {
        await DefineAsync("retry");
        var id = await SubscribeAsync("retry", "retry");
        _receiver.Answer = 500;
        await ReverseAsync("retry", "pact", 1);
        await _receiver.WaitForAsync("retry", r => r.Count >= 4);
        // While a delivery waits, a reminder would bring the grain back if its silo died.
        Assert.Equal([Monitor.Grains.Webhooks.SubscriptionGrain.KeepDeliveringReminder], await RemindersOfAsync(id));
        _receiver.Answer = 200;

        var received = await _receiver.WaitForAsync("retry", r => r.Any(x => x.Answered == 200));

        Assert.Single(received.Select(r => r.DeliveryId).Distinct());
        var delivery = await DeliveryAsync(id, d => (string?)d["status"] == "delivered");
        Assert.True((int)delivery["attempts"]! >= 2);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await RemindersOfAsync(id)).Length > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Empty(await RemindersOfAsync(id));
    }

    private async Task<string[]> RemindersOfAsync(string subscription)
    {
        var table = _service.Services.GetRequiredService<Orleans.IReminderTable>();
        var rows = await table.ReadRows(Orleans.Runtime.GrainId.Create(Monitor.Grains.Webhooks.SubscriptionGrain.GrainTypeName, subscription));
        return [.. rows.Reminders.Select(r => r.ReminderName)];
    }

    [Fact]
    public async Task A_delivery_failing_past_the_retry_window_is_dead_lettered_and_can_be_redelivered()
    {
        await DefineAsync("dead");
        var id = await SubscribeAsync("dead", "dead");
        _receiver.Answer = 503;
        await ReverseAsync("dead", "pact", 1);

        var delivery = await DeliveryAsync(id, d => (string?)d["status"] == "dead-lettered");
        Assert.Contains("503", (string?)delivery["lastError"]);
        Assert.Equal(503, (int)delivery["lastStatusCode"]!);

        _receiver.Answer = 200;
        using var redeliver = await Client.PostAsync($"/api/subscriptions/{id}/deliveries/{(string)delivery["id"]!}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await _receiver.WaitForAsync("dead", r => r.Any(x => x.Answered == 200));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync($"/api/subscriptions/{id}/deliveries/dl-none/redeliver", null)).StatusCode);
    }

    [Fact]
    public async Task Deliveries_arrive_in_alert_order_even_after_the_receiver_failed()
    {
        await DefineAsync("order");
        await SubscribeAsync("order", "order");
        _receiver.Answer = 500;
        await ReverseAsync("order", "first", 1);
        await ReverseAsync("order", "second", 5);
        await ReverseAsync("order", "third", 9);
        await Task.Delay(1500);
        _receiver.Answer = 200;

        var received = await _receiver.WaitForAsync("order", r => r.Count(x => x.Answered == 200) >= 3);

        var sequences = received.Where(r => r.Answered == 200).Select(r => (long)JsonNode.Parse(r.Text)!["sequence"]!).ToArray();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(["first", "second", "third"], received.Where(r => r.Answered == 200).Select(r => (string?)JsonNode.Parse(r.Text)!["topic"]));
    }

    [Fact]
    public async Task Subscriptions_filter_on_minimum_severity_and_digest_several_alerts_into_one_post()
    {
        await DefineAsync("digest");
        await SubscribeAsync("high-only", "digest", extra: new { filter = new { actors = new[] { "digest" }, minSeverity = "high" } });
        await SubscribeAsync("digest", "digest", extra: new { mode = "digest", digestMinutes = 1 });
        await Client.PostAsync("/api/statements", Body(new[]
        {
            Statement("dg-1", "digest", "The ministry will open a consulate in Lyon.", "2024-05-01T09:00:00Z", "consulates"),
            Statement("dg-2", "digest", "The ministry denies it will open a consulate in Lyon.", "2024-05-02T09:00:00Z", "consulates", mode: "deny"),
        }));
        await ReverseAsync("digest", "pact", 10);
        await Task.Delay(2000);

        Assert.Single(_receiver.For("high-only"));
        Assert.Equal("stance-reversal", (string?)JsonNode.Parse(_receiver.For("high-only")[0].Text)!["kind"]);
        Assert.Empty(_receiver.For("digest"));

        _clock.Offset = TimeSpan.FromMinutes(1.1);
        var digest = (await _receiver.WaitForAsync("digest", r => r.Count >= 1)).Single();
        Assert.Equal("digest", digest.Event);
        Assert.Equal(["negated-claim", "stance-reversal"], JsonNode.Parse(digest.Text)!["alerts"]!.AsArray().Select(a => (string?)a!["kind"]));
    }

    [Fact]
    public async Task A_slow_receiver_is_cut_off_by_the_timeout_and_a_huge_answer_is_not_read_to_the_end()
    {
        await DefineAsync("slow");
        await DefineAsync("huge");
        async Task<string> HookAsync(string path, string actor)
        {
            using var response = await Client.PostAsync("/api/subscriptions", Body(new { url = $"{_receiver.Url}/{path}/{actor}", secret = "a-secret-of-enough-length", filter = new { actors = new[] { actor } } }));
            return (string)(await ReadAsync(response))["id"]!;
        }
        var slow = await HookAsync("slow", "slow");
        var huge = await HookAsync("huge", "huge");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await ReverseAsync("slow", "pact", 1);
        await ReverseAsync("huge", "pact", 1);

        await _receiver.WaitForAsync("slow", r => r.Count >= 2);
        var delivery = await DeliveryAsync(slow, d => (int)d["attempts"]! >= 1);
        Assert.Equal("pending", (string?)delivery["status"]);
        Assert.Contains("no answer within 1 s", (string?)delivery["lastError"]);

        await _receiver.WaitForAsync("huge", r => r.Count >= 1);
        var hugeDelivery = await DeliveryAsync(huge, d => (string?)d["status"] != "pending");
        Assert.Equal("delivered", (string?)hugeDelivery["status"]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("http://[::127.0.0.1]/hook")]
    [InlineData("http://[::7f00:1]/hook")]
    [InlineData("http://[::ffff:0:7f00:1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://[64:ff9b::7f00:1]/hook")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest")]
    [InlineData("http://[64:ff9b:1::a00:1]/hook")]
    [InlineData("http://[2002:7f00:1::1]/hook")]
    [InlineData("http://[2002:a9fe:a9fe::1]/latest")]
    [InlineData("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook")]
    public async Task Ipv6_forms_that_carry_an_internal_ipv4_address_are_refused(string url)
    {
        using var response = await Client.PostAsync("/api/subscriptions", Body(new { url, secret = "a-secret-of-enough-length" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("internal address", (string?)(await ReadAsync(response))["errors"]!["url"]![0]);
    }

    [Fact]
    public async Task Bad_subscriptions_get_clear_errors_and_secrets_are_never_returned()
    {
        async Task<JsonNode> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            using var response = await Client.PostAsync("/api/subscriptions", Body(body));
            Assert.Equal(status, response.StatusCode);
            return await ReadAsync(response);
        }
        const string secret = "a-secret-of-enough-length";
        Assert.Contains("internal address", (string?)(await Refused(new { url = "http://10.1.2.3/hook", secret }))["errors"]!["url"]![0]);
        Assert.Contains("internal address", (string?)(await Refused(new { url = "http://169.254.169.254/latest", secret }))["errors"]!["url"]![0]);
        Assert.Contains("internal address", (string?)(await Refused(new { url = "http://localhost:9/hook", secret }))["errors"]!["url"]![0]);
        Assert.Contains("http or https", (string?)(await Refused(new { url = "ftp://files.example/hook", secret }))["errors"]!["url"]![0]);
        Assert.NotNull((await Refused(new { url = "not a url", secret }))["errors"]!["url"]);
        Assert.Contains("16", (string?)(await Refused(new { url = $"{_receiver.Url}/hook/x", secret = "short" }))["errors"]!["secret"]![0]);
        Assert.Contains("Unknown actor", (string?)(await Refused(new { url = $"{_receiver.Url}/hook/x", secret, filter = new { actors = new[] { "atlantis" } } }))["errors"]!["filter.actors"]![0]);
        Assert.Contains("Unknown kind", (string?)(await Refused(new { url = $"{_receiver.Url}/hook/x", secret, filter = new { kinds = new[] { "lies" } } }))["errors"]!["filter.kinds"]![0]);
        Assert.NotNull((await Refused(new { url = $"{_receiver.Url}/hook/x", secret, filter = new { minSeverity = "urgent" } }))["errors"]!["filter.minSeverity"]);

        var id = await SubscribeAsync("listed", "china");
        var listed = (await GetAsync(Client, "/api/subscriptions")).ToJsonString();
        Assert.Contains(id, listed);
        Assert.DoesNotContain("a-secret-of-enough-length", listed);
        Assert.DoesNotContain("secret", (await GetAsync(Client, $"/api/subscriptions/{id}")).ToJsonString());
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/subscriptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_new_subscription_receives_only_later_alerts_unless_it_asks_for_the_log_from_a_sequence()
    {
        await DefineAsync("hist");
        await ReverseAsync("hist", "pact", 1);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await GetAsync(Client, "/api/alerts?actor=hist"))["items"]!.AsArray().Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the first alert was not raised within 30 s");
            await Task.Delay(200);
        }

        var fresh = await SubscribeAsync("hist-new", "hist");
        await SubscribeAsync("hist-all", "hist", extra: new { since = 0 });
        await ReverseAsync("hist", "trade", 5);

        var all = await _receiver.WaitForAsync("hist-all", r => r.Count >= 2);
        var later = await _receiver.WaitForAsync("hist-new", r => r.Count >= 1);
        await Task.Delay(1_500); // a catch-up round (every second here) would have queued the earlier alert by now
        Assert.Equal(2, all.Select(r => r.DeliveryId).Distinct().Count());
        Assert.Single(_receiver.For("hist-new"));
        Assert.Contains("trade", _receiver.For("hist-new")[0].Text);
        Assert.True((long)(await GetAsync(Client, $"/api/subscriptions/{fresh}"))["since"]! > 0);
    }

    [Fact]
    public async Task Parallel_creates_never_leave_a_key_over_its_subscription_limit()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            using var response = await Client.PostAsync("/api/subscriptions", Body(new { url = $"{_receiver.Url}/hook/burst-{i}", secret = "a-secret-of-enough-length" }));
            return response.StatusCode;
        }));

        Assert.Equal(25, responses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(125, responses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(25, (await GetAsync(Client, "/api/subscriptions")).AsArray().Count);
    }

    [Fact]
    public async Task More_subscriptions_than_a_key_may_own_is_409()
    {
        var existing = (await GetAsync(Client, "/api/subscriptions")).AsArray().Count;
        for (var i = existing; i < 25; i++) await SubscribeAsync($"many-{i}", "china");
        using var response = await Client.PostAsync("/api/subscriptions", Body(new { url = $"{_receiver.Url}/hook/over", secret = "a-secret-of-enough-length" }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("25", (string?)(await ReadAsync(response))["detail"]);
    }
}
