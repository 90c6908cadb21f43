namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>The public-security system did not answer (a simulated outage); the call may be retried.</summary>
public sealed class PublicSecurityUnavailableException(string message) : Exception(message);
