using System.Security.Cryptography;
using System.Text;
using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Text;

namespace Monitor.Grains.Alerts;

/// <summary>
/// Turns a detected contradiction into an alert. The id is a hash of the kind and what each side
/// said — who, on which day, in which words — not of statement ids: the same contradiction found
/// twice (a re-fed statement, a retried call, another outlet carrying the same remark under another
/// id) is one alert, to which the new sources are added.
/// </summary>
public static class AlertFactory
{
    public static Alert Create(Contradiction contradiction, DateTimeOffset raisedAt, IReadOnlyCollection<string>? priorityActors = null) =>
        new(
            Id: IdFor(contradiction.Kind, contradiction.Earlier, contradiction.Later),
            Sequence: 0,
            Kind: contradiction.Kind,
            Severity: SeverityFor(contradiction.Kind, contradiction.Score, contradiction.Later.Actor ?? contradiction.Earlier.Actor, priorityActors),
            Score: Math.Round(contradiction.Score, 3),
            Actor: contradiction.Later.Actor ?? contradiction.Earlier.Actor,
            Topic: contradiction.Later.Topic ?? contradiction.Earlier.Topic,
            Earlier: AlertStatement.From(contradiction.Earlier),
            Later: AlertStatement.From(contradiction.Later),
            Explanation: contradiction.Explanation,
            Status: AlertStatus.Open,
            RaisedAt: raisedAt,
            Detector: contradiction.Detector);

    public static string IdFor(string kind, Statement earlier, Statement later)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{ContentKey(earlier)}\n{ContentKey(later)}"));
        return "al-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    private static string ContentKey(Statement s) =>
        $"{s.Actor ?? "~" + s.Speaker}|{s.SaidAt.UtcDateTime:yyyy-MM-dd}|{string.Join(' ', ClaimKey.Words(s.Text))}";

    /// <summary>
    /// Reversals, denials of reports and broken denials are the alerts people act on; everything else is graded by
    /// score; an alert on a priority actor goes one tier up.
    /// </summary>
    public static AlertSeverity SeverityFor(string kind, double score, string? actor = null, IReadOnlyCollection<string>? priorityActors = null)
    {
        var tier = kind is AlertKinds.StanceReversal or AlertKinds.DenialOfReport or AlertKinds.BrokenDenial && score >= 0.8 ? AlertSeverity.High
            : score >= 0.6 ? AlertSeverity.Medium
            : AlertSeverity.Low;
        return actor is not null && priorityActors?.Contains(actor) == true && tier < AlertSeverity.High ? tier + 1 : tier;
    }
}
