using System.Runtime.CompilerServices;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>A selection set as collected under one parent type, compared by identity (syntax nodes compare by value).</summary>
internal readonly struct CollectKey(NamedType? parentType, SelectionSetNode selectionSet) : IEquatable<CollectKey>
{
    private readonly NamedType? parentType = parentType;
    private readonly SelectionSetNode selectionSet = selectionSet;

    public bool Equals(CollectKey other) => ReferenceEquals(parentType, other.parentType) && ReferenceEquals(selectionSet, other.selectionSet);
    public override bool Equals(object? obj) => obj is CollectKey other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(parentType), RuntimeHelpers.GetHashCode(selectionSet));
}
