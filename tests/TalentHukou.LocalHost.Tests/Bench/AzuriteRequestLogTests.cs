using TalentHukou.Bench;

namespace TalentHukou.LocalHost.Tests.Bench;

/// <summary>
/// B4 counts storage requests in Azurite's debug log: one per <c>[STRING TO SIGN]</c> line, named by table, queue or
/// container, a batch by its table, the bench's own probes left out. The lines are Azurite 3.37.0's (headers
/// shortened).
/// </summary>
public class AzuriteRequestLogTests
{
    // Azurite's lines cut into pieces that fit: "\n" ends each line, "\"" closes the ones that end in a quote.
    private const string Log =
        """2026-12-03T06:48:48.724Z 	 info: In-memory extent storage is enabled with a limit of 12052.57 MB """
        + """(12638035968 bytes, 50% of total memory).""" + "\n"
        + """2026-12-03T06:49:35.323Z 4363c5cd-6c12-4a37-b11c-61dc5e22d9a9 info: TableStorageContextMiddleware: """
        + """RequestMethod=POST RequestURL=http://127.0.0.1/devstoreaccount1/Tables?"""
        + """$format=application%2Fjson%3Bodata%3Dminimalmetadata """
        + """RequestHeaders:{"host":"127.0.0.1:39185","user-agent":"azsdk-net-Data.Tables/12.13.0 (.NET 10.0.12; """
        + """Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.326Z 4363c5cd-6c12-4a37-b11c-61dc5e22d9a9 info: """
        + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """/devstoreaccount1/devstoreaccount1/Tables""" + "\"\n"
        + """2026-12-03T06:49:35.326Z 4363c5cd-6c12-4a37-b11c-61dc5e22d9a9 info: """
        + """TableSharedKeyLiteAuthenticator:validate() Signature 1 matched.""" + "\n"
        + """2026-12-03T06:49:35.436Z cdae212e-1268-4359-b2ec-ecc30e3dc9ef info: TableStorageContextMiddleware: """
        + """RequestMethod=POST RequestURL=http://127.0.0.1/devstoreaccount1/$batch """
        + """RequestHeaders:{"host":"127.0.0.1:39185","user-agent":"azsdk-net-Data.Tables/12.13.0 (.NET 10.0.12; """
        + """Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.436Z cdae212e-1268-4359-b2ec-ecc30e3dc9ef info: """
        + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """/devstoreaccount1/devstoreaccount1/$batch""" + "\"\n"
        + """2026-12-03T06:49:35.437Z cdae212e-1268-4359-b2ec-ecc30e3dc9ef debug: TableHandler:batch() Raw request """
        + """string is "--batch_c3147c30\r\nContent-Type: multipart/mixed; boundary=changeset_61716d56\r\n\r\n"""
        + """--changeset_61716d56\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"""
        + """PUT http://127.0.0.1:39185/devstoreaccount1/b4h1History(PartitionKey='p',RowKey='r2')?"""
        + """$format=application%2Fjson%3Bodata%3Dminimalmetadata HTTP/1.1\r\nHost: 127.0.0.1\r\n""" + "\"\n"
        + """2026-12-03T06:49:35.791Z 8fd038ba-030e-462c-bf8a-8e909d9adf92 info: TableStorageContextMiddleware: """
        + """RequestMethod=GET RequestURL=http://127.0.0.1/devstoreaccount1/b4s1Applications(PartitionKey='p',"""
        + """RowKey='r1') RequestHeaders:{"host":"127.0.0.1:39185","user-agent":"azsdk-net-Data.Tables/12.13.0 (.NET """
        + """10.0.12; Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.792Z 8fd038ba-030e-462c-bf8a-8e909d9adf92 info: """
        + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """/devstoreaccount1/devstoreaccount1/b4s1Applications(PartitionKey='p',RowKey='r1')""" + "\"\n"
        + """2026-12-03T06:49:35.800Z 0d7c1e2a-0000-4000-8000-000000000001 info: TableStorageContextMiddleware: """
        + """RequestMethod=GET RequestURL=http://127.0.0.1/devstoreaccount1/b4s1EmailOutbox() """
        + """RequestHeaders:{"host":"127.0.0.1:39185","user-agent":"talenthukou-bench-probe """
        + """azsdk-net-Data.Tables/12.13.0 (.NET 10.0.12; Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.801Z 0d7c1e2a-0000-4000-8000-000000000001 info: """
        + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """/devstoreaccount1/devstoreaccount1/b4s1EmailOutbox()""" + "\"\n"
        + """2026-12-03T06:49:35.850Z 37d41fdb-fbd5-461a-91f0-13c97e64b5e6 info: TableStorageContextMiddleware: """
        + """RequestMethod=GET RequestURL=http://127.0.0.1/devstoreaccount1/b4h1History()?"""
        + """$format=application%2Fjson%3Bodata%3Dminimalmetadata&"""
        + """$filter=PartitionKey%20eq%20%27application-A1%27%20and%20%28RowKey%20eq%20%27sentinel%27%29 """
        + """RequestHeaders:{"host":"127.0.0.1:39185","user-agent":"azsdk-net-Data.Tables/12.13.0 (.NET 10.0.12; """
        + """Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.851Z 37d41fdb-fbd5-461a-91f0-13c97e64b5e6 info: """
        + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """/devstoreaccount1/devstoreaccount1/b4h1History()""" + "\"\n"
        + """2026-12-03T06:49:35.912Z 9962d81b-2732-4cdd-bb7d-818bc72f326c info: QueueStorageContextMiddleware: """
        + """RequestMethod=GET RequestURL=http://127.0.0.1/devstoreaccount1/b4h1-control-02/messages?"""
        + """numofmessages=32 RequestHeaders:{"host":"127.0.0.1:40823","user-agent":"azsdk-net-Storage.Queues/"""
        + """12.24.0 (.NET 10.0.12; Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:35.912Z 9962d81b-2732-4cdd-bb7d-818bc72f326c info: """
        + """QueueSharedKeyAuthenticator:validate() [STRING TO SIGN]:"GET\n\n\n\n\n\n\n\n\n\n\n\n"""
        + """x-ms-client-request-id:46c25460-f055-432b-bf3b-4531ff879aef\nx-ms-date:Thu, 03 Dec 2026 06:49:35 GMT\n"""
        + """x-ms-return-client-request-id:true\nx-ms-version:2025-11-05\n"""
        + """/devstoreaccount1/devstoreaccount1/b4h1-control-02/messages\nnumofmessages:32""" + "\"\n"
        + """2026-12-03T06:49:36.018Z 6f3f9631-21e9-4921-badd-b799939ec188 info: BlobStorageContextMiddleware: """
        + """RequestMethod=PUT RequestURL=http://127.0.0.1/devstoreaccount1/b4s1cards/a/b.pdf """
        + """RequestHeaders:{"host":"127.0.0.1:41087","user-agent":"azsdk-net-Storage.Blobs/12.30.1 (.NET 10.0.12; """
        + """Debian GNU/Linux 12 (bookworm))"}""" + "\n"
        + """2026-12-03T06:49:36.019Z 6f3f9631-21e9-4921-badd-b799939ec188 info: """
        + """BlobSharedKeyAuthenticator:validate() [STRING TO SIGN]:"PUT\n\n\n1\n\napplication/pdf\n\n\n\n\n\n\n"""
        + """x-ms-blob-type:BlockBlob\nx-ms-date:Thu, 03 Dec 2026 06:49:36 GMT\nx-ms-version:2026-10-06\n"""
        + """/devstoreaccount1/devstoreaccount1/b4s1cards/a/b.pdf""" + "\"";

    [Fact]
    public void Read_CountsEachAuthenticatedRequestOnce_NamesItsResource_AndMarksTheBenchsProbes()
    {
        var requests = AzuriteRequestLog.Read(new StringReader(Log));

        Assert.Equal(
            [
                ("table", "Tables", false, null), ("table", "b4h1History", false, null),
                ("table", "b4s1Applications", false, "p"), ("table", "b4s1EmailOutbox", true, null),
                ("table", "b4h1History", false, "application-A1"), ("queue", "b4h1-control-02", false, null),
                ("blob", "b4s1cards", false, null),
            ],
            requests.Select(r => (r.Kind, r.Resource, r.Probe, r.Partition)));
        Assert.Equal(new DateTime(2026, 12, 3, 6, 49, 35, 326, DateTimeKind.Utc), requests[0].At);
        Assert.Equal(DateTimeKind.Utc, requests[0].At.Kind);
    }

    [Fact]
    public void Read_RequestWithTraceParent_KeepsItsMethodAndTraceId()
    {
        const string traced =
            """2026-12-06T08:02:46.555Z 05aaa9ec-72ac-4210-8737-20fef4ebcbdf info: TableStorageContextMiddleware: """
            + """RequestMethod=GET RequestURL=http://127.0.0.1/devstoreaccount1/t1Applications(PartitionKey='A1',"""
            + """RowKey='app') RequestHeaders:{"host":"127.0.0.1:38089","user-agent":"azsdk-net-Data.Tables/"""
            + """12.13.0","traceparent":"00-6d2e262b80e4fd16f7fc8a4aa1ac3a43-0a4999a903eefe62-01"} """
            + """ClientIP=127.0.0.1""" + "\n"
            + """2026-12-06T08:02:46.556Z 05aaa9ec-72ac-4210-8737-20fef4ebcbdf info: """
            + """TableSharedKeyLiteAuthenticator:validate() [STRING TO SIGN]:"Sun, 06 Dec 2026 08:02:46 GMT\n"""
            + """/devstoreaccount1/devstoreaccount1/t1Applications(PartitionKey='A1',RowKey='app')""" + "\"";

        var request = Assert.Single(AzuriteRequestLog.Read(new StringReader(traced)));

        Assert.Equal(("GET", "6d2e262b80e4fd16f7fc8a4aa1ac3a43", "t1Applications"),
            (request.Method, request.TraceId, request.Resource));
        Assert.Null(AzuriteRequestLog.Read(new StringReader(Log))[0].TraceId);
    }

    [Theory]
    [InlineData("b4h1History", "<hub>History")]
    [InlineData("b4h1Instances", "<hub>Instances")]
    [InlineData("b4h1-control-03", "<hub>-control-03")]
    [InlineData("b4h1-workitems", "<hub>-workitems")]
    [InlineData("b4s1Applications", "Applications")]
    [InlineData("b4s1cards", "cards")]
    [InlineData("B4S1EMAILOUTBOX", "EMAILOUTBOX")]
    [InlineData("Tables", "Tables")]
    public void Normalise_NamesResourcesByRole(string resource, string role) =>
        Assert.Equal(role, AzuriteRequestLog.Normalise(resource, hubName: "b4h1", namePrefix: "b4s1"));

    [Fact]
    public void Normalise_PrefersTheLongerName_WhenOneStartsWithTheOther() =>
        Assert.Equal(
            "<hub>History", AzuriteRequestLog.Normalise("benchhubHistory", hubName: "benchhub", namePrefix: "bench"));

    [Fact]
    public void InstanceWork_CountsHistoryAndInstanceRequestsByKindOfInstance()
    {
        var at = DateTime.UtcNow;
        StorageRequest Request(string resource, string? partition) => new(at, "table", resource, false, partition);
        var requests = new[]
        {
            Request("b4h1History", "application-A1"), Request("b4h1Instances", "application-A1"),
            Request("b4h1History", "application-A2"), Request("b4h1History", "email-x"),
            Request("b4s1Applications", "A1"), Request("b4h1-control-00", null),
        };

        var work = StorageWorkBenchmark.InstanceWork(
            requests, r => AzuriteRequestLog.Normalise(r.Resource, "b4h1", "b4s1"));

        Assert.Equal(
            [("application", new InstanceWork(2, 3)), ("email", new InstanceWork(1, 1))],
            work.Select(w => (w.Key, w.Value)));
    }

    [Fact]
    public void PerApplication_DividesAndOrdersLargestFirst()
    {
        var at = DateTime.UtcNow;
        var requests = new[] { "a", "b", "b", "c", "c", "c" }.Select(r => new StorageRequest(at, "table", r, false));

        var split = StorageWorkBenchmark.PerApplication(requests, r => r.Resource, 2);

        Assert.Equal([("c", 1.5), ("b", 1.0), ("a", 0.5)], split.Select(p => (p.Key, p.Value)));
    }
}
