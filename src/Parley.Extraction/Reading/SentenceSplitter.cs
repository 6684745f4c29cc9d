namespace Parley.Extraction.Reading;

/// <summary>A sentence of an item and where it sits: evidence is always one whole sentence.</summary>
internal sealed record SentenceText(int Index, int Paragraph, string Text);

/// <summary>
/// The splitter the gold evidence was cut with: a paragraph is a line; a sentence ends after . ! ?
/// (and any closing quotes) when a space and a capital letter or an opening quote follow, unless the
/// word that ends is a known abbreviation ("U.S.", "Gen.", "Dec."). Matching it exactly keeps our
/// evidence strings identical to the annotators'.
/// </summary>
internal sealed class SentenceSplitter(IReadOnlyCollection<string> abbreviations)
{
    private readonly HashSet<string> _abbreviations = new(abbreviations, StringComparer.Ordinal);

    public List<SentenceText> Split(string text)
    {
        var sentences = new List<SentenceText>();
        var paragraphIndex = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var para = paragraph.TrimEnd('\r');
            var start = 0;
            var n = para.Length;
            for (var i = 0; i < n; i++)
            {
                if (para[i] is not ('.' or '!' or '?'))
                {
                    continue;
                }
                var j = i + 1;
                while (j < n && para[j] is '”' or '"' or '’' or '\'')
                {
                    j++;
                }
                if (j + 1 < n && para[j] == ' ' && (char.IsUpper(para[j + 1]) || para[j + 1] is '“' or '"' or '‘' or '/')
                    && !_abbreviations.Contains(LastWord(para, start, i + 1)))
                {
                    Add(sentences, paragraphIndex, para[start..j]);
                    start = j + 1;
                }
            }
            if (start < n)
            {
                Add(sentences, paragraphIndex, para[start..]);
            }
            paragraphIndex++;
        }
        return sentences;
    }

    private static void Add(List<SentenceText> sentences, int paragraph, string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(new SentenceText(sentences.Count, paragraph, trimmed));
        }
    }

    private static string LastWord(string para, int start, int end)
    {
        var e = end;
        while (e > start && char.IsWhiteSpace(para[e - 1]))
        {
            e--;
        }
        var b = e;
        while (b > start && !char.IsWhiteSpace(para[b - 1]))
        {
            b--;
        }
        return para[b..e];
    }
}
