using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Parley.Worker.Infrastructure;
using Parley.Worker.News;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

public sealed record AcceptedItem(string Id, Guid StreamId);
public sealed record AcceptedItems(IReadOnlyList<AcceptedItem> Items);

public static class PostNewsEndpoint
{
    public static void MapPostNews(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/news", Post)
            .RequireApiKey()
            .WithSummary("Submit one news item (a JSON object) or several (an array); each is queued for ingestion.")
            .Accepts<IngestNewsItem>("application/json")
            .Produces<AcceptedItems>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    static async Task<IResult> Post(HttpRequest request, IDocumentSession session, IMartenOutbox outbox, IOptions<ParleyOptions> options,
        IngestionBacklog backlog, HttpResponse response, CancellationToken ct)
    {
        if (backlog.IsFull)
        {
            // Nothing of this request is taken; the sender tries again once the worker has caught up.
            response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingestion is catching up",
                detail: $"{backlog.Waiting:N0} accepted items are waiting to be read (limit {options.Value.MaxBacklog:N0}, Parley__MaxBacklog); nothing of this request was accepted. Retry after the Retry-After delay.");
        }
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
            var root = document.RootElement;
            var elements = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select((e, i) => (e, $"[{i}]")).ToList() : [(root, "")];
            if (elements.Count == 0) return Invalid("$", "the array is empty");
            var problems = new List<FieldProblem>();
            var items = elements.Select(x => NewsItemValidation.Read(x.Item1, x.Item2, problems)).ToList();
            if (problems.Count > 0)
                return Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()),
                    title: "The news item is not valid; nothing was accepted.");

            // One transaction for the whole request: every item is queued, or none is.
            outbox.Enroll(session);
            foreach (var item in items) await outbox.PublishAsync(item!);
            await session.SaveChangesAsync(ct);
            return Results.Accepted(value: new AcceptedItems(items.Select(i => new AcceptedItem(i!.Id, NewsItemIdentity.StreamId(i.Id))).ToList()));
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

    static IResult TooLarge(long limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"The limit is {limit:N0} bytes (Parley__MaxRequestBytes); send fewer items per request.");

    static IResult Invalid(string field, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, title: "The request is not valid; nothing was accepted.");
}
