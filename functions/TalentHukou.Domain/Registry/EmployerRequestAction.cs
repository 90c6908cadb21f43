namespace TalentHukou.Domain.Registry;

/// <summary>
/// What an employer request asks (on the wire <c>add</c>, <c>modify</c>): a new unit, or a change to a registered one
/// by its own unit admin. Each files a request of its own <see cref="RegistryRequestType"/>.
/// </summary>
public enum EmployerRequestAction
{
    Add,
    Modify,
}

/// <summary>The registry request type each employer request action files.</summary>
public static class EmployerRequestActions
{
    public static RegistryRequestType RequestType(EmployerRequestAction action) => action switch
    {
        EmployerRequestAction.Add => RegistryRequestType.EmployerAdd,
        EmployerRequestAction.Modify => RegistryRequestType.EmployerModify,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an employer request action."),
    };
}
