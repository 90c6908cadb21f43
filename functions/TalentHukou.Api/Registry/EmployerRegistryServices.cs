using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Seed;
using TalentHukou.Workflows.Registry.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Registry;

/// <summary>
/// What the employer routes use: the employer registry, the SASAC list, and filing employer and unit admin requests.
/// </summary>
public sealed record EmployerRegistryServices(
    EmployerDirectory Employers, SasacEnterpriseList Sasac, RegistryRequestFiler Filer, BusinessClock Clock,
    PersonalDataProtector Protector, UnitAdminGrants Grants, Auth.IdentityProof Identity);
