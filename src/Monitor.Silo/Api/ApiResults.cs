using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Monitor.Abstractions;

namespace Monitor.Silo.Api;

/// <summary>JSON answers in Monitor's shape, ETags for what dashboards poll, and RFC 7807 problems.</summary>
public static class ApiResults
{
    /// <summary>A body that dashboards poll: 200 with an ETag, or 304 when the caller already has it.</summary>
    public static Pollable<T> Pollable<T>(T value) => new(value);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string detail = "One or more fields are invalid.") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Detail = detail, Title = "Invalid input" });

    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, "Not found", what);
}

/// <summary>
/// The body's hash is its ETag: a poll with a matching If-None-Match gets 304 and no body, so unchanged data is never
/// sent twice. Declares both answers to the OpenAPI document.
/// </summary>
public sealed class Pollable<T>(T value) : IResult, IEndpointMetadataProvider, IValueHttpResult<T>, IValueHttpResult
{
    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, MonitorJson.Options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12))}\"";
        httpContext.Response.Headers.ETag = etag;
        httpContext.Response.Headers.CacheControl = "no-cache";
        var match = httpContext.Request.Headers.IfNoneMatch;
        if (match.Count > 0 && match.Any(m => m is not null && m.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified).ExecuteAsync(httpContext);
        return TypedResults.Bytes(body, "application/json; charset=utf-8").ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
