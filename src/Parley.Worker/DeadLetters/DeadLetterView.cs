using System.Text;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace Parley.Worker.DeadLetters;

/// <summary>A message Parley gave up on: what it was, where it came from, why it failed, and what was sent.</summary>
public sealed record DeadLetterView(
    Guid Id, string MessageType, string ReceivedAt, string ExceptionType, string Reason, DateTimeOffset SentAt, bool Replayable, string Body)
{
    const int BodyPreview = 2_000;

    public static DeadLetterView From(DeadLetterEnvelope letter)
    {
        var data = letter.Envelope.Data ?? [];
        var body = Encoding.UTF8.GetString(data, 0, Math.Min(data.Length, BodyPreview));
        if (data.Length > BodyPreview) body += $"… ({data.Length:N0} bytes)";
        return new(letter.Id, letter.MessageType, letter.ReceivedAt, letter.ExceptionType, letter.ExceptionMessage, letter.SentAt, letter.Replayable, body);
    }
}

public sealed record DeadLetterPage(int Total, int Page, IReadOnlyList<DeadLetterView> Items);

/// <summary>Reads and replays through Wolverine's own dead-letter storage, so its other tools see the same thing.</summary>
public static class DeadLetterQueries
{
    public const int PageSize = 100;

    public static async Task<DeadLetterPage> PageAsync(IMessageStore store, int page, CancellationToken ct)
    {
        var results = await store.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageNumber = page, PageSize = PageSize }, ct);
        return new(results.TotalCount, page, results.Envelopes.Select(DeadLetterView.From).ToList());
    }

    /// <summary>Marks letters replayable; Wolverine's durability agent then moves them back to the inbox of the endpoint they failed at.</summary>
    public static async Task<int> ReplayAsync(IMessageStore store, Guid[]? ids, CancellationToken ct)
    {
        var query = ids is { Length: > 0 } ? new DeadLetterEnvelopeQuery(ids) : new DeadLetterEnvelopeQuery();
        var matching = ids is { Length: > 0 }
            ? (await Task.WhenAll(ids.Select(id => store.DeadLetters.DeadLetterEnvelopeByIdAsync(id)))).Count(l => l is not null)
            : (await store.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = 1 }, ct)).TotalCount;
        if (matching > 0) await store.DeadLetters.ReplayAsync(query, ct);
        return matching;
    }
}
