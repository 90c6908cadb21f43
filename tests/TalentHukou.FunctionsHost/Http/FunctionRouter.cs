using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using TalentHukou.FunctionsHost.Protocol;

namespace TalentHukou.FunctionsHost.Http;

/// <summary>A route the host matched: the function and the route values of the request.</summary>
public sealed record RouteMatch(LoadedFunction Function, RouteValueDictionary Values);

/// <summary>
/// Routes requests the way the Functions host does: by the HTTP triggers in the worker's metadata (route template under
/// the <c>host.json</c> route prefix, inline constraints, methods), trying functions in name order and taking the
/// first that matches, however specific a later template is. Routes under <c>admin/</c> are the host's own.
/// </summary>
public sealed class FunctionRouter
{
    private readonly List<Candidate> _candidates;

    public FunctionRouter(
        IEnumerable<LoadedFunction> functions, string routePrefix, IInlineConstraintResolver constraints)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _candidates = functions
            .Where(f => f.HasTrigger("httpTrigger"))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => Candidate.Create(f, routePrefix, constraints))
            .ToList();
    }

    /// <summary>Templates that start with the reserved <c>admin</c> segment, which the host refuses to load.</summary>
    public static bool IsReserved(string route) =>
        route.TrimStart('/').Split('/')[0].Equals("admin", StringComparison.OrdinalIgnoreCase);

    public RouteMatch? Match(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var candidate in _candidates)
        {
            if (!candidate.AllowsMethod(context.Request.Method)) continue;
            var values = new RouteValueDictionary();
            if (!candidate.Matcher.TryMatch(context.Request.Path, values)) continue;
            if (candidate.Constraints.All(
                c => c.Constraint.Match(context, null, c.Name, values, RouteDirection.IncomingRequest)))
                return new RouteMatch(candidate.Function, values);
        }
        return null;
    }

    private sealed record Candidate(
        LoadedFunction Function,
        TemplateMatcher Matcher,
        IReadOnlyList<(string Name, IRouteConstraint Constraint)> Constraints)
    {
        public static Candidate Create(LoadedFunction function, string prefix, IInlineConstraintResolver resolver)
        {
            var route = function.Trigger.Route ?? function.Name;
            if (IsReserved(route))
                throw new InvalidOperationException(
                    $"{function.Name}: the route '{route}' conflicts with the host's admin routes.");
            var template = TemplateParser.Parse(string.IsNullOrEmpty(prefix) ? route : $"{prefix}/{route}");
            var constraints = template.Parameters
                .SelectMany(p => p.InlineConstraints.Select(c => (p.Name!, Constraint: Resolve(c.Constraint))))
                .ToList();
            return new Candidate(function, new TemplateMatcher(template, new RouteValueDictionary()), constraints);

            IRouteConstraint Resolve(string constraint) =>
                resolver.ResolveConstraint(constraint)
                ?? throw new InvalidOperationException($"{function.Name}: unknown constraint '{constraint}'.");
        }

        public bool AllowsMethod(string method) => Function.Trigger.Methods is not { Count: > 0 } methods
            || methods.Contains(method, StringComparer.OrdinalIgnoreCase);
    }
}
