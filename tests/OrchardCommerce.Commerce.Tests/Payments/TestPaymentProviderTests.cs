using OrchardCommerce.Commerce.Payments;

namespace OrchardCommerce.Commerce.Tests.Payments;

public sealed class TestPaymentProviderTests
{
    private readonly TestPaymentProvider _provider = new();

    [Theory]
    [InlineData("tok_approve", PaymentOutcome.Approved, null)]
    [InlineData("tok_visa", PaymentOutcome.Approved, null)]
    [InlineData("tok_refund_decline", PaymentOutcome.Approved, null)]
    [InlineData("tok_decline", PaymentOutcome.Declined, "card_declined")]
    [InlineData("tok_async", PaymentOutcome.RequiresConfirmation, null)]
    [InlineData("tok_whatever", PaymentOutcome.Declined, "unknown_token")]
    [InlineData("", PaymentOutcome.Declined, "unknown_token")]
    public async Task Authorize_Token_GivesItsOutcome(string token, PaymentOutcome outcome, string? reason)
    {
        var answer = await _provider.AuthorizeAsync(1000, "EUR", token);

        answer.Outcome.Should().Be(outcome);
        answer.Reason.Should().Be(reason);
        (answer.Reference is not null).Should().Be(outcome != PaymentOutcome.Declined);
    }

    [Fact]
    public async Task Refund_RefundDeclineCharge_Fails()
    {
        var charge = await _provider.AuthorizeAsync(1000, "EUR", "tok_refund_decline");

        var refund = await _provider.RefundAsync(charge.Reference!, 100, "EUR");

        refund.Should().BeEquivalentTo(new { Succeeded = false, Reason = "refund_declined" });
    }

    [Fact]
    public async Task Refund_ApprovedCharge_Succeeds()
    {
        var charge = await _provider.AuthorizeAsync(1000, "EUR", "tok_visa");

        var refund = await _provider.RefundAsync(charge.Reference!, 100, "EUR");

        refund.Succeeded.Should().BeTrue();
        refund.Reference.Should().StartWith("test_re_");
    }
}
