using System.Security.Cryptography;
using System.Text;
using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Grains;

/// <summary>
/// Turns a detected contradiction into an alert. The id is a hash of kind and both statement ids,
/// so the same contradiction found twice (a re-fed statement, a retried call) is one alert.
/// </summary>
public static class AlertFactory
{
    public static Alert Create(Contradiction contradiction, DateTimeOffset raisedAt) =>
        new(
            Id: IdFor(contradiction.Kind, contradiction.Earlier.Id, contradiction.Later.Id),
            Sequence: 0,
            Kind: contradiction.Kind,
            Severity: SeverityFor(contradiction.Kind, contradiction.Score),
            Score: Math.Round(contradiction.Score, 3),
            Actor: contradiction.Later.Actor ?? contradiction.Earlier.Actor,
            Topic: contradiction.Later.Topic ?? contradiction.Earlier.Topic,
            Earlier: AlertStatement.From(contradiction.Earlier),
            Later: AlertStatement.From(contradiction.Later),
            Explanation: contradiction.Explanation,
            Status: AlertStatus.Open,
            RaisedAt: raisedAt,
            Detector: contradiction.Detector);

    public static string IdFor(string kind, string earlierStatementId, string laterStatementId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{earlierStatementId}\n{laterStatementId}"));
        return "al-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    /// <summary>Reversals and denials of reports are the alerts people act on; everything else is graded by score.</summary>
    public static AlertSeverity SeverityFor(string kind, double score) =>
        kind is AlertKinds.StanceReversal or AlertKinds.DenialOfReport && score >= 0.8 ? AlertSeverity.High
        : score >= 0.6 ? AlertSeverity.Medium
        : AlertSeverity.Low;
}
