using Marten;
using Marten.Events.Daemon;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Parley.Worker.DeadLetters;
using Parley.Worker.Ingestion;
using Parley.Worker.Issues;
using Parley.Worker.Meetings;
using Parley.Worker.News;
using Parley.Worker.Positions;
using Parley.Worker.Replay;
using Parley.Worker.Timeline;

namespace Parley.Worker.Infrastructure;

public static class ApiSetup
{
    public static WebApplicationBuilder AddParleyApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ParleyOptions>(builder.Configuration.GetSection("Parley"));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<ProjectionRebuilds>();
        // A thousand remembered answers of up to 15 positions each: a few megabytes at most.
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = 1_000);
        builder.Services.AddSingleton<CurrentPositions>();
        builder.Services.AddSingleton<IngestionBacklog>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IngestionBacklog>());
        builder.AddPostNewsLimit();
        // Projections are eventually consistent: "ready" means the store answers, while
        // /health/projections says whether the async daemon keeps up and is alive at all.
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddMartenAsyncDaemonHealthCheck(maxEventLag: 100, maxSameLagTime: TimeSpan.FromSeconds(30))
            .AddMartenHighWaterHealthCheck(staleThreshold: TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(services =>
        {
            var keys = ApiKeys.FromConfiguration(builder.Configuration, builder.Environment, out var generated);
            if (generated is not null)
                services.GetRequiredService<ILogger<ApiKeys>>().LogWarning(
                    "No API key configured (Parley__ApiKeys); for this development run writes accept the key {ApiKey}", generated);
            return keys;
        });
        return builder;
    }

    public static WebApplication MapParleyApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.RequireApiKeyForReadsWhenConfigured();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapHealthChecks("/health/projections", new() { Predicate = check => check.Tags.Contains("AsyncDaemon") });
        app.MapPostNews();
        app.MapNews();
        app.MapPositions();
        app.MapIssues();
        app.MapMeetings();
        app.MapShifts();
        app.MapReanalysis();
        app.MapRebuilds();
        app.MapDeadLetters();
        app.MapTimeline();
        // Resolve once the server runs, so a generated development key is printed at start, not on the first write.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<ApiKeys>());
        return app;
    }
}

/// <summary>Ready means the event store answers.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession();
            await session.Query<ItemListing>().AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", e);
        }
    }
}
