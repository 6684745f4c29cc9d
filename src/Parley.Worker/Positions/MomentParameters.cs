using System.Globalization;

namespace Parley.Worker.Positions;

/// <summary>
/// Reads <c>asOf</c> and <c>knownAt</c> from a query string or command line. A bare date means the whole of that
/// day (UTC): "Russia's position on 1 December" includes what was said on 1 December.
/// </summary>
public static class MomentParameters
{
    public static bool TryParse(string? asOf, string? knownAt, out Moment moment, out string? problem)
    {
        moment = Moment.Now;
        problem = null;
        if (!TryParseBound(asOf, out var asOfValue)) problem = $"asOf: '{asOf}' is not an ISO date or date-time";
        else if (!TryParseBound(knownAt, out var knownAtValue)) problem = $"knownAt: '{knownAt}' is not an ISO date or date-time";
        else moment = new Moment(asOfValue, knownAtValue);
        return problem is null;
    }

    /// <summary>A lower bound: a bare date means from the start of that day (UTC).</summary>
    public static bool TryParseStart(string? text, out DateTimeOffset start) =>
        TryParse(text, DateTimeOffset.MinValue, TimeOnly.MinValue, out start);

    static bool TryParseBound(string? text, out DateTimeOffset bound) =>
        TryParse(text, DateTimeOffset.MaxValue, TimeOnly.MaxValue, out bound);

    static bool TryParse(string? text, DateTimeOffset unbounded, TimeOnly timeOfBareDate, out DateTimeOffset value)
    {
        value = unbounded;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = new DateTimeOffset(day.ToDateTime(timeOfBareDate), TimeSpan.Zero);
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    public static IResult Invalid(string problem) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [problem[..problem.IndexOf(':')]] = [problem[(problem.IndexOf(':') + 2)..]] },
        title: "The time parameters are not valid.");
}
