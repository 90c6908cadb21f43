namespace TalentHukou.Adapters.Health;

/// <summary>A dependency that <c>GET /health</c> reports on (the email transport registers one).</summary>
public interface IHealthProbe
{
    string Name { get; }

    Task<(bool Ok, string? Error)> CheckAsync(CancellationToken ct);
}
