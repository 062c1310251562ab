namespace Monitor.Analysis.Inference;

/// <summary>
/// Limited-memory BFGS for a smooth convex objective, with a backtracking (Armijo) line search. It runs at
/// most a fixed number of iterations, stopping early once the gradient is below a fixed tolerance (past
/// that, steps only chase rounding noise), in a fixed order on one thread, so the same objective gives
/// the same parameters bit for bit on the same machine.
/// </summary>
internal static class Lbfgs
{
    /// <summary>Fills the gradient into its second argument and returns the objective's value.</summary>
    public delegate double Objective(double[] x, double[] gradient);

    public static double[] Minimise(Objective objective, int size, int iterations, double tolerance = 1e-6, int memory = 8)
    {
        var x = new double[size];
        var g = new double[size];
        var f = objective(x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var direction = new double[size];
        var candidate = new double[size];
        var gNew = new double[size];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gNorm = Math.Sqrt(Dot(g, g));
            if (gNorm < tolerance) break;
            Direction(g, s, y, rho, direction);
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (curvature information gone stale): start over from steepest descent.
                s.Clear(); y.Clear(); rho.Clear();
                for (var i = 0; i < size; i++) direction[i] = -g[i];
                slope = -gNorm * gNorm;
            }
            // Without curvature information the first step is scaled to unit length.
            var step = s.Count == 0 ? 1 / gNorm : 1.0;
            double fNew = 0;
            var accepted = false;
            for (var tries = 0; tries < 40; tries++)
            {
                for (var i = 0; i < size; i++) candidate[i] = x[i] + step * direction[i];
                fNew = objective(candidate, gNew);
                if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted) break;

            // The oldest pair's arrays are reused once the memory is full: they are large, and allocating them anew each step churns the heap.
            double[] sk, yk;
            if (s.Count == memory)
            {
                (sk, yk) = (s[0], y[0]);
                s.RemoveAt(0); y.RemoveAt(0); rho.RemoveAt(0);
            }
            else (sk, yk) = (new double[size], new double[size]);
            for (var i = 0; i < size; i++)
            {
                sk[i] = candidate[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            var sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                s.Add(sk); y.Add(yk); rho.Add(1 / sy);
            }
            (x, candidate) = (candidate, x);
            (g, gNew) = (gNew, g);
            f = fNew;
        }
        return x;
    }

    // The two-loop recursion: direction = -H·g, with H the inverse-Hessian estimate from the stored pairs.
    private static void Direction(double[] g, List<double[]> s, List<double[]> y, List<double> rho, double[] direction)
    {
        var q = direction;
        Array.Copy(g, q, g.Length);
        var alpha = new double[s.Count];
        for (var j = s.Count - 1; j >= 0; j--)
        {
            alpha[j] = rho[j] * Dot(s[j], q);
            Axpy(-alpha[j], y[j], q);
        }
        if (s.Count > 0)
        {
            var last = s.Count - 1;
            var gamma = Dot(s[last], y[last]) / Dot(y[last], y[last]);
            for (var i = 0; i < q.Length; i++) q[i] *= gamma;
        }
        for (var j = 0; j < s.Count; j++)
        {
            var beta = rho[j] * Dot(y[j], q);
            Axpy(alpha[j] - beta, s[j], q);
        }
        for (var i = 0; i < q.Length; i++) q[i] = -q[i];
    }

    // Plain loops rather than vectorised helpers: the summation order, and so every bit of the result,
    // must not depend on the machine's vector width.
    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++) y[i] += a * x[i];
    }
}
