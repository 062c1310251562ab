using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Monitor.Cli.Evaluation;

/// <summary>
/// Text rules of the benchmark's reference scorer (score.py), so that `monitor eval corpus` matches
/// and prints exactly what it does: its normalisation, Python's str() and repr() of the values it
/// prints, slicing by code point, and two-decimal rounding of the exact binary value, ties to even.
/// </summary>
public static class ScoreText
{
    /// <summary>Curly quotes made straight, runs of whitespace made one space, trimmed, lower case.</summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        var pendingSpace = false;
        foreach (var c in text ?? "")
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c switch { '\u201c' or '\u201d' => '"', '\u2018' or '\u2019' => '\'', _ => c });
        }
        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>The first <paramref name="count"/> code points, as a Python slice counts them (a surrogate pair is one).</summary>
    public static string Prefix(string text, int count)
    {
        var end = 0;
        for (var taken = 0; taken < count && end < text.Length; taken++)
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        return text[..end];
    }

    /// <summary>
    /// Two decimals as Python's "{:.2f}" gives them: rounded from the double's exact value, an exact
    /// tie to even (0.125 → "0.12"), where .NET's "F2" rounds such a tie away from zero.
    /// </summary>
    public static string TwoDecimals(double value)
    {
        if (!double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xF_FFFF_FFFF_FFFFL);
        if (exponent == 0) exponent = 1;
        else mantissa += BigInteger.One << 52;
        exponent -= 1075;
        // |value| × 100 = numerator / denominator exactly.
        var numerator = mantissa * 100;
        var denominator = BigInteger.One;
        if (exponent > 0) numerator <<= exponent;
        else denominator <<= -exponent;
        var hundredths = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !hundredths.IsEven)) hundredths++;
        var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{hundredths / 100}.{hundredths % 100:00}");
    }

    /// <summary>Python's repr() of a string: single quotes unless it holds one and no double quote, escapes for the unprintable.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                default:
                    if (rune.Value == quote) builder.Append('\\').Append(quote);
                    else if (IsPrintable(rune)) builder.Append(rune.ToString());
                    else if (rune.Value < 0x100) builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    else if (rune.Value < 0x10000) builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
                    else builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
                    break;
            }
        }
        return builder.Append(quote).ToString();
    }

    /// <summary>What Python's print() writes for a JSON value: None when absent or null, a string as it is.</summary>
    public static string Str(JsonElement? value) => value switch
    {
        null => "None",
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "None",
        { ValueKind: JsonValueKind.String } v => v.GetString()!,
        { ValueKind: JsonValueKind.True } => "True",
        { ValueKind: JsonValueKind.False } => "False",
        // Numbers, lists and objects never appear where replay output is printed; their JSON is near enough.
        { } v => v.GetRawText(),
    };

    /// <summary>Python's truth value of a JSON value: null, false, 0, "", [] and {} are false.</summary>
    public static bool IsTruthy(JsonElement? value) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.String } v => v.GetString()!.Length > 0,
        { ValueKind: JsonValueKind.Number } v => v.GetDouble() != 0,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.Array } v => v.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.Object } v => v.EnumerateObject().Any(),
        _ => false,
    };

    // Python's str.isspace(): .NET's whitespace plus the four information separators U+001C–U+001F.
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.SpaceSeparator);
}
