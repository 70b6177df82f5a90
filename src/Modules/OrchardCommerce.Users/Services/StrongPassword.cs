using System.Security.Cryptography;

namespace OrchardCommerce.Users.Services;

/// <summary>Generates passwords that pass Identity's default rules (upper, lower, digit, symbol) with room to spare.</summary>
internal static class StrongPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    // Symbols that survive a shell and a JSON string without quoting.
    private const string Symbols = "-_.!@#%+=";
    private const int Length = 20;

    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new List<char>
        {
            Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols),
        };
        while (chars.Count < Length) chars.Add(Pick(all));
        var result = chars.ToArray();
        RandomNumberGenerator.Shuffle(result.AsSpan());
        return new string(result);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
