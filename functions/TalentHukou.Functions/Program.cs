using Microsoft.Extensions.Hosting;
using TalentHukou.Functions.Hosting;

FunctionsApp.CreateBuilder(args).Build().Run();
