using Parley.Extraction.Reading;

namespace Parley.Extraction;

/// <summary>
/// Turns one news item into positions and meetings using a domain pack. Everything is compiled in the
/// constructor; <see cref="Extract"/> keeps its state on the stack, so one instance serves many threads.
/// </summary>
public sealed class Extractor
{
    /// <summary>Bump when the rules change in a way that can change findings.</summary>
    public const string RulesVersion = "1.0.0";

    private readonly DomainPack _pack;
    private readonly Lexicon _lexicon;
    private readonly SentenceSplitter _splitter;
    private readonly StanceReader _stances;
    private readonly MeetingReader _meetings;

    public Extractor(DomainPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        _lexicon = new Lexicon(pack);
        _splitter = new SentenceSplitter(pack.LanguageList("abbreviations"));
        _stances = new StanceReader(pack);
        _meetings = new MeetingReader(pack);
        Version = $"parley-rules/{RulesVersion}+pack.{pack.Fingerprint}";
    }

    public string Version { get; }

    public DomainPack Pack => _pack;

    public Findings Extract(ItemText item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var sentences = Analyse(item.Text ?? "");
        var positions = new List<PositionFinding>();
        var discourse = new Discourse();
        foreach (var s in sentences)
        {
            Attribution.Resolve(s, discourse, _pack);
            foreach (var st in _stances.Read(s, discourse))
            {
                positions.Add(new PositionFinding(
                    _pack.Parties[st.Party].Id,
                    _pack.Issues[st.Issue].Id,
                    st.Stance,
                    st.Act,
                    st.Speaker >= 0 ? _pack.People[st.Speaker].Name : null,
                    s.Sentence.Text,
                    st.Confidence,
                    s.Sentence.Index));
            }
        }
        var meetings = _meetings.Read(sentences, item.Published);
        return new Findings(Version, positions, meetings);
    }

    private List<SentenceAnalysis> Analyse(string text)
    {
        var result = new List<SentenceAnalysis>();
        foreach (var sentence in _splitter.Split(text))
        {
            var tokens = Tokenizer.Tokenize(sentence.Text);
            var analysis = new SentenceAnalysis(sentence, tokens, _lexicon.Match(tokens));
            analysis.Agents = Mentions.FindAgents(analysis, _pack);
            analysis.Places = Mentions.FindPlaces(analysis, _pack);
            result.Add(analysis);
        }
        return result;
    }
}
