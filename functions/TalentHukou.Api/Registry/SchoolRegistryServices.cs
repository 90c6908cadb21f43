using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>What the school and major routes use: both directories, and filing requests with attachments.</summary>
public sealed record SchoolRegistryServices(
    SchoolDirectory Schools, MajorDirectory Majors, RegistryRequestFiler Filer, PrivateBlobs Blobs);
