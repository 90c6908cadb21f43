using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Uploads;

/// <summary>
/// The text fields and stored files of a multipart request. Disposing it deletes the stored files unless
/// <see cref="Keep"/> was called, so any refusal or failure after the upload leaves no blob behind.
/// </summary>
public sealed class UploadedForm(PrivateBlobs blobs, UploadPolicy policy) : IAsyncDisposable
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly List<UploadedFile> _files = [];
    private readonly List<string> _blobs = [];
    private bool _kept;

    public IReadOnlyList<UploadedFile> Files => _files;

    /// <summary>The text of field <paramref name="name"/>, or null when it was not sent.</summary>
    public string? Field(string name) => _fields.GetValueOrDefault(name);

    internal bool HasField(string name) => _fields.ContainsKey(name);

    internal void AddField(string name, string value) => _fields[name] = value;

    /// <summary>Remembers a blob before its upload starts, so that a failure halfway deletes it too.</summary>
    internal void Track(string blobName) => _blobs.Add(blobName);

    internal void AddFile(UploadedFile file) => _files.Add(file);

    /// <summary>
    /// Adds a validation error unless the policy's number of files arrived (reported with the text fields' errors).
    /// </summary>
    public void CheckFileCount(BodyValidator v) =>
        v.Require(
            _files.Count >= policy.MinFiles,
            policy.FilePart,
            $"请上传{policy.MinFiles}至{policy.MaxFiles}个{policy.KindsText}文件",
            $"Upload {policy.MinFiles} to {policy.MaxFiles} {policy.KindsText}"
                + $" files in the part named '{policy.FilePart}'.");

    /// <summary>The files now belong to a saved record: disposing no longer deletes them.</summary>
    public void Keep() => _kept = true;

    public async ValueTask DisposeAsync()
    {
        if (_kept) return;
        foreach (var blob in _blobs)
            await blobs.DeleteAsync(policy.Container, blob, CancellationToken.None);
    }
}
