using TalentHukou.LocalHost.Hosting;

LocalHostApp.Build(args).Run();

/// <summary>The local host's entry point (public for test hosts).</summary>
public partial class Program;
