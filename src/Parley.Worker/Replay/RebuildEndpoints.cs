using Marten.Events.Daemon.Coordination;
using Parley.Worker.Infrastructure;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Parley.Worker.Replay;

public static class RebuildEndpoints
{
    public static void MapRebuilds(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/projections").WithTags("Admin").RequireApiKey();

        admin.MapPost("/{projection}/rebuild", IResult (string projection, ProjectionRebuilds rebuilds, IProjectionCoordinator coordinator) =>
        {
            if (!ProjectionRebuilds.Projections.Contains(projection)) return Known.NotFound("projection", projection, ProjectionRebuilds.Projections);
            var progress = rebuilds.Start(coordinator.DaemonForMainDatabase(), projection);
            return Results.Accepted($"/api/admin/projections/{projection}/rebuild", progress);
        }).WithSummary("Rebuild one projection from the log in the background; queries against it answer 503 until it is done.");

        admin.MapGet("/{projection}/rebuild", IResult (string projection, ProjectionRebuilds rebuilds) =>
            rebuilds.Status(projection) is { } progress
                ? Results.Ok(progress)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No rebuild", detail: $"No rebuild of '{projection}' has run in this process."))
            .WithSummary("Progress of the latest rebuild of a projection: events done and total, rate, time left.");
    }

    /// <summary>While the view a query reads is being rebuilt, say so (503, Retry-After) instead of serving half of it.</summary>
    public static TBuilder WhileRebuilding<TBuilder>(this TBuilder builder, string projection) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var rebuilds = context.HttpContext.RequestServices.GetRequiredService<ProjectionRebuilds>();
            if (!rebuilds.IsRebuilding(projection)) return await next(context);
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "View being rebuilt",
                detail: $"The {projection} view is being rebuilt from the log: {rebuilds.Status(projection)}. Try again shortly.");
        });
}
