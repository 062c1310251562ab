using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Silo.Api;

/// <summary>GET /api/feedback/summary: how alerts ended, per kind and per detector, so thresholds are tuned from evidence.</summary>
public static class FeedbackEndpoints
{
    public static void MapFeedbackEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/feedback/summary", async Task<Pollable<FeedbackSummary>> (IAlertLog alerts, CancellationToken cancellationToken) =>
        {
            var counts = await alerts.FeedbackAsync(cancellationToken);
            FeedbackCounts Summarise(IEnumerable<AlertFeedbackCount> rows)
            {
                var byStatus = Enum.GetValues<AlertStatus>().ToDictionary(s => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()), s => rows.Where(r => r.Status == s).Sum(r => r.Count));
                var total = byStatus.Values.Sum();
                return new FeedbackCounts(total, byStatus, total == 0 ? 0 : Math.Round((double)byStatus["dismissed"] / total, 3));
            }
            return ApiResults.Pollable(new FeedbackSummary(
                counts.GroupBy(c => c.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Summarise(g)),
                counts.GroupBy(c => c.Detector).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Summarise(g))));
        }).WithName("FeedbackSummary");
}
