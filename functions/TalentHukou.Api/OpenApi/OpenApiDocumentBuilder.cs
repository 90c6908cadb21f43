using System.Text.Json;
using System.Text.Json.Nodes;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.OpenApi;

/// <summary>Builds the OpenAPI 3.1 document from the route table both hosts serve (never maintained by hand).</summary>
public static class OpenApiDocumentBuilder
{
    public static string BuildJson(IEnumerable<ApiRoute> routes) => Build(routes).ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonObject Build(IEnumerable<ApiRoute> routes)
    {
        var paths = new JsonObject();
        var schemas = new OpenApiSchemas();
        schemas.Add("Problem", ProblemSchema());
        foreach (var route in routes
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal))
        {
            var path = "/" + route.Path;
            if (paths[path] is not JsonObject item) paths[path] = item = new JsonObject();
            item[route.Method.ToLowerInvariant()] = Operation(route, schemas);
        }
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "TalentHukou — 广州市引进在职人才入户",
                ["version"] = ContractVersion.Current,
                ["description"] = "The HTTP contract of the talent-introduction household registration service. "
                    + "Errors are RFC 9457 problem details (Chinese title, English detail).",
                ["contact"] = new JsonObject
                {
                    ["name"] = "广州市人力资源和社会保障局 (Guangzhou HRSS)",
                    ["url"] = "https://rsj.gz.gov.cn",
                },
                ["license"] = new JsonObject
                {
                    ["name"] = "Proprietary: Guangzhou Municipal Government",
                    ["url"] = "https://rsj.gz.gov.cn",
                },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/api" }),
            ["tags"] = new JsonArray(OpenApiTags.For(paths).ToArray()),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
                ["schemas"] = schemas.Components(),
            },
        };
    }

    private static JsonObject Operation(ApiRoute route, OpenApiSchemas schemas)
    {
        var doc = route.Doc
            ?? throw new InvalidOperationException($"Route {route.Name} has no documentation (ApiRoute.Doc).");
        var operation = new JsonObject
        {
            ["operationId"] = route.Name,
            ["summary"] = doc.Summary,
            ["description"] = Description(route, doc),
            ["tags"] = new JsonArray(OpenApiTags.Of(route)),
        };
        // An empty list says "anonymous" to tools, rather than "not stated".
        operation["security"] = route.Access.Anonymous ? new JsonArray()
            : new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        if (!route.Access.Anonymous)
            operation["x-roles"] = new JsonArray(route.Access.AnyOfRoles.Select(r => (JsonNode)r).ToArray());
        var parameters = new JsonArray();
        foreach (var name in route.Parameters)
        {
            var rule = PathParameters.For(name);
            var parameter = Parameter(name, "path", required: true);
            parameter["description"] = rule.Description;
            parameter["schema"] = rule.Schema();
            parameters.Add(parameter);
        }
        foreach (var query in doc.Query)
        {
            var parameter = Parameter(query.Name, "query", query.Required);
            if (query.Description is { Length: > 0 } words) parameter["description"] = words;
            parameter["schema"] = query.Schema();
            parameters.Add(parameter);
        }
        if (route.Idempotent) parameters.Add(Parameter("Idempotency-Key", "header", required: false));
        if (parameters.Count > 0) operation["parameters"] = parameters;
        if (RequestBody(doc, schemas) is { } body) operation["requestBody"] = body;
        operation["responses"] = Responses(route, doc, schemas);
        return operation;
    }

    private static JsonObject? RequestBody(ApiDoc doc, OpenApiSchemas schemas)
    {
        if (doc.Upload is { } upload)
        {
            var properties = new JsonObject();
            foreach (var field in upload.Fields) properties[field] = FormField(doc.Form, field, schemas);
            if (doc.Form is null && doc.Request is { } json) // the JSON body, sent as one text part
                foreach (var field in upload.Fields)
                    properties[field]!["description"] =
                        $"JSON文本。The {OpenApiSchemas.NameOf(json)} body as JSON text.";
            foreach (var part in upload.FileParts) properties[part] = OpenApiUploads.FilePart(upload);
            var form = new JsonObject { ["type"] = "object", ["properties"] = properties };
            if (doc.Form is not null) form["required"] = FormRequired(doc.Form, doc.Multipart);
            var multipart = Content("multipart/form-data", form, required: true);
            multipart["content"]!["multipart/form-data"]!["encoding"] = OpenApiUploads.Encoding(upload);
            // A route that takes JSON as well (the files being optional there) documents both.
            if (doc.Request is not null)
                multipart["content"]!.AsObject()["application/json"] =
                    new JsonObject { ["schema"] = schemas.ForRequest(doc.Request) };
            return multipart;
        }
        return doc.Request is null ? null
            : Content("application/json", schemas.ForRequest(doc.Request), required: !doc.RequestOptional);
    }

    /// <summary>
    /// A multipart text field, with the rules, closed set and words its form record declares (as a JSON field's).
    /// </summary>
    private static JsonNode FormField(Type? form, string name, OpenApiSchemas schemas)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (form is null || FormMember(form, name) is not { } member) return schema;
        foreach (var rule in FieldRules.On<FieldRuleAttribute>(member)) rule.Describe(schema);
        var field = FieldRules.On<WireValuesAttribute>(member).SingleOrDefault() is { } values
            ? schemas.Enum(values) : schema;
        var words = FieldRules.On<System.ComponentModel.DescriptionAttribute>(member).FirstOrDefault()?.Description
            ?? OpenApiFieldWords.For(form, name);
        if (words is not null) field["description"] = words;
        return field;
    }

    /// <summary>
    /// The form's fields the validator requires: those its record does not mark optional, and every file part.
    /// </summary>
    private static JsonArray FormRequired(Type form, IEnumerable<string> parts) =>
        new([.. parts.Where(p => p.EndsWith('@') || p.EndsWith("[]", StringComparison.Ordinal)
                || FormMember(form, p) is { } m && !OpenApiSchemas.IsOptional(m))
            .Select(p => (JsonNode)p.TrimEnd('[', ']', '@'))]);

    private static System.Reflection.MemberInfo? FormMember(Type form, string name) =>
        form.GetProperties().FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name)
            ?? throw new InvalidOperationException($"{form.Name} declares no field {name} of the multipart form.");

    private static JsonObject Responses(ApiRoute route, ApiDoc doc, OpenApiSchemas schemas)
    {
        var success = new JsonObject
        {
            ["description"] = doc.Success switch
            {
                201 => "Created",
                202 => "Accepted; poll the Location",
                204 => "No content",
                _ => "OK",
            },
        };
        if (doc.MediaType is not null)
            success["content"] = new JsonObject
            {
                [doc.MediaType] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" },
                },
            };
        else if (doc.Response is not null)
            success["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject { ["schema"] = schemas.For(doc.Response) },
            };
        var responses = new JsonObject
        {
            [doc.Success.ToString(System.Globalization.CultureInfo.InvariantCulture)] = success,
        };
        var problems = new SortedSet<int>(doc.Problems) { 400, 500, 503 };
        if (!route.Access.Anonymous) { problems.Add(401); problems.Add(403); }
        if (route.Parameters.Count > 0) problems.Add(404);
        if (route.Method is "POST" && (doc.Request is not null || doc.Upload is not null))
        {
            problems.Add(413);
            problems.Add(415);
        }
        foreach (var status in problems)
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = "Problem details (RFC 9457)",
                ["content"] = new JsonObject
                {
                    ["application/problem+json"] = new JsonObject
                    {
                        ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" },
                    },
                },
            };
        return responses;
    }

    /// <summary>The summary, then who may call the route, so generated clients and the reference say it.</summary>
    private static string Description(ApiRoute route, ApiDoc doc)
    {
        var who = route.Access.Anonymous ? "Anyone, no token needed."
            : route.Access.AnyOfRoles.Count == 0 ? "Any signed-in caller."
            : $"Roles: {string.Join(", ", route.Access.AnyOfRoles)}.";
        return $"{doc.Summary}. {who}"
            + (route.Idempotent ? " A repeat with the same Idempotency-Key returns the first answer." : "")
            + (route.ETagged ? " Answers carry an ETag: poll with If-None-Match (304 while unchanged)." : "");
    }

    private static JsonObject Parameter(string name, string location, bool required, string type = "string") => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["schema"] = new JsonObject { ["type"] = type },
    };

    private static JsonObject Content(string mediaType, JsonNode schema, bool required) => new()
    {
        ["required"] = required,
        ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = schema } },
    };

    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details: a stable type per error, its Chinese title (标题) and HTTP "
            + "status as listed below (also in x-problem-types), an English detail, and per-field errors for 400s.\n\n"
            + ProblemCatalog.MarkdownTable(),
        ["required"] = new JsonArray("type", "title", "status", "detail"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "错误类型。A stable URI per error, e.g. urn:talenthukou:employer-not-found.",
            },
            ["title"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "标题。Chinese, the seed's wording where it has one; show it to people.",
            },
            ["status"] = new JsonObject
            {
                ["type"] = "integer",
                ["description"] = "HTTP状态码。The answer's HTTP status, repeated.",
            },
            ["detail"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "详情。English, for developers; never echoes path or query values.",
            },
            ["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "字段错误（仅400）。On a 400: each invalid field's JSON path and its Chinese messages.",
                ["additionalProperties"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string" },
                },
            },
        },
        ["x-problem-types"] = new JsonArray([.. ProblemCatalog.All.Select(p => (JsonNode)new JsonObject
        {
            ["type"] = p.Type, ["status"] = p.Status, ["title"] = p.Title,
        })]),
        ["examples"] = new JsonArray(ProblemExample()),
    };

    /// <summary>A 400 as the API writes it (<see cref="Problems.Problems.Validation"/>), so it cannot drift.</summary>
    private static JsonNode? ProblemExample() => JsonSerializer.SerializeToNode(Problems.Problems.Validation(
    [
        new FieldError("applicant.idNumber", "身份证号码校验位错误", "The ID number's check digit is wrong."),
        new FieldError("education.graduationDate", "毕业日期格式应为 yyyy-MM-dd", "graduationDate must be yyyy-MM-dd."),
    ]).ProblemDetails, Input.JsonBody.Options);
}
