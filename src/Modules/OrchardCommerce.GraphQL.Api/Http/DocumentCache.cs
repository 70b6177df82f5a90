using Microsoft.Extensions.Options;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Validation;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Parsed and validated documents of one tenant, keyed by (schema instance, query text): a repeated query skips the
/// lexer, parser and every validation rule. A rebuilt schema is a new instance, so its documents are validated afresh
/// and the old schema's entries age out of the bounded cache.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLEndpointOptions> options) : IDisposable
{
    private readonly GraphQLEndpointOptions _options = options.Value;
    private readonly BoundedCache<Key, CachedDocument> _cache = new(options.Value.DocumentCacheSize);

    /// <summary>Documents held now (at most the configured size).</summary>
    public int Count => _cache.Count;

    public CachedDocument Get(GraphQLSchema schema, string query)
    {
        var key = new Key(schema, query);
        if (_cache.TryGet(key, out var cached)) return cached;
        var document = Build(schema, query);
        _cache.Set(key, document);
        return document;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>The cost check for documents whose page sizes may come from variables (GraphQL errors, empty when within the limit).</summary>
    public IReadOnlyList<GraphQLError> CheckCost(GraphQLSchema schema, DocumentNode document, IReadOnlyDictionary<string, object?>? variables) =>
        DocumentValidator.Validate(schema, document,
            [new MaxCostRule(_options.MaxCost, variables, _options.DefaultListSize)],
            _options.MaxValidationErrors);

    private CachedDocument Build(GraphQLSchema schema, string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, new ParseOptions { MaxTokens = _options.MaxTokens, MaxDepth = _options.MaxParseDepth });
        }
        catch (GraphQLSyntaxException syntax)
        {
            return new CachedDocument(null, [new GraphQLError(syntax.Message) { Locations = syntax.Locations }], false);
        }

        var needsCostCheck = HasVariables(document);
        var rules = new List<IValidationRule>(SpecifiedRules.All) { new MaxDepthRule(_options.MaxDepth) };
        if (!needsCostCheck) rules.Add(new MaxCostRule(_options.MaxCost, null, _options.DefaultListSize));
        var errors = DocumentValidator.Validate(schema, document, rules, _options.MaxValidationErrors);
        return errors.Count == 0
            ? new CachedDocument(document, errors, needsCostCheck, PrivateSelections.Any(schema, document))
            : new CachedDocument(null, errors, needsCostCheck);
    }

    private static bool HasVariables(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
            if (definition is OperationDefinitionNode { VariableDefinitions.Count: > 0 }) return true;
        return false;
    }

    // Schemas compare by reference: two builds of the same SDL are different instances with different resolvers.
    private readonly record struct Key(GraphQLSchema Schema, string Query)
    {
        public bool Equals(Key other) => ReferenceEquals(Schema, other.Schema) && string.Equals(Query, other.Query, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Schema), string.GetHashCode(Query, StringComparison.Ordinal));
    }
}
