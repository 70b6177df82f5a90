namespace OrchardCommerce.Recipes.Services;

/// <summary>What a recipe's "feature" steps do to a tenant: the feature ids (ours) it will have, and whether that changes.</summary>
/// <param name="Features">Requested feature ids after the recipe, ours, distinct and sorted ordinally.</param>
/// <param name="Changed">False when the tenant already has exactly these: no shell rebuild needed.</param>
public sealed record RecipeFeaturePlan(IReadOnlyList<string> Features, bool Changed);
