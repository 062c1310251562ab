using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Grains.Sources;

/// <summary>
/// Polls one news feed. A reminder ticks every <see cref="SourceOptions.ScheduleTick"/> and the grain polls
/// when its next poll is due, so the schedule outlives restarts and silo deaths, and since a grain has one
/// activation in the cluster and does not interleave, one feed is never polled twice at once. Items found new
/// are written to the state's outbox before any is read, then each is read (its page, or its own text) and
/// sent through document extraction under an id fixed per item, so a poll cut short by a crash neither loses
/// nor repeats an item. After each poll the status goes to the source registry, which lists read.
/// </summary>
[GrainType(GrainTypeName)]
public sealed class SourceGrain(
    [PersistentState("source", GrainStorage.Name)] IPersistentState<SourceState> state,
    ISourceDirectory directory,
    NewsFetcher fetcher,
    IArticleIngestion articles,
    SourceBackoff backoff,
    IOptions<SourceOptions> options,
    TimeProvider clock,
    ILogger<SourceGrain> logger) : Grain, ISourceGrain, IRemindable
{
    public const string GrainTypeName = "source";

    public const string ScheduleReminder = "poll-schedule";

    /// <summary>Items read between two state writes: a crash repeats at most this many reads (which record nothing twice).</summary>
    private const int WriteEvery = 20;

    private SourceState State => state.State;

    public async Task<bool> Define(SourceDefinition definition)
    {
        var existed = State.Definition is not null;
        var now = clock.GetUtcNow();
        if (State.Definition?.Url != definition.Url)
        {
            // Another feed: the old one's validators mean nothing to it; what was read stays read.
            State.ETag = null;
            State.LastModified = null;
            State.Status = State.Status with { NextPollAt = now, ConsecutiveFailures = 0 };
        }
        else if (State.Status.NextPollAt is { } next && next > now + definition.Interval && State.Status.ConsecutiveFailures == 0)
        {
            State.Status = State.Status with { NextPollAt = now + definition.Interval };
        }
        State.Definition = definition;
        await state.WriteStateAsync();
        await PublishAsync();
        await KeepScheduleAsync();
        return existed;
    }

    public async Task<bool> Remove()
    {
        var existed = State.Definition is not null;
        await DropScheduleAsync();
        if (existed)
        {
            await directory.DeleteAsync(this.GetPrimaryKeyString());
            await state.ClearStateAsync();
        }
        DeactivateOnIdle();
        return existed;
    }

    public async Task<SourcePoll?> PollNow() => State.Definition is null ? null : await PollAsync();

    public async Task Resume()
    {
        if (State.Definition is null) await DropScheduleAsync();
        else await KeepScheduleAsync();
    }

    public Task<NewsSource?> GetSource() =>
        Task.FromResult(State.Definition is { } definition ? new NewsSource(definition, State.Status) : null);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Definition is null)
        {
            await DropScheduleAsync();
            return;
        }
        if (State.Status.NextPollAt is not { } due || clock.GetUtcNow() >= due) await PollAsync();
    }

    private async Task<SourcePoll> PollAsync()
    {
        var definition = State.Definition!;
        var startedAt = clock.GetUtcNow();
        string? feedError = null;
        var notModified = false;
        var newItems = 0;
        try
        {
            var fetched = await fetcher.FetchFeedAsync(definition.Url, State.ETag, State.LastModified, CancellationToken.None);
            if (fetched.NotModified) notModified = true;
            else newItems = await TakeNewItemsAsync(FeedEntry.Parse(fetched.Body), fetched, startedAt);
        }
        catch (FetchFailedException failed)
        {
            feedError = failed.Message;
            logger.LogWarning("Source {Source}: {Error}", definition.Id, failed.Message);
        }

        // Items taken from an earlier fetch are read even when this one failed.
        var (documents, statements, itemError) = await ReadPendingAsync(definition);

        var finishedAt = clock.GetUtcNow();
        var succeeded = feedError is null;
        var failures = succeeded ? 0 : State.Status.ConsecutiveFailures + 1;
        var error = feedError ?? itemError;
        var poll = new SourcePoll(startedAt, succeeded, notModified, newItems, documents, statements, error);
        var status = State.Status;
        State.Status = status with
        {
            LastPolledAt = startedAt,
            LastSuccessAt = succeeded ? finishedAt : status.LastSuccessAt,
            LastError = error ?? status.LastError,
            LastErrorAt = error is null ? status.LastErrorAt : finishedAt,
            ConsecutiveFailures = failures,
            NextPollAt = finishedAt + (succeeded ? definition.Interval : backoff.After(failures)),
            DocumentsIngested = status.DocumentsIngested + documents,
            RecentPolls = [.. status.RecentPolls.Skip(Math.Max(0, status.RecentPolls.Count - SourceStatus.MaxRecentPolls + 1)), poll],
        };
        await state.WriteStateAsync();
        await PublishAsync();
        return poll;
    }

    /// <summary>Queues the items not read before, oldest first, and saves them with the new validators in one write.</summary>
    private async Task<int> TakeNewItemsAsync(IReadOnlyList<FeedEntry> entries, Fetched fetched, DateTimeOffset now)
    {
        var fresh = entries
            .Where(e => !State.Seen.Contains(e.Key, e.PublishedAt) && !State.Pending.Exists(p => p.Key == e.Key))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.PublishedAt ?? DateTimeOffset.MaxValue)
            .ToArray();
        foreach (var entry in fresh)
        {
            State.Pending.Add(new PendingItem
            {
                Key = entry.Key,
                Link = entry.Link,
                Title = entry.Title,
                Text = entry.Text,
                PublishedAt = entry.PublishedAt,
                SaidAt = entry.PublishedAt ?? now,
            });
        }
        State.ETag = fetched.ETag;
        State.LastModified = fetched.LastModified;
        // Counted with the outbox in one write: a poll cut short after it neither loses nor recounts them.
        State.Status = State.Status with { ItemsSeen = State.Status.ItemsSeen + fresh.Length };
        await state.WriteStateAsync();
        return fresh.Length;
    }

    private async Task<(int Documents, int Statements, string? Error)> ReadPendingAsync(SourceDefinition definition)
    {
        int documents = 0, statements = 0, sinceWrite = 0;
        string? error = null;
        foreach (var item in State.Pending.ToArray())
        {
            var (text, format, problem, retry) = await TextOfAsync(definition, item);
            if (problem is not null) error = problem;
            if (retry)
            {
                item.Attempts++;
                continue;
            }
            if (!string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    var outcome = await articles.IngestAsync(new SourceArticle(
                        $"src-{definition.Id}-{item.Key}", definition.Name, item.Link, item.SaidAt, item.Title, text, format), CancellationToken.None);
                    if (outcome.Refused is not null) error = $"{item.Link ?? item.Title}: {outcome.Refused}";
                    else documents++;
                    statements += outcome.Statements;
                }
                catch (Exception exception) when (item.Attempts + 1 < options.Value.PageAttempts)
                {
                    // Recording failed (a silo going down, storage busy): the item stays queued for the next poll.
                    logger.LogWarning(exception, "Source {Source}: reading {Item} failed; trying again at the next poll", definition.Id, item.Link);
                    error = $"{item.Link ?? item.Title}: recording failed: {exception.Message}";
                    item.Attempts++;
                    continue;
                }
            }
            else
            {
                error ??= $"{item.Link ?? item.Title}: the item has no text";
            }
            State.Pending.Remove(item);
            State.Seen.Add(item.Key, item.PublishedAt);
            if (++sinceWrite >= WriteEvery)
            {
                await state.WriteStateAsync();
                sinceWrite = 0;
            }
        }
        return (documents, statements, error);
    }

    /// <summary>
    /// The text to read for an item: its page's main text when the source fetches articles, else (or when the page
    /// cannot be had for good) the item's own. A page failing for a passing reason is tried again at later polls,
    /// up to <see cref="SourceOptions.PageAttempts"/> times in all.
    /// </summary>
    private async Task<(string? Text, string? Format, string? Problem, bool Retry)> TextOfAsync(SourceDefinition definition, PendingItem item)
    {
        if (!definition.FetchArticles || item.Link is null) return (item.Text, null, null, false);
        try
        {
            var page = await fetcher.FetchPageAsync(item.Link, CancellationToken.None);
            var html = page.Text();
            // A page with no recognisable article is read whole: its quotes are still there, among the menus.
            return (ArticleText.MainHtml(html, page.Url) ?? html, "html", null, false);
        }
        catch (FetchFailedException failed)
        {
            var retry = failed.Transient && item.Attempts + 1 < options.Value.PageAttempts;
            return (item.Text, null, failed.Message, retry);
        }
    }

    private Task PublishAsync() => directory.UpsertAsync(new NewsSource(State.Definition!, State.Status));

    private async Task KeepScheduleAsync()
    {
        if (await this.GetReminder(ScheduleReminder) is null)
            await this.RegisterOrUpdateReminder(ScheduleReminder, options.Value.ScheduleTick, options.Value.ScheduleTick);
    }

    private async Task DropScheduleAsync()
    {
        if (await this.GetReminder(ScheduleReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
