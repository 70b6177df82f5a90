using System.Text;
using OrchardCommerce.Security;

namespace OrchardCommerce.Core.Tests.Security;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const string Body = """{"id":"evt_1","type":"payment.confirmed","orderId":"ord_1"}""";
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static WebhookSignatureCheck Verify(string? header, string body = Body, string secret = Secret) =>
        WebhookSignature.Verify(header, secret, Encoding.UTF8.GetBytes(body), Now);

    [Fact]
    public void Sign_KnownInput_MatchesIndependentHmac()
    {
        var header = WebhookSignature.Sign(Secret, Body, Now);

        // HMAC-SHA256(key, "<t>.<body>") computed without WebhookSignature, so Sign cannot agree with itself only.
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{Now.ToUnixTimeSeconds()}.{Body}")));
        header.Should().Be($"t={Now.ToUnixTimeSeconds()},v1={expected}");
    }

    [Fact]
    public void Verify_FreshSignature_IsValid() => Verify(WebhookSignature.Sign(Secret, Body, Now.AddSeconds(-299))).Should().Be(WebhookSignatureCheck.Valid);

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampOutsideTolerance_IsRejected(int offsetSeconds) =>
        Verify(WebhookSignature.Sign(Secret, Body, Now.AddSeconds(offsetSeconds))).Should().Be(WebhookSignatureCheck.OutsideTolerance);

    [Fact]
    public void Verify_TamperedBody_IsMismatch() =>
        Verify(WebhookSignature.Sign(Secret, Body, Now), Body.Replace("ord_1", "ord_2")).Should().Be(WebhookSignatureCheck.Mismatch);

    [Fact]
    public void Verify_OtherSecret_IsMismatch() =>
        Verify(WebhookSignature.Sign("whsec_other", Body, Now)).Should().Be(WebhookSignatureCheck.Mismatch);

    [Fact]
    public void Verify_ReplacedTimestamp_IsMismatch()
    {
        var header = WebhookSignature.Sign(Secret, Body, Now.AddSeconds(-1000));
        var moved = header.Replace($"t={Now.AddSeconds(-1000).ToUnixTimeSeconds()}", $"t={Now.ToUnixTimeSeconds()}");

        Verify(moved).Should().Be(WebhookSignatureCheck.Mismatch);
    }

    [Theory]
    [InlineData(null, WebhookSignatureCheck.Missing)]
    [InlineData("", WebhookSignatureCheck.Missing)]
    [InlineData("v1=abc", WebhookSignatureCheck.Malformed)]
    [InlineData("t=1740821400", WebhookSignatureCheck.Malformed)]
    [InlineData("t=soon,v1=0000000000000000000000000000000000000000000000000000000000000000", WebhookSignatureCheck.Malformed)]
    [InlineData("t=1740821400,v1=zz00000000000000000000000000000000000000000000000000000000000000", WebhookSignatureCheck.Malformed)]
    [InlineData("t=1740821400,v1=0000000000000000000000000000000000000000000000000000000000000000", WebhookSignatureCheck.Mismatch)]
    public void Verify_BadHeader_IsRejected(string? header, WebhookSignatureCheck expected) => Verify(header).Should().Be(expected);

    [Fact]
    public void Verify_SeveralSignaturesOneMatching_IsValid()
    {
        var good = WebhookSignature.Sign(Secret, Body, Now);
        var header = good.Replace(",v1=", ",v1=" + new string('0', 64) + ",v1=");

        Verify(header).Should().Be(WebhookSignatureCheck.Valid);
    }
}
