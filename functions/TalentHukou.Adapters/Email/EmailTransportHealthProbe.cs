using System.Globalization;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Health;

namespace TalentHukou.Adapters.Email;

/// <summary>
/// Reports the e-mail transport as <c>email</c> in <c>/api/health</c>, waiting at most
/// <see cref="EmailOptions.HealthCheckTimeout"/>.
/// </summary>
public sealed class EmailTransportHealthProbe(IEmailTransport transport, IOptions<EmailOptions> options) : IHealthProbe
{
    public string Name => "email";

    public async Task<(bool Ok, string? Error)> CheckAsync(CancellationToken ct)
    {
        var limit = options.Value.HealthCheckTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            var health = await transport.CheckAsync(timeout.Token);
            return (health.IsHealthy, health.Error);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return (false, string.Create(
                CultureInfo.InvariantCulture,
                $"The {options.Value.Transport} transport did not answer within {limit.TotalSeconds:0.#} s."));
        }
    }
}
