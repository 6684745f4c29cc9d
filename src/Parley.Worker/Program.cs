using JasperFx;
using Parley.Extraction;
using Parley.Worker.Extraction;
using Parley.Worker.Feeds;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddParleyApi();
builder.AddParleyStore();
try
{
    builder.AddParleyMessaging();
}
catch (DomainPackException e)
{
    // A user's own domain pack (Parley:PackPath) that does not read: its line and problem, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}
builder.Services.AddHostedService<SampleIngestion>();
builder.AddParleyFeeds();

var app = builder.Build();
app.MapParleyApi();

// The service itself needs its database before anything else starts: say plainly when there is none,
// instead of a start-up stack trace. Commands that need no database (extract, evaluate, probe) never ask.
if (args.Length == 0 || args[0] == "run")
{
    try
    {
        await app.Services.GetRequiredService<DatabaseConnection>().EnsureReachableAsync();
    }
    catch (DatabaseUnavailableException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

CommandOutput.KeepStandardOutputForResults(args);
return await app.RunJasperFxCommands(args);

public partial class Program;
