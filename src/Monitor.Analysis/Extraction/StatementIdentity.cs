using System.Security.Cryptography;
using System.Text;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Statement ids that depend only on who spoke (the actor, or the speaker when no actor claims
/// them) and the words, normalised to lower-case words. The same quote carried by several outlets
/// therefore gets one id, and downstream it becomes one statement with several sources.
/// </summary>
public static class StatementIdentity
{
    public static string Of(string? actor, string? speaker, string text)
    {
        var who = (actor ?? speaker ?? "").Trim().ToLowerInvariant();
        var words = string.Join(' ', ClaimKey.Words(text));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(who + "\n" + words));
        return "st-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
