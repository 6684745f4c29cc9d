using System.Security.Cryptography;
using System.Text;

namespace Parley.Worker.News;

/// <summary>
/// How an item is recognised when it comes again: by its own id, by its canonical URL, or by its text.
/// Each is a unique key of the item's claim (NewsItemClaim); the stream id is derived from the item id so every route agrees on it.
/// </summary>
public static class NewsItemIdentity
{
    // Fixed namespace for name-based (version 5) ids: changing it would re-key every stream.
    static readonly Guid Namespace = new("5b0c1f0e-3c1a-4e4f-9a6b-7d2f0a9e8c41");

    public static Guid StreamId(string itemId) => NameBasedGuid(Namespace, itemId.Trim());

    /// <summary>Scheme and host case, "www.", fragments, tracking parameters and trailing slashes do not make a new article.</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.")) host = host[4..];
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("fbclid=") && !p.StartsWith("gclid="))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.TrimEnd('/');
        return $"{host}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>Whitespace and case differences are re-sends, not new text.</summary>
    public static string TextHash(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..32].ToLowerInvariant();
    }

    static Guid NameBasedGuid(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. nsBytes, .. nameBytes]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
