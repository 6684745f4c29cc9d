using JasperFx;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddParleyApi();
builder.AddParleyStore();
builder.AddParleyMessaging();
builder.Services.AddHostedService<SampleIngestion>();

var app = builder.Build();
app.MapParleyApi();

try
{
    return await app.RunJasperFxCommands(args);
}
catch (Exception e) when (e.FindDatabaseUnavailable() is { } unavailable)
{
    Console.Error.WriteLine(unavailable.Message);
    return 1;
}

public partial class Program;
