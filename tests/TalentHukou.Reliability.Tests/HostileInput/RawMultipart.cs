using System.Net.Http.Headers;
using System.Text;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>
/// A multipart/form-data body written byte by byte, so part names and file names may hold what a client library
/// refuses to send (line breaks, quotes, lone surrogates) — as an attacker's own client would.
/// </summary>
public sealed class RawMultipart
{
    private readonly List<(string Name, string? FileName, string? ContentType, byte[] Data)> _parts = [];

    public RawMultipart Text(string name, string value)
    {
        _parts.Add((name, null, null, Encoding.UTF8.GetBytes(value)));
        return this;
    }

    public RawMultipart File(string name, string fileName, string? contentType, byte[] data)
    {
        _parts.Add((name, fileName, contentType, data));
        return this;
    }

    public HttpContent ToContent()
    {
        var boundary = "----hostile" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        foreach (var (name, fileName, contentType, data) in _parts)
        {
            var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\""
                + (fileName is null ? "" : $"; filename=\"{fileName}\"") + "\r\n"
                + (contentType is null ? "" : $"Content-Type: {contentType}\r\n") + "\r\n";
            body.Write(Encoding.UTF8.GetBytes(head));
            body.Write(data);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }
}
