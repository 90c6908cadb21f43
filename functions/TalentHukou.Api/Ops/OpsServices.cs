using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Ops;

/// <summary>What the ops metrics read: applications, registry requests, figures other areas contribute.</summary>
public sealed record OpsServices(
    BusinessClock Clock, ApplicationStore Applications, RegistryRequestStore RegistryRequests,
    IEnumerable<IOpsMetricSource> MetricSources);
