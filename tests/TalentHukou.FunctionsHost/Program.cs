using TalentHukou.FunctionsHost;

await FunctionsHostHarness.RunAsync(args);
