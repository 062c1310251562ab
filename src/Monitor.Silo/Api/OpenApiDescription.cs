using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Monitor.Abstractions;

namespace Monitor.Silo.Api;

/// <summary>
/// What the OpenAPI document (GET /openapi/v1.json) cannot see in the handlers' signatures: bodies read by Monitor's own
/// parsers, answers given by filters and middleware around the handlers, and the one type with a JSON shape of its own.
/// </summary>
public static class OpenApiDescription
{
    /// <summary>
    /// A JSON body of type <typeparamref name="T"/>, read by <see cref="JsonBody"/>, with its refusals. Declared as metadata of
    /// Monitor's own rather than with Accepts: Accepts would make routing turn away other content types itself, with its
    /// own 415 in place of the problem that names the type sent.
    /// </summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint, bool optional = false) where T : notnull =>
        endpoint.Body(new JsonRequestBody(typeof(T), optional, Many: null));

    /// <summary>One <typeparamref name="T"/> or an array of up to <paramref name="max"/>.</summary>
    public static RouteHandlerBuilder AcceptsOneOrMany<T>(this RouteHandlerBuilder endpoint, int max) where T : notnull =>
        endpoint.Body(new JsonRequestBody(typeof(T), Optional: false, Many: max));

    /// <summary>Query parameters the handler reads through <see cref="QueryParameters"/>, which names a bad one in its 400.</summary>
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder endpoint, params QueryParameter[] parameters) =>
        endpoint.WithMetadata(new QueryParameterList(parameters));

    private static RouteHandlerBuilder Body(this RouteHandlerBuilder endpoint, JsonRequestBody body) =>
        endpoint.WithMetadata(body)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>
    /// Answers any /api call may get before or after its handler runs: 401 and 403 from the API-key filter (with keys
    /// configured), 503 from <see cref="ClusterUnavailableHandler"/> while part of the cluster is away.
    /// </summary>
    public static RouteGroupBuilder ProducesGuardProblems(this RouteGroupBuilder api) =>
        api.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static IServiceCollection AddMonitorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // Monitor writes a span as [start, end] (MonitorJson), not as an object; every span property may be left out.
                if (context.JsonTypeInfo.Type == typeof(TextSpan))
                {
                    schema.Type = context.JsonPropertyInfo is null ? JsonSchemaType.Array : JsonSchemaType.Array | JsonSchemaType.Null;
                    schema.Items = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" };
                    schema.MinItems = 2;
                    schema.MaxItems = 2;
                    schema.Properties?.Clear();
                    schema.Required?.Clear();
                }
                // A nullable enum comes without a type; say its values are strings, as they are on the wire, so a client
                // generated from the document writes them as such.
                if (schema.Type is null && schema.Enum is { Count: > 0 } values && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.String))
                    schema.Type = values.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
                return Task.CompletedTask;
            });
            // Once references are in place: nulls are left out of every answer (MonitorJson), so a property that may be
            // null may also be missing; and "null or a reference" reads to client generators as an object of its own,
            // where a property left out when null is just the reference.
            options.AddDocumentTransformer((document, _, _) =>
            {
                var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
                foreach (var schema in document.Components?.Schemas?.Values ?? []) Optionalise(schema, seen);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                foreach (var parameter in context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterList>().SelectMany(l => l.Parameters))
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = parameter.Name,
                        In = ParameterLocation.Query,
                        Description = parameter.Description,
                        Schema = new OpenApiSchema
                        {
                            Type = parameter.Type,
                            Format = parameter.Type == JsonSchemaType.Integer ? "int64" : null,
                            Minimum = parameter.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            Maximum = parameter.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            Pattern = parameter.Pattern,
                            Enum = parameter.Values?.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList(),
                        },
                    });
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().FirstOrDefault() is not { } body) return;
                var schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
                IOpenApiSchema one = schema;
                if (context.Document is { } document)
                {
                    // A component, so a generated client has one named type for it.
                    if (document.Components?.Schemas?.ContainsKey(body.Type.Name) != true) document.AddComponent(body.Type.Name, schema);
                    one = new OpenApiSchemaReference(body.Type.Name, document);
                }
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = !body.Optional,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new()
                        {
                            Schema = body.Many is { } max
                                ? new OpenApiSchema { OneOf = [one, new OpenApiSchema { Type = JsonSchemaType.Array, Items = one, MinItems = 1, MaxItems = max }] }
                                : one,
                        },
                    },
                };
            });
        });

    private static void Optionalise(IOpenApiSchema schema, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete)) return;
        if (concrete.Properties is { } properties)
        {
            foreach (var (name, property) in properties.ToList())
            {
                if (MayBeNull(property))
                {
                    concrete.Required?.Remove(name);
                    var others = property.OneOf?.Where(s => s.Type != JsonSchemaType.Null).ToList();
                    if (others is [var only] && property.OneOf!.Count == 2) properties[name] = only;
                }
                Optionalise(properties[name], seen);
            }
        }
        if (concrete.Items is { } items) Optionalise(items, seen);
        if (concrete.AdditionalProperties is { } values) Optionalise(values, seen);
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
        || schema.Enum?.Any(e => e is null) == true;

    private sealed record QueryParameterList(IReadOnlyList<QueryParameter> Parameters);

    private sealed record JsonRequestBody(Type Type, bool Optional, int? Many);
}
