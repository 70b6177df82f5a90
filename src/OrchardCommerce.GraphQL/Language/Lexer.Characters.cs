namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Lexer
{
    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    /// <summary>A character as syntax errors show it: quoted if printable ASCII, else U+XXXX, or &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return TokenKind.EndOfFile.Text();
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4");
    }

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];
}
