using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parley.Worker.Meetings;
using Parley.Worker.News;
using Parley.Worker.Positions;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Parley.Worker.Tests;

/// <summary>Every projection rebuilt from the log is byte for byte what live processing wrote.</summary>
public sealed class RebuildTests(PostgresServer server)
{
    [Fact]
    public async Task a_rebuild_gives_byte_identical_projection_documents()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "dev-items.jsonl"))
            .Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!).ToArray<object>();
        await app.IngestAsync(sample);
        Assert.Equal(sample.Length, await app.CountAsync<ItemListing>());

        var tables = new[] { "mt_doc_statement", "mt_doc_meetingreport", "mt_doc_itemlisting" };
        var live = await SnapshotAsync(app, tables);
        Assert.True(live["mt_doc_statement"].Count > 20, "the sample should yield positions");
        Assert.True(live["mt_doc_meetingreport"].Count > 5, "the sample should yield meetings");

        var daemon = app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var projection in new[] { nameof(Statement), nameof(MeetingReport), nameof(ItemListing) })
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(2), CancellationToken.None);

        var rebuilt = await SnapshotAsync(app, tables);
        foreach (var table in tables) Assert.Equal(live[table], rebuilt[table]);
    }

    static async Task<Dictionary<string, List<string>>> SnapshotAsync(ParleyApp app, string[] tables)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select id::text || ' ' || data::text from parley.{table} order by id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            snapshot[table] = rows;
        }
        return snapshot;
    }
}
