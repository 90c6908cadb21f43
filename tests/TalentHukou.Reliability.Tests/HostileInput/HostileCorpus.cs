using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>One generated request and what it attacks.</summary>
public sealed record HostileCase(string Route, string Kind, string Description, Func<HttpRequestMessage> Build);

/// <summary>The victim's resources that the attacker (another applicant) goes after.</summary>
public sealed record VictimResources(string ApplicationId, string TicketId, string Name);

/// <summary>
/// Generates malformed and hostile requests for every write route of <see cref="ApiRouteTable"/> (so a new route is
/// covered without touching this file), from a seeded <see cref="Random"/>. Every request is one the service must
/// refuse: bad or missing tokens, wrong roles, broken or oversized bodies, hostile values in every field, hostile or
/// unknown ids, or somebody else's resources — never a legitimate write.
/// </summary>
public sealed class HostileCorpus(Random random, VictimResources victim)
{
    public const string Attacker = "hostile-attacker";

    private static readonly string[] Kinds =
    [
        "token",
        "role",
        "broken-json",
        "deep-nesting",
        "huge-string",
        "oversize",
        "content-type",
        "hostile-values",
        "hostile-ids",
        "others-resource",
        "idempotency-key",
        "upload",
    ];

    public static IReadOnlyList<ApiRoute> WriteRoutes { get; } =
        ApiRouteTable.All.Where(r => r.Method != "GET").ToList();

    public IEnumerable<HostileCase> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Each case draws from a Random of its own, so that building requests in parallel gives the same corpus for
            // a seed.
            var own = new Random(random.Next());
            var one = new HostileCorpus(own, victim);
            var route = WriteRoutes[i % WriteRoutes.Count];
            var kinds = Kinds
                .Where(k => Applies(k, route)
                    && (k != "oversize" || route.MaxBodyBytes <= 1 << 20 || own.Next(10) == 0))
                .ToList();
            yield return one.Make(route, kinds[own.Next(kinds.Count)]);
        }
    }

    private static bool Applies(string kind, ApiRoute route) => kind switch
    {
        "role" => route.Access.AnyOfRoles.Count > 0,
        "others-resource" => AllowsApplicant(route)
            && (route.Parameters.Contains("applicationId") || route.Parameters.Contains("ticketId")),
        "hostile-ids" => route.Parameters.Count > 0,
        "idempotency-key" => route.Idempotent,
        "upload" => IsUpload(route),
        // (Oversize uploads are tens of megabytes: the generator picks them for one case in ten.)
        _ => true,
    };

    private HostileCase Make(ApiRoute route, string kind)
    {
        var role = AllowedRole(route);
        var path = Path(route, role, hostileIds: kind == "hostile-ids");
        string description;
        Func<HttpContent?> content = () => Body(route, hostile: false);
        string? authorization = "Bearer " + HostileTokens.Valid(Attacker, role);
        string? idempotencyKey = null;
        switch (kind)
        {
            case "token":
                var tokens = HostileTokens.Refused(Attacker, role);
                var (name, header) = random.Next(tokens.Count + 1) is var t && t == tokens.Count
                    ? ("no token", null)
                    : tokens[t];
                authorization = header;
                description = name;
                break;
            case "role":
                var wrong = Roles.All.Where(r => !route.Access.AnyOfRoles.Contains(r)).ToList();
                var pick = wrong[random.Next(wrong.Count)];
                authorization = "Bearer " + HostileTokens.Valid(Attacker, pick);
                description = "role " + pick;
                break;
            case "broken-json":
                var broken = HostileValues.BrokenJson[random.Next(HostileValues.BrokenJson.Length)];
                content = () => Json(broken);
                description = broken;
                break;
            case "deep-nesting":
                var depth = random.Next(17, 5000);
                var arrays = random.Next(2) == 0;
                content = () => Json(HostileValues.Nested(depth, arrays));
                description = $"depth {depth}";
                break;
            case "huge-string":
                var length = random.Next(5_000, 70_000);
                var text = HostileValues.Long(random, length);
                content = () => IsUpload(route)
                    ? Form(route, _ => text)
                    : Json(Serialize(Template(route.Doc?.Request, _ => text, Flag)));
                description = $"{length} characters in every field";
                break;
            case "oversize":
                var size = route.MaxBodyBytes + 1 + random.Next(0, 4096);
                content = () => IsUpload(route)
                    ? Form(route, _ => "x", fileBytes: size)
                    : Json("{\"a\":\"" + new string('x', (int)size) + "\"}");
                description = $"{size} bytes";
                break;
            case "content-type":
                var type = new[]
                {
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "application/octet-stream",
                    "multipart/form-data",
                    "image/png",
                }[random.Next(6)];
                var json = Serialize(Template(route.Doc?.Request, _ => "测试", Flag));
                content = () => new ByteArrayContent(Encoding.UTF8.GetBytes(json))
                {
                    Headers = { ContentType = MediaTypeHeaderValue.Parse(type) },
                };
                description = type;
                break;
            case "hostile-values":
                content = () => Body(route, hostile: true);
                description = "hostile value in every field";
                break;
            case "hostile-ids":
                description = path;
                break;
            case "others-resource":
                authorization = "Bearer " + HostileTokens.Valid(Attacker, Roles.Applicant);
                path = Path(route, Roles.Applicant, hostileIds: false);
                description = "the victim's resource";
                break;
            case "idempotency-key":
                idempotencyKey =
                    new[] { new string('k', 129 + random.Next(5000)), "a b", "key\u007f", "k e y" }[random.Next(4)];
                description = "Idempotency-Key " + idempotencyKey.Length;
                break;
            default:
                content = () => Upload(route);
                description = "hostile upload";
                break;
        }
        return new HostileCase(route.Name, kind, description, () =>
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = content() };
            if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
            return request;
        });
    }

    /// <summary>
    /// The route's path with its ids: the victim's for the attacking applicant, unknown ones otherwise, or hostile
    /// ones.
    /// </summary>
    private string Path(ApiRoute route, string role, bool hostileIds)
    {
        var path = route.Path;
        foreach (var parameter in route.Parameters)
        {
            var value = hostileIds ? HostileValues.Pick(random) : IdFor(parameter, role);
            path = path.Replace(
                "{" + parameter + "}",
                Uri.EscapeDataString(value.Length == 0 ? "%" : value),
                StringComparison.Ordinal);
        }
        return path;
    }

    private string IdFor(string parameter, string role) => (parameter, role) switch
    {
        ("applicationId", Roles.Applicant) => victim.ApplicationId,
        ("ticketId", Roles.Applicant) => victim.TicketId,
        ("applicationId", _) => "A20990101T000000000000A",
        ("ticketId", _) => "TK20990101T000000000000",
        ("requestId", _) => "RQ20990101T000000000000A",
        ("objectionId", _) => "OB20990101T0000000000",
        ("instanceId", _) => "application-A20990101T000000000000A",
        _ => "Unknown" + random.Next(1000),
    };

    private static bool AllowsApplicant(ApiRoute route) =>
        route.Access.AnyOfRoles.Count == 0 || route.Access.AnyOfRoles.Contains(Roles.Applicant);

    private static string AllowedRole(ApiRoute route) =>
        AllowsApplicant(route) ? Roles.Applicant : route.Access.AnyOfRoles[0];

    private static bool IsUpload(ApiRoute route) => route.Doc?.Multipart.Count > 0;

    private HttpContent? Body(ApiRoute route, bool hostile)
    {
        if (IsUpload(route)) return hostile ? Form(route, _ => HostileValues.Pick(random)) : Upload(route);
        if (route.Doc?.Request is null) return hostile ? Json(Serialize(HostileValues.Pick(random))) : null;
        return Json(Serialize(Template(
            route.Doc.Request,
            _ => hostile ? HostileValues.Pick(random) : Plausible(),
            Flag)));
    }

    private string Plausible() => new[] { victim.Name, "测试内容", "13800138000", "test@example.cn" }[random.Next(4)];

    /// <summary>
    /// True or false, drawn: a yes/no field is tried both ways (an approval and a rejection, a revoking run and a dry
    /// run), never only the way that happens to be harmless.
    /// </summary>
    private bool Flag() => random.Next(2) == 0;

    /// <summary>
    /// A JSON object with the request type's properties (camelCase), strings from <paramref name="text"/>, yes/no
    /// fields from <paramref name="flag"/>, nested records filled the same way.
    /// </summary>
    private static Dictionary<string, object?> Template(Type? type, Func<string, string> text, Func<bool> flag)
    {
        var body = new Dictionary<string, object?>();
        foreach (var property in type?.GetProperties(BindingFlags.Public | BindingFlags.Instance) ?? [])
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            body[name] = t == typeof(string) ? text(name)
                : t == typeof(bool) ? flag()
                : t.IsPrimitive ? 1
                : t.IsClass && t.Namespace?.StartsWith("TalentHukou", StringComparison.Ordinal) == true
                    ? Template(t, text, flag)
                : null;
        }
        return body;
    }

    /// <summary>
    /// A form with every text field from <paramref name="text"/> and hostile files in the file parts.
    /// </summary>
    private HttpContent Form(ApiRoute route, Func<string, string> text, long fileBytes = 2048) =>
        Fill(route, text, fileBytes).ToContent();

    private RawMultipart Fill(ApiRoute route, Func<string, string> text, long fileBytes)
    {
        var form = new RawMultipart();
        foreach (var field in route.Doc!.Multipart)
        {
            if (!field.EndsWith("[]", StringComparison.Ordinal) && !field.EndsWith('@')) form.Text(field, text(field));
            else AddFile(form, field[..^2], fileBytes);
        }
        return form;
    }

    /// <summary>
    /// A form whose files are hostile (names, types, contents) and whose text fields are hostile too, or a broken
    /// multipart body.
    /// </summary>
    private HttpContent Upload(ApiRoute route)
    {
        if (random.Next(4) == 0)
        {
            var raw = new[]
            {
                "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunterminated",
                "garbage",
                "--b--",
                "",
            }[random.Next(4)];
            return new ByteArrayContent(Encoding.UTF8.GetBytes(raw))
            {
                Headers =
                {
                    ContentType = MediaTypeHeaderValue.Parse(
                        random.Next(2) == 0 ? "multipart/form-data; boundary=b" : "multipart/form-data"),
                },
            };
        }
        var form = Fill(route, _ => HostileValues.Pick(random), random.Next(0, 4096));
        var filePart = route.Doc!.Multipart
            .Last(f => f.EndsWith("[]", StringComparison.Ordinal) || f.EndsWith('@'))
            .TrimEnd('[', ']', '@');
        for (var extra = random.Next(0, 7); extra > 0; extra--)
            AddFile(form, random.Next(3) == 0 ? HostileValues.Pick(random) : filePart, random.Next(0, 4096));
        return form.ToContent();
    }

    /// <summary>
    /// A file with a hostile name, a declared type that may lie, and contents that may start like an image, a program
    /// or a PDF.
    /// </summary>
    private void AddFile(RawMultipart form, string part, long length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        var magic = new[]
        {
            new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A },
            "MZ"u8.ToArray(),
            "%PDF-"u8.ToArray(),
            [],
        }[random.Next(4)];
        magic.AsSpan(0, (int)Math.Min(magic.Length, length)).CopyTo(bytes);
        var name = HostileValues.Pick(random) + new[] { ".png", ".pdf", ".jpg", ".exe", "", "/" }[random.Next(6)];
        form.File(
            part,
            name,
            new[] { "image/png", "application/x-msdownload", "image/jpeg", "../../x", null }[random.Next(5)],
            bytes);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Serialize(object? value) => JsonSerializer.Serialize(value);
}
