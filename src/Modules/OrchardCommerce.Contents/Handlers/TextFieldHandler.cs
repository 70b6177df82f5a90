using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>TextFieldSettings.Required, and a pattern: our "Pattern" key, or Orchard's "RegexPattern".</summary>
public sealed class TextFieldHandler : IContentHandler
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("TextField"))
        {
            var text = field.Value["Text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var name = field.Definition.DisplayName;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (field.Definition.Flag("Required")) context.AddError(field.Path, $"{name} is required.");
                continue;
            }
            var pattern = field.Definition.Text("Pattern") ?? field.Definition.Text("RegexPattern");
            if (string.IsNullOrEmpty(pattern)) continue;
            try
            {
                // Anchored: a pattern describes the whole value, not a part of it.
                if (!Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, RegexTimeout))
                    context.AddError(field.Path, $"{name} does not match the expected format.");
            }
            catch (RegexMatchTimeoutException)
            {
                context.AddError(field.Path, $"{name} could not be checked against its format.");
            }
            catch (ArgumentException)
            {
                context.AddError(field.Path, $"{name} has an invalid pattern in its settings.");
            }
        }
        return Task.CompletedTask;
    }
}
