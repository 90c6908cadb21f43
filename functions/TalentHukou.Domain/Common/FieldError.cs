namespace TalentHukou.Domain.Common;

/// <summary>One field's validation message, in Chinese for people and English for developers.</summary>
public sealed record FieldError(string Field, string MessageZh, string MessageEn);
