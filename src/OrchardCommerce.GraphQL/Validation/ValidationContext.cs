using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share (graphql-js ValidationContext): the schema and document, the TypeInfo of
/// the walk, the error sink with its limit, and lookups over fragments and variable usages computed once.
/// </summary>
public sealed partial class ValidationContext
{
    internal const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";
    internal const string AbortedMessage = "Validation aborted.";

    // graphql-js meters the work fragment lookups may do, so a document of many spreads cannot stall validation.
    private int remainingFragmentWork = 50_000;
    private readonly List<GraphQLError> errors;
    private readonly int maxErrors;
    private readonly TypeInfo typeInfo;
    private DocumentWalker? walker;

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, int maxErrors, bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        this.typeInfo = typeInfo;
        this.errors = errors;
        this.maxErrors = maxErrors;
        HideSuggestions = hideSuggestions;
    }

    public GraphQLSchema Schema { get; }
    public DocumentNode Document { get; }

    /// <summary>Whether "Did you mean" hints are left out of messages (not to reveal the schema).</summary>
    public bool HideSuggestions { get; }

    public GraphQLType? Type => typeInfo.Type;
    public NamedType? ParentType => typeInfo.ParentType;
    public GraphQLType? InputType => typeInfo.InputType;
    public GraphQLType? ParentInputType => typeInfo.ParentInputType;
    public FieldDefinition? FieldDef => typeInfo.FieldDef;
    public DirectiveDefinition? Directive => typeInfo.Directive;
    public InputValueDefinition? Argument => typeInfo.Argument;
    public EnumValueDefinition? EnumValue => typeInfo.EnumValue;

    /// <summary>The nodes from the document down to the parent of the node being visited.</summary>
    public IReadOnlyList<Node> Ancestors => walker?.Ancestors ?? [];

    internal void AttachWalker(DocumentWalker documentWalker) => walker = documentWalker;

    public void ReportError(GraphQLError error)
    {
        if (errors.Count >= maxErrors)
        {
            errors.Add(new GraphQLError(TooManyErrorsMessage));
            throw new ValidationAbortedException(errors[^1]);
        }
        errors.Add(error);
    }

    public void ReportError(string message, params Node?[] nodes) => ReportError(GraphQLError.At(message, nodes));

    /// <summary>Charges lookup work against the document's budget; running out aborts validation.</summary>
    public void SpendFragmentWork(int cost)
    {
        remainingFragmentWork -= cost;
        if (remainingFragmentWork < 0) throw new ValidationAbortedException(new GraphQLError(AbortedMessage));
    }
}
