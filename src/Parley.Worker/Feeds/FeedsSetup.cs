using Marten;

namespace Parley.Worker.Feeds;

/// <summary>One feed to poll: "Parley:Feeds:0:Url", "Parley:Feeds:0:Interval" (default five minutes).</summary>
public sealed class FeedSource
{
    public string Url { get; set; } = "";
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The "Parley:Feeds" list and how a feed is fetched.</summary>
public sealed class FeedOptions
{
    public List<FeedSource> Sources { get; set; } = [];
    /// <summary>A fetch that takes longer fails, and is retried with back-off like any other failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>First pause after a failure; it doubles with each further failure, up to the feed's interval.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}

public static class FeedsSetup
{
    public static WebApplicationBuilder AddParleyFeeds(this WebApplicationBuilder builder)
    {
        var options = new FeedOptions
        {
            Sources = builder.Configuration.GetSection("Parley:Feeds").Get<List<FeedSource>>() ?? [],
            Timeout = builder.Configuration.GetValue("Parley:FeedTimeout", TimeSpan.FromSeconds(30)),
            RetryDelay = builder.Configuration.GetValue("Parley:FeedRetryDelay", TimeSpan.FromSeconds(10)),
        };
        builder.Services.AddSingleton(options);
        builder.Services.ConfigureMarten(store => store.Schema.For<FeedState>());
        builder.Services.AddHttpClient(FeedPoller.HttpClientName, client =>
        {
            client.Timeout = options.Timeout;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Parley/0.1 (+feed poller)");
        });
        builder.Services.AddHostedService<FeedPoller>();
        return builder;
    }
}
