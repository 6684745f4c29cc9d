using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;

namespace Parley.Worker.Tests;

/// <summary>The real worker (HTTP, Wolverine, Marten, async daemon) in-process, on a database of its own.</summary>
public sealed class ParleyApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key";
    readonly Dictionary<string, string?> _settings;

    // The worker's entry point hands its arguments to the JasperFx command line; under the test host the
    // arguments are configuration, so the host must start without command parsing.
    static ParleyApp() => JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;

    ParleyApp(string connectionString, IDictionary<string, string?>? settings)
    {
        _settings = new()
        {
            ["ConnectionStrings:Marten"] = connectionString,
            ["Parley:IngestSampleOnEmptyStore"] = "false",
            ["Parley:ApiKeys"] = ApiKey,
            ["Parley:QueuePollingInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string ConnectionString => _settings["ConnectionStrings:Marten"]!;

    public static async Task<ParleyApp> StartAsync(PostgresServer server, IDictionary<string, string?>? settings = null, [CallerMemberName] string test = "")
    {
        var app = new ParleyApp(await server.CreateDatabaseAsync(test), settings);
        _ = app.Server; // start the host now, not on first request
        return app;
    }

    /// <summary>A second host on an existing database, e.g. the same log read with another domain pack.</summary>
    public static ParleyApp StartOn(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var app = new ParleyApp(connectionString, settings);
        _ = app.Server;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, ApiKey);
        return client;
    }

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>Posts items over HTTP as a sender would, then waits until every view has them.</summary>
    public async Task IngestAsync(params object[] items)
    {
        using var client = Writer();
        var response = await client.PostAsJsonAsync("/api/news", items);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await SettleAsync();
    }

    public Task SettleAsync() => IngestionRun.WaitUntilSettledAsync(Services, TimeSpan.FromSeconds(60), CancellationToken.None);

    /// <summary>Polls until the condition holds; the timeout only bounds a failing test, it is not asserted on.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) return; // the test's own assertions say what is missing
            await Task.Delay(100);
        }
    }

    public async Task<int> CountAsync<T>() where T : notnull
    {
        await using var session = Store.QuerySession();
        return await session.Query<T>().CountAsync();
    }

    /// <summary>The reasons of the messages Wolverine dead-lettered, one per message.</summary>
    public async Task<List<string>> DeadLetterReasonsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select exception_message from parley_messages.wolverine_dead_letters", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var reasons = new List<string>();
        while (await reader.ReadAsync()) reasons.Add(reader.GetString(0));
        return reasons;
    }

    /// <summary>Events of the log's own types; Marten's tombstones for rolled-back appends do not count.</summary>
    public async Task<long> EventCountAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select count(*) from parley.mt_events where type in ('news_item_received', 'news_item_analysed')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>Items written for these tests, in the taxonomy's input format.</summary>
public static class Items
{
    public static object Item(string id, string published, string text, string? url = null, string? title = null) =>
        new { id, url = url ?? $"https://example.org/news/{id}", title, source = "test", published, text };
}
