using System.Collections;
using System.Reflection;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// One example per body type, built as the C# value the API reads or writes (so it has the type's shape) and shown as
/// the component schema's <c>examples</c>. Realistic data: ID numbers and credit codes carry valid check characters,
/// and what an answer masks is masked with the same <see cref="Masking"/> the answer uses. A type nested in a body
/// (the applicant in an application, say) takes its example from the first body example that holds one, so each value
/// is written once. A test requires an example on every named schema and validates each against its schema.
/// </summary>
public static partial class OpenApiExamples
{
    /// <summary>A valid resident ID number (Guangzhou Yuexiu, born 1990-03-07, female; check digit 8).</summary>
    public const string IdNumber = "440106199003075128";

    /// <summary>A second valid one (Shenzhen Futian, born 1992-11-18, female; check digit 9).</summary>
    public const string UnitAdminIdNumber = "440304199211186429";

    /// <summary>A third valid one (Guangzhou Yuexiu, born 1993-06-14, female; check digit 4), for a ticket.</summary>
    public const string TicketIdNumber = "440106199306141524";

    /// <summary>A valid unified social credit code (check character G).</summary>
    public const string CreditCode = "91440101MA5CXL6R0G";

    public const string Phone = "13800138000";
    public const string Name = "李晓雯";
    private const string ApplicationId = "A20260305T021533S412C3F1";
    private const string EmployerId = "E-DEMO-TECH";
    private const string VerificationId = "CV3f9a0c1e7b2d4865a0f1c9e3d7b5a2c4";
    private const string CardNumber = "GZRH2026000123";

    private static readonly DateTimeOffset Submitted = new(2026, 3, 5, 10, 15, 33, TimeSpan.FromHours(8));

    /// <summary>The example of each body type, written out.</summary>
    public static IReadOnlyDictionary<Type, object> ByType { get; } =
        new[] { Applications(), Registry(), Support(), Ops(), Platform() }
            .SelectMany(d => d).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The example of <paramref name="type"/>: its own, or the first one nested in another example.</summary>
    public static object? For(Type type) =>
        ByType.TryGetValue(type, out var own) ? own : Nested.Value.GetValueOrDefault(type);

    private static readonly Lazy<Dictionary<Type, object>> Nested = new(() =>
    {
        var found = new Dictionary<Type, object>();
        foreach (var example in ByType.OrderBy(p => p.Key.Name, StringComparer.Ordinal).Select(p => p.Value))
            Collect(example, found, depth: 0);
        return found;
    });

    private static void Collect(object? value, Dictionary<Type, object> found, int depth)
    {
        if (value is null || value is string || depth > 8 || value.GetType().IsPrimitive) return;
        if (value is IDictionary dictionary)
        {
            foreach (var item in dictionary.Values) Collect(item, found, depth + 1);
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items) Collect(item, found, depth + 1);
            return;
        }
        var type = value.GetType();
        if (type.Namespace?.StartsWith("TalentHukou", StringComparison.Ordinal) != true) return;
        found.TryAdd(type, value);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.GetIndexParameters().Length == 0) Collect(property.GetValue(value), found, depth + 1);
    }
}
