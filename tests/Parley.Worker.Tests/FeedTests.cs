using Marten;
using Parley.Worker.Feeds;
using Parley.Worker.News;

namespace Parley.Worker.Tests;

/// <summary>RSS and Atom feeds served from a local web server, polled by the worker's feed poller.</summary>
public sealed class FeedTests(PostgresServer server)
{
    static Dictionary<string, string?> Feeds(params string[] urls)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Parley:FeedTimeout"] = "00:00:00.500",
            ["Parley:FeedRetryDelay"] = "00:00:00.050",
        };
        for (var i = 0; i < urls.Length; i++)
        {
            settings[$"Parley:Feeds:{i}:Url"] = urls[i];
            settings[$"Parley:Feeds:{i}:Interval"] = "00:00:00.200";
        }
        return settings;
    }

    [Fact]
    public async Task rss_and_atom_entries_are_ingested_as_text_and_an_unchanged_feed_costs_a_304()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("rss", "talks.rss.xml");
        feeds.Serve("atom", "talks.atom.xml");
        await using var app = await ParleyApp.StartAsync(server, Feeds(feeds.Url("rss"), feeds.Url("atom")));

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 4 && feeds.Count("rss", 304) >= 2);
        await using (var session = app.Store.QuerySession())
        {
            var items = new Dictionary<string, NewsItem>();
            foreach (var listed in await session.Query<ItemListing>().ToListAsync())
                items[listed.ItemId] = (await session.Events.AggregateStreamAsync<NewsItem>(listed.Id))!;
            Assert.Equal(4, items.Count);
            var kremlin = items["wire-0001"];
            Assert.Equal("Kremlin rejects ceasefire proposal", kremlin.Title);
            Assert.Equal("https://wire.example.org/2025/12/01/kremlin-rejects", kremlin.Url);
            Assert.Equal(new DateTimeOffset(2025, 12, 1, 9, 30, 0, TimeSpan.Zero), kremlin.Published);
            Assert.Equal("Talks Wire", kremlin.Source);
            Assert.Equal("Russia rejects any ceasefire along the current line, the Kremlin said on Monday.\nTalks continue.", kremlin.Text);
            var envoy = items["urn:uuid:6f1a7f2e-0b1c-4d55-9a65-9d2f2b1e0c02"];
            Assert.Equal("The United States supports a ceasefire, the envoy said after meeting both delegations.", envoy.Text);
            Assert.Equal("Russia opposes security guarantees for Ukraine, Lavrov said.", items["urn:uuid:6f1a7f2e-0b1c-4d55-9a65-9d2f2b1e0c03"].Text);
        }
        Assert.Contains(feeds.Requests, r => r.Path == "rss" && r.Status == 304 && r.IfNoneMatch is not null);

        // A new entry at the top of the feed: only it is queued; the two already seen are not sent again.
        feeds.Replace("rss", xml => xml.Insert(xml.IndexOf("<item>", StringComparison.Ordinal),
            "<item><title>Geneva round set</title><link>https://wire.example.org/geneva-round</link><guid>wire-0003</guid>" +
            "<description>Negotiators will meet in Geneva next week, the White House said.</description></item>"));
        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 5);
        Assert.Equal(5, await app.CountAsync<ItemListing>());
        await using var query = app.Store.QuerySession();
        var state = await query.LoadAsync<FeedState>(feeds.Url("rss"));
        Assert.Equal(3, state!.ItemsQueued);
    }

    [Fact]
    public async Task a_failing_feed_is_retried_with_its_error_recorded_and_never_stops_the_others()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("rss", "talks.rss.xml");
        feeds.Serve("broken", "broken.xml");
        await using var app = await ParleyApp.StartAsync(server, Feeds(feeds.Url("fail"), feeds.Url("broken"), feeds.Url("slow"), feeds.Url("rss")));

        await using var session = app.Store.QuerySession();
        async Task<FeedState?> State(string name) => await session.LoadAsync<FeedState>(feeds.Url(name));
        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 2 && feeds.Count("fail") >= 3
            && (await State("broken"))?.ConsecutiveFailures >= 2 && (await State("slow"))?.ConsecutiveFailures >= 1);

        Assert.Equal(2, await app.CountAsync<ItemListing>());
        Assert.True(feeds.Count("fail") >= 3, $"the failing feed was tried {feeds.Count("fail")} times");
        Assert.Contains("500", (await State("fail"))!.LastError);
        Assert.True((await State("broken"))!.ConsecutiveFailures >= 2);
        Assert.NotNull((await State("broken"))!.LastError);
        Assert.Contains("Timeout", (await State("slow"))!.LastError);
        Assert.Null((await State("rss"))!.LastError);
    }
}
