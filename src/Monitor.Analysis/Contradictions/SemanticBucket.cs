namespace Monitor.Analysis.Contradictions;

/// <summary>
/// A coarse neighbourhood of an embedding: the signs of its projections on a few fixed random
/// hyperplanes (locality-sensitive hashing). Statements about the same thing tend to share a bucket,
/// so a lookup by bucket finds them without a scan. The planes come from a fixed seed, so buckets are
/// stable across processes and restarts.
/// </summary>
public sealed class SemanticBucket
{
    private const int Seed = 20_240_501;
    private readonly float[][] _planes;

    public SemanticBucket(int dimensions, int bits = 6)
    {
        var random = new Random(Seed);
        _planes = new float[bits][];
        for (var b = 0; b < bits; b++)
        {
            _planes[b] = new float[dimensions];
            for (var d = 0; d < dimensions; d++) _planes[b][d] = (float)(random.NextDouble() * 2 - 1);
        }
    }

    public string Of(float[] vector)
    {
        Span<char> bits = stackalloc char[_planes.Length];
        for (var b = 0; b < _planes.Length; b++)
            bits[b] = System.Numerics.Tensors.TensorPrimitives.Dot(_planes[b], vector) >= 0 ? '1' : '0';
        return new string(bits);
    }
}
