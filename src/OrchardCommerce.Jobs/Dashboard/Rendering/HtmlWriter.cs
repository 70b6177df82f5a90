using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>
/// Builds a page from interpolated strings whose literal parts are our markup and whose holes are encoded:
/// <c>w.Append($"&lt;td&gt;{job.Type}&lt;/td&gt;")</c> cannot inject markup, whatever the job type says.
/// Only <see cref="Markup"/> holes (markup we built) are written as they are.
/// </summary>
public sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _builder = new();

    /// <summary>Appends the literal parts as they are and every hole HTML-encoded (a <see cref="Markup"/> hole as it is).</summary>
    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref Handler handler) => this;

    public Markup ToMarkup() => new(_builder.ToString());

    public override string ToString() => _builder.ToString();

    /// <summary>The compiler's side of <see cref="Append"/>; not called directly.</summary>
    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private readonly StringBuilder _builder;

        public Handler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _builder = writer._builder;
            _builder.EnsureCapacity(_builder.Length + literalLength + formattedCount * 16);
        }

        public readonly void AppendLiteral(string markup) => _builder.Append(markup);

        public readonly void AppendFormatted(Markup markup) => _builder.Append(markup.Value);

        public readonly void AppendFormatted(string? text) => _builder.Append(Encoder.Encode(text ?? ""));

        public readonly void AppendFormatted(DateTime value) =>
            _builder.Append(value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

        public readonly void AppendFormatted<T>(T value, string? format) where T : IFormattable =>
            _builder.Append(Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

        public readonly void AppendFormatted<T>(T value) =>
            _builder.Append(Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
    }
}
