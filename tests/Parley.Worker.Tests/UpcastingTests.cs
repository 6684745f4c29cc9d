using System.Net.Http.Json;
using Marten;
using Marten.Events;
using Npgsql;
using Parley.Worker.News;
using Parley.Worker.Positions;

namespace Parley.Worker.Tests;

/// <summary>An analysis event stored in the prototype's shape still reads as today's event, in streams and in views.</summary>
public sealed class UpcastingTests(PostgresServer server)
{
    [Fact]
    public async Task a_stored_v0_analysis_event_is_read_as_todays_event()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var streamId = NewsItemIdentity.StreamId("v0-item");
        var received = new NewsItemReceived(streamId, "v0-item", "https://example.org/news/v0-item", null, "archive",
            DateTimeOffset.Parse("2025-11-20Z"), "Zelenskyy said Ukraine will never cede the Donbas.", DateTimeOffset.Parse("2025-11-21T09:30Z"));
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream<NewsItem>(streamId, received);
            await session.SaveChangesAsync();
        }

        // The old event goes into the log as raw JSON, exactly as the prototype stored it.
        var fixture = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "news_item_analysed_v0.json")))
            .Replace("00000000-0000-0000-0000-000000000000", streamId.ToString());
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                insert into parley.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
                values (nextval('parley.mt_events_sequence'), gen_random_uuid(), @stream, 2, @data::jsonb, @type, now(), '*DEFAULT*', null);
                update parley.mt_streams set version = 2 where id = @stream;
                """, connection);
            insert.Parameters.AddWithValue("stream", streamId);
            insert.Parameters.AddWithValue("data", fixture);
            insert.Parameters.AddWithValue("type", NewsItemAnalysedV0.StoredName);
            await insert.ExecuteNonQueryAsync();
        }

        await using (var session = app.Store.QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(streamId);
            var analysed = Assert.IsType<NewsItemAnalysed>(events[1].Data);
            Assert.Equal(1, analysed.Number);
            Assert.Null(analysed.Supersedes);
            Assert.Equal("parley-rules/0.1.0+pack.prototype", analysed.ExtractorVersion);
            Assert.Equal("territory", Assert.Single(analysed.Statements).Issue);

            var item = await session.Events.AggregateStreamAsync<NewsItem>(streamId);
            Assert.Single(item!.Analyses);
        }

        // Views built from the log take the old event like any other.
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        using var client = app.CreateClient();
        var positions = await client.GetFromJsonAsync<PartyPositions>("/api/parties/ukraine/positions");
        var territory = Assert.Single(positions!.Positions);
        Assert.Equal(("territory", "opposes", "Volodymyr Zelenskyy"), (territory.Issue, territory.Stance, territory.Statement.Speaker));
    }
}
