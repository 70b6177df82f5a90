namespace OrchardCommerce.Contents.Models;

/// <summary>Which version of an item to read.</summary>
public enum VersionOptions
{
    /// <summary>The version visitors see; none when the item is unpublished.</summary>
    Published,
    /// <summary>The newest version, published or not.</summary>
    Latest,
    /// <summary>The newest version only when it is not published (a pending draft); otherwise none.</summary>
    Draft,
}
