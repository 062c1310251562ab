using System.Buffers.Binary;

namespace Monitor.Analysis.Neighbours;

/// <summary>
/// Packs a statement's meaning vectors as int8 codes: one byte per dimension instead of four, and
/// integer dot products, which give the same sum in any order and on any processor, so the neighbours
/// found never depend on the machine. Each vector is scaled on its own so its largest component maps to
/// ±127; cosine is scale-free, so the scale need not be kept. Layout: version (1), dimensions (uint16,
/// little-endian), vector count (byte), then each vector's codes.
/// </summary>
public static class MeaningCodec
{
    public const byte Version = 1;
    private const int HeaderBytes = 4;

    public static byte[] Encode(IReadOnlyList<float[]> vectors)
    {
        if (vectors.Count == 0) return [];
        var dimensions = vectors[0].Length;
        if (dimensions is 0 or > ushort.MaxValue) throw new ArgumentException("Vectors need 1 to 65,535 dimensions.", nameof(vectors));
        var count = Math.Min(vectors.Count, byte.MaxValue);
        var bytes = new byte[HeaderBytes + count * dimensions];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(1), (ushort)dimensions);
        bytes[3] = (byte)count;
        for (var v = 0; v < count; v++)
        {
            var vector = vectors[v];
            if (vector.Length != dimensions) throw new ArgumentException("Every vector of a statement needs the same dimensions.", nameof(vectors));
            Quantize(vector, bytes.AsSpan(HeaderBytes + v * dimensions, dimensions));
        }
        return bytes;
    }

    /// <summary>Reads the header: false for bytes this version cannot read (or none).</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out int dimensions, out int count)
    {
        dimensions = count = 0;
        if (bytes.Length < HeaderBytes || bytes[0] != Version) return false;
        dimensions = BinaryPrimitives.ReadUInt16LittleEndian(bytes[1..]);
        count = bytes[3];
        return dimensions > 0 && count > 0 && bytes.Length == HeaderBytes + dimensions * count;
    }

    /// <summary>The codes of every vector, one after another.</summary>
    public static ReadOnlySpan<sbyte> Codes(ReadOnlySpan<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(bytes[HeaderBytes..]);

    private static void Quantize(ReadOnlySpan<float> vector, Span<byte> codes)
    {
        var largest = 0f;
        foreach (var x in vector) largest = Math.Max(largest, Math.Abs(x));
        if (largest == 0f || !float.IsFinite(largest))
        {
            codes.Clear();
            return;
        }
        var scale = 127f / largest;
        for (var i = 0; i < vector.Length; i++)
            codes[i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(vector[i] * scale), -127f, 127f));
    }
}
