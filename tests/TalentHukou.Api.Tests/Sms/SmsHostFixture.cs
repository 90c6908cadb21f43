using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing;
using TalentHukou.Testing.Sms;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Api.Tests.Sms;

/// <summary>
/// One local host wired to its own local SMS gateway (the vendor's API over HTTP) and SMTP server, shared by the SMS
/// notice tests. Each test uses numbers of its own, so the per-number limit of one test never defers another's SMS.
/// </summary>
public sealed class SmsHostFixture : IAsyncLifetime
{
    public LocalSmsGatewayUnderTest Gateway { get; } = new();

    public SmtpCatcher Mail { get; } = SmtpCatcher.Started();

    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Gateway.InitializeAsync();
        var settings = IssuedCardFixture.FastSaga();
        foreach (var (key, value) in Gateway.ServiceSettings()) settings[key] = value;
        foreach (var (key, value) in Mail.Settings()) settings[key] = value;
        settings["Sms:ReportPollInterval"] = "00:00:00.300";
        settings["Clock:Acceleration"] = "100000";
        Host = await LocalHostUnderTest.StartAsync(settings: settings);
    }

    /// <summary>
    /// Gives a seeded application's applicant a verified number (as a confirmed verification at submission does: the
    /// number encrypted under the personal-data key), a gender, an e-mail address and a preference.
    /// </summary>
    public async Task VerifyApplicantAsync(string applicationId, string phone, string email, string preference)
    {
        var protector = Host.Services.GetRequiredService<PersonalDataProtector>();
        await Host.Services.GetRequiredService<ApplicationUpdater>().UpdateAsync(applicationId, r => r with
        {
            Applicant = r.Applicant with
            {
                PhoneProtected = protector.Encrypt(phone),
                PhoneMasked = Domain.Privacy.Masking.Phone(phone),
                Email = email,
                Gender = "male",
                ContactPreference = preference,
            },
        }, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Gateway.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
