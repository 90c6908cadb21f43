namespace TalentHukou.Adapters.Registry;

/// <summary>Finds a school and one of its majors in the school and major registries (by id).</summary>
public interface IEducationLookup
{
    Task<EducationNames?> FindAsync(string schoolId, string majorId, CancellationToken ct);
}

/// <summary>The registered names of a school and its major.</summary>
public sealed record EducationNames(string SchoolName, string MajorName);
