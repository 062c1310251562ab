using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>A subscription's delivery log as the API shows it.</summary>
public static class DeliveryLog
{
    /// <summary>
    /// The log once one of its deliveries reads "delivered" (or as it is after 30 s): the log is written when the
    /// receiver has answered, so it trails the receiver's 200 by a moment.
    /// </summary>
    public static async Task<JsonArray> UntilDeliveredAsync(HttpClient client, string subscription)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var deliveries = (await GetAsync(client, $"/api/subscriptions/{subscription}/deliveries")).AsArray();
            if (deliveries.Any(d => (string?)d!["status"] == "delivered") || DateTime.UtcNow > deadline) return deliveries;
            await Task.Delay(200);
        }
    }
}
