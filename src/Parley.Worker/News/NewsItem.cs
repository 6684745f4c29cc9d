using System.Text.Json.Serialization;
using JasperFx;
using Marten.Events.Aggregation;

namespace Parley.Worker.News;

/// <summary>
/// A news item with every reading of it, newest last. Built from the item's own stream (two or three events) each
/// time it is asked for and never stored: the stored listing is <see cref="ItemListing"/>.
/// </summary>
public sealed class NewsItem : IRevisioned
{
    public Guid Id { get; set; }
    public string ItemId { get; set; } = "";
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string Text { get; set; } = "";
    public List<Analysis> Analyses { get; set; } = [];
    public int Version { get; set; }

    /// <summary>When the item's statements were made: its publication time, else when Parley received it.</summary>
    public DateTimeOffset StatedAt => Published ?? ReceivedAt;
    [JsonIgnore] public Analysis? Latest => Analyses.Count == 0 ? null : Analyses[^1];

    public sealed record Analysis(
        string ExtractorVersion,
        DateTimeOffset AnalysedAt,
        IReadOnlyList<StatementFound> Statements,
        IReadOnlyList<MeetingReported> Meetings);
}

/// <summary>Registered live: <c>FetchForWriting</c>, <c>FetchLatest</c> and <c>AggregateStreamAsync</c> use it.</summary>
public partial class NewsItemProjection : SingleStreamProjection<NewsItem, Guid>
{
    public NewsItem Create(NewsItemReceived e) => new()
    {
        Id = e.NewsItemId, ItemId = e.ItemId, Url = e.Url, Title = e.Title, Source = e.Source,
        Published = e.Published, ReceivedAt = e.ReceivedAt, Text = e.Text,
    };

    public void Apply(NewsItemAnalysed e, NewsItem item) =>
        item.Analyses.Add(new NewsItem.Analysis(e.ExtractorVersion, e.AnalysedAt, e.Statements, e.Meetings));
}
