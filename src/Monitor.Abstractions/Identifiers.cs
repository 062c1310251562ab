using System.Text.RegularExpressions;

namespace Monitor.Abstractions;

/// <summary>Rules for the ids that become grain keys and storage keys.</summary>
public static partial class Identifiers
{
    public const int MaxActorIdLength = 64;
    public const int MaxStatementIdLength = 128;

    /// <summary>Actor and topic ids: lower-case letters, digits and dashes, 1 to 64 characters.</summary>
    public static bool IsValidActorId(string? id) => id is not null && ActorIdPattern().IsMatch(id);

    public static bool IsValidTopicId(string? id) => IsValidActorId(id);

    /// <summary>Statement ids: 1 to 128 printable characters without whitespace.</summary>
    public static bool IsValidStatementId(string? id) =>
        id is { Length: > 0 and <= MaxStatementIdLength } && id.All(c => c > ' ' && c != '\u007f');

    // \z, not $: in .NET "$" also matches before a final newline, so "test\n" would pass.
    [GeneratedRegex(@"\A[a-z0-9-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ActorIdPattern();
}
