namespace TalentHukou.Api.OpenApi;

/// <summary>
/// Marks a request body field the contract does not always require (e.g. <c>employerId</c> when <c>action</c> is
/// <c>add</c>), so the OpenAPI document leaves it out of <c>required</c> and generated clients do not demand it. Every
/// body field is nullable in C# so that validation can name what is missing; this says which are optional by contract.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class OptionalFieldAttribute : Attribute;
