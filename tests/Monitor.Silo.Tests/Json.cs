using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.Silo.Tests;

internal static class Json
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Body(object value) => Body(JsonSerializer.Serialize(value));

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadAsync(response);
    }

    public static object Statement(string id, string actor, string text, string saidAt, string? topic = null, string? stance = null, string? mode = null) =>
        new Dictionary<string, object?>
        {
            ["id"] = id, ["actor"] = actor, ["speaker"] = "Test Speaker", ["text"] = text, ["saidAt"] = saidAt,
            ["topic"] = topic, ["stance"] = stance, ["mode"] = mode,
            ["source"] = new { name = "Test Wire", url = "https://wire.example/" + id, documentId = "doc-" + id },
        }.Where(p => p.Value is not null).ToDictionary();
}
