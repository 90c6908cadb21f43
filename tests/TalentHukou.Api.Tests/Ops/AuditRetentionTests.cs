using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>网络安全法 article 21: audit entries are kept at least six months, by setting and by the trail itself.</summary>
[Collection(SharedHostCollection.Name)]
public class AuditRetentionTests(SharedHost shared)
{
    [Fact]
    public async Task RetentionRound_EntriesOlderAndYoungerThanTheRetention_PurgesOnlyTheOldMonths()
    {
        // Long ago: a purge deletes every month before the retention, and no other test writes to these.
        var now = new DateTimeOffset(2020, 6, 15, 8, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now - TimeSpan.FromDays(400));
        var audit = new AuditTrail(shared.Host.Services.GetRequiredService<StorageClients>(), time);
        var target = "retention-" + Guid.NewGuid().ToString("N")[..8];
        await audit.AppendAsync(new AuditRecord("auditor", "ops", "test.old", target, "ok"), CancellationToken.None);
        time.SetUtcNow(now - AuditTrail.MinimumRetention + TimeSpan.FromHours(1));
        await audit.AppendAsync(new AuditRecord("auditor", "ops", "test.young", target, "ok"), CancellationToken.None);
        time.SetUtcNow(now);
        var options = Options.Create(new RetentionOptions { AuditEntries = AuditTrail.MinimumRetention });
        var round = new PurgeExpiredAuditEntries(audit, options, time, NullLogger<PurgeExpiredAuditEntries>.Instance);

        Assert.True(await round.RunAsync(null!, InstanceRetentionJob.AuditEntriesPerRound) >= 1);

        var left = await audit.QueryAsync(
            new AuditQuery(null, null, target, now.AddYears(-2), now), 10, null, CancellationToken.None);
        Assert.Equal(["test.young"], left.Items.Select(e => e.Action));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            audit.PurgeMonthsBeforeAsync(
                now - AuditTrail.MinimumRetention + TimeSpan.FromDays(1), 10, CancellationToken.None));
    }

    [Theory]
    [InlineData(182, false)]
    [InlineData(183, true)]
    public void Problems_AuditRetention_RefusesLessThanSixMonths(int days, bool valid)
    {
        var options = new RetentionOptions { AuditEntries = TimeSpan.FromDays(days) };

        var problems = options.Problems(new HostingEnvironment { EnvironmentName = Environments.Production }).ToList();

        Assert.Equal(valid, problems.Count == 0);
    }
}
