using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using Parley.Worker.Ingestion;

namespace Parley.Worker.Feeds;

/// <summary>An entry of a feed as an item to ingest, with the key the feed's seen-set remembers it by.</summary>
public sealed record FeedEntry(string Key, IngestNewsItem Item);

/// <summary>Turns an RSS 2.0 or Atom 1.0 document into items: pure, no I/O, so it is tested on files alone.</summary>
public static class FeedReader
{
    const int MaxIdLength = 200;
    static readonly HtmlParser Html = new();

    /// <exception cref="XmlException">when the document is not a well-formed RSS or Atom feed.</exception>
    public static IReadOnlyList<FeedEntry> Read(Stream document, Uri feedUrl)
    {
        using var xml = XmlReader.Create(document, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, Async = false });
        var feed = SyndicationFeed.Load(xml);
        var source = feed.Title?.Text is { Length: > 0 } title ? title : feedUrl.Host;
        return feed.Items.Select(entry => ToEntry(entry, source)).OfType<FeedEntry>().ToList();
    }

    static FeedEntry? ToEntry(SyndicationItem entry, string source)
    {
        var link = (entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? entry.Links.FirstOrDefault())?.GetAbsoluteUri()?.ToString();
        var title = PlainText(entry.Title?.Text);
        var body = entry.Content switch
        {
            TextSyndicationContent content => content.Text,
            _ => entry.Summary?.Text,
        };
        // A headline-only entry still says something; an entry with neither has nothing to read.
        var text = PlainText(body) is { Length: > 0 } read ? read : title;
        var key = entry.Id is { Length: > 0 } id ? id : link;
        if (string.IsNullOrWhiteSpace(text) || key is null) return null;

        var published = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime != default ? entry.LastUpdatedTime : (DateTimeOffset?)null;
        var itemId = key.Length <= MaxIdLength ? key : "feed:" + Parley.Worker.News.NewsItemIdentity.TextHash(key);
        return new FeedEntry(key, new IngestNewsItem(itemId, link, title, source, published, text));
    }

    /// <summary>Feed text is often HTML (escaped or not): parse it as HTML and keep the words, one line per block.</summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var document = Html.ParseDocument("<body>" + html + "</body>");
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript")) hidden.Remove();
        var text = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes) text.Append(node.TextContent).Append(IsBlock(node.NodeName) ? "\n" : "");
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0)) is { Length: > 0 } result ? result : null;
    }

    static bool IsBlock(string name) => name is "P" or "DIV" or "BR" or "LI" or "UL" or "OL" or "H1" or "H2" or "H3" or "H4" or "BLOCKQUOTE" or "TABLE" or "TR";
}
