using System.Text.Json;
using Monitor.Abstractions;
using Orleans.Storage;

namespace Monitor.Hosting;

/// <summary>
/// Grain state in Redis as plain System.Text.Json with Monitor's options, the same JSON the embedded
/// store writes: no CLR type names in stored data, so a renamed class never strands a state, and
/// nothing in Redis can name a type for the silo to load.
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, MonitorJson.Options));

    public T Deserialize<T>(BinaryData input) => JsonSerializer.Deserialize<T>(input.ToMemory().Span, MonitorJson.Options)!;
}
