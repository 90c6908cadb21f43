namespace TalentHukou.Api.OpenApi;

/// <summary>
/// <c>info.version</c> of <c>openapi.json</c> (semantic versioning, ADR 0023). 1.2 is api-contract.md's v1.2, the
/// contract the first released document implemented (it said a hard-coded 1.0.0). Bump the minor version when the
/// document adds an operation, field, schema or enum value to the last released one (docs/openapi.released.json), the
/// patch version for words and examples only; a removal or rename is refused by the compatibility test, never bumped.
/// </summary>
public static class ContractVersion
{
    public const string Current = "1.4.0";
}
