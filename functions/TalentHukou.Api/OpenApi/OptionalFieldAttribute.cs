namespace TalentHukou.Api.OpenApi;

/// <summary>
/// Marks a field the contract does not always carry, so the OpenAPI document leaves it out of <c>required</c>: a
/// request body field (e.g. <c>employerId</c> when <c>action</c> is <c>add</c>; every body field is nullable in C# so
/// that validation can name what is missing) or a response field only some callers see (health details for ops).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class OptionalFieldAttribute : Attribute;
