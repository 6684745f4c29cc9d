using System.Text;
using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>
/// Real feeds send shouted headlines, lost punctuation and cut-off copy. The reader must never throw on them, and what it
/// reports must still quote the text it was given.
/// </summary>
public sealed class RobustnessTests
{
    private static IEnumerable<ItemText> Fixtures() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), "heldout*-items.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(Corpus.ReadItems);

    /// <summary>Ways copy arrives damaged: every word capitalised, all upper case, no punctuation, cut mid-sentence, hyphens glued.</summary>
    private static IEnumerable<(string Name, Func<string, string> Damage)> Damages()
    {
        yield return ("title case", text => string.Join(' ', text.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w)));
        yield return ("upper case", text => text.ToUpperInvariant());
        yield return ("no punctuation", text => new string(text.Where(c => !char.IsPunctuation(c)).ToArray()));
        yield return ("cut", text => text[..(text.Length * 2 / 3)]);
        yield return ("glued", text => text.Replace(" ", "-", StringComparison.Ordinal).Replace("-.", ".", StringComparison.Ordinal));
        yield return ("stray quotes", text =>
        {
            var damaged = new StringBuilder(text.Length + 64);
            for (var i = 0; i < text.Length; i++)
            {
                damaged.Append(text[i]);
                if (i % 37 == 0)
                {
                    damaged.Append(i % 2 == 0 ? '“' : '"');
                }
            }
            return damaged.ToString();
        });
    }

    [Fact]
    public void Damaged_copy_never_throws_and_every_finding_quotes_the_text_it_was_given()
    {
        var extractor = OneItem.Extractor;
        var read = 0;
        foreach (var item in Fixtures())
        {
            foreach (var (name, damage) in Damages())
            {
                var text = damage(item.Text);
                var title = item.Title is null ? null : damage(item.Title);
                Findings findings;
                try
                {
                    findings = extractor.Extract(item with { Text = text, Title = title });
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{item.Id} ({name}) threw {e.GetType().Name}: {e.Message}");
                }
                Assert.All(findings.Positions, p => Assert.Contains(p.Evidence, text, StringComparison.Ordinal));
                Assert.All(findings.Meetings, m => Assert.Contains(m.Evidence, text, StringComparison.Ordinal));
                read++;
            }
        }
        Assert.True(read > 1_000, $"only {read} damaged items were read");
    }
}
