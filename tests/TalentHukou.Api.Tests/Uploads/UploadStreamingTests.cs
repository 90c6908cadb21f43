using System.Net;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;

namespace TalentHukou.Api.Tests.Uploads;

/// <summary>Uploads stream to Blob storage, and a refused or broken upload leaves no blob and no row behind.</summary>
[Collection(UploadHostCollection.Name)]
public class UploadStreamingTests(UploadHost fixture, ITestOutputHelper output)
{
    private const int MB = 1024 * 1024;

    private LocalHostUnderTest Host => fixture.Host;

    private static object SchoolFields =>
        new { name = "测试流式上传学院" + Guid.NewGuid().ToString("N")[..8], reason = "查询不到该院校" };

    [Fact]
    public async Task Upload_TenMegabytes_ManagedHeapGrowsFarLessThanTheFile()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        // warm up the route
        await applicant.PostAsync(
            "registry/school-requests", Multipart.Form(SchoolFields, Multipart.Pdf("attachments")));

        // Allocations are counted for the whole process, so the host's own background work (its start-up, timers,
        // sweeps) adds to them; it never subtracts. The least of three interleaved rounds is the upload's own figure.
        (long Allocated, long PeakGrowth) small = (long.MaxValue, long.MaxValue), large = small;
        for (var round = 0; round < 3; round++)
        {
            small = Least(small, await MeasureUploadAsync(applicant, 1 * MB));
            large = Least(large, await MeasureUploadAsync(applicant, 10 * MB));
        }

        output.WriteLine(
            $"1 MiB upload: {small.Allocated / (double)MB:F2} MiB allocated in the process, peak managed heap +"
            + $"{small.PeakGrowth / (double)MB:F2} MiB");
        output.WriteLine(
            $"10 MiB upload: {large.Allocated / (double)MB:F2} MiB allocated in the process, peak managed heap +"
            + $"{large.PeakGrowth / (double)MB:F2} MiB");
        Assert.True(
            large.Allocated < 10 * MB,
            $"A 10 MiB upload allocated {large.Allocated:N0} bytes: the file was buffered, not streamed.");
        Assert.True(
            large.PeakGrowth < 10 * MB,
            $"The managed heap grew by {large.PeakGrowth:N0} bytes during a 10 MiB upload.");
        Assert.True(
            large.Allocated - small.Allocated < 5 * MB,
            $"Allocations grew with the file: {small.Allocated:N0} bytes for 1 MiB, {large.Allocated:N0} for 10 MiB.");
    }

    private static (long Allocated, long PeakGrowth) Least(
        (long Allocated, long PeakGrowth) a, (long Allocated, long PeakGrowth) b) =>
        (Math.Min(a.Allocated, b.Allocated), Math.Min(a.PeakGrowth, b.PeakGrowth));

    /// <summary>
    /// Bytes allocated by the whole process (test client, host, storage SDK) while one file of
    /// <paramref name="length"/> bytes is uploaded, and the largest growth of the managed heap seen meanwhile
    /// (sampled every 5 ms).
    /// </summary>
    private static async Task<(long Allocated, long PeakGrowth)> MeasureUploadAsync(HttpClient applicant, long length)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peakHeap = heapBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5);
            }
        });
        var response = await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(
                SchoolFields,
                Multipart.Generated("attachments", "big.png", "image/png", Files.PngMagic, length)));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await sampling.CancelAsync();
        await sampler;
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (allocated, peakHeap - heapBefore);
    }

    [Fact]
    public async Task Upload_SecondFileFailsSniffing_NoRowsNoBlobs()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var (blobs, rows) = await CountAsync();
        var response = await applicant.PostAsync("registry/school-requests", Multipart.Form(SchoolFields,
            Multipart.Generated("attachments", "first.png", "image/png", Files.PngMagic, 3 * MB),
            Multipart.File("attachments", "second.png", "image/png", Files.Exe())));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-file-type");
        Assert.Equal((blobs, rows), await CountAsync());
    }

    [Fact]
    public async Task Upload_ThirdFileTooLarge_NoRowsNoBlobs()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var (blobs, rows) = await CountAsync();
        var response = await applicant.PostAsync("registry/school-requests", Multipart.Form(SchoolFields,
            Multipart.Pdf("attachments"), Multipart.Png("attachments"),
            Multipart.Generated("attachments", "third.jpg", "image/jpeg", Files.JpegMagic, 10 * MB + 1)));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large");
        Assert.Equal((blobs, rows), await CountAsync());
    }

    [Fact]
    public async Task Upload_FieldsInvalidAfterTheFilesWereStored_NoBlobs()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var (blobs, rows) = await CountAsync();
        var response = await applicant.PostAsync(
            "registry/major-requests",
            Multipart.Form(new { name = "法学" }, Multipart.Pdf("attachments"), Multipart.Png("attachments")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"),
            "schoolId");
        Assert.Equal((blobs, rows), await CountAsync());
    }

    [Fact]
    public async Task Upload_ConnectionDroppedHalfway_StoredFilesDeleted()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var (blobs, rows) = await CountAsync();
        var content = Multipart.Form(SchoolFields, Multipart.Pdf("attachments"),
            Multipart.Generated("attachments", "cut.png", "image/png", Files.PngMagic, 8 * MB, failAfter: 3 * MB));
        await Assert.ThrowsAnyAsync<HttpRequestException>(
            () => applicant.PostAsync("registry/school-requests", content));
        await Eventually.TrueAsync(
            async () => await CountAsync() == (blobs, rows), "the first file is deleted after the upload broke off");
    }

    [Fact]
    public async Task Upload_RepeatedWithTheSameIdempotencyKey_FirstAnswerNothingStoredTwice()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var key = Guid.NewGuid().ToString();
        var fields = SchoolFields;
        async Task<HttpResponseMessage> SendAsync()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "registry/school-requests")
            {
                Content = Multipart.Form(fields, Multipart.Pdf("attachments"), Multipart.Png("attachments")),
            };
            message.Headers.Add("Idempotency-Key", key);
            return await applicant.SendAsync(message);
        }
        var first = await SendAsync();
        var counts = await CountAsync();
        var second = await SendAsync();
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((await Json.ReadAsync(first)).Str("requestId"), (await Json.ReadAsync(second)).Str("requestId"));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(counts, await CountAsync());
    }

    [Fact]
    public async Task Ticket_ScreenshotRefused_NoTicketNoBlob()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var before = (
            await Host.CountBlobsAsync(StorageNames.SupportScreenshotsContainer),
            await Host.CountRowsAsync(StorageNames.SupportTicketsTable));
        var response = await author.PostAsync(
            "support/tickets", Multipart.Form(Testing.Flows.Tickets.ValidFields(), Multipart.Pdf("screenshot")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-file-type"),
            "screenshot");
        var invalid = await author.PostAsync(
            "support/tickets",
            Multipart.Form(
                Testing.Flows.Tickets.ValidFields() with { IdNumber = "110105194912310021" },
                Multipart.Png("screenshot")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "validation-failed"), "idNumber");
        Assert.Equal(
            before,
            (await Host.CountBlobsAsync(StorageNames.SupportScreenshotsContainer),
                await Host.CountRowsAsync(StorageNames.SupportTicketsTable)));
    }

    private async Task<(int Blobs, int Rows)> CountAsync() =>
        (await Host.CountBlobsAsync(StorageNames.RegistryAttachmentsContainer),
            await Host.CountRowsAsync(StorageNames.RegistryRequestsTable));
}
