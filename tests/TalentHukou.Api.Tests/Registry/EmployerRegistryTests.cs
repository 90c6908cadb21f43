using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

[Collection(SharedHostCollection.Name)]
public class EmployerRegistryTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    internal static object NewEmployer(
        string name,
        string? creditCode = null,
        string kind = "enterprise",
        string district = "tianhe",
        string? contactEmail = null) => new
        {
            action = "add",
            name,
            creditCode = creditCode ?? CreditCodes.NewEnterprise(),
            kind,
            district,
            address = "广州市天河区体育西路1号",
            contactName = "张伟",
            contactPhone = "13912345678",
            contactEmail,
        };

    [Fact]
    public async Task AddRequest_MissingThenOverdueThenApproved_BecomesSearchableByExactName()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var name = $"广州测试新增科技有限公司{Guid.NewGuid():N}"[..24];

        var missing = await applicant.GetAsync($"registry/employers?name={Uri.EscapeDataString(name)}");
        var problem = await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound, "employer-not-found");
        Assert.Equal("无符合条件的记录", problem.Str("title"));
        Assert.Equal("/api/registry/employer-requests", problem.Str("addRequest"));

        var filed = await applicant.PostAsJsonAsync("registry/employer-requests", NewEmployer(name));
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var accepted = await Json.ReadAsync(filed);
        var requestId = accepted.Str("requestId");
        Assert.Equal($"/api/registry/requests/{requestId}", filed.Headers.Location!.ToString());
        Assert.Equal("pending", accepted.Str("status"));

        // A working day passes in about a second: the request escalates while still pending.
        var overdue = await Eventually.GetJsonAsync(
            applicant,
            $"registry/requests/{requestId}",
            p => p.GetProperty("overdue").GetBoolean() && p.Str("escalatedAt") != "");
        Assert.Equal("pending", overdue.Str("status"));

        var decided = await Json.PostOkAsync(
            admin,
            $"registry/requests/{requestId}/decision",
            new { approve = true, reason = "信息核实无误" },
            HttpStatusCode.OK);
        Assert.Equal("approved", decided.Str("status"));
        var employerId = decided.Str("resultId");

        var found = await applicant.GetFromJsonAsync<JsonElement>(
            $"registry/employers?name={Uri.EscapeDataString(name)}");
        Assert.Equal(employerId, found[0].Str("employerId"));
        Assert.Equal("139****5678", found[0].Str("contactPhone"));
        var fullWidth = await applicant.GetFromJsonAsync<JsonElement>(
            $"registry/employers?name={Uri.EscapeDataString("  " + name + "　")}");
        Assert.Equal(1, fullWidth.GetArrayLength());
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/employers?name={Uri.EscapeDataString(name[..10])}"),
            HttpStatusCode.NotFound,
            "employer-not-found");
    }

    [Fact]
    public async Task ModifyRequest_Approved_RenamesTheUnit()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var name = $"广州待修改贸易有限公司{Guid.NewGuid():N}"[..22];
        var code = CreditCodes.NewEnterprise();
        var employerId = await RegistryFlows.AddApprovedEmployerAsync(applicant, admin, NewEmployer(name, code));

        var renamed = name + "新名";
        var modify = new
        {
            action = "modify",
            employerId,
            name = renamed,
            creditCode = code,
            kind = "government",
            district = "haizhu",
            address = "广州市海珠区新港中路1号",
            contactName = "张伟",
            contactPhone = "13912345678",
        };
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("registry/employer-requests", modify),
            HttpStatusCode.Forbidden,
            "not-unit-admin");
        var unitAdmin = await Host.ClientForAsync("ua-" + Guid.NewGuid(), ["unit-admin"], unit: employerId);
        var accepted = await Json.PostOkAsync(unitAdmin, "registry/employer-requests", modify, HttpStatusCode.Accepted);

        var view = await admin.GetFromJsonAsync<JsonElement>($"registry/requests/{accepted.Str("requestId")}");
        var proposal = view.GetProperty("proposal");
        var changes = proposal.GetProperty("changes").EnumerateArray()
            .ToDictionary(c => c.Str("field"), c => (c.Str("current"), c.Str("proposed")));
        Assert.Equal((name, renamed), changes["name"]);
        Assert.Equal(("enterprise", "government"), changes["kind"]);
        Assert.Equal("haizhu", changes["district"].Item2);
        Assert.DoesNotContain("creditCode", changes.Keys);
        var consequences = proposal.GetProperty("consequences").EnumerateArray()
            .Select(c => c.GetString()!)
            .ToList();
        Assert.Contains(consequences, c => c.StartsWith("unit review on", StringComparison.Ordinal));
        Assert.Contains(consequences, c => c.Contains("广州市海珠区人力资源和社会保障局", StringComparison.Ordinal));
        var decided = await Json.PostOkAsync(
            admin,
            $"registry/requests/{accepted.Str("requestId")}/decision",
            new { approve = true },
            HttpStatusCode.OK);
        Assert.Equal(employerId, decided.Str("resultId"));

        var found = await applicant.GetFromJsonAsync<JsonElement>(
            $"registry/employers?name={Uri.EscapeDataString(renamed)}");
        Assert.Equal("haizhu", found[0].Str("district"));
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/employers?name={Uri.EscapeDataString(name)}"),
            HttpStatusCode.NotFound,
            "employer-not-found");
    }

    [Fact]
    public async Task Rejection_ReasonVisibleToRequester_OthersGet404()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var stranger = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var accepted = await Json.PostOkAsync(
            applicant,
            "registry/employer-requests",
            NewEmployer("广州被驳回示范有限公司" + Random.Shared.Next(1000, 9999)),
            HttpStatusCode.Accepted);
        var id = accepted.Str("requestId");

        await ProblemAssert.IsProblemAsync(
            await stranger.GetAsync($"registry/requests/{id}"), HttpStatusCode.NotFound, "registry-request-not-found");
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync($"registry/requests/{id}/decision", new { approve = true }),
            HttpStatusCode.Forbidden,
            "forbidden");
        var noReason = await admin.PostAsJsonAsync($"registry/requests/{id}/decision", new { approve = false });
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest, "validation-failed"), "reason");

        await Json.PostOkAsync(
            admin,
            $"registry/requests/{id}/decision",
            new { approve = false, reason = "营业执照信息与填报不符" },
            HttpStatusCode.OK);
        var progress = await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{id}");
        Assert.Equal("rejected", progress.Str("status"));
        Assert.Equal("营业执照信息与填报不符", progress.Str("reason"));
        Assert.NotEqual("", progress.Str("decidedAt"));

        var again = await admin.PostAsJsonAsync($"registry/requests/{id}/decision", new { approve = true });
        Assert.Equal(
            "rejected",
            (await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "registry-request-decided"))
                .Str("currentStatus"));
    }

    [Fact]
    public async Task Queue_RegistryAdmin_SeesPendingOldestFirstPaged_OthersTheirOwnOnly()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        for (var i = 0; i < 3; i++)
            await Json.PostOkAsync(
                applicant,
                "registry/employer-requests",
                NewEmployer($"广州队列示范{i}有限公司{Random.Shared.Next(1000, 9999)}"),
                HttpStatusCode.Accepted);
        var page = await admin.GetFromJsonAsync<JsonElement>(
            "registry/requests?status=pending&type=employer-add&pageSize=2");
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.Str("requestId")).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var token = page.Str("continuationToken");
        Assert.NotEqual("", token);
        var next = await admin.GetFromJsonAsync<JsonElement>(
            $"registry/requests?status=pending&type=employer-add&pageSize=2&continuationToken="
            + $"{Uri.EscapeDataString(token)}");
        Assert.True(string.CompareOrdinal(next.GetProperty("items")[0].Str("requestId"), ids[^1]) > 0);
        // Anyone else lists their own requests (newest first, no counts), never the queue.
        var own = await applicant.GetFromJsonAsync<JsonElement>("registry/requests");
        Assert.Equal(3, own.GetProperty("items").GetArrayLength());
        Assert.True(!own.TryGetProperty("counts", out var counts) || counts.ValueKind == JsonValueKind.Null);
        var stranger = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        Assert.Equal(
            0,
            (await stranger.GetFromJsonAsync<JsonElement>("registry/requests")).GetProperty("items").GetArrayLength());
        await ProblemAssert.IsProblemAsync(
            await admin.GetAsync("registry/requests?status=maybe"), HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task IdempotencyKey_Repeated_ReturnsFirstAnswer()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var body = NewEmployer("广州幂等示范有限公司" + Random.Shared.Next(1000, 9999));
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Send(object b)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "registry/employer-requests")
            {
                Content = JsonContent.Create(b),
            };
            message.Headers.Add("Idempotency-Key", key);
            return await applicant.SendAsync(message);
        }
        var first = await Send(body);
        var second = await Send(body);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((await Json.ReadAsync(first)).Str("requestId"), (await Json.ReadAsync(second)).Str("requestId"));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await ProblemAssert.IsProblemAsync(
            await Send(NewEmployer("广州另一示范有限公司")), HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
    }

    [Fact]
    public async Task AddRequest_CreditCodeAlreadyRegistered_Conflict()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        // the demo metro's code
        var response = await applicant.PostAsJsonAsync(
            "registry/employer-requests", NewEmployer("广州重复代码示范有限公司", "91440101AY4CL12THN"));
        Assert.Equal(
            "E-DEMO-METRO",
            (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "employer-already-registered"))
                .Str("employerId"));
    }
}
