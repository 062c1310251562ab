using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>
/// Reads a JSON request body as a document, turning a body that is not declared JSON into 415, an
/// oversized body into 413 and malformed JSON into 400 with the parser's position, before any handler
/// sees it. Only a declared JSON type is read, so a page on another site cannot write through a form or
/// a preflight-free `fetch` (those may only send text/plain, form or multipart bodies). A property given
/// twice is refused rather than read as its last value, so no two readers of one body can see different requests.
/// </summary>
public static class JsonBody
{
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!IsJson(context.Request.ContentType))
            return (null, ApiResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The body must be sent as application/json; it was sent as {(string.IsNullOrEmpty(context.Request.ContentType) ? "no type" : $"'{context.Request.ContentType}'")}."));
        var limit = InputLimits.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
            return (null, TooLarge(context.Request.ContentLength.Value, limit));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;
        try
        {
            var document = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false }, cancellationToken);
            return (document, null);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null, limit));
        }
        catch (JsonException exception)
        {
            return (null, ApiResults.Invalid("$", $"The body is not valid JSON: {exception.Message}"));
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult TooLarge(long? size, long limit) =>
        ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The body{(size is null ? "" : $" is {size} bytes and")} exceeds the limit of {limit} bytes ({limit / 1024 / 1024} MB).");
}
