using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Tests.Bpmn;

public sealed class IsoTimerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 31, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("PT15S", "2025-01-31T12:00:15Z")]
    [InlineData("P14D", "2025-02-14T12:00:00Z")]
    [InlineData("P1M", "2025-02-28T12:00:00Z")]
    [InlineData("P1Y2M3DT4H5M6.5S", "2026-04-03T16:05:06.5Z")]
    [InlineData("P1W", "2025-02-07T12:00:00Z")]
    [InlineData("-PT1M", "2025-01-31T11:59:00Z")]
    public void Duration_Valid_AddsCalendarUnits(string text, string expected)
    {
        // Act
        var parsed = IsoDuration.TryParse(text, out var duration);

        // Assert
        parsed.Should().BeTrue();
        duration.AddTo(Start).Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("15S")]
    [InlineData("P1H")]
    [InlineData("0 0 9 * * MON")]
    public void Duration_Invalid_IsRejected(string text) => IsoDuration.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("R3/PT10S", 3, null, "2025-01-31T12:00:10Z")]
    [InlineData("R/P1D", -1, null, "2025-02-01T12:00:00Z")]
    [InlineData("R3/2022-04-27T17:20:00Z/P1D", 3, "2022-04-27T17:20:00Z", "2022-04-27T17:20:00Z")]
    public void Cycle_Valid_GivesRepetitionsAndFirstDue(string text, int repetitions, string? start, string firstDue)
    {
        // Act
        var parsed = IsoCycle.TryParse(text, out var cycle);

        // Assert
        parsed.Should().BeTrue();
        cycle!.Repetitions.Should().Be(repetitions);
        cycle.Start.Should().Be(start is null ? null : DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        cycle.FirstDue(Start).Should().Be(DateTimeOffset.Parse(firstDue, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Date", "2019-10-01T12:00:00Z", true)]
    [InlineData("Date", "2019-10-01", false)]
    [InlineData("Cycle", "PT10S", false)]
    [InlineData("Cycle", "Rx/PT10S", false)]
    public void IsValid_ChecksTheFormatOfEachKind(string kind, string text, bool valid) =>
        IsoTimer.IsValid(Enum.Parse<TimerKind>(kind), text).Should().Be(valid);
}
