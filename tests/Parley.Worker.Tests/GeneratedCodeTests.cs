using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Parley.Worker.Tests;

/// <summary>
/// The worker loads its handlers' glue code from src/Parley.Worker/Internal/Generated instead of compiling it at
/// start. A handler change without `codegen write` would leave it running yesterday's glue: this test says so.
/// </summary>
public sealed class GeneratedCodeTests(PostgresServer server)
{
    [Fact]
    public async Task the_committed_handler_code_is_what_wolverine_generates_from_todays_handlers()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var services = app.Services;
        var builder = new DynamicCodeBuilder(services, services.GetServices<ICodeFileCollection>().ToArray())
        {
            ServiceVariableSource = services.GetService<IServiceVariableSource>(),
        };
        var generated = Normalize(builder.GenerateAllCode());

        var committed = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "generated"), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(committed);
        const string advice = "run `dotnet run --project src/Parley.Worker -- codegen write` and commit src/Parley.Worker/Internal/Generated";
        foreach (var file in committed)
            Assert.True(generated.Contains(Normalize(File.ReadAllText(file))), $"{Path.GetFileName(file)} is stale: {advice}.");
        // Every handler Wolverine would generate today has its file (one "START:" marker per generated type).
        Assert.True(Count(generated, "// START: ") == committed.Sum(f => Count(File.ReadAllText(f), "// START: ")),
            $"handlers without committed code: {advice}.");
    }

    static string Normalize(string code) => code.Replace("\r\n", "\n").Trim();

    static int Count(string text, string marker) => (text.Length - text.Replace(marker, "").Length) / marker.Length;
}
