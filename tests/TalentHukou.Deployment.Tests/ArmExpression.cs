using System.Globalization;
using System.Text;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// Evaluates the ARM template expressions (<c>[format('st{0}', parameters('x'))]</c>) that Bicep emits, for the few
/// functions the templates use. An unknown function fails loudly, so a new expression shape cannot pass unseen.
/// Values are <see cref="string"/>, <see cref="long"/>, <see cref="bool"/>, <see cref="Dictionary{TKey,TValue}"/>
/// (case-insensitive keys) and <see cref="List{T}"/>.
/// </summary>
public sealed class ArmExpression
{
    private readonly string text;
    private int position;

    private ArmExpression(string text) => this.text = text;

    /// <summary>
    /// A value as it appears in the template: a string in brackets is an expression, anything else literal.
    /// </summary>
    public static object? Evaluate(object? value, IArmScope scope)
    {
        if (value is not string s) return value;
        if (s.StartsWith("[[", StringComparison.Ordinal)) return s[1..];
        if (!(s.StartsWith('[') && s.EndsWith(']'))) return s;
        var expression = new ArmExpression(s[1..^1]);
        var result = expression.Parse(scope);
        expression.SkipSpace();
        if (expression.position != expression.text.Length) throw expression.Error("unexpected text");
        return result;
    }

    private object? Parse(IArmScope scope)
    {
        var value = Primary(scope);
        while (true)
        {
            SkipSpace();
            if (Peek('.'))
            {
                position++;
                var name = Identifier();
                value = Member(value, name, scope);
            }
            else if (Peek('['))
            {
                position++;
                var index = Parse(scope);
                Expect(']');
                value = index is long i ? ((List<object?>)value!)[(int)i] : Member(value, (string)index!, scope);
            }
            else return value;
        }
    }

    private object? Primary(IArmScope scope)
    {
        SkipSpace();
        if (Peek('\'')) return StringLiteral();
        if (char.IsDigit(text[position]) || Peek('-'))
        {
            var start = position++;
            while (position < text.Length && char.IsDigit(text[position])) position++;
            return long.Parse(text[start..position], CultureInfo.InvariantCulture);
        }
        var name = Identifier();
        if (name is "true" or "false") return name == "true";
        if (name is "null") return null;
        SkipSpace();
        Expect('(');
        var arguments = new List<object?>();
        SkipSpace();
        if (!Peek(')'))
        {
            do
            {
                if (name == "lambda") throw Error("lambdas are not evaluated; keep lambdas out of app settings");
                arguments.Add(Parse(scope));
                SkipSpace();
            } while (TryTake(','));
        }
        Expect(')');
        return Call(name, arguments, scope);
    }

    private static object? Call(string name, List<object?> a, IArmScope scope) => name.ToLowerInvariant() switch
    {
        "parameters" => scope.Parameter((string)a[0]!),
        "variables" => scope.Variable((string)a[0]!),
        "reference" => new ResourceReference((string)a[0]!),
        "format" => Format((string)a[0]!, a.Skip(1).ToList()),
        "concat" => a.All(x => x is List<object?>) ? a.SelectMany(x => (List<object?>)x!).ToList()
            : string.Concat(a.Select(Text)),
        "if" => a[0] is true ? a[1] : a[2],
        "empty" => a[0] switch
        {
            null => true,
            string s => s.Length == 0,
            List<object?> l => l.Count == 0,
            Dictionary<string, object?> d => d.Count == 0,
            _ => false,
        },
        "not" => a[0] is not true,
        "and" => a.All(x => x is true),
        "or" => a.Any(x => x is true),
        "equals" => Equals(a[0], a[1]),
        "tolower" => ((string)a[0]!).ToLowerInvariant(),
        "toupper" => ((string)a[0]!).ToUpperInvariant(),
        "trim" => ((string)a[0]!).Trim(),
        "string" => Text(a[0]),
        "uniquestring" => UniqueString(a),
        "createobject" => Enumerable.Range(0, a.Count / 2)
            .ToDictionary(i => (string)a[2 * i]!, i => a[2 * i + 1], StringComparer.OrdinalIgnoreCase),
        "createarray" => a,
        "union" => a.All(x => x is Dictionary<string, object?>)
            ? a.Cast<Dictionary<string, object?>>().SelectMany(d => d)
                .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase)
            : a.Cast<List<object?>>().SelectMany(l => l).Distinct().ToList(),
        "length" => a[0] switch
        {
            string s => (long)s.Length,
            List<object?> l => l.Count,
            Dictionary<string, object?> d => d.Count,
            _ => throw new InvalidOperationException($"length() of {a[0]}"),
        },
        "copyindex" => scope.CopyIndex() + (a.Count > 0 ? (long)a[^1]! : 0),
        "guid" => Guid(a),
        "resourcegroup" => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = $"/subscriptions/{ArmTestValues.SubscriptionId}/resourceGroups/{ArmTestValues.ResourceGroup}",
            ["name"] = ArmTestValues.ResourceGroup,
        },
        "resourceid" => $"/subscriptions/{ArmTestValues.SubscriptionId}/resourceGroups/{ArmTestValues.ResourceGroup}"
            + ResourcePath(a),
        "subscriptionresourceid" => $"/subscriptions/{ArmTestValues.SubscriptionId}" + ResourcePath(a),
        "environment" => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = "AzureCloud",
            ["authentication"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["loginEndpoint"] = "https://login.microsoftonline.com/",
            },
        },
        "subscription" => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = $"/subscriptions/{ArmTestValues.SubscriptionId}",
            ["subscriptionId"] = ArmTestValues.SubscriptionId,
            ["tenantId"] = ArmTestValues.TenantId,
        },
        "tenant" => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["tenantId"] = ArmTestValues.TenantId,
        },
        _ => throw new NotSupportedException(
            $"ARM function {name}() is not evaluated by the contract suite; add it to ArmExpression."),
    };

    private static object? Member(object? value, string name, IArmScope scope) => value switch
    {
        ResourceReference reference => scope.ReferenceProperty(reference.SymbolicName, name),
        Dictionary<string, object?> map => map.TryGetValue(name, out var v) ? v
            : throw new KeyNotFoundException($"No property '{name}'."),
        _ => throw new InvalidOperationException($"Cannot read '.{name}' of {value}."),
    };

    private static string Format(string format, List<object?> arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments.Select(Text).Cast<object>().ToArray());

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    // resourceId('A/b/c', 'x', 'y') is .../providers/A/b/x/c/y: each name follows its own type segment.
    private static string ResourcePath(List<object?> arguments)
    {
        var type = ((string)arguments[0]!).Split('/');
        var names = arguments.Skip(1).Select(Text).ToList();
        var path = new StringBuilder($"/providers/{type[0]}");
        for (var i = 0; i < names.Count; i++) path.Append('/').Append(type[i + 1]).Append('/').Append(names[i]);
        return path.ToString();
    }

    private static string Guid(List<object?> arguments)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('|', arguments.Select(Text))));
        return new System.Guid(hash.AsSpan(0, 16)).ToString();
    }

    private static string UniqueString(List<object?> arguments)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('|', arguments.Select(Text))));
        return new string(hash.Take(13).Select(b => (char)('a' + b % 26)).ToArray());
    }

    private string StringLiteral()
    {
        Expect('\'');
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length) throw Error("unterminated string");
            var c = text[position++];
            if (c == '\'')
            {
                if (Peek('\'')) { builder.Append('\''); position++; continue; }
                return builder.ToString();
            }
            builder.Append(c);
        }
    }

    private string Identifier()
    {
        SkipSpace();
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
        if (start == position) throw Error("identifier expected");
        return text[start..position];
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
    }

    private bool Peek(char c) => position < text.Length && text[position] == c;

    private bool TryTake(char c)
    {
        SkipSpace();
        if (!Peek(c)) return false;
        position++;
        return true;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (!Peek(c)) throw Error($"'{c}' expected");
        position++;
    }

    private FormatException Error(string what) => new($"ARM expression [{text}]: {what} at {position}.");

    private sealed record ResourceReference(string SymbolicName);
}

/// <summary>Where an ARM expression finds its parameters, variables and the runtime properties of resources.</summary>
public interface IArmScope
{
    object? Parameter(string name);

    object? Variable(string name);

    object? ReferenceProperty(string symbolicName, string property);

    /// <summary>The index of the copy loop instance being evaluated (<c>copyIndex()</c>).</summary>
    long CopyIndex();
}
