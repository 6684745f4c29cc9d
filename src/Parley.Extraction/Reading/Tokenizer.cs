using System.Text;

namespace Parley.Extraction.Reading;

/// <summary>
/// Splits a sentence into words and marks. Cues are written in the pack as plain text and go through
/// the same tokenizer, so "U.S.-drafted" or "Kyiv's" match however the pack author spelled them.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Whether the token is a hyphen with no space around it between two words ("Ortiz-Hale", "ORTIZ-HALE").</summary>
    public static bool IsGluedHyphen(Token[] tokens, int at) =>
        at > 0 && at + 1 < tokens.Length && tokens[at].Norm == "-" && tokens[at - 1].End == tokens[at].Start && tokens[at].End == tokens[at + 1].Start
        && tokens[at - 1].IsWord && tokens[at + 1].IsWord;

    /// <summary>The tokens' text as written: a space only where the text had one ("Ortiz-Hale", "Jenna Ortiz-Hale").</summary>
    public static string Join(Token[] tokens, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k > from && tokens[k].Start > tokens[k - 1].End)
            {
                text.Append(' ');
            }
            text.Append(tokens[k].Text);
        }
        return text.ToString();
    }

    /// <summary>
    /// Where a sentence's text starts after a list marker ("• President X told parliament …"): a bullet is
    /// layout, and read as a token it would stand between the sentence start and the title that opens it. (Not a dash: an
    /// interview's "— …" marks whose turn it is.)
    /// </summary>
    private static int ListMarkerEnd(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i + 1 < text.Length && text[i] is '•' or '◦' or '▪' or '‣' or '●' or '■' or '*' && char.IsWhiteSpace(text[i + 1])
            ? i + 1
            : 0;
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var n = text.Length;
        var i = ListMarkerEnd(text);
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < n && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < n && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
                // "28-point", "20th": keep a trailing letter run with the number.
                while (i < n && char.IsLetter(text[i]))
                {
                    i++;
                }
                tokens.Add(Make(text, start, i, TokenShape.Word | TokenShape.Number));
                continue;
            }
            if (c is '“' or '”' or '"' or '‘' or '«' or '»')
            {
                tokens.Add(new Token(text.Substring(i, 1), "\"", i, i + 1, TokenShape.Quote | TokenShape.Punctuation));
                i++;
                continue;
            }
            if ((c is '\'' or '’') && i + 1 < n && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                // An opening single quote ('most sensitive').
                tokens.Add(new Token(text.Substring(i, 1), "\"", i, i + 1, TokenShape.Quote | TokenShape.Punctuation));
                i++;
                continue;
            }
            if (c is '\'' or '’')
            {
                tokens.Add(new Token(text.Substring(i, 1), "\"", i, i + 1, TokenShape.Quote | TokenShape.Punctuation));
                i++;
                continue;
            }
            var norm = c is '—' or '–' ? "-" : c.ToString();
            tokens.Add(new Token(text.Substring(i, 1), norm, i, i + 1, TokenShape.Punctuation));
            i++;
        }
        return tokens.ToArray();
    }

    private static int ReadWord(string text, int i, List<Token> tokens)
    {
        var n = text.Length;
        var start = i;
        // Initialisms such as U.S., U.N., U.K. keep their periods.
        if (i + 3 < n && char.IsUpper(text[i]) && text[i + 1] == '.' && char.IsUpper(text[i + 2]) && text[i + 3] == '.')
        {
            var j = i;
            while (j + 1 < n && char.IsUpper(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }
            tokens.Add(Make(text, start, j, TokenShape.Word));
            return j;
        }
        while (i < n && (char.IsLetterOrDigit(text[i])))
        {
            i++;
        }
        if (i + 1 < n && (text[i] == '\'' || text[i] == '’') && char.IsLetter(text[i + 1]))
        {
            var suffixStart = i + 1;
            var suffixEnd = suffixStart;
            while (suffixEnd < n && char.IsLetter(text[suffixEnd]))
            {
                suffixEnd++;
            }
            var suffix = text[suffixStart..suffixEnd].ToLowerInvariant();
            if (suffix == "t" && i - 1 > start && (text[i - 1] == 'n' || text[i - 1] == 'N'))
            {
                // ("won't", "can't", "shan't": the verb before the negation is read as the modal it is.)
                var verb = Make(text, start, i - 1, TokenShape.Word);
                tokens.Add(verb.Norm switch { "wo" => verb with { Norm = "will" }, "ca" => verb with { Norm = "can" }, "sha" => verb with { Norm = "shall" }, _ => verb });
                tokens.Add(new Token(text[(i - 1)..suffixEnd], "n't", i - 1, suffixEnd, TokenShape.Word));
                return suffixEnd;
            }
            if (suffix is "s" or "ll" or "re" or "ve" or "d" or "m")
            {
                tokens.Add(Make(text, start, i, TokenShape.Word));
                tokens.Add(new Token(text[i..suffixEnd], "'" + suffix, i, suffixEnd, TokenShape.Word));
                return suffixEnd;
            }
            // A name such as O'Brien: keep it whole.
            i = suffixEnd;
            while (i < n && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
        }
        else if (i < n && (text[i] == '\'' || text[i] == '’') && i > start && (text[i - 1] == 's' || text[i - 1] == 'S') && (i + 1 >= n || !char.IsLetter(text[i + 1])))
        {
            // Plural possessive: "the allies' weapons".
            tokens.Add(Make(text, start, i, TokenShape.Word));
            tokens.Add(new Token(text.Substring(i, 1), "'s", i, i + 1, TokenShape.Word));
            return i + 1;
        }
        tokens.Add(Make(text, start, i, TokenShape.Word));
        return i;
    }

    private static Token Make(string text, int start, int end, TokenShape shape)
    {
        var raw = text[start..end];
        if (char.IsUpper(raw[0]))
        {
            shape |= TokenShape.Capitalized;
            var allCaps = raw.Length > 1;
            foreach (var ch in raw)
            {
                if (char.IsLetter(ch) && !char.IsUpper(ch))
                {
                    allCaps = false;
                    break;
                }
            }
            if (allCaps)
            {
                shape |= TokenShape.AllCaps;
            }
        }
        return new Token(raw, Normalize(raw), start, end, shape);
    }

    private static string Normalize(string raw)
    {
        var needsWork = false;
        foreach (var ch in raw)
        {
            if (char.IsUpper(ch) || ch == '’')
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork)
        {
            return raw;
        }
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            sb.Append(ch == '’' ? '\'' : char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
