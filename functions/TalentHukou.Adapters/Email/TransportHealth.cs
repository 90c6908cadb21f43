namespace TalentHukou.Adapters.Email;

/// <summary>Whether an e-mail provider answered a reachability check; <see cref="Error"/> says why not.</summary>
public sealed record TransportHealth(bool IsHealthy, string? Error)
{
    /// <summary>The provider answered.</summary>
    public static TransportHealth Healthy { get; } = new(true, null);

    /// <summary>The provider did not answer as expected.</summary>
    public static TransportHealth Unhealthy(string error) => new(false, error);
}
