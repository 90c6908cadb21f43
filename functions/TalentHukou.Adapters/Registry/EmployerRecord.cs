using TalentHukou.Domain.Registry;

namespace TalentHukou.Adapters.Registry;

/// <summary>An approved unit in the employer registry.</summary>
public sealed record EmployerRecord(string EmployerId, EmployerDetails Details, DateTimeOffset UpdatedAt);
