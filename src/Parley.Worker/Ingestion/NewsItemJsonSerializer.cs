using System.Text.Json;
using Wolverine;
using Wolverine.Runtime.Serialization;

namespace Parley.Worker.Ingestion;

/// <summary>
/// Reads a bus message body exactly as <c>POST /api/news</c> and <c>ingest FILE</c> read an item, so that a foreign
/// producer needs no Wolverine headers and gets the same rules (a missing id falls back to the URL, else the text).
/// A JSON array body is several items in one message (<see cref="IngestNewsItems"/>), as a POST may carry several.
/// Anything unreadable throws <see cref="InvalidNewsItemException"/>, which Wolverine dead-letters with the reason.
/// </summary>
public sealed class NewsItemJsonSerializer : IMessageSerializer
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string ContentType => "application/json";

    public byte[] Write(Envelope envelope) => WriteMessage(envelope.Message!);

    public byte[] WriteMessage(object message) => JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), Web);

    public object ReadFromData(Type messageType, Envelope envelope) => ReadFromData(envelope.Data ?? []);

    public object ReadFromData(byte[] data)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(data); }
        catch (JsonException e) { throw Invalid("$", $"the body is not valid JSON ({e.Message})"); }
        using (document)
        {
            var problems = new List<FieldProblem>();
            var items = NewsItemValidation.ReadOneOrMany(document.RootElement, IngestNewsItems.MaxItems, problems);
            if (problems.Count > 0) throw new InvalidNewsItemException(problems);
            return document.RootElement.ValueKind == JsonValueKind.Array ? new IngestNewsItems(items) : items[0];
        }
    }

    static InvalidNewsItemException Invalid(string field, string problem) => new([new FieldProblem(field, problem)]);
}
