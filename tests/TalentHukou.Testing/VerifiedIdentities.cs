using System.Runtime.CompilerServices;

namespace TalentHukou.Testing;

/// <summary>
/// The verified ID number each test client's dev token carries (the identity platform's claim), so the helpers that
/// submit applications, unit-admin requests and tickets use the caller's own number, as a real front end does.
/// </summary>
public static class VerifiedIdentities
{
    private static readonly ConditionalWeakTable<HttpClient, string> Numbers = [];

    public static void Remember(HttpClient client, string idNumber) => Numbers.AddOrUpdate(client, idNumber);

    /// <summary>The ID number <paramref name="client"/>'s token carries, if it came from a test host.</summary>
    public static string? Of(HttpClient client) => Numbers.TryGetValue(client, out var idNumber) ? idNumber : null;
}
