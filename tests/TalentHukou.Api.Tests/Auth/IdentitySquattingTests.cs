using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Auth;

/// <summary>
/// Issue #27 item 4 on the default Development host (no identity setting): nobody can file under another person's ID
/// number, so the real person is never locked out and a stranger learns nothing about the number.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class IdentitySquattingTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Submit_SquatterWithTheVictimsNumber_403_AndTheVictimStillApplies()
    {
        var victimNumber = IdNumbers.New();
        var squatter = await ApplicationFlows.ApplicantAsync(Host);

        var squatted = await squatter.PostAsJsonAsync("applications",
            await ApplicationFlows.BodyAsync(squatter, "E-DEMO-TECH", "manual", victimNumber));

        var problem = await ProblemAssert.IsProblemAsync(squatted, HttpStatusCode.Forbidden, "identity-mismatch");
        Assert.DoesNotContain(victimNumber, problem.ToString());
        var victim = await ApplicationFlows.ApplicantAsync(Host, victimNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(victim, "E-DEMO-TECH", "manual", victimNumber); // 202
        var again = await squatter.PostAsJsonAsync("applications",
            await ApplicationFlows.BodyAsync(squatter, "E-DEMO-TECH", "manual", victimNumber));
        var afterwards = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Forbidden, "identity-mismatch");
        Assert.Equal(problem.Str("detail"), afterwards.Str("detail")); // no 202-vs-409 oracle
        Assert.DoesNotContain(id, afterwards.ToString());
    }

    [Fact]
    public async Task UnitAdminRequest_SomebodyElsesNumber_403BeforeTheEmployerIsRead()
    {
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        var body = new
        {
            employerId = "E-NO-SUCH-EMPLOYER",
            applicantName = "王小明",
            idNumber = IdNumbers.New(),
            phone = "13812345678",
            email = "wang@example.cn",
        };

        var response = await stranger.PostAsJsonAsync("unit-admins/requests", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "identity-mismatch");
    }

    [Fact]
    public async Task FileTicket_SomebodyElsesNumber_403()
    {
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        var fields = Tickets.ValidFields() with { IdNumber = IdNumbers.New() };

        var response = await stranger.PostAsync("support/tickets",
            Multipart.Form(fields, Multipart.File("screenshot", "截图.png", "image/png", Files.Png())));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "identity-mismatch");
    }
}
