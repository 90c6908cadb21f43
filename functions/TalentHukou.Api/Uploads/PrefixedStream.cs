namespace TalentHukou.Api.Uploads;

/// <summary>
/// A read-only stream that replays bytes already read (the sniffed head of a file) before the rest of the source.
/// </summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = TakePrefix(buffer.AsSpan(offset, count));
        if (read == 0) read = rest.Read(buffer, offset, count);
        _position += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = TakePrefix(buffer.Span);
        if (read == 0) read = await rest.ReadAsync(buffer, cancellationToken);
        _position += read;
        return read;
    }

    private int TakePrefix(Span<byte> buffer)
    {
        var read = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..read].CopyTo(buffer);
        _prefix = _prefix[read..];
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
