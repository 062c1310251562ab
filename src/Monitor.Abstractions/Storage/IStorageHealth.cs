namespace Monitor.Abstractions.Storage;

/// <summary>Whether the store behind the logs answers: what `/health` reports, whichever store is configured.</summary>
public interface IStorageHealth
{
    /// <summary>A short name of the store ("sqlite", "redis") for the health response.</summary>
    string Store { get; }

    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);
}
