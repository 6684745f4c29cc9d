using System.Security.Cryptography;
using System.Text;

namespace Parley.Worker.Infrastructure;

/// <summary>
/// The keys that may write (and, when configured, read). With none configured a development host makes one up
/// and prints it, so that a first run can post without setup; a production host then refuses every write.
/// </summary>
public sealed class ApiKeys
{
    public const string Header = "X-Api-Key";
    readonly byte[][] _keys;

    public ApiKeys(IEnumerable<string> keys) => _keys = keys.Where(k => k.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();

    public bool AnyConfigured => _keys.Length > 0;

    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var bytes = Encoding.UTF8.GetBytes(presented);
        var accepted = false;
        foreach (var key in _keys) accepted |= CryptographicOperations.FixedTimeEquals(key, bytes);
        return accepted;
    }

    public static ApiKeys FromConfiguration(IConfiguration configuration, IHostEnvironment environment, out string? generated)
    {
        var keys = configuration.GetSection("Parley:ApiKeys").Get<string[]>()
                   ?? configuration["Parley:ApiKeys"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                   ?? [];
        generated = null;
        if (keys.Length == 0 && environment.IsDevelopment())
        {
            generated = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            keys = [generated];
        }
        return new ApiKeys(keys);
    }
}

public static class ApiKeyEndpointFilter
{
    /// <summary>With Parley:RequireKeyForReads, the read API asks for a key too; health probes and the page shell stay open.</summary>
    public static WebApplication RequireApiKeyForReadsWhenConfigured(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Parley:RequireKeyForReads")) return app;
        app.Use(async (context, next) =>
        {
            var keys = context.RequestServices.GetRequiredService<ApiKeys>();
            if (context.Request.Path.StartsWithSegments("/api") && !keys.Accepts(context.Request.Headers[ApiKeys.Header]))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                    detail: $"This server requires a key in the {ApiKeys.Header} header for reads too.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Rejects requests without a known key in <see cref="ApiKeys.Header"/> with 401 and a problem body.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeys>();
            if (keys.Accepts(context.HttpContext.Request.Headers[ApiKeys.Header]))
                return await next(context);
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: keys.AnyConfigured
                    ? $"Send a valid key in the {ApiKeys.Header} header."
                    : "No API keys are configured on this server (Parley__ApiKeys), so it accepts no writes.");
        });
}
