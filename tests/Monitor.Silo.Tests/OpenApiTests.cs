using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Monitor.Silo.Tests;

/// <summary>
/// The OpenAPI document the running service serves is valid, declares every answer each endpoint can give, and is
/// complete enough that a client generated from it alone records statements and reads them and their alerts back.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class OpenApiTests(ServiceFixture fixture)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task The_document_is_valid_and_declares_every_status_with_its_body()
    {
        await using var stream = await fixture.Client.GetStreamAsync("/openapi/v1.json");
        var read = await OpenApiDocument.LoadAsync(stream, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.True(read.Diagnostic?.Errors.Count is null or 0, string.Join(Environment.NewLine, read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;
        var invalid = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(invalid.Count == 0, string.Join(Environment.NewLine, invalid.Select(e => $"{e.Pointer}: {e.Message}")));

        var operations = document.Paths.SelectMany(path => path.Value.Operations!.Select(op => (Path: path.Key, Method: op.Key.Method, Operation: op.Value))).ToList();
        var problems = new List<string>();
        foreach (var (path, method, operation) in operations.Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var name = $"{method} {path} ({operation.OperationId})";
            var statuses = operation.Responses!.Keys.ToHashSet(StringComparer.Ordinal);
            var expected = new List<string> { "401", "403", "503" };
            if (operation.RequestBody is not null) expected.AddRange(["400", "413", "415"]);
            if (path.Contains("{id}", StringComparison.Ordinal) && method != "PUT") expected.Add("404");
            if (method == "GET" && path.Contains('{', StringComparison.Ordinal) && path != "/api/subscriptions/{id}") expected.Add("400");
            if (operation.OperationId is "RecordStatements" or "IngestDocuments") expected.Add("429");
            if (operation.OperationId is "ListAlerts" or "ActorStatements" or "UnknownSpeakers" or "SubscriptionDeliveries" or "AlertStream") expected.Add("400");
            if (method == "POST" && path.StartsWith("/api/alerts/{id}/", StringComparison.Ordinal)) expected.Add("409");
            foreach (var status in expected.Where(s => !statuses.Contains(s))) problems.Add($"{name} does not declare {status}");

            foreach (var (status, response) in operation.Responses)
            {
                var content = response.Content ?? new Dictionary<string, OpenApiMediaType>();
                if (status[0] is '4' or '5' && !(content.TryGetValue(ProblemJson, out var problem) && problem.Schema is not null))
                    problems.Add($"{name}: {status} has no problem-details body");
                if (status is "200" or "201" && !content.Values.Any(c => c.Schema is not null))
                    problems.Add($"{name}: {status} has no body schema");
            }
            if (operation.RequestBody is { } body && !(body.Content?.TryGetValue("application/json", out var json) == true && json.Schema is not null))
                problems.Add($"{name}: its request body has no JSON schema");
        }
        foreach (var (method, path) in new[] { ("POST", "/api/statements"), ("POST", "/api/documents"), ("PUT", "/api/actors/{id}"), ("PUT", "/api/topics/{id}"), ("POST", "/api/subscriptions"), ("POST", "/api/alerts/{id}/dismiss") })
        {
            if (!operations.Any(o => o.Method == method && o.Path == path && o.Operation.RequestBody is not null)) problems.Add($"{method} {path} does not describe its request body");
        }
        foreach (var (method, path) in new[] { ("GET", "/api/actors"), ("GET", "/api/alerts"), ("GET", "/api/actors/{id}/positions") })
        {
            if (!operations.Any(o => o.Method == method && o.Path == path && o.Operation.Responses!.ContainsKey("304"))) problems.Add($"{method} {path} does not declare 304 Not Modified");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_client_generated_from_the_document_records_and_reads_back_statements_and_alerts()
    {
        var json = await fixture.Client.GetStringAsync("/openapi/v1.json");
        var source = GenerateClient(await NSwag.OpenApiDocument.FromJsonAsync(json));
        var assembly = Compile(source);
        Type Generated(string name) => assembly.GetType("Monitor.Generated." + name) ?? throw new InvalidOperationException($"the generated client has no type {name}");

        // The document names no server, so the client calls the HttpClient's own address.
        dynamic client = Activator.CreateInstance(Generated("MonitorApiClient"), fixture.Client)!;

        var actorId = "generated-" + Guid.NewGuid().ToString("N")[..8];
        dynamic actor = Activator.CreateInstance(Generated("ActorInput"))!;
        actor.Name = "Generated Client Land";
        actor.Aliases = new List<string> { "Generated Client Land" };
        dynamic defined = await client.PutActorAsync(actorId, actor);
        Assert.Equal(actorId, (string)defined.Id);

        var earlier = Statement(Generated, actorId, $"{actorId}-1", "We fully support the canal treaty.", new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), "canal-treaty", "Support");
        var later = Statement(Generated, actorId, $"{actorId}-2", "We firmly oppose the canal treaty.", new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), "canal-treaty", "Oppose");
        foreach (var statement in new[] { earlier, later })
        {
            dynamic recorded = await client.RecordStatementsAsync((dynamic)statement);
            Assert.Equal(1, (int)recorded.Recorded);
            Assert.Equal(0, (int)recorded.Duplicates);
        }
        dynamic again = await client.RecordStatementsAsync((dynamic)earlier);
        Assert.Equal(1, (int)again.Duplicates);
        Assert.False((bool)again.Statements[0].Created);

        dynamic page = await client.ActorStatementsAsync(actorId, null, null, null);
        var texts = ((IEnumerable<dynamic>)page.Items).Select(s => (string)s.Text).ToList();
        Assert.Equal(["We fully support the canal treaty.", "We firmly oppose the canal treaty."], texts);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        dynamic? alert = null;
        while (alert is null && DateTime.UtcNow < deadline)
        {
            dynamic alerts = await client.ListAlertsAsync(null, actorId, null, null, null, null, null);
            alert = ((IEnumerable<dynamic>)alerts.Items).FirstOrDefault();
            if (alert is null) await Task.Delay(100);
        }
        Assert.True(alert is not null, $"no alert for {actorId} through the generated client");
        Assert.Equal("stance-reversal", (string)alert!.Kind);
        Assert.Equal($"{actorId}-1", (string)alert.Earlier.StatementId);
        Assert.Equal($"{actorId}-2", (string)alert.Later.StatementId);

        dynamic read = await client.GetAlertAsync((string)alert.Id);
        Assert.Equal((string)alert.Id, (string)read.Id);
        dynamic transition = Activator.CreateInstance(Generated("AlertTransitionInput"))!;
        transition.Reason = "not a contradiction";
        dynamic dismissed = await client.DismissAlertAsync((string)alert.Id, transition);
        Assert.Equal("Dismissed", ((object)dismissed.Status).ToString());

        // A refusal reaches the generated client as the declared problem, with its status.
        var missing = await Assert.ThrowsAnyAsync<Exception>(async () => await client.GetActorAsync("no-such-actor-" + actorId[^8..]));
        Assert.Equal(404, (int)((dynamic)missing).StatusCode);
    }

    private static object Statement(Func<string, Type> generated, string actor, string id, string text, DateTimeOffset saidAt, string topic, string stance)
    {
        dynamic statement = Activator.CreateInstance(generated("StatementInput"))!;
        statement.Id = id;
        statement.Actor = actor;
        statement.Speaker = "Generated Speaker";
        statement.Text = text;
        statement.SaidAt = saidAt;
        statement.Topic = topic;
        // The generator names the inline enum after the property; whatever its name, its members are the wire values.
        var property = ((object)statement).GetType().GetProperty("Stance")!;
        property.SetValue(statement, Enum.Parse(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, stance));
        // An inline schema's class is named by the generator; take it from the property.
        dynamic source = Activator.CreateInstance(((object)statement).GetType().GetProperty("Source")!.PropertyType)!;
        source.Name = "Generated Wire";
        source.Url = "https://wire.example/" + id;
        statement.Source = source;
        return statement;
    }

    private static string GenerateClient(NSwag.OpenApiDocument document)
    {
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "MonitorApiClient",
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            UseBaseUrl = true,
            GenerateOptionalParameters = false,
        };
        settings.CSharpGeneratorSettings.Namespace = "Monitor.Generated";
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    /// <summary>Compiles the generated client against this process's own framework and packages, in memory.</summary>
    private static Assembly Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Monitor.Generated",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, "the generated client does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20)));
        image.Position = 0;
        return new AssemblyLoadContext("generated-client").LoadFromStream(image);
    }
}
