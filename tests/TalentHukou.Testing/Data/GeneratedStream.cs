using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Data;

/// <summary>
/// A large upload produced on the fly (a magic-number prefix, then filler from one small buffer), so the test client
/// holds no copy of the file; it can also fail after a number of bytes (after a pause, so the server has processed
/// what came before), like a connection dropped mid-upload.
/// </summary>
public sealed class GeneratedStream(byte[] prefix, long length, long failAfter = long.MaxValue) : Stream
{
    private static readonly byte[] Filler = CreateFiller();
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= failAfter) throw new IOException("The test upload was cut off on purpose.");
        var count = (int)Math.Min(buffer.Length, Math.Min(length, failAfter) - _position);
        if (count <= 0) return 0;
        for (var written = 0; written < count;)
        {
            var at = _position + written;
            var source = at < prefix.Length ? prefix.AsSpan((int)at) : Filler.AsSpan((int)(at % Filler.Length));
            var n = Math.Min(source.Length, count - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
        }
        _position += count;
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= failAfter) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] CreateFiller()
    {
        var filler = new byte[64 * 1024];
        new Random(42).NextBytes(filler);
        return filler;
    }
}
