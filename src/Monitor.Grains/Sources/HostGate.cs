using System.Collections.Concurrent;

namespace Monitor.Grains.Sources;

/// <summary>
/// At most one request at a time per host, and a least gap between the end of one and the start of the next,
/// whichever source asks: several feeds of one outlet share its server's patience.
/// </summary>
public sealed class HostGate(TimeSpan gap, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(host, _ => new Slot());
        await slot.Turn.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.NextStart - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
        }
        catch
        {
            slot.Turn.Release();
            throw;
        }
        return new Lease(slot, this);
    }

    private void Leave(Slot slot)
    {
        slot.NextStart = clock.GetUtcNow() + gap;
        slot.Turn.Release();
    }

    private sealed class Slot
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Lease(Slot slot, HostGate gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Leave(slot);
        }
    }
}
