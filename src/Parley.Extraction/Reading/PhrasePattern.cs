namespace Parley.Extraction.Reading;

/// <summary>
/// A cue phrase compiled to token atoms. Syntax, one element per space-separated word:
/// <c>word</c> exact; <c>word*</c> any word starting so; <c>a|b*</c> alternatives;
/// <c>~</c> or <c>~N</c> a gap of up to 3 (or N) words; <c>@set</c> any phrase of the pack's word set.
/// </summary>
internal sealed class PhrasePattern
{
    private PhrasePattern(string source, Element[] elements)
    {
        Source = source;
        Elements = elements;
    }

    public string Source { get; }
    public Element[] Elements { get; }

    internal enum CaseRule
    {
        Any,
        Capitalized,
        AllCaps,
    }

    internal readonly record struct Atom(string Text, bool Prefix, CaseRule Case)
    {
        public bool Accepts(in Token token)
        {
            if (Prefix ? !token.Norm.StartsWith(Text, StringComparison.Ordinal) : token.Norm != Text)
            {
                return false;
            }
            return Case switch
            {
                CaseRule.Capitalized => (token.Shape & TokenShape.Capitalized) != 0,
                CaseRule.AllCaps => (token.Shape & TokenShape.AllCaps) != 0,
                _ => true,
            };
        }
    }

    /// <summary>One position of a pattern: either a gap or a choice between atom sequences.</summary>
    internal sealed class Element
    {
        public int Gap { get; init; }
        public Atom[][] Choices { get; init; } = [];
        public bool IsGap => Gap > 0;
    }

    public static PhrasePattern Parse(string source, IReadOnlyDictionary<string, string[]> wordSets, bool caseSensitive)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            throw new FormatException("empty phrase");
        }
        var elements = new List<Element>();
        foreach (var word in words)
        {
            if (word[0] == '~')
            {
                var gap = 3;
                if (word.Length > 1 && (!int.TryParse(word.AsSpan(1), out gap) || gap < 1 || gap > 12))
                {
                    throw new FormatException($"bad gap '{word}' in phrase '{source}' (use ~ or ~1 … ~12)");
                }
                if (elements.Count == 0)
                {
                    throw new FormatException($"phrase '{source}' starts with a gap");
                }
                elements.Add(new Element { Gap = gap });
                continue;
            }
            var choices = new List<Atom[]>();
            // ("foreign|@western military presence": a word set may stand among the alternatives.)
            foreach (var alternative in word.Split('|'))
            {
                if (alternative.Length == 0)
                {
                    throw new FormatException($"empty alternative in phrase '{source}'");
                }
                if (alternative[0] == '@')
                {
                    var name = alternative[1..];
                    if (!wordSets.TryGetValue(name, out var members))
                    {
                        throw new FormatException($"phrase '{source}' uses unknown word set '@{name}'");
                    }
                    foreach (var member in members)
                    {
                        choices.Add(ParseAlternative(member, source, caseSensitive));
                    }
                }
                else
                {
                    choices.Add(ParseAlternative(alternative, source, caseSensitive));
                }
            }
            elements.Add(new Element { Choices = choices.ToArray() });
        }
        if (elements[^1].IsGap)
        {
            throw new FormatException($"phrase '{source}' ends with a gap");
        }
        return new PhrasePattern(source, elements.ToArray());
    }

    private static Atom[] ParseAlternative(string text, string source, bool caseSensitive)
    {
        // A multi-word set member ("four regions", "sign* away") arrives with spaces; the '_' lets a single
        // element spell a fixed multi-word alternative too ("pull_out|withdraw"). Any of its words may end in '*'.
        var atoms = new List<Atom>();
        foreach (var part in text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = part.EndsWith('*');
            var tokens = Tokenizer.Tokenize(prefix ? part[..^1] : part);
            if (tokens.Length == 0)
            {
                throw new FormatException($"phrase '{source}' has an empty word");
            }
            if (prefix && tokens[^1].Norm.Length < 2)
            {
                throw new FormatException($"prefix '{part}' in phrase '{source}' is too short");
            }
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                var rule = CaseRule.Any;
                if (caseSensitive && t.IsWord)
                {
                    rule = (t.Shape & TokenShape.AllCaps) != 0 && t.Norm.Trim('.').Length > 1 && !t.Norm.Contains('.') ? CaseRule.AllCaps
                        : (t.Shape & TokenShape.Capitalized) != 0 ? CaseRule.Capitalized
                        : CaseRule.Any;
                }
                atoms.Add(new Atom(t.Norm, prefix && i == tokens.Length - 1, rule));
            }
        }
        if (atoms.Count == 0)
        {
            throw new FormatException($"phrase '{source}' has an empty word");
        }
        return atoms.ToArray();
    }
}
