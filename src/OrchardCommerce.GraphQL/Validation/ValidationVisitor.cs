using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// What a rule does per node, as graphql-js's visitors do: Enter runs before the node's children (the shared
/// TypeInfo already describes the node), Leave after them. Enter returning false skips the node's subtree for this
/// visitor alone — its Leave for that node is not called either — while the other rules carry on.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual bool Enter(Node node) => true;

    public virtual void Leave(Node node)
    {
    }
}
