namespace TalentHukou.Adapters.Registry;

/// <summary>Finds a school and one of its majors in the school and major registries.</summary>
public sealed class EducationLookup(SchoolDirectory schools, MajorDirectory majors) : IEducationLookup
{
    public async Task<EducationNames?> FindAsync(string schoolId, string majorId, CancellationToken ct)
    {
        var schoolLookup = schools.GetAsync(schoolId, ct);
        var majorLookup = majors.GetAsync(schoolId, majorId, ct);
        await Task.WhenAll(schoolLookup, majorLookup);
        var (school, major) = (await schoolLookup, await majorLookup);
        return school is null || major is null ? null : new EducationNames(school.Name, major.Name);
    }
}
