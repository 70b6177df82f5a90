namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// The rules a product must meet before anything is written: formats, and variants that match the product's
/// options exactly (every option named, values from its list, no two variants with the same combination).
/// </summary>
public static class ProductValidator
{
    public static void Validate(ProductInput input, CatalogErrors errors, string prefix = "")
    {
        if (!CatalogRules.IsHandle(input.Handle)) errors.Add(prefix + "handle", "handle " + CatalogRules.HandleMessage);
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > CatalogRules.MaxTitleLength)
            errors.Add(prefix + "title", "title is required, at most 500 characters.");
        if (!ProductStatus.IsValid(input.Status)) errors.Add(prefix + "status", "status must be draft, active or archived.");
        ValidateOptions(input.Options, errors, prefix);
        ValidateVariants(input, errors, prefix);
        ValidateHandles(input.Categories, "categories", errors, prefix);
        ValidateHandles(input.Collections, "collections", errors, prefix);
    }

    private static void ValidateOptions(IReadOnlyList<ProductOption> options, CatalogErrors errors, string prefix)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Count; i++)
        {
            var path = $"{prefix}options[{i}]";
            if (string.IsNullOrWhiteSpace(options[i].Name)) errors.Add(path + ".name", "an option needs a name.");
            else if (!names.Add(options[i].Name)) errors.Add(path + ".name", $"option '{options[i].Name}' is listed twice.");
            if (options[i].Values.Count == 0) errors.Add(path + ".values", "an option needs at least one value.");
            if (options[i].Values.Any(string.IsNullOrWhiteSpace)) errors.Add(path + ".values", "option values must not be empty.");
            if (options[i].Values.Distinct(StringComparer.Ordinal).Count() != options[i].Values.Count)
                errors.Add(path + ".values", "option values must be distinct.");
        }
    }

    private static void ValidateVariants(ProductInput input, CatalogErrors errors, string prefix)
    {
        var skus = new HashSet<string>(StringComparer.Ordinal);
        var combinations = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Variants.Count; i++)
        {
            var variant = input.Variants[i];
            var path = $"{prefix}variants[{i}].";
            if (!CatalogRules.IsSku(variant.Sku)) errors.Add(path + "sku", "sku " + CatalogRules.SkuMessage);
            else if (!skus.Add(variant.Sku)) errors.Add(path + "sku", $"SKU '{variant.Sku}' is used by two variants of this product.");
            if (variant.Title is { Length: > CatalogRules.MaxTitleLength }) errors.Add(path + "title", "title has at most 500 characters.");
            foreach (var (currency, amount) in variant.Prices)
            {
                if (!CatalogRules.IsCurrency(currency)) errors.Add($"{path}prices.{currency}", "currency " + CatalogRules.CurrencyMessage);
                else if (amount < 0) errors.Add($"{path}prices.{currency}", "amount must be zero or more.");
            }
            var matched = true;
            foreach (var (name, value) in variant.Options)
            {
                var option = input.Options.FirstOrDefault(o => o.Name == name);
                if (option is null) { errors.Add($"{path}options.{name}", $"the product has no option '{name}'."); matched = false; }
                else if (!option.Values.Contains(value, StringComparer.Ordinal))
                { errors.Add($"{path}options.{name}", $"'{value}' is not one of {name}'s values ({string.Join(", ", option.Values)})."); matched = false; }
            }
            foreach (var option in input.Options.Where(o => !variant.Options.ContainsKey(o.Name)))
            { errors.Add($"{path}options.{option.Name}", $"a value for option '{option.Name}' is required."); matched = false; }
            if (matched && !combinations.Add(string.Join("\u001f", input.Options.Select(o => variant.Options[o.Name]))))
                errors.Add(path + "options", "another variant has the same option values.");
        }
    }

    private static void ValidateHandles(IReadOnlyList<string> handles, string field, CatalogErrors errors, string prefix)
    {
        for (var i = 0; i < handles.Count; i++)
            if (!CatalogRules.IsHandle(handles[i])) errors.Add($"{prefix}{field}[{i}]", "handle " + CatalogRules.HandleMessage);
        if (handles.Distinct(StringComparer.Ordinal).Count() != handles.Count) errors.Add(prefix + field, "a handle is listed twice.");
    }

    /// <summary>The title a variant gets when none is given: its option values, or "Default" without options.</summary>
    public static string VariantTitle(ProductInput input, VariantInput variant) =>
        !string.IsNullOrWhiteSpace(variant.Title) ? variant.Title
        : input.Options.Count == 0 ? "Default"
        : string.Join(" / ", input.Options.Select(o => variant.Options.GetValueOrDefault(o.Name) ?? ""));
}
