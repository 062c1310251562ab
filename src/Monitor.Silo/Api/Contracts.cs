using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Silo.Api;

// The API's request and response bodies as records, so the OpenAPI document describes each one and a generated client
// can speak it. Requests are still read by the parsers in Monitor.Hosting (RecordParser, DocumentIngestion), which name
// every wrong field and refuse repeated properties; the request records are the shape those parsers accept, declared to
// the document with Accepts. Responses are written from these records, in the same camelCase shape as before.

// ---- Requests ----

/// <summary>One statement to record; what is left out is inferred.</summary>
public sealed record StatementInput(
    [property: Required, RegularExpression(ContractPatterns.Id), MaxLength(64)] string Actor,
    [property: Required, MaxLength(10_000)] string Text,
    [property: Required] DateTimeOffset SaidAt,
    [property: RegularExpression(ContractPatterns.StatementId), MaxLength(128)] string? Id = null,
    [property: MaxLength(200)] string? Speaker = null,
    [property: RegularExpression(ContractPatterns.Id), MaxLength(64)] string? Topic = null,
    Stance? Stance = null,
    StatementMode? Mode = null,
    bool? Direct = null,
    [property: MaxLength(128)] string? DocumentId = null,
    TextSpan? Span = null,
    StatementSourceInput? Source = null,
    [property: MaxLength(20)] IReadOnlyList<SourceInput>? Sources = null,
    [property: Description("An illustration rather than a report of what was said; shown with an \"example\" badge")] bool? Example = null);

/// <summary>Where a statement was reported, with the document it came from.</summary>
public sealed record StatementSourceInput(
    [property: Required, MaxLength(200)] string Name,
    [property: MaxLength(2_048)] string? Url = null,
    [property: MaxLength(128)] string? DocumentId = null);

/// <summary>One more outlet that carried a statement.</summary>
public sealed record SourceInput(
    [property: Required, MaxLength(200)] string Name,
    [property: MaxLength(2_048)] string? Url = null);

/// <summary>One article, plain text or HTML, to read statements from.</summary>
public sealed record DocumentInput(
    [property: Required] string Text,
    [property: Required] DateTimeOffset PublishedAt,
    [property: RegularExpression(ContractPatterns.StatementId), MaxLength(128)] string? Id = null,
    [property: MaxLength(200)] string? Source = null,
    [property: MaxLength(2_048)] string? Url = null,
    [property: MaxLength(1_000)] string? Title = null,
    [property: RegularExpression("^(text|html)$")] string? Format = null);

/// <summary>An actor's definition; the id comes from the address.</summary>
public sealed record ActorInput(
    [property: RegularExpression(ContractPatterns.Id), MaxLength(64)] string? Id = null,
    [property: MaxLength(200)] string? Name = null,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<SpeakerInput>? Speakers = null);

/// <summary>A person or office speaking for an actor, between two dates.</summary>
public sealed record SpeakerInput(
    [property: Required, MaxLength(200)] string Name,
    [property: MaxLength(200)] string? Role = null,
    DateOnly? From = null,
    DateOnly? To = null);

/// <summary>A topic and the cue phrases that file a statement under it; its id must be the one in the address.</summary>
public sealed record TopicInput(
    [property: Required, RegularExpression(ContractPatterns.Id), MaxLength(64)] string Id,
    [property: MaxLength(200)] string? Name = null,
    IReadOnlyList<string>? Cues = null);

/// <summary>Why an alert is acknowledged, resolved or dismissed (dismissing needs one).</summary>
public sealed record AlertTransitionInput([property: MaxLength(500)] string? Reason = null);

/// <summary>A webhook subscription.</summary>
public sealed record SubscriptionInput(
    [property: Required, MaxLength(2_048)] string Url,
    [property: Required, MinLength(16)] string Secret,
    SubscriptionFilterInput? Filter = null,
    [property: RegularExpression("^(immediate|digest)$")] string? Mode = null,
    [property: Range(1, 1_440)] int? DigestMinutes = null,
    DateTimeOffset? MuteUntil = null,
    [property: Range(0, long.MaxValue)] long? Since = null);

/// <summary>Which alerts a subscription receives; an empty list matches everything.</summary>
public sealed record SubscriptionFilterInput(
    [property: MaxLength(100)] IReadOnlyList<string>? Actors = null,
    [property: MaxLength(100)] IReadOnlyList<string>? Topics = null,
    [property: MaxLength(100)] IReadOnlyList<string>? Kinds = null,
    AlertSeverity? MinSeverity = null);

/// <summary>A news feed to poll; the id comes from the address.</summary>
public sealed record NewsSourceInput(
    [property: Required, MaxLength(200)] string Name,
    [property: Required, MaxLength(2_048)] string Url,
    [property: Description("How often the feed is polled, from 00:01:00 to 1.00:00:00; default 00:15:00")] string? Interval = null,
    bool? FetchArticles = null,
    [property: RegularExpression(ContractPatterns.Id), MaxLength(64)] string? Id = null);

// ---- Responses ----

/// <summary>What POST /api/statements recorded.</summary>
public sealed record RecordStatementsResult(int Recorded, int Duplicates, IReadOnlyList<RecordedStatement> Statements);

public sealed record RecordedStatement(string Id, string? Actor, long Sequence, bool Created, string? Topic, Stance? Stance, StatementMode Mode);

/// <summary>What POST /api/documents read and recorded, per document.</summary>
public sealed record IngestDocumentsResult(IReadOnlyList<IngestedDocument> Documents);

public sealed record IngestedDocument(string Id, IReadOnlyList<ExtractedStatementView> Statements);

/// <summary>One statement read from a document, with the log it went to and the cue and rule that attributed it.</summary>
public sealed record ExtractedStatementView(
    string Id,
    string? Actor,
    string? Speaker,
    string Text,
    bool Direct,
    StatementMode Mode,
    string? Topic,
    Stance? Stance,
    DateTimeOffset SaidAt,
    TextSpan? Span,
    bool IsReport,
    string Log,
    long Sequence,
    bool Created,
    ExtractionTrace Trace);

/// <summary>An actor with the number of statements in its log.</summary>
public sealed record ActorSummary(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<SpeakerDefinition> Speakers, long StatementCount);

/// <summary>A page of a log after a sequence cursor; <c>next</c> is the cursor for the following page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Next);

/// <summary>A speaker or outlet no tracked actor claims.</summary>
public sealed record UnknownSpeaker(string Speaker, string Kind, long Statements, DateTimeOffset LastSaidAt, string Log);

/// <summary>How alerts ended, per kind and per detector.</summary>
public sealed record FeedbackSummary(IReadOnlyDictionary<string, FeedbackCounts> ByKind, IReadOnlyDictionary<string, FeedbackCounts> ByDetector);

public sealed record FeedbackCounts(long Total, IReadOnlyDictionary<string, long> ByStatus, double DismissedShare);

/// <summary>A webhook subscription as its owner sees it: never its secret.</summary>
public sealed record SubscriptionView(string Id, string Url, AlertFilter Filter, DeliveryMode Mode, int? DigestMinutes, DateTimeOffset? MuteUntil, DateTimeOffset CreatedAt, long Since);

/// <summary>A news source: its definition and how its polling goes.</summary>
public sealed record SourceView(string Id, string Name, string Url, TimeSpan Interval, bool FetchArticles, SourceStatus Status)
{
    public static SourceView From(NewsSource source) =>
        new(source.Definition.Id, source.Definition.Name, source.Definition.Url, source.Definition.Interval, source.Definition.FetchArticles, source.Status);
}

/// <summary>What a poll asked for through the API found, and the source after it.</summary>
public sealed record SourcePollResult(SourcePoll Poll, SourceView Source);

internal static class ContractPatterns
{
    public const string Id = "^[a-z0-9-]{1,64}$";
    public const string StatementId = @"^[^\x00-\x20\x7f]{1,128}$";
}
