using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb\nc", 4, 3, 1)]
    [InlineData("a\n\n\nbcd", 6, 4, 3)]
    public void GetLocation_LineTerminators_CountsCrLfAsOne(string body, int position, int line, int column)
    {
        // Act
        var location = new Source(body).GetLocation(position);

        // Assert
        location.Should().Be(new SourceLocation(line, column));
    }
}
