using Npgsql;
using NpgsqlTypes;

namespace Parley.Worker.Positions;

/// <summary>
/// The two clocks of a question: what was published up to <see cref="AsOf"/> (statements, meeting reports), as Parley knew it at
/// <see cref="KnownAt"/>. Both open-ended by default: today's answer from the latest reading of every item.
/// </summary>
public sealed record Moment(DateTimeOffset AsOf, DateTimeOffset KnownAt)
{
    public static readonly Moment Now = new(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>
    /// The rows visible at this moment, for any view stored with the two clocks (stated_at, recorded_at,
    /// retracted_at); the command gets the parameters from <see cref="AddTo"/>.
    /// </summary>
    public static string Visible(string alias) =>
        $"{alias}.stated_at <= @as_of and {alias}.recorded_at <= @known_at and ({alias}.retracted_at is null or {alias}.retracted_at > @known_at)";

    public void AddTo(NpgsqlCommand command)
    {
        // DateTimeOffset.MaxValue stands for "no limit"; PostgreSQL's own infinity keeps the comparisons index-friendly.
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.TimestampTz) { Value = Bound(AsOf) });
        command.Parameters.Add(new NpgsqlParameter("known_at", NpgsqlDbType.TimestampTz) { Value = Bound(KnownAt) });
    }

    static DateTime Bound(DateTimeOffset value) =>
        value == DateTimeOffset.MaxValue ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) : value.UtcDateTime;
}
