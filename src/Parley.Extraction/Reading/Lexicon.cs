namespace Parley.Extraction.Reading;

internal enum CueKind
{
    PartyName,
    PartyAdjective,
    PartyMetonym,
    Person,
    Place,
    GroupNoun,
    Issue,
    Stance,
    Negation,
    Modal,
    Flip,
    Condition,
    Speech,
    Source,
    Oblique,
    PersonPronoun,
    PossessivePronoun,
    FirstPerson,
    ClauseBreak,
    Relative,
    Document,
    Anaphora,
    MeetingTrigger,
    MeetingHeld,
    MeetingPlanned,
    MeetingExpected,
    MeetingExclusion,
    MeetingFloated,
    /// <summary>A side going to another side's capital ("will travel to Moscow", "is due in Kyiv").</summary>
    MeetingVisit,
    Weekday,
    RelativeDay,
    Trap,
    BackReference,
    Collective,
    /// <summary>A phrase that names an issue only once the item has named it ("the loan", "the money").</summary>
    Pointer,
    /// <summary>A name that says the item is about this negotiation.</summary>
    Core,
    /// <summary>A name of another conflict.</summary>
    Elsewhere,
}

/// <summary>What a compiled phrase means. <see cref="Ref"/> indexes the pack list of its kind.</summary>
internal readonly record struct Cue(CueKind Kind, int Ref, int Polarity, bool Action, bool Deed = false, bool Claim = false);

/// <summary>A cue found in a sentence, covering tokens [Start, End).</summary>
internal readonly record struct CueMatch(Cue Cue, int Start, int End)
{
    public CueKind Kind => Cue.Kind;
}

/// <summary>
/// The whole pack compiled into one phrase matcher, built once per extractor. Every list of the pack
/// becomes cues of one kind; a sentence is scanned once and its matches sorted into kinds.
/// </summary>
internal sealed class Lexicon
{
    private readonly PhraseMatcher _matcher = new();
    private readonly List<Cue> _cues = [];

    public Lexicon(DomainPack pack)
    {
        Pack = pack;
        var sets = pack.WordSets;
        for (var p = 0; p < pack.Parties.Count; p++)
        {
            var party = pack.Parties[p];
            foreach (var name in party.Names)
            {
                Add(name, new Cue(CueKind.PartyName, p, 1, false), sets, true);
            }
            foreach (var adjective in party.Adjectives)
            {
                Add(adjective, new Cue(CueKind.PartyAdjective, p, 1, false), sets, true);
            }
            foreach (var metonym in party.Metonyms)
            {
                Add(metonym, new Cue(CueKind.PartyMetonym, p, 1, false), sets, true);
            }
        }
        for (var i = 0; i < pack.People.Count; i++)
        {
            var person = pack.People[i];
            Add(person.Name, new Cue(CueKind.Person, i, 1, false), sets, true);
            foreach (var alias in person.Aliases)
            {
                Add(alias, new Cue(CueKind.Person, i, 1, false), sets, true);
            }
        }
        for (var i = 0; i < pack.Places.Count; i++)
        {
            Add(pack.Places[i].Name, new Cue(CueKind.Place, i, 1, false), sets, true);
            foreach (var alias in pack.Places[i].Aliases)
            {
                Add(alias, new Cue(CueKind.Place, i, 1, false), sets, true);
            }
        }
        for (var i = 0; i < pack.Issues.Count; i++)
        {
            var issue = pack.Issues[i];
            foreach (var cue in issue.Cues)
            {
                Add(cue, new Cue(CueKind.Issue, i, 1, false), sets, false);
            }
            foreach (var cue in issue.ContraryCues)
            {
                Add(cue, new Cue(CueKind.Issue, i, -1, false), sets, false);
            }
            foreach (var cue in issue.Actions)
            {
                Add(cue, new Cue(CueKind.Issue, i, 1, true), sets, false);
            }
            foreach (var cue in issue.ContraryActions)
            {
                Add(cue, new Cue(CueKind.Issue, i, -1, true), sets, false);
            }
            foreach (var cue in issue.Pointers)
            {
                Add(cue, new Cue(CueKind.Pointer, i, 1, false), sets, false);
            }
            foreach (var cue in issue.Deeds)
            {
                Add(cue, new Cue(CueKind.Issue, i, 1, true, Deed: true), sets, false);
            }
            // A claim is read like a deed: stated, it is its subject's or its sayer's stance.
            foreach (var cue in issue.Claims)
            {
                Add(cue, new Cue(CueKind.Issue, i, 1, true, Deed: true, Claim: true), sets, false);
            }
            foreach (var cue in issue.ContraryClaims)
            {
                Add(cue, new Cue(CueKind.Issue, i, -1, true, Deed: true, Claim: true), sets, false);
            }
        }
        for (var i = 0; i < pack.StanceCues.Count; i++)
        {
            foreach (var phrase in pack.StanceCues[i].Phrases)
            {
                Add(phrase, new Cue(CueKind.Stance, i, 1, false), sets, false);
            }
        }
        AddAll(pack.GroupNouns, CueKind.GroupNoun);
        AddAll(pack.Flips, CueKind.Flip);
        AddAll(pack.Traps, CueKind.Trap);
        AddAll(pack.Documents, CueKind.Document);
        AddAll(pack.Anaphora, CueKind.Anaphora);
        AddAll(pack.LanguageList("negations"), CueKind.Negation);
        AddAll(pack.LanguageList("modals"), CueKind.Modal);
        AddAll(pack.LanguageList("conditionMarkers"), CueKind.Condition);
        AddAll(pack.LanguageList("speechVerbs"), CueKind.Speech);
        _matcher.AsideVerbs.UnionWith(pack.LanguageList("speechVerbs").Where(v => !v.Contains(' ') && !v.Contains('|') && !v.Contains('~')).Select(v => v.ToLowerInvariant()));
        AddAll(pack.LanguageList("sourceMarkers"), CueKind.Source);
        AddAll(pack.LanguageList("obliquePrepositions"), CueKind.Oblique);
        AddAll(pack.LanguageList("personPronouns"), CueKind.PersonPronoun);
        AddAll(pack.LanguageList("possessivePronouns"), CueKind.PossessivePronoun);
        AddAll(pack.LanguageList("firstPersonPronouns"), CueKind.FirstPerson);
        AddAll(pack.LanguageList("clauseBreaks"), CueKind.ClauseBreak);
        AddAll(pack.LanguageList("relativePronouns"), CueKind.Relative);
        AddAll(pack.LanguageList("backReferences"), CueKind.BackReference);
        AddAll(pack.LanguageList("collectiveHolders"), CueKind.Collective);
        AddAll(pack.MeetingList("triggers"), CueKind.MeetingTrigger);
        AddAll(pack.MeetingList("held"), CueKind.MeetingHeld);
        AddAll(pack.MeetingList("planned"), CueKind.MeetingPlanned);
        AddAll(pack.MeetingList("expected"), CueKind.MeetingExpected);
        AddAll(pack.MeetingList("exclusions"), CueKind.MeetingExclusion);
        AddAll(pack.MeetingList("floated"), CueKind.MeetingFloated);
        AddAll(pack.MeetingList("visits"), CueKind.MeetingVisit);
        foreach (var name in pack.Core)
        {
            Add(name, new Cue(CueKind.Core, 0, 1, false), sets, true);
        }
        foreach (var name in pack.Elsewhere)
        {
            Add(name, new Cue(CueKind.Elsewhere, 0, 1, false), sets, true);
        }
        var weekdays = pack.LanguageList("weekdays");
        for (var d = 0; d < weekdays.Length; d++)
        {
            Add(weekdays[d], new Cue(CueKind.Weekday, d % 7, 1, false), sets, false);
        }
        for (var i = 0; i < pack.RelativeDays.Count; i++)
        {
            Add(pack.RelativeDays[i].Phrase, new Cue(CueKind.RelativeDay, i, 1, false), sets, false);
        }

        void AddAll(IEnumerable<string> phrases, CueKind kind)
        {
            foreach (var phrase in phrases)
            {
                Add(phrase, new Cue(kind, 0, 1, false), sets, false);
            }
        }
    }

    public DomainPack Pack { get; }

    private void Add(string phrase, Cue cue, IReadOnlyDictionary<string, string[]> sets, bool caseSensitive)
    {
        var id = _matcher.Add(PhrasePattern.Parse(phrase, sets, caseSensitive));
        if (id != _cues.Count)
        {
            throw new InvalidOperationException("pattern ids out of step");
        }
        _cues.Add(cue);
    }

    public List<CueMatch> Match(Token[] tokens)
    {
        var raw = _matcher.FindAll(tokens);
        var result = new List<CueMatch>(raw.Count);
        foreach (var m in raw)
        {
            result.Add(new CueMatch(_cues[m.Pattern], m.Start, m.End));
        }
        return result;
    }
}
