using System.Globalization;
using System.Text.RegularExpressions;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// An ISO 8601 duration (PnYnMnWnDTnHnMnS). Years and months are calendar units, so they are applied to a date
/// rather than converted to a fixed number of days.
/// </summary>
internal readonly partial record struct IsoDuration(bool Negative, int Years, int Months, int Days, TimeSpan Time)
{
    public static bool TryParse(string text, out IsoDuration duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Groups.Values.Skip(2).All(g => !g.Success) || text.TrimEnd().EndsWith('T'))
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[8].Success ? decimal.Parse(match.Groups[8].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0m;
        var time = TimeSpan.FromHours(Part(6)) + TimeSpan.FromMinutes(Part(7)) + TimeSpan.FromMilliseconds((double)(seconds * 1000));
        duration = new IsoDuration(match.Groups[1].Success, Part(2), Part(3), (Part(4) * 7) + Part(5), time);
        return true;
    }

    public DateTimeOffset AddTo(DateTimeOffset start)
    {
        var sign = Negative ? -1 : 1;
        return start.AddYears(sign * Years).AddMonths(sign * Months).AddDays(sign * Days).Add(Negative ? -Time : Time);
    }

    [GeneratedRegex(@"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
