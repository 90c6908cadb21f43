using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Privacy;

/// <summary>
/// Issue #27 item 5: the DRC card office keeps the full record it issues and checks cards from (seed Q7); every read
/// of it is audited, naming the reader and the case and nothing of the person.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class DrcReadAuditTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task DrcReads_ApplicationAndCard_FullRecordAndEachReadAudited()
    {
        var issued = await IssuedCase.OfAsync(Host);
        var drc = await Host.ClientForAsync("drc-card-office-reader", [Roles.Drc]);

        var application = await drc.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"applications/{issued.ApplicationId}");
        using var card = await drc.GetAsync($"applications/{issued.ApplicationId}/card");

        Assert.Equal(IssuedCase.Name, application.GetProperty("applicant").Str("name"));
        Assert.Equal(issued.RawValues[5], application.GetProperty("card").Str("number"));
        Assert.True(card.IsSuccessStatusCode, card.StatusCode.ToString());
        var entries = (await Host.Services.GetRequiredService<AuditTrail>().QueryAsync(
            new AuditQuery("drc-card-office-reader", StaffReadViews.DrcReadAction, issued.ApplicationId, null, null),
            10, null, CancellationToken.None)).Items;
        Assert.Equal(["application", "card"], entries.Select(e => e.Detail!).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal((Roles.Drc, "read"), (e.Role, e.Outcome)));
        Assert.All(entries, e => Assert.DoesNotContain(issued.RawValues,
            raw => $"{e.Actor} {e.Target} {e.Detail}".Contains(raw, StringComparison.Ordinal)));
    }
}
