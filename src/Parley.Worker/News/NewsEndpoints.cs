using Marten;


namespace Parley.Worker.News;

public static class NewsEndpoints
{
    public static void MapNews(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/news/{id}", async Task<IResult> (string id, IQuerySession session, CancellationToken ct) =>
            {
                var streamId = Guid.TryParse(id, out var guid) ? guid : NewsItemIdentity.StreamId(id);
                return await session.Events.AggregateStreamAsync<NewsItem>(streamId, token: ct) is { } item
                    ? Results.Ok(item)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown news item",
                        detail: $"No news item has the id or stream id '{id}'.");
            })
            .WithTags("News")
            .WithSummary("A news item by its stream id or its own id, with every analysis of it (extractor version, time, findings).");
}
