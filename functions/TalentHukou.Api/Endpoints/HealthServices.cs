using TalentHukou.Adapters.Health;
using TalentHukou.Adapters.Storage;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Endpoints;

/// <summary>
/// What the health route checks: storage, the other dependencies' probes, and the business clock; and the periodic jobs
/// it makes sure run.
/// </summary>
public sealed record HealthServices(
    StorageInitializer Storage,
    IEnumerable<IHealthProbe> Probes,
    BusinessClock Clock,
    Workflows.Processes.PeriodicWork Periodic);
