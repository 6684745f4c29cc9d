using System.Text;
using System.Text.Json;

namespace Parley.Extraction.Pack;

/// <summary>
/// A parsed pack value that remembers the line it came from. JsonDocument does not expose
/// positions, and a pack author needs "line 42" to find a typo in a long file.
/// </summary>
internal sealed class PackNode
{
    private PackNode(JsonValueKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonValueKind Kind { get; }
    public int Line { get; }
    public string? Text { get; private init; }
    public double Number { get; private init; }
    public List<KeyValuePair<string, PackNode>> Properties { get; } = [];
    public List<PackNode> Items { get; } = [];

    public PackNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Key == name)
                {
                    return property.Value;
                }
            }
            return null;
        }
    }

    public static PackNode Parse(byte[] utf8, string sourceName)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                throw new DomainPackException(sourceName, 1, "the pack is empty");
            }
            var root = ReadValue(ref reader, lineStarts, sourceName);
            if (reader.Read())
            {
                throw new DomainPackException(sourceName, LineOf(lineStarts, reader.TokenStartIndex), "unexpected content after the pack object");
            }
            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new DomainPackException(sourceName, line, "invalid JSON: " + FirstSentence(e.Message), e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }

    private static int LineOf(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        return index >= 0 ? index + 1 : ~index;
    }

    private static PackNode ReadValue(ref Utf8JsonReader reader, List<int> lineStarts, string sourceName)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new PackNode(JsonValueKind.Object, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    // (JSON readers keep one of two equal keys without a word; a pack author would lose the other list unknowingly.)
                    if (node[name] is { } earlier)
                    {
                        throw new DomainPackException(sourceName, LineOf(lineStarts, reader.TokenStartIndex),
                            $"\"{name}\" appears twice in the same object (first on line {earlier.Line})");
                    }
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, lineStarts, sourceName)));
                }
                return node;
            }
            case JsonTokenType.StartArray:
            {
                var node = new PackNode(JsonValueKind.Array, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, lineStarts, sourceName));
                }
                return node;
            }
            case JsonTokenType.String:
                return new PackNode(JsonValueKind.String, line) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new PackNode(JsonValueKind.Number, line) { Number = reader.GetDouble() };
            case JsonTokenType.True:
                return new PackNode(JsonValueKind.True, line);
            case JsonTokenType.False:
                return new PackNode(JsonValueKind.False, line);
            default:
                return new PackNode(JsonValueKind.Null, line);
        }
    }

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
