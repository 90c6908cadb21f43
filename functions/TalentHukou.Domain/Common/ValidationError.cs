namespace TalentHukou.Domain.Common;

/// <summary>
/// Why an input was refused: a stable machine code (e.g. <c>id-number.check-digit</c>), the field it
/// concerns when the caller knows it, and the same message in Chinese and English.
/// </summary>
public sealed record ValidationError(string Code, string? Field, string MessageZh, string MessageEn)
{
    /// <summary>Creates an error not yet tied to a field; callers add one with <see cref="WithField"/>.</summary>
    public ValidationError(string code, string messageZh, string messageEn)
        : this(code, null, messageZh, messageEn)
    {
    }

    /// <summary>The same error, reported against <paramref name="field"/>.</summary>
    public ValidationError WithField(string field) => this with { Field = field };
}
