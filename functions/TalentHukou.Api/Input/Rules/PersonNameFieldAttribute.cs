using System.Text.Json.Nodes;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Input;

/// <summary>
/// A person's name, checked by <see cref="PersonName.Parse"/>: its length limits are the domain's. The domain counts
/// what a person sees as one character (text elements); the schema counts code points, the same for Han names (𠀀
/// included) and names in precomposed letters, which are what NFKC folding leaves (ADR 0028).
/// </summary>
public sealed class PersonNameFieldAttribute : FieldRuleAttribute
{
    public override void Describe(JsonObject schema)
    {
        schema["minLength"] = PersonName.MinimumLength;
        schema["maxLength"] = PersonName.MaximumLength;
    }
}
