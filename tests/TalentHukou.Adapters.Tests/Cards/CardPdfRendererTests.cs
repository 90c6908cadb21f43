using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;
using UglyToad.PdfPig;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardPdfRendererTests : IClassFixture<CardPdfRendererTests.RenderedCard>
{
    private readonly RenderedCard rendered;

    public CardPdfRendererTests(RenderedCard rendered) => this.rendered = rendered;

    [Fact]
    public void Render_SampleCard_TextHasTitleNameCardNumberAndLabels()
    {
        using var document = PdfDocument.Open(rendered.Pdf);
        var text = string.Concat(document.GetPage(1).Letters.Select(letter => letter.Value));

        Assert.Contains("广州市入户人员信息卡", text);
        Assert.Contains("陈思远", text);
        Assert.Contains("R2601234567805", text);
        Assert.Contains("4401**********123X", text);
        Assert.Contains("广州市天河区人力资源和社会保障局", text);
        Assert.Contains("2026年09月01日", text);
        Assert.Contains(rendered.Signature.KeyId, text);
        foreach (var label in new[] { "姓名", "身份证号码", "引进单位", "接收人社部门", "指标卡号", "签发日期", "有效期至", "签发单位" })
            Assert.Contains(label, text);
        Assert.DoesNotContain(CardTestData.IdNumber, text);
    }

    [Fact]
    public void Render_SampleCard_HasTitleAndCreatorMetadataOnOneA5LandscapePage()
    {
        using var document = PdfDocument.Open(rendered.Pdf);

        Assert.Equal(CardPdfRenderer.DocumentTitle, document.Information.Title);
        Assert.Equal("TalentHukou", document.Information.Creator);
        var page = Assert.Single(document.GetPages());
        Assert.Equal((595, 420), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
    }

    [Fact]
    public async Task Render_SampleCard_EmbeddedQrDecodesToAVerifiableLink()
    {
        var decoded = PdfQrReader.ReadSingleQrCode(rendered.Pdf);

        Assert.Equal(rendered.Link.Build(rendered.Signature).AbsoluteUri, decoded);
        Assert.True(CardVerificationLink.TryParse(new Uri(decoded), out var fromQr));
        var result = await CardTestData.Verifier(rendered.Keys, new FakeTimeProvider(CardTestData.IssuedAt))
            .VerifyAsync(fromQr, "陈思远", CardTestData.IdNumber);
        Assert.Equal(
            new CardVerificationResult(true, null, CardTestData.IssuedAt, CardIssuers.GuangzhouDrc, true),
            result);
    }

    [Fact]
    public void RenderTo_Stream_WritesAPdfAndLeavesStreamOpen()
    {
        using var output = new MemoryStream();

        rendered.Renderer.RenderTo(output, CardTestData.Card(), rendered.Signature);

        Assert.True(output.CanWrite);
        Assert.Equal("%PDF-"u8.ToArray(), output.ToArray()[..5]);
    }

    [Fact]
    public void Render_SignatureOfAnotherCard_Throws() =>
        Assert.Throws<ArgumentException>(
            () => rendered.Renderer.Render(CardTestData.Card("R2609999999999"), rendered.Signature));

    /// <summary>One signed, rendered card shared by the tests above (rendering is the slow part).</summary>
    public sealed class RenderedCard : IDisposable
    {
        private readonly TempDirectory directory = new();

        public RenderedCard()
        {
            Keys = CardTestData.LocalKeys(directory.File("card-signing.pem"));
            Link = CardTestData.Link();
            Renderer = new CardPdfRenderer(Link);
            Signature = CardTestData.Signer(Keys)
                .SignAsync(CardTestData.Card(), CardTestData.IdNumber)
                .GetAwaiter()
                .GetResult();
            Pdf = Renderer.Render(CardTestData.Card(), Signature);
        }

        public LocalCardSigningKeyProvider Keys { get; }
        public CardVerificationLink Link { get; }
        public CardPdfRenderer Renderer { get; }
        public CardSignature Signature { get; }
        public byte[] Pdf { get; }

        public void Dispose() => directory.Dispose();
    }
}
