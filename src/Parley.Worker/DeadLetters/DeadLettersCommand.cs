using JasperFx.CommandLine;
using Wolverine.Persistence.Durability;

namespace Parley.Worker.DeadLetters;

public enum DeadLetterAction { list, replay }

public sealed class DeadLettersInput : NetCoreInput
{
    [Description("list: show the dead letters with their reasons; replay: send them back for processing")]
    public DeadLetterAction Action { get; set; } = DeadLetterAction.list;

    [Description("The dead letter to replay (repeatable)"), FlagAlias("id", 'i')]
    public List<Guid> IdFlag { get; set; } = [];

    [Description("Replay every dead letter")]
    public bool AllFlag { get; set; }

    [Description("Which page of 100 to list"), FlagAlias("page", 'p')]
    public int PageFlag { get; set; }
}

[Description("List the messages Parley could not process, with their reasons, or replay them", Name = "dead-letters")]
public sealed class DeadLettersCommand : JasperFxAsyncCommand<DeadLettersInput>
{
    public DeadLettersCommand()
    {
        Usage("List dead letters").Arguments(x => x.Action).ValidFlags(x => x.PageFlag);
        Usage("Replay dead letters").Arguments(x => x.Action).ValidFlags(x => x.IdFlag, x => x.AllFlag);
    }

    public override async Task<bool> Execute(DeadLettersInput input)
    {
        // Reading and marking rows needs the store only: no listeners, no HTTP, nothing to compete with a running worker.
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IMessageStore>();
        if (input.Action == DeadLetterAction.list)
        {
            var page = await DeadLetterQueries.PageAsync(store, input.PageFlag, CancellationToken.None);
            foreach (var letter in page.Items)
                Console.WriteLine($"{letter.Id}  {letter.SentAt:u}  {letter.ReceivedAt}\n    {letter.ExceptionType}: {letter.Reason}\n    {Shorten(letter.Body)}");
            Console.WriteLine($"{page.Total} dead letter(s){(page.Total > page.Items.Count ? $"; page {page.Page}, {DeadLetterQueries.PageSize} a page (--page N)" : "")}.");
            return true;
        }
        if (input.IdFlag.Count == 0 == !input.AllFlag)
        {
            Console.Error.WriteLine("Say which dead letters to replay: --id ID (repeatable) or --all.");
            return false;
        }
        var replayed = await DeadLetterQueries.ReplayAsync(store, input.AllFlag ? null : input.IdFlag.ToArray(), CancellationToken.None);
        Console.WriteLine($"Marked {replayed} dead letter(s) for replay; a running worker (or the next one to start) processes them again.");
        return input.AllFlag || replayed == input.IdFlag.Count;
    }

    static string Shorten(string body) => (body.Length > 160 ? body[..160] + "…" : body).ReplaceLineEndings(" ");
}
