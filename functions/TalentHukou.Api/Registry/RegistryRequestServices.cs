using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Registry;

/// <summary>What the routes over filed registry requests use: progress, the queue, decisions, attachments.</summary>
public sealed record RegistryRequestServices(RegistryRequestStore Requests, BusinessClock Clock, PrivateBlobs Blobs);
