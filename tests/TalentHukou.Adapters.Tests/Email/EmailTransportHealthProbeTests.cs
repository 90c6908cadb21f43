using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Testing.Email;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Adapters.Tests.Email;

public sealed class EmailTransportHealthProbeTests
{
    [Fact]
    public async Task CheckAsync_TransportHealthy_Ok()
    {
        var probe = Probe(new ScriptedEmailTransport());

        Assert.Equal("email", probe.Name);
        Assert.Equal((true, null), await probe.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_TransportUnhealthy_ErrorFromTransport()
    {
        var probe = Probe(new ScriptedEmailTransport
        {
            Health = TransportHealth.Unhealthy("SMTP 127.0.0.1:1025: Connection refused"),
        });

        Assert.Equal(
            (false, "SMTP 127.0.0.1:1025: Connection refused"),
            await probe.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_TransportSlowerThanTimeout_ErrorNamingTimeout()
    {
        var probe = Probe(
            new ScriptedEmailTransport { Delay = TimeSpan.FromSeconds(30) },
            TimeSpan.FromMilliseconds(200));

        var (ok, error) = await probe.CheckAsync(CancellationToken.None);

        Assert.False(ok);
        Assert.Equal("The Smtp transport did not answer within 0.2 s.", error);
    }

    private static EmailTransportHealthProbe Probe(IEmailTransport transport, TimeSpan? timeout = null) =>
        new(transport, Options.Create(new EmailOptions { HealthCheckTimeout = timeout ?? TimeSpan.FromSeconds(3) }));
}
