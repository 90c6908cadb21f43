using TalentHukou.SmsGateway;

var app = LocalSmsGatewayApp.Build(args);
app.Logger.LogInformation(
    "SMS inbox on {Urls} (GET /api/messages for JSON)",
    string.Join(", ", app.Urls.DefaultIfEmpty(LocalSmsGatewayApp.DefaultUrl)));
await app.RunAsync();
