namespace OrchardCommerce.Media.Models;

/// <summary>A stored file: its description and its bytes.</summary>
public sealed record MediaFile(MediaFileInfo Info, byte[] Data);
