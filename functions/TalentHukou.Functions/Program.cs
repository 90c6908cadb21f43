using Microsoft.Extensions.Hosting;
new HostBuilder().ConfigureFunctionsWebApplication().Build().Run();
