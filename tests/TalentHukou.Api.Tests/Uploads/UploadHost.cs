using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Uploads;

/// <summary>
/// A host of their own for the upload tests that count every blob and row the host has, or measure its memory; the
/// collection runs alone (after the parallel ones), so nothing else allocates or uploads meanwhile.
/// </summary>
public sealed class UploadHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostUnderTest.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UploadHostCollection : ICollectionFixture<UploadHost>
{
    public const string Name = "upload host (runs alone)";
}
