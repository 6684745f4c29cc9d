using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Parley.Worker.Infrastructure;
using Parley.Worker.News;
using Wolverine;

namespace Parley.Worker.Ingestion;

public sealed record AcceptedItem(string Id, Guid StreamId);
public sealed record AcceptedItems(IReadOnlyList<AcceptedItem> Items);

public static class PostNewsEndpoint
{
    const string Limit = "news-posts";

    /// <summary>
    /// A POST is read in the request, so posts at once are what bound the worker's memory and connections: above
    /// <see cref="ParleyOptions.PostsAtOnce"/> in progress and as many waiting, a sender is told to come back (503).
    /// </summary>
    public static WebApplicationBuilder AddPostNewsLimit(this WebApplicationBuilder builder)
    {
        var parley = builder.Configuration.GetSection("Parley").Get<ParleyOptions>() ?? new ParleyOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(Limit, posts =>
            {
                posts.PermitLimit = Math.Max(1, parley.PostsAtOnce);
                posts.QueueLimit = Math.Max(0, parley.PostsAtOnce);
                posts.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (context, _) => new(CatchingUp(context.HttpContext.Response,
                $"{parley.PostsAtOnce} requests are being read and as many wait (Parley__PostsAtOnce); nothing of this request was accepted. Retry after the Retry-After delay.")
                .ExecuteAsync(context.HttpContext));
        });
        return builder;
    }

    public static void MapPostNews(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/news", Post)
            .RequireApiKey()
            .RequireRateLimiting(Limit)
            .WithSummary("Submit one news item (a JSON object) or several (an array); the answer comes once the new ones are in the log.")
            .Accepts<IngestNewsItem>("application/json")
            .Produces<AcceptedItems>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    static async Task<IResult> Post(HttpRequest request, IMessageBus bus, IOptions<ParleyOptions> options,
        IngestionBacklog backlog, HttpResponse response, CancellationToken ct)
    {
        // Items queued by other routes (files, feeds, the bus) come first when the worker is behind on them.
        if (backlog.IsFull)
            return CatchingUp(response, $"{backlog.Waiting:N0} accepted items are waiting to be read (limit {options.Value.MaxBacklog:N0}, Parley__MaxBacklog); nothing of this request was accepted. Retry after the Retry-After delay.");
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        var body = await ReadAtMostAsync(request.Body, limit + 1, ct);
        if (body.Length > limit) return TooLarge(limit);
        if (body.Length == 0) return Invalid("$", "the body is empty: send one news item as a JSON object, or several as an array");

        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException e) { return Invalid("$", $"the body is not valid JSON ({e.Message})"); }

        using (document)
        {
            var problems = new List<FieldProblem>();
            var batch = NewsItemValidation.ReadOneOrMany(document.RootElement, int.MaxValue, problems);
            if (problems.Count > 0)
                return Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()),
                    title: "The news item is not valid; nothing was accepted.");

            // Handled inside the request by the same batch handler the queues use: one transaction appends every new item
            // (or none), so the answer comes once they are in the log, and no inbox row is written and read back for them.
            await bus.InvokeAsync(batch, ct);
            return Results.Accepted(value: new AcceptedItems(batch.Select(i => new AcceptedItem(i.Id, NewsItemIdentity.StreamId(i.Id))).ToList()));
        }
    }

    static async Task<byte[]> ReadAtMostAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < max && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    /// <summary>Nothing of the request is taken; the sender tries again once the worker has caught up.</summary>
    static IResult CatchingUp(HttpResponse response, string detail)
    {
        response.Headers.RetryAfter = "1";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingestion is catching up", detail: detail);
    }

    static IResult TooLarge(long limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"The limit is {limit:N0} bytes (Parley__MaxRequestBytes); send fewer items per request.");

    static IResult Invalid(string field, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, title: "The request is not valid; nothing was accepted.");
}
