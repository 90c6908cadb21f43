using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Functions.Http;

/// <summary>
/// Runs the route named like the function through the shared <see cref="ApiPipeline"/>: route values and the
/// durable client come from the Functions bindings; the pipeline writes the response itself.
/// </summary>
public sealed class HttpRouteRunner(ApiPipeline pipeline)
{
    public async Task<IActionResult> RunAsync(HttpRequest request, DurableTaskClient durable, FunctionContext context)
    {
        var route = ApiRouteTable.ByName(context.FunctionDefinition.Name);
        foreach (var parameter in route.Parameters)
        {
            if (context.BindingContext.BindingData.TryGetValue(parameter, out var value))
                request.RouteValues[parameter] = value?.ToString();
        }
        DurableClientAccessor.Attach(request.HttpContext, durable);
        await pipeline.InvokeAsync(request.HttpContext, route);
        return new EmptyResult();
    }
}
