namespace Monitor.Abstractions;

/// <summary>A news feed (RSS 2.0 or Atom) Monitor polls on its own.</summary>
/// <param name="Name">The outlet's name: every statement read from the feed is reported by it.</param>
/// <param name="FetchArticles">Fetch each new item's page and read its main text; otherwise the item's own text is read.</param>
[GenerateSerializer, Immutable, Alias("monitor.source-definition")]
public sealed record SourceDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Url,
    [property: Id(3)] TimeSpan Interval,
    [property: Id(4)] bool FetchArticles);

/// <summary>How a source's polling goes: when, what it found, what went wrong.</summary>
/// <param name="NextPollAt">When the next poll is due: the interval after a success, a growing backoff after failures.</param>
/// <param name="ItemsSeen">Feed items read and found new, over the source's life.</param>
/// <param name="DocumentsIngested">Items whose text went through extraction.</param>
/// <param name="RecentPolls">The latest polls, oldest first (at most <see cref="MaxRecentPolls"/>).</param>
[GenerateSerializer, Immutable, Alias("monitor.source-status")]
public sealed record SourceStatus(
    [property: Id(0)] DateTimeOffset? LastPolledAt,
    [property: Id(1)] DateTimeOffset? LastSuccessAt,
    [property: Id(2)] string? LastError,
    [property: Id(3)] int ConsecutiveFailures,
    [property: Id(4)] DateTimeOffset? NextPollAt,
    [property: Id(5)] long ItemsSeen,
    [property: Id(6)] long DocumentsIngested,
    [property: Id(7)] IReadOnlyList<SourcePoll> RecentPolls,
    [property: Id(8)] DateTimeOffset? LastErrorAt = null)
{
    public const int MaxRecentPolls = 48;

    public static readonly SourceStatus New = new(null, null, null, 0, null, 0, 0, []);
}

/// <summary>One poll: when, how it ended, how many new items and statements it brought.</summary>
/// <param name="NotModified">The server answered 304 to the validators: nothing was read.</param>
[GenerateSerializer, Immutable, Alias("monitor.source-poll")]
public sealed record SourcePoll(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] bool NotModified,
    [property: Id(3)] int NewItems,
    [property: Id(4)] int DocumentsIngested,
    [property: Id(5)] int StatementsRecorded,
    [property: Id(6)] string? Error);

/// <summary>A source as the registry keeps it: its definition and latest status, written by its grain.</summary>
[GenerateSerializer, Immutable, Alias("monitor.news-source")]
public sealed record NewsSource(
    [property: Id(0)] SourceDefinition Definition,
    [property: Id(1)] SourceStatus Status);
