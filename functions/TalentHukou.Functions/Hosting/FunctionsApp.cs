using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace TalentHukou.Functions.Hosting;

/// <summary>
/// The Functions app's host builder: what <c>Program.cs</c> runs, and what the deployment contract suite builds with
/// exactly the app settings <c>infra/</c> deploys, so both go through the same worker core and composition.
/// </summary>
public static class FunctionsApp
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        FunctionsAppServices.Add(builder.Services, builder.Configuration, builder.Environment);
        return builder;
    }
}
