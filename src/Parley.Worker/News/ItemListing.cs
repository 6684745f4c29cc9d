using Marten;
using Marten.Events.Projections;
using Marten.Schema;

namespace Parley.Worker.News;

/// <summary>
/// One received news item in the archive's listing: what the timeline and re-analysis page through. The text and
/// the readings stay in the item's own stream, where <see cref="NewsItem"/> is built from when it is asked for.
/// </summary>
public sealed class ItemListing
{
    public Guid Id { get; set; }
    public string ItemId { get; set; } = "";
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The timeline asks for the latest items by publication time; Marten calls this when it maps the type.</summary>
    public static void ConfigureMarten(DocumentMapping mapping)
    {
        mapping.DuplicateField(nameof(Published));
        mapping.Indexes.Add(new DocumentIndex(mapping, "published"));
    }
}

/// <summary>
/// One row per item, written once from its first event and never updated, so that a rebuild inserts every row by
/// binary COPY (docs/benchmarks.md: the aggregate with every reading in it rebuilt at 16k events/s, one upsert each).
/// </summary>
public partial class ItemListingProjection : EventProjection
{
    public ItemListingProjection()
    {
        Name = nameof(ItemListing);
        Options.DeleteViewTypeOnTeardown<ItemListing>();
        Options.BatchSize = 2000;
    }

    public void Project(NewsItemReceived e, IDocumentOperations ops) => ops.Insert(new ItemListing
    {
        Id = e.NewsItemId, ItemId = e.ItemId, Url = e.Url, Title = e.Title, Source = e.Source,
        Published = e.Published, ReceivedAt = e.ReceivedAt,
    });
}
