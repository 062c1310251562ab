using System.Security.Cryptography;
using System.Text;
using CodeHollow.FeedReader;

namespace Monitor.Grains.Sources;

/// <summary>One item of a feed, as Monitor reads it.</summary>
/// <param name="Key">What identifies the item across polls: a hash of its GUID (Atom id), else its link, else its title and text.</param>
/// <param name="Text">The item's own text (content, else description), HTML or plain.</param>
public sealed record FeedEntry(string Key, string? Link, string? Title, string? Text, DateTimeOffset? PublishedAt)
{
    /// <summary>Reads an RSS 2.0 or Atom document; throws <see cref="FetchFailedException"/> when it is neither.</summary>
    public static IReadOnlyList<FeedEntry> Parse(byte[] body)
    {
        // Entity declarations have no place in a news feed and are how an XML bomb is built.
        if (Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 64 * 1024))).Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            throw new FetchFailedException("the feed declares XML entities, which feeds never need; refused", transient: false);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new FetchFailedException($"the feed is not valid RSS or Atom: {exception.Message}", transient: false);
        }
        if (feed.Type == FeedType.Unknown) throw new FetchFailedException("the feed is neither RSS nor Atom", transient: false);
        return [.. feed.Items.Select(From)];
    }

    private static FeedEntry From(FeedItem item)
    {
        var link = Absolute(item.Link);
        var text = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
        var identity = !string.IsNullOrWhiteSpace(item.Id) ? "id:" + item.Id.Trim()
            : link is not null ? "link:" + link
            : "text:" + item.Title + "\n" + text;
        DateTimeOffset? published = item.PublishingDate is { } date
            ? new DateTimeOffset(DateTime.SpecifyKind(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date, DateTimeKind.Utc))
            : null;
        return new FeedEntry(KeyOf(identity), link, item.Title?.Trim(), text, published);
    }

    /// <summary>Short and fixed in size, so the set of recent keys a source keeps has a known bound in bytes too.</summary>
    private static string KeyOf(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 12));

    private static string? Absolute(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
