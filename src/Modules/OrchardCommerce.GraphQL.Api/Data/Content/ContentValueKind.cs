namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>How a property's values compare, which decides the filters and orders it supports.</summary>
public enum ContentValueKind
{
    /// <summary>TextField, display text, owner, author, id: ordinal text (the same order on SQLite and PostgreSQL).</summary>
    Text,
    /// <summary>HtmlField, MarkdownField: only "contains".</summary>
    Markup,
    /// <summary>NumericField.</summary>
    Number,
    /// <summary>BooleanField: only "eq"; false orders before true.</summary>
    Boolean,
    /// <summary>DateField, DateTimeField: their ISO 8601 text, which orders as the dates do when written alike.</summary>
    Date,
    /// <summary>The item's own UTC dates (created, modified, published).</summary>
    Instant,
    /// <summary>ContentPickerField: only "contains" (an id).</summary>
    IdList,
}
