namespace TalentHukou.Domain.Registry;

/// <summary>
/// What kind of unit an employer is; it decides who reviews its employees' applications (seed Q3).
/// JSON names: <c>enterprise</c>, <c>government</c>, <c>public-institution</c>, <c>sasac-soe</c>.
/// </summary>
public enum EmployerKind
{
    Enterprise,
    Government,
    PublicInstitution,
    /// <summary>One of the state-owned enterprises under the municipal SASAC (市国资委).</summary>
    SasacSoe,
}
