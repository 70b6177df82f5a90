namespace OrchardCommerce.Media.Services;

/// <summary>Media limits ("OrchardCommerce:Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "OrchardCommerce:Media";

    /// <summary>The largest file accepted, by upload or recipe; files are held in memory and in one database row.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}
