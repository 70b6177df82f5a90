namespace OrchardCommerce.GraphQL.Language;

/// <summary>The three kinds of operation (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
