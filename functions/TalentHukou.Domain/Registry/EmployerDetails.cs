namespace TalentHukou.Domain.Registry;

/// <summary>A unit as the registry knows it, or as an add/modify request proposes it.</summary>
public sealed record EmployerDetails(
    string Name,
    string CreditCode,
    EmployerKind Kind,
    string District,
    string Address,
    string ContactName,
    string ContactPhone);
