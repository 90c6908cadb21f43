using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using TalentHukou.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
FunctionsAppServices.Add(builder.Services, builder.Configuration, builder.Environment);
builder.Build().Run();
