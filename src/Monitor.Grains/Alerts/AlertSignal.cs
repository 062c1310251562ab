namespace Monitor.Grains.Alerts;

/// <summary>
/// Wakes the live streams of this silo when an alert is raised here or, in a cluster, on any silo
/// (through the relay that follows the alert feed). Streams still poll the log every second, which
/// covers any alert whose wake-up was lost.
/// </summary>
public sealed class AlertSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        await Task.WhenAny(next, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }
}
