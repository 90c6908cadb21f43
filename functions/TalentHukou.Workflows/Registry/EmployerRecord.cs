using TalentHukou.Domain.Registry;

namespace TalentHukou.Workflows.Registry;

/// <summary>An approved unit in the employer registry.</summary>
public sealed record EmployerRecord(string EmployerId, EmployerDetails Details, DateTimeOffset UpdatedAt);
