namespace TalentHukou.Workflows.Registry;

/// <summary>Finds a school and one of its majors in the school and major registries.</summary>
public sealed class EducationLookup(SchoolDirectory schools, MajorDirectory majors) : IEducationLookup
{
    public async Task<EducationNames?> FindAsync(string schoolId, string majorId, CancellationToken ct)
    {
        var school = await schools.GetAsync(schoolId, ct);
        if (school is null) return null;
        var major = await majors.GetAsync(schoolId, majorId, ct);
        return major is null ? null : new EducationNames(school.Name, major.Name);
    }
}
