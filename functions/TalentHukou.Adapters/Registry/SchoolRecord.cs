namespace TalentHukou.Adapters.Registry;

/// <summary>
/// An approved school (毕业院校); <see cref="District"/> is a Guangzhou district code when the school is in the city.
/// </summary>
public sealed record SchoolRecord(string SchoolId, string Name, string? District, DateTimeOffset UpdatedAt);

/// <summary>An approved major (专业) of one school.</summary>
public sealed record MajorRecord(string MajorId, string SchoolId, string Name, DateTimeOffset UpdatedAt);
