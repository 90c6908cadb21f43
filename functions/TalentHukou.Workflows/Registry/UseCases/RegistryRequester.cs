namespace TalentHukou.Workflows.Registry.UseCases;

/// <summary>Who files a registry request and where they hear of the decision.</summary>
public sealed record RegistryRequester(string Subject, string? Email, string? MaskedName = null);
