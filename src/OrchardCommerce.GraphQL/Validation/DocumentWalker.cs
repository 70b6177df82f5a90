using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// Walks a syntax tree depth first in graphql-js's key order (descriptions left out: spec §2.2 says they do not
/// affect validation), running every visitor in parallel with graphql-js visitInParallel's skip semantics and
/// keeping the TypeInfo in step. Names are not visited: no rule looks at them on their own.
/// </summary>
internal sealed partial class DocumentWalker
{
    private readonly ValidationVisitor[] visitors;
    private readonly Node?[] skipping;
    private readonly TypeInfo typeInfo;
    private readonly List<Node> ancestors = [];

    public DocumentWalker(TypeInfo typeInfo, ValidationVisitor[] visitors)
    {
        this.typeInfo = typeInfo;
        this.visitors = visitors;
        skipping = new Node?[visitors.Length];
    }

    /// <summary>The nodes from the root down to the current node's parent.</summary>
    public IReadOnlyList<Node> Ancestors => ancestors;

    public void Walk(Node root) => Visit(root);

    private void Visit(Node node)
    {
        typeInfo.Enter(node);
        var anyActive = false;
        for (var i = 0; i < visitors.Length; i++)
        {
            if (skipping[i] is not null) continue;
            if (visitors[i].Enter(node)) anyActive = true;
            else skipping[i] = node;
        }
        if (anyActive)
        {
            ancestors.Add(node);
            VisitChildren(node);
            ancestors.RemoveAt(ancestors.Count - 1);
        }
        for (var i = 0; i < visitors.Length; i++)
        {
            if (skipping[i] is null) visitors[i].Leave(node);
            else if (ReferenceEquals(skipping[i], node)) skipping[i] = null;
        }
        typeInfo.Leave(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes) where T : Node
    {
        for (var i = 0; i < nodes.Count; i++) Visit(nodes[i]);
    }

    private void VisitOptional(Node? node)
    {
        if (node is not null) Visit(node);
    }
}
