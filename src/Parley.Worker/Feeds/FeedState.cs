namespace Parley.Worker.Feeds;

/// <summary>
/// What Parley remembers of one feed between polls (Marten document, id = the feed's URL): the validators for a
/// conditional GET, and the keys of entries already queued, so an unchanged entry costs neither a message nor a
/// database round trip. Stored in the same transaction as the queued items.
/// </summary>
public sealed class FeedState
{
    /// <summary>Enough for any feed's window of recent entries; the oldest keys are forgotten first.</summary>
    public const int SeenLimit = 5_000;

    public string Id { get; set; } = "";
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public List<string> Seen { get; set; } = [];
    public DateTimeOffset? LastSuccess { get; set; }
    public DateTimeOffset? LastFailure { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int ItemsQueued { get; set; }

    public void Remember(IEnumerable<string> keys)
    {
        Seen.AddRange(keys);
        if (Seen.Count > SeenLimit) Seen.RemoveRange(0, Seen.Count - SeenLimit);
    }
}
