using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Monitor.Silo.Tests;

/// <summary>"Monitor:Membership" reaches Orleans' failure detection of a cluster silo; a setting that cannot work stops the silo at start, named.</summary>
public sealed class ClusterMembershipConfigurationTests
{
    // Nothing has to answer here: the settings are read while the silo is built, before it connects anywhere.
    private static readonly string[] Cluster = ["--redis", "127.0.0.1:1", "--in-memory", "--no-sample", "--Monitor:Embeddings=false"];

    [Fact]
    public async Task A_cluster_silo_probes_every_two_seconds_and_needs_three_missed_probes_and_two_votes_by_default()
    {
        await using var app = MonitorHost.Build(Cluster);

        var membership = app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(2), membership.ProbeTimeout);
        Assert.Equal(3, membership.NumMissedProbesLimit);
        Assert.Equal(2, membership.NumVotesForDeathDeclaration);
    }

    [Fact]
    public async Task Configured_settings_reach_orleans()
    {
        await using var app = MonitorHost.Build([.. Cluster,
            "--Monitor:Membership:ProbeTimeout=00:00:05", "--Monitor:Membership:NumMissedProbesLimit=4", "--Monitor:Membership:NumVotesForDeathDeclaration=1"]);

        var membership = app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), membership.ProbeTimeout);
        Assert.Equal(4, membership.NumMissedProbesLimit);
        Assert.Equal(1, membership.NumVotesForDeathDeclaration);
    }

    [Theory]
    [InlineData("ProbeTimeout=00:00:00", "Monitor:Membership:ProbeTimeout")]
    [InlineData("NumMissedProbesLimit=0", "Monitor:Membership:NumMissedProbesLimit")]
    [InlineData("NumVotesForDeathDeclaration=0", "Monitor:Membership:NumVotesForDeathDeclaration")]
    public void A_setting_that_cannot_work_is_named(string setting, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, $"--Monitor:Membership:{setting}"]));

        Assert.Contains(named, error.Message);
    }
}
