using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Sms;
using TalentHukou.Adapters.Sms.Tencent;
using TalentHukou.SmsGateway;
using TalentHukou.Testing.Sms;

namespace TalentHukou.Adapters.Tests.Sms;

/// <summary>
/// The client and gateway against the local gateway over HTTP: signatures, answers, error codes, status pull.
/// </summary>
public sealed class TencentSmsGatewayTests : IAsyncLifetime
{
    private const string Phone = "13800138000";
    private readonly LocalSmsGatewayUnderTest _local = new();

    public Task InitializeAsync() => _local.InitializeAsync();

    public Task DisposeAsync() => _local.DisposeAsync();

    private (TencentSmsGateway Gateway, TencentSmsClient Client) Create(string? secretKey = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_local.ServiceSettings()).Build();
        var sms = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>()!;
        var tencent = configuration.GetSection(TencentSmsOptions.SectionName).Get<TencentSmsOptions>()!;
        var client = new TencentSmsClient(tencent.Endpoint, tencent.SecretId, secretKey ?? tencent.SecretKey);
        return (
            new TencentSmsGateway(client, Options.Create(sms), Options.Create(tencent), TimeProvider.System),
            client);
    }

    private static SmsMessage CardIssued(string phone = Phone) => new(phone, SmsNotice.CardIssued, ["张*"]);

    [Fact]
    public async Task SendAsync_SignedWithTheDevelopmentKey_AcceptedAndInTheInbox()
    {
        var outcome = await Create().Gateway.SendAsync(CardIssued(), "ref-1", CancellationToken.None);

        Assert.IsType<SmsSendOutcome.Accepted>(outcome);
        var message = Assert.Single(await _local.MessagesAsync());
        Assert.Equal(Phone, message.To);
        Assert.Equal("【广州人才入户】张*，您的入户人员信息卡已出卡，请登录引进在职人才入户系统下载：http://localhost:5173", message.Text);
    }

    [Fact]
    public async Task SendSmsAsync_WrongSecretKey_SignatureFailureAndNothingSent()
    {
        var (_, client) = Create(secretKey: "not-the-key");
        var result = await client.SendSmsAsync(new SendSmsRequest(
            ["+86" + Phone], DevelopmentKeys.SmsSdkAppId, "广州人才入户", "2000002", ["张*"], "r"));

        Assert.Equal("AuthFailure.SignatureFailure", result.Error?.Code);
        Assert.Empty(await _local.MessagesAsync());
    }

    [Fact]
    public async Task SendAsync_ThrottleMode_TransientWithTheVendorsWait()
    {
        await _local.SetFaultsAsync(new Faults(Faults.Throttle));

        var outcome = await Create().Gateway.SendAsync(CardIssued(), "ref-2", CancellationToken.None);

        Assert.Equal(
            new SmsSendOutcome.Transient(TimeSpan.FromSeconds(30), "LimitExceeded.PhoneNumberThirtySecondLimit"),
            outcome);
    }

    [Fact]
    public async Task SendAsync_SecondMessageWithinThirtySeconds_RefusedByThePerNumberLimit()
    {
        var gateway = Create().Gateway;
        await gateway.SendAsync(CardIssued(), "ref-3", CancellationToken.None);

        var second = await gateway.SendAsync(
            new SmsMessage(Phone, SmsNotice.Approved, ["张*"]), "ref-4", CancellationToken.None);

        Assert.Equal(
            "LimitExceeded.PhoneNumberThirtySecondLimit",
            Assert.IsType<SmsSendOutcome.Transient>(second).Code);
    }

    [Theory]
    [InlineData(nameof(Faults.InvalidNumbers), "InvalidParameterValue.IncorrectPhoneNumber")]
    [InlineData(nameof(Faults.OptedOutNumbers), "FailedOperation.PhoneNumberInBlacklist")]
    public async Task SendAsync_RefusedNumber_PermanentFailure(string list, string code)
    {
        await _local.SetFaultsAsync(list == nameof(Faults.InvalidNumbers)
            ? new Faults(InvalidNumbers: [Phone])
            : new Faults(OptedOutNumbers: [Phone]));

        var outcome = await Create().Gateway.SendAsync(CardIssued(), "ref-5", CancellationToken.None);

        Assert.Equal(new SmsSendOutcome.Failed(code), outcome);
    }

    [Fact]
    public async Task SendAsync_Outage_TransientAndNothingSent()
    {
        await _local.SetFaultsAsync(new Faults(Faults.Outage));

        Assert.Equal(
            new SmsSendOutcome.Transient(null, "Http503"),
            await Create().Gateway.SendAsync(CardIssued(), "ref-6", CancellationToken.None));
        Assert.Empty(await _local.MessagesAsync());
    }

    [Fact]
    public async Task FindReportAsync_AnswerLostButSent_FindsTheMessageByItsReference()
    {
        var gateway = Create().Gateway;
        var since = DateTimeOffset.UtcNow;
        await _local.SetFaultsAsync(new Faults(Faults.LoseAnswer));
        Assert.IsType<SmsSendOutcome.Unknown>(await gateway.SendAsync(CardIssued(), "ref-7", CancellationToken.None));
        await _local.SetFaultsAsync(new Faults());

        var report = await gateway.FindReportAsync(Phone, "ref-7", since, CancellationToken.None);

        Assert.True(report?.Delivered);
        Assert.Null(await gateway.FindReportAsync(Phone, "ref-other", since, CancellationToken.None));
    }

    [Fact]
    public async Task FindReportAsync_UndeliverableNumber_ReportsFailure()
    {
        await _local.SetFaultsAsync(new Faults(UndeliverableNumbers: [Phone]));
        var gateway = Create().Gateway;
        await gateway.SendAsync(CardIssued(), "ref-8", CancellationToken.None);

        var report = await gateway.FindReportAsync(
            Phone, "ref-8", DateTimeOffset.UtcNow.AddMinutes(-1), CancellationToken.None);

        Assert.Equal((false, "UNDELIV"), (report!.Delivered, report.Description));
    }

    [Fact]
    public async Task SendAsync_ParameterCarryingALink_RefusedAsTheVendorDoes()
    {
        var outcome = await Create().Gateway.SendAsync(
            new SmsMessage(Phone, SmsNotice.CardIssued, ["x.gz.cn"]), "ref-9", CancellationToken.None);

        Assert.Equal(new SmsSendOutcome.Failed("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter"), outcome);
    }
}
