using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Monitor.Abstractions;

namespace Monitor.Silo.Api;

/// <summary>JSON answers in Monitor's shape, ETags for what dashboards poll, and RFC 7807 problems.</summary>
public static class ApiResults
{
    public static IResult Json(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(value, MonitorJson.Options, statusCode: statusCode);

    /// <summary>
    /// The body's hash is its ETag: a poll with a matching If-None-Match gets 304 and no body, so
    /// unchanged data is never sent twice.
    /// </summary>
    public static IResult Pollable(HttpContext context, object value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, MonitorJson.Options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12))}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        var match = context.Request.Headers.IfNoneMatch;
        if (match.Count > 0 && match.Any(m => m is not null && m.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Invalid(IDictionary<string, string[]> errors, string detail = "One or more fields are invalid.") =>
        Results.ValidationProblem(errors, detail: detail, title: "Invalid input");

    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    public static IResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, "Not found", what);
}
