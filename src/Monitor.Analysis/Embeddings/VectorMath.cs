namespace Monitor.Analysis.Embeddings;

/// <summary>Small vector helpers for unit-length embeddings.</summary>
public static class VectorMath
{
    /// <summary>Cosine similarity; both vectors are unit length, so it is their dot product.</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        a.Length == 0 || a.Length != b.Length ? 0 : System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    public static float[] Normalised(float[] vector)
    {
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm <= 0) return vector;
        var result = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++) result[i] = vector[i] / norm;
        return result;
    }
}
