namespace TalentHukou.Domain.Registry;

/// <summary>What a registry request asks for. All share one review queue, decision route and progress query.</summary>
public enum RegistryRequestType
{
    EmployerAdd,
    EmployerModify,
    School,
    Major,
    UnitAdmin,
}

/// <summary>Where a registry request stands.</summary>
public enum RegistryRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
