namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>Markup the dashboard built itself (already encoded); the one kind of hole <see cref="HtmlWriter"/> does not encode.</summary>
public readonly record struct Markup(string Value)
{
    public static readonly Markup Empty = new("");
}
