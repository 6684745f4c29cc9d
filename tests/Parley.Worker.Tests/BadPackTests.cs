namespace Parley.Worker.Tests;

/// <summary>A user's own domain pack that does not read stops the service with its line and problem, before anything starts.</summary>
public sealed class BadPackTests(PostgresServer server)
{
    [Fact]
    public async Task a_pack_with_an_unknown_word_set_stops_the_service_with_the_line_and_the_problem()
    {
        var pack = Path.Combine(Path.GetTempPath(), $"parley-bad-pack-{Guid.NewGuid():N}.json");
        var text = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "pack", "negotiation.json")))
            .Replace("\"withdrawal ~ from ~ @land\"", "\"withdrawal ~ from ~ @lands\"");
        await File.WriteAllTextAsync(pack, text);
        try
        {
            var result = await WorkerCli.RunAsync(await server.CreateDatabaseAsync(nameof(BadPackTests)), ["run"], new() { ["Parley__PackPath"] = pack });
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("unknown word set '@lands'", result.Errors);
            Assert.Matches(@"line \d+", result.Errors);
            Assert.DoesNotContain("   at ", result.Errors);
        }
        finally
        {
            File.Delete(pack);
        }
    }
}
