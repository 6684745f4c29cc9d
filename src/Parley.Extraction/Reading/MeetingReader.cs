namespace Parley.Extraction.Reading;

/// <summary>
/// Reads rounds of talks: a meeting word ("talks", "met", "round of discussions") with its place,
/// the parties and people around it, a status from the nearest tense cue, and a date from a weekday
/// and the published date. Phone calls, internal bodies, floated or denied meetings and conditional
/// ones are left out. Mentions of the same place merge into one meeting.
/// </summary>
internal sealed class MeetingReader(DomainPack pack)
{
    private const int PlaceReach = 10;
    private const int StatusReach = 8;
    private const int FloatReach = 6;
    private const int CommaCost = 5;

    private sealed class Draft
    {
        public string? Place { get; set; }
        public List<int> Parties { get; } = [];
        public List<int> People { get; } = [];
        public string Status { get; set; } = "held";
        public bool ExplicitStatus { get; set; }
        public DateOnly? Date { get; set; }
        public required SentenceAnalysis Sentence { get; init; }
        public bool Continuation { get; set; }
        /// <summary>The trigger is a bare "round", which may be of anything ("the next round of sanctions").</summary>
        public bool BareRound { get; set; }
        /// <summary>A bare "round of …" whose "of" names no talks ("round of sanctions").</summary>
        public bool RoundOfSomething { get; set; }
        /// <summary>Dated relative to another round ("a day after meetings…"), so a distinct round.</summary>
        public bool RelativeDate { get; set; }
        /// <summary>The place is the round's own predicate's ("the previous round was held in Geneva").</summary>
        public bool PlaceOfPredicate { get; set; }
        /// <summary>The round says it has several sides ("trilateral talks", "both delegations", "a new round … expected in Abu Dhabi").</summary>
        public bool ManySided { get; set; }
        /// <summary>The round's sides are named as a whole ("negotiators from both countries"), to be taken from the round before.</summary>
        public bool Collective { get; set; }
        /// <summary>The party that brokers the round ("U.S.-mediated talks"), a side beside the sides it brokers between, or -1.</summary>
        public int Broker { get; set; } = -1;
        public int SideCount => Parties.Count + (Broker >= 0 && !Parties.Contains(Broker) ? 1 : 0);
    }

    public List<MeetingFinding> Read(IReadOnlyList<SentenceAnalysis> sentences, DateOnly? published)
    {
        var drafts = new List<Draft>();
        foreach (var s in sentences)
        {
            // "Is a meeting between President Trump and President Putin being planned for September?": a question reports no round.
            // ("Where do things stand after the trilateral round in Istanbul?": an open question takes a round after "after"
            // as given.)
            var asking = s.EndsWithQuestionMark;
            var triggers = s.Of(CueKind.MeetingTrigger);
            // ("… the trilateral talks in Istanbul on Thursday came down to one question: will they ever go home?": what comes
            // before a colon that opens the question is told, not asked.)
            var told = asking ? Array.FindLastIndex(s.Tokens, k => k.Norm == ":") : -1;
            if (told <= 3 || !triggers.Exists(m => m.End <= told))
            {
                told = -1;
            }
            if (asking && told < 0 && !OpenQuestion(s))
            {
                continue;
            }
            for (var t = 0; t < triggers.Count; t++)
            {
                if (Excluded(s, triggers[t]) || asking && triggers[t].End > told && !AfterRound(s, triggers[t]))
                {
                    continue;
                }
                var draft = ReadTrigger(s, triggers, t, sentences, published);
                if (draft is not null)
                {
                    drafts.Add(draft);
                    drafts.AddRange(ListedAfter(s, draft));
                }
            }
            foreach (var visit in s.Of(CueKind.MeetingVisit))
            {
                if (!Excluded(s, visit) && ReadVisit(s, visit, published) is { } draft)
                {
                    drafts.Add(draft);
                }
            }
        }
        return Merge(drafts, FiledFrom(sentences));
    }

    private Draft? ReadTrigger(SentenceAnalysis s, List<CueMatch> triggers, int t, IReadOnlyList<SentenceAnalysis> sentences, DateOnly? published)
    {
        var trigger = triggers[t];
        if (Floated(s, trigger) || RoundOfAnotherTrigger(s, trigger, triggers) || ReceivedNoVisitor(s, trigger) || Span(s, trigger))
        {
            return null;
        }
        if (WithOutsider(s, trigger))
        {
            return null;
        }
        var draft = new Draft { Sentence = s };
        draft.Place = PlaceOf(s, triggers, t, sentences, out var byPredicate);
        draft.PlaceOfPredicate = byPredicate;
        (draft.Status, draft.ExplicitStatus) = StatusOf(s, trigger);
        draft.BareRound = IsBareRound(s, trigger);
        draft.RoundOfSomething = draft.BareRound && trigger.End < s.Tokens.Length && s.Tokens[trigger.End].Norm == "of";
        // "The next round of trilateral negotiations": the words before the round say which one it is.
        var head = triggers.Where(m => IsBareRound(s, m) && m.End < trigger.Start && trigger.Start - m.End <= 4 && s.Tokens[m.End].Norm == "of")
            .Select(m => m.Start).DefaultIfEmpty(trigger.Start).First();
        var windowStart = Math.Max(0, head - 3);
        draft.Continuation = s.Tokens.Skip(windowStart).Take(trigger.End - windowStart + 2)
            .Any(tok => pack.MeetingList("continuations").Contains(tok.Norm));

        foreach (var agent in s.Agents)
        {
            if (agent.Absorbed || agent.Party < 0 || agent.Kind is AgentKind.Document or AgentKind.FirstPerson)
            {
                continue;
            }
            if (agent.IsMetonym && agent.Oblique || s.InQuote(agent.Start))
            {
                continue; // "in Moscow" is where, not who; a quote speaks about something else.
            }
            // ("the delegations … held a further round of consultations": the sides of "a round of" are its trigger's.)
            var nearest = NearestTrigger(s, triggers, agent.Start, agent.End);
            if (nearest != t && !(nearest >= 0 && RoundOfAnotherTrigger(s, triggers[nearest], triggers) && triggers[nearest].End < trigger.Start && trigger.Start - triggers[nearest].End <= 2
                && agent.End <= triggers[nearest].Start && !s.Speeches.Exists(sp => sp.Start >= agent.End && sp.Start < triggers[nearest].Start)
                && s.Of(CueKind.MeetingHeld).Exists(h => h.Start >= agent.End && h.End <= triggers[nearest].Start)))
            {
                continue;
            }
            if (!draft.Parties.Contains(agent.Party))
            {
                draft.Parties.Add(agent.Party);
            }
            if (agent.Person >= 0 && !agent.Possessive && agent.Kind is AgentKind.Person or AgentKind.Pronoun && !draft.People.Contains(agent.Person))
            {
                draft.People.Add(agent.Person);
            }
        }
        // "…, Merz said on Monday after talks with Polish Prime Minister Donald Tusk": a round told as the time of a speech
        // was between the speaker and whoever it was with, not everyone the sentence names.
        if (AfterTalksWith(s, trigger) && s.Speeches.LastOrDefault(sp => sp.End <= trigger.Start)?.Sayer is { Party: >= 0 } sayer)
        {
            var withEnd = trigger.End + 1;
            while (withEnd < s.Tokens.Length && s.Tokens[withEnd].Norm is not ("," or ";" or "in" or "on" or "at"))
            {
                withEnd++;
            }
            draft.Parties.Clear();
            draft.Parties.Add(sayer.Party);
            foreach (var a in s.Agents.Where(a => a.Start > trigger.End && a.End <= withEnd && a.Party >= 0 && !a.Absorbed && !draft.Parties.Contains(a.Party)))
            {
                draft.Parties.Add(a.Party);
            }
            draft.People.RemoveAll(p => !draft.Parties.Contains(Mentions.PartyIndex(pack, pack.People[p].Party)));
        }
        // "Russian-Ukrainian consultations", "U.S. and Russian talks": the adjectives in front of a round are its sides.
        // ("U.S.-brokered talks": the broker sits beside the sides it brokers between, named or not.)
        foreach (var m in s.Of(CueKind.PartyAdjective))
        {
            if (m.End <= trigger.Start && trigger.Start - m.End <= 4 && !draft.Parties.Contains(m.Cue.Ref) && !s.InQuote(m.Start)
                && Enumerable.Range(m.End, trigger.Start - m.End).All(i => s.Tokens[i].Norm is "-" or "and" or "," || s.IsKindAt(CueKind.PartyAdjective, i)
                    || s.Tokens[i].Norm is "direct" or "bilateral" or "trilateral" or "new" or "next" or "latest" or "brokered" or "mediated" or "led" or "sponsored"))
            {
                if (Enumerable.Range(m.End, trigger.Start - m.End).Any(i => s.Tokens[i].Norm is "brokered" or "mediated" or "led" or "sponsored"))
                {
                    draft.Broker = m.Cue.Ref;
                }
                else
                {
                    draft.Parties.Add(m.Cue.Ref);
                }
            }
        }
        // "negotiators from both countries", "handed to both delegations at talks in Abu Dhabi": the sides named as a whole.
        draft.Collective = s.Of(CueKind.Collective).Exists(c => Math.Abs(c.Start - trigger.Start) <= 6 && !s.NamesPeoplePair(c) && !CrossesBreak(s, Math.Min(c.Start, trigger.Start), Math.Max(c.End, trigger.End)));
        // "trilateral talks", "direct negotiations": a round that says it has sides has them, even when one is named.
        draft.ManySided = Enumerable.Range(Math.Max(0, head - 2), trigger.Start - Math.Max(0, head - 2)).Any(i => s.Tokens[i].Norm is "trilateral" or "bilateral" or "direct"
                // ("three-way", "face-to-face": the tokenizer splits at hyphens.)
                || s.Tokens[i].Norm is "way" or "face" && i >= 2 && s.Tokens[i - 1].Norm == "-" && s.Tokens[i - 2].Norm is "three" or "two" or "four" or "to")
            || draft.Collective;
        // "A new round is expected in Abu Dhabi later this month": another round of these talks.
        // ("The next round of humanitarian talks is to take place in Doha, Budanov said": so is a next round of talks a side
        // speaks of, but not "talks on the next review".)
        draft.ManySided |= draft.Continuation && !draft.RoundOfSomething && draft.ExplicitStatus && draft.Status is "planned" or "expected"
            && (draft.BareRound || draft.SideCount > 0 && s.Tokens.Skip(windowStart).Take(head - windowStart).Any(tok => pack.MeetingList("continuations").Contains(tok.Norm)));
        // ("an exchange agreed at the two-day round of talks in Geneva": a round of talks has sides, named or not.)
        draft.ManySided |= !draft.BareRound && !draft.RoundOfSomething && trigger.End - trigger.Start >= 3 && s.Tokens[trigger.Start].Norm == "round";
        draft.Date = DateOf(s, trigger, draft.Status, published, out var relative);
        draft.RelativeDate = relative;
        return draft;
    }

    /// <summary>
    /// "Three rounds have been held, in Geneva, Istanbul and Valletta": the places listed after a round's stated place are
    /// rounds of their own, with its sides and status. A list ends in "and" ("Istanbul, Turkey's foreign ministry said" is a
    /// city and its country), and a round whose status is not stated ("prefers to keep the talks in Istanbul and Vienna")
    /// lists no rounds.
    /// </summary>
    private static List<Draft> ListedAfter(SentenceAnalysis s, Draft draft)
    {
        var at = s.Places.FindIndex(p => p.Name == draft.Place);
        var listed = new List<Draft>();
        if (at < 0 || !draft.ExplicitStatus)
        {
            return listed;
        }
        var end = s.Places[at].End;
        foreach (var next in s.Places.Skip(at + 1))
        {
            var gap = s.Tokens[end..next.Start].Select(k => k.Norm).ToArray();
            if (gap is not ([","] or ["and"] or [",", "and"]) || next.Name == draft.Place)
            {
                break;
            }
            var round = new Draft { Sentence = s, Place = next.Name, Status = draft.Status, ExplicitStatus = true, ManySided = draft.ManySided };
            round.Parties.AddRange(draft.Parties);
            listed.Add(round);
            end = next.End;
            if (gap[^1] == "and")
            {
                return listed;
            }
        }
        return [];
    }

    /// <summary>
    /// A phone call, an internal summit or a market session rules out the rounds of its own clause: "spoke by phone about
    /// the talks" is no round, but in "discussed the zone by phone on Wednesday and would come to St. Petersburg in April
    /// for talks" the trip after "and" is one.
    /// </summary>
    private static bool Excluded(SentenceAnalysis s, CueMatch cue) =>
        s.Of(CueKind.MeetingExclusion).Exists(x =>
        {
            // ("met … at the White House to review progress in the negotiations": what a round was held to do rules out the
            // talks it names, not the round.)
            if (x.Start >= cue.End && s.Of(CueKind.MeetingTrigger).Exists(m => m.Start >= x.Start && m.End <= x.End)
                && Enumerable.Range(cue.End, x.Start - cue.End).Any(i => s.Tokens[i].Norm == "to" && i + 1 < x.Start && s.Tokens[i + 1].Norm is "review" or "discuss" or "assess" or "take" or "examine" or "consider"))
            {
                return false;
            }
            var (from, to) = x.End <= cue.Start ? (x.End, cue.Start) : (cue.End, x.Start);
            // ("will travel to Moscow for talks with Putin, the White House said, days after a phone call": a call told
            // clauses away from the round is its occasion.)
            // (Nor does one in a clause of its own after a comma: "met Zelenskyy in Berlin, and European leaders joined by video link";
            // nor one the round is the time of: "spoke by video link from Moscow ahead of talks in Miami".)
            if (x.End <= cue.Start && Enumerable.Range(from, to - from).Any(i => s.Tokens[i].Norm is "ahead" or "before" or "after" or "following"))
            {
                return false;
            }
            return to <= from || !Enumerable.Range(from, to - from).Any(i => s.Tokens[i].Norm == "and" && i + 1 < s.Tokens.Length
                && (s.Tokens[i + 1].Norm is "would" or "will" or "are" or "is" or "were" or "was" or "plan" or "plans" or "agreed" or "then" || s.Tokens[i - 1].Norm == ","))
                && !(x.Start > cue.End && to - from > 6 && Enumerable.Range(from, to - from).Count(i => s.Tokens[i].Norm == ",") >= 2);
        });

    /// <summary>
    /// "after talks with his Turkish counterpart": a round with someone of no party is another diplomacy than these talks.
    /// </summary>
    private static bool WithOutsider(SentenceAnalysis s, CueMatch trigger)
    {
        if (trigger.End + 1 >= s.Tokens.Length || s.Tokens[trigger.End].Norm != "with")
        {
            return false;
        }
        var end = trigger.End + 1;
        while (end < s.Tokens.Length && end - trigger.End <= 8 && s.Tokens[end].Norm is not ("," or ";" or "in" or "on" or "at" or "and" or "." or "to"))
        {
            end++;
        }
        return end > trigger.End + 1 && !s.Agents.Exists(a => a.Party >= 0 && !a.Possessive && a.Start > trigger.End && a.Start < end)
            && !s.Of(CueKind.PartyAdjective).Exists(m => m.Start > trigger.End && m.Start < end)
            && !s.Of(CueKind.Collective).Exists(m => m.Start > trigger.End && m.Start < end && !s.NamesPeoplePair(m))
            && s.Tokens[trigger.End + 1].Norm is "his" or "her" or "their" or "its" or "a" or "an";
    }

    /// <summary>
    /// "Witkoff and Kushner are due to travel to Moscow next week", "Dmitriev is expected in Washington": one side going to
    /// the capital of another is a round between the two, held where it goes.
    /// </summary>
    private Draft? ReadVisit(SentenceAnalysis s, CueMatch visit, DateOnly? published)
    {
        var host = s.Of(CueKind.PartyMetonym).Find(m => m.Start == visit.End || m.Start == visit.End + 1 && s.Tokens[visit.End].Norm == "the");
        var place = s.Places.Find(p => p.Start == host.Start);
        if (host.End == 0 || place.End == 0 || Floated(s, visit) || s.InQuote(visit.Start))
        {
            return null;
        }
        // The side that goes is the subject before the cue, not someone in a relative clause or an aside.
        var travellers = s.Agents.Where(a => a.End <= visit.Start && a is { Party: >= 0, Possessive: false, Oblique: false, Absorbed: false, InRelativeClause: false }
            && a.Kind is AgentKind.Person or AgentKind.Pronoun or AgentKind.Entity or AgentKind.Group && !CrossesBreak(s, a.End, visit.Start)).ToList();
        // A trip is a round of these talks when the broker goes or receives ("Witkoff will travel to Moscow"); a European
        // leader arriving in Kyiv with an aid package is a visit of support.
        if (travellers.Count == 0 || travellers.Exists(a => a.Party == host.Cue.Ref)
            || host.Cue.Ref != pack.MediatorParty && !travellers.Exists(a => a.Party == pack.MediatorParty))
        {
            return null;
        }
        var draft = new Draft { Sentence = s, Place = pack.Places[place.Place].Name };
        draft.Parties.AddRange(travellers.Select(a => a.Party).Distinct());
        draft.Parties.Add(host.Cue.Ref);
        draft.People.AddRange(travellers.Where(a => a.Person >= 0).Select(a => a.Person).Distinct());
        (draft.Status, draft.ExplicitStatus) = StatusOf(s, visit);
        // ("said he would travel to Moscow": a trip still to make.)
        if (!draft.ExplicitStatus && visit.Start > 0 && s.Tokens[visit.Start - 1].Norm is "would" or "will" or "'ll" or "shall" or "to")
        {
            (draft.Status, draft.ExplicitStatus) = ("planned", true);
        }
        draft.Date = DateOf(s, visit, draft.Status, published, out var relative);
        draft.RelativeDate = relative;
        return draft;
    }

    private bool AfterTalksWith(SentenceAnalysis s, CueMatch trigger) =>
        trigger.End < s.Tokens.Length && s.Tokens[trigger.End].Norm == "with" && trigger.Start >= 1
        && pack.MeetingList("timeOfSpeech").Contains(s.Tokens[trigger.Start - 1].Norm);

    /// <summary>"After nearly eighteen months of on-off negotiations": the talks as a stretch of time are no round.</summary>
    private static bool Span(SentenceAnalysis s, CueMatch trigger)
    {
        for (var i = trigger.Start - 1; i >= 1 && i >= trigger.Start - 4; i--)
        {
            if (s.Tokens[i].Norm == "of")
            {
                return s.Tokens[i - 1].Norm is "months" or "years" or "weeks" or "decades";
            }
            if (!s.Tokens[i].IsWord && s.Tokens[i].Norm != "-")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "Kiev had received a new version of the American proposals": what is received there is a text, not a visitor; nor is
    /// anything else that is no one ("had received no such signal", "had received a 4.2 billion euro tranche"): a visitor
    /// is named within a few words of the verb ("received the envoys", "was received by Putin").
    /// </summary>
    private static bool ReceivedNoVisitor(SentenceAnalysis s, CueMatch trigger) =>
        s.Tokens[trigger.Start].Norm == "received" && (s.Of(CueKind.Document).Exists(d => d.Start >= trigger.End && d.Start - trigger.End <= 8
            && !Enumerable.Range(trigger.End, d.Start - trigger.End).Any(i => s.Tokens[i].Norm is "," or ";" or "and" or "to"))
            || !s.Agents.Exists(a => a.Start >= trigger.End && a.Start - trigger.End <= 3 && (a.Party >= 0 || a.Kind is AgentKind.Person) && !a.Possessive)
            && !s.Of(CueKind.GroupNoun).Exists(g => g.Start >= trigger.End && g.Start - trigger.End <= 3));

    /// <summary>"The next round of (direct) consultations": one round, read from the trigger that says what it is.</summary>
    private static bool RoundOfAnotherTrigger(SentenceAnalysis s, CueMatch trigger, List<CueMatch> triggers) =>
        IsBareRound(s, trigger) && trigger.End < s.Tokens.Length && s.Tokens[trigger.End].Norm == "of"
        && triggers.Exists(m => m.Start > trigger.End && (m.Start <= trigger.End + 2
            // ("the first round of three-way talks": a hyphened adjective between.)
            || m.Start <= trigger.End + 4 && Enumerable.Range(trigger.End + 1, m.Start - trigger.End - 1).All(k => s.Tokens[k].Norm == "-" || s.Tokens[k] is { IsWord: true, IsCapitalized: false })));

    private static bool IsBareRound(SentenceAnalysis s, CueMatch trigger) =>
        trigger.End - trigger.Start == 1 && s.Tokens[trigger.Start].Norm is "round" or "rounds";

    private bool Floated(SentenceAnalysis s, CueMatch trigger)
    {
        // Negated ("no direct meeting"), floated ("proposing a meeting"), or conditional ("would meet only if").
        foreach (var n in s.Of(CueKind.Negation))
        {
            if (n.End <= trigger.Start && trigger.Start - n.End <= 2)
            {
                return true;
            }
        }
        foreach (var c in s.Of(CueKind.Condition))
        {
            // "The round ended without a breakthrough", "talks went on until late at night" say how a round went, not
            // on what condition it would happen.
            // Nor does "met for three hours, but only on prisoners" restrict whether it met.
            if (s.Tokens[c.Start].Norm is "without" or "until" or "till" or "but")
            {
                continue;
            }
            var from = Math.Min(c.Start, trigger.Start);
            var to = Math.Max(c.Start, trigger.End);
            // "Russia will sign only if …, Putin said on Thursday, a day after a round in Abu Dhabi ended": a speech verb
            // between them closes the condition's clause.
            if (c.Start < trigger.Start && s.Speeches.Exists(sp => sp.Start > c.End && sp.End <= trigger.Start))
            {
                continue;
            }
            // ("could accept … if Russia received a share of the electricity, as a two-day round of talks in Vienna ended": so
            // does a clause of time after a comma.)
            if (c.Start < trigger.Start && Enumerable.Range(c.End, Math.Max(0, trigger.Start - c.End - 1))
                .Any(i => s.Tokens[i].Norm == "," && s.Tokens[i + 1].Norm is "as" or "after" or "while" or "when" or "before" or "following"))
            {
                continue;
            }
            if (!Enumerable.Range(from, to - from).Any(i => s.Tokens[i].Norm is ";" or "."))
            {
                if (c.Start < trigger.Start || c.Start - trigger.End <= 6)
                {
                    return true;
                }
            }
        }
        foreach (var f in s.Of(CueKind.MeetingFloated))
        {
            // "could take place in Abu Dhabi" says when a round is expected, not that it was only floated.
            if (s.Of(CueKind.MeetingExpected).Exists(e => e.Start <= f.Start && e.End >= f.End && e.End - e.Start > f.End - f.Start))
            {
                continue;
            }
            // "… could take place in Abu Dhabi, but no dates have been fixed": a denial holds for the whole sentence.
            // ("A meeting … that had been planned for Monday in Riyadh was called off": so does a cancellation.)
            // ("The next round will open in Riyadh on Friday, …, after a session planned for Geneva was called off": not when
            // the cancellation has a round of its own in a later clause.)
            if (f.End <= trigger.Start && trigger.Start - f.End <= FloatReach || f.Start >= trigger.End && f.Start - trigger.End <= 1
                || s.Tokens[f.Start].Norm is "no" or "called" or "cancelled" or "canceled" or "scrapped" && !OwnRound(s, trigger, f))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpenQuestion(SentenceAnalysis s)
    {
        var first = Array.FindIndex(s.Tokens, k => k.Norm is ":" or "—");
        var at = first is >= 0 and <= 3 ? first + 1 : 0;
        return at < s.Tokens.Length && s.Tokens[at].Norm is "where" or "what" or "how" or "why";
    }

    /// <summary>"after the trilateral round", "since the last meeting": a round the sentence takes as past.</summary>
    private static bool AfterRound(SentenceAnalysis s, CueMatch trigger) =>
        Enumerable.Range(Math.Max(0, trigger.Start - 4), Math.Min(4, trigger.Start)).Any(i => s.Tokens[i].Norm is "after" or "since" or "following")
        && trigger.Start > 0 && s.Tokens[trigger.Start - 1].IsWord;

    /// <summary>
    /// "ABU DHABI // … Dmitriev held talks in the capital on Monday with …": "the capital" of a round is the city the story
    /// was filed from.
    /// </summary>
    private string? CapitalOfDateline(SentenceAnalysis s, CueMatch trigger, IReadOnlyList<SentenceAnalysis> sentences)
    {
        var capital = Enumerable.Range(trigger.End, Math.Max(0, Math.Min(s.Tokens.Length - 2, trigger.End + 4) - trigger.End))
            .Any(i => s.Tokens[i].Norm is "in" && s.Tokens[i + 1].Norm == "the" && s.Tokens[i + 2].Norm == "capital");
        if (!capital || sentences.Count == 0 || sentences[0].Places.Find(p => p.Start == 0 && (sentences[0].Tokens[0].Shape & TokenShape.AllCaps) != 0) is not { Name: not null } dateline
            || pack.Places[dateline.Place].IsRegion)
        {
            return null;
        }
        return dateline.Name;
    }

    /// <summary>A round named after this one, past a comma, and before the cancellation: the round the cancellation is about.</summary>
    private static bool OwnRound(SentenceAnalysis s, CueMatch trigger, CueMatch cancellation) =>
        cancellation.Start >= trigger.End && s.Of(CueKind.MeetingTrigger).Exists(o => o.Start >= trigger.End && o.End <= cancellation.Start
            && Enumerable.Range(trigger.End, o.Start - trigger.End).Any(i => s.Tokens[i].Norm == ","));

    private string? PlaceOf(SentenceAnalysis s, List<CueMatch> triggers, int t, IReadOnlyList<SentenceAnalysis> sentences, out bool byPredicate)
    {
        byPredicate = false;
        var trigger = triggers[t];
        PlaceMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var p in s.Places)
        {
            // ("the news from Istanbul, where Russian and Ukrainian negotiators met": a place a "where" clause describes.)
            // ("travel to Helsinki, where on Monday he will chair the next round of trilateral talks": the round's "round of" head
            // reads no round of its own.)
            var where = p.End + 1 < s.Tokens.Length && s.Tokens[p.End].Norm == "," && s.Tokens[p.End + 1].Norm == "where"
                && triggers.FindIndex(x => x.Start > p.End && !RoundOfAnotherTrigger(s, x, triggers)) == t;
            // (A fronted place belongs to the round of the clause it opens, even when "a further round of consultations" puts
            // another trigger nearer.)
            // ("will travel to Istanbul next week for the third round of trilateral talks": the nearest trigger may be the "round
            // of" head of this one.)
            var nearest = NearestTrigger(s, triggers, p.Start, p.End);
            // (Nor is a trigger that names no round: "met … at the White House to review progress in the negotiations".)
            var standsAside = nearest >= 0 && nearest != t && (RoundOfAnotherTrigger(s, triggers[nearest], triggers) && triggers[nearest].End < trigger.Start
                && trigger.Start - triggers[nearest].End <= 3 || Excluded(s, triggers[nearest]) && !Excluded(s, trigger));
            if (!(Locative(s, p.Start) || where) || nearest != t && !standsAside && !where && !Fronted(s, p, trigger))
            {
                continue;
            }
            // ("keep weapons flowing to Kyiv “during the talks and after them”": a quotation opens words of their own.)
            if (p.End <= trigger.Start && Enumerable.Range(p.End, trigger.Start - p.End).Any(i => s.Tokens[i].IsQuote))
            {
                continue;
            }
            int distance;
            if (p.Start >= trigger.End)
            {
                distance = p.Start - trigger.End;
            }
            else if (p.End <= trigger.Start)
            {
                distance = trigger.Start - p.End + 1;
            }
            else
            {
                distance = 0;
            }
            var from = Math.Min(p.Start, trigger.Start);
            var to = Math.Max(p.End, trigger.End);
            // "met with the Special Envoy of the President of the United States Steve Witkoff in Geneva": the participants
            // named between a round and its place are one step, however long their titles.
            // (Only participants before the place: in "talks between Russia and Ukraine … in Abu Dhabi, diplomats in Berlin said"
            // Berlin is no participant of the round.)
            if (p.Start >= trigger.End) distance -= NamedLength(s, from, p.Start);
            // ("travel to Helsinki, where on Monday, June 19, he will chair the next round": a "where" clause is the round's own.)
            var predicate = PlaceOfPredicate(s, p.Start) || where;
            // "spoke to TASS in Moscow ahead of consultations … in Abu Dhabi": a place before "ahead of" a round is where
            // something else happened.
            // (Unless the round has no other: "landed in Moscow ahead of talks with Vladimir Putin".)
            if (p.End <= trigger.Start && Enumerable.Range(p.End, trigger.Start - p.End).Any(i => s.Tokens[i].Norm == "ahead")
                && s.Places.Exists(o => o.Start >= trigger.End))
            {
                distance += PlaceReach;
            }
            // A dateline ("BERLIN (dpa) -") is where the story was filed: any other place of the round comes first.
            // ("GENEVA (AP) — … opened a new round of talks at a hotel on the shore of Lake Geneva": the same city named again is no
            // other place.)
            if (p.Start == 0 && (s.Tokens[0].Shape & TokenShape.AllCaps) != 0 && s.Places.Exists(o => o.Start > 0 && o.Name != p.Name))
            {
                distance += PlaceReach;
            }
            // "a round that officials say is likely to take place in Geneva": a speech verb inside the round's own
            // predicate reports it, and does not start another clause.
            var crossesSpeech = s.Speeches.Any(sp => sp.Start >= from && sp.Start < to) && !(predicate && p.Start > trigger.End);
            if ((distance <= (predicate ? 2 * PlaceReach : PlaceReach) || Fronted(s, p, trigger)) && distance < bestDistance && !CrossesBreak(s, from, to) && !crossesSpeech)
            {
                best = p;
                bestDistance = distance;
                byPredicate = predicate;
            }
        }
        if (best is null)
        {
            return PlaceThere(s, trigger, sentences) ?? CapitalOfDateline(s, trigger, sentences);
        }
        var place = pack.Places[best.Value.Place];
        // "In Moscow, in the Kremlin, … took place the meeting": a venue named with its city places the round in the city.
        if (place.City is { } city && (place.ReportCity || s.Places.Exists(p => p.Name == city && Locative(s, p.Start))))
        {
            return city;
        }
        if (!place.IsRegion)
        {
            return place.Name;
        }
        // "talks in Florida": the city of that region the item names, if any.
        foreach (var other in sentences)
        {
            foreach (var p in other.Places)
            {
                if (pack.Places[p.Place].Region == place.Name)
                {
                    return pack.Places[p.Place].Name;
                }
            }
        }
        return place.Name;
    }

    /// <summary>
    /// "Let me start with Abu Dhabi. Special Envoy X and his team concluded two days of trilateral talks there on Tuesday": a
    /// "there" right after the round is the one place the sentence before named.
    /// </summary>
    private string? PlaceThere(SentenceAnalysis s, CueMatch trigger, IReadOnlyList<SentenceAnalysis> sentences)
    {
        if (!Enumerable.Range(trigger.End, Math.Min(2, s.Tokens.Length - trigger.End)).Any(i => s.Tokens[i].Norm == "there"))
        {
            return null;
        }
        var index = 0;
        while (index < sentences.Count && sentences[index] != s) index++;
        if (index < 1 || index == sentences.Count)
        {
            return null;
        }
        var named = sentences[index - 1].Places.Select(p => pack.Places[p.Place]).Where(p => !p.IsRegion).Select(p => p.City ?? p.Name).Distinct().ToList();
        return named is [var only] ? only : null;
    }

    /// <summary>
    /// How many tokens between <paramref name="from"/> and <paramref name="to"/> are the participants of a round,
    /// less one: "with the Special Envoy of the President of the United States Steve Witkoff" is one step, from
    /// "with" or "between" (or the trigger, when a participant is its object) to the end of the last party or person named after it.
    /// </summary>
    private static int NamedLength(SentenceAnalysis s, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            // "will meet Ukraine's chief negotiator Rustem Umerov and U.S. envoy Steve Witkoff in Berlin": the object too.
            // ("will meet national security advisers from Ukraine, Britain, France and Germany in London": or an object whose
            // parties follow "from".)
            var objectStarts = w == from && s.Agents.Exists(a => a.Party >= 0 && (a.Start == from + 1
                || a.Start > from + 2 && a.Start <= from + 5 && s.Tokens[a.Start - 1].Norm == "from"
                   && Enumerable.Range(from + 1, a.Start - from - 2).All(k => s.Tokens[k] is { IsWord: true, IsCapitalized: false })));
            if (s.Tokens[w].Norm is not ("with" or "between") && !objectStarts)
            {
                continue;
            }
            var last = s.Agents.Where(a => a.Start > w && a.End <= to && a.Party >= 0).Select(a => a.End).DefaultIfEmpty(-1).Max();
            return last > w + 2 && !CrossesBreak(s, w, last) ? last - w - 2 : 0;
        }
        return 0;
    }

    /// <summary>
    /// "The next round of talks between Ukraine, the United States and Russia will take place in Riyadh", "… was held in
    /// Geneva": the place of the round's own predicate belongs to it however long its subject is. A bare participle
    /// (", held in Istanbul") may modify a nearer noun, so it keeps the usual reach.
    /// </summary>
    private bool PlaceOfPredicate(SentenceAnalysis s, int start)
    {
        // "The talks are expected to return to Geneva in October": a round that moves has its place after "to".
        if (start >= 3 && s.Tokens[start - 1].Norm == "to" && pack.MeetingList("roundMoves").Contains(s.Tokens[start - 2].Norm))
        {
            return true;
        }
        if (start < 3 || s.Tokens[start - 1].Norm is not ("in" or "at" or "for"))
        {
            return false;
        }
        // "is scheduled for 24 May in Jeddah", "will take place on Monday in Geneva": a date may stand between.
        var verbAt = start - 2;
        while (verbAt >= 2 && start - 2 - verbAt < 4 && (int.TryParse(s.Tokens[verbAt].Text, out _) || pack.Months.ContainsKey(s.Tokens[verbAt].Norm)
            || pack.Weekdays.Contains(s.Tokens[verbAt].Norm) || s.Tokens[verbAt].Norm is "on" or ","))
        {
            verbAt--;
        }
        if (verbAt < start - 2 && s.Tokens[verbAt].Norm == "for" && verbAt >= 1)
        {
            return s.Tokens[verbAt - 1].Norm is "scheduled" or "slated" or "set" or "planned" or "booked";
        }
        var (verb, before) = (s.Tokens[verbAt].Norm, verbAt >= 1 ? s.Tokens[verbAt - 1].Norm : "");
        // "… was pencilled in for Geneva", "is scheduled for Riyadh".
        if (s.Tokens[start - 1].Norm == "for")
        {
            return verb is "scheduled" or "slated" or "set" or "planned" or "booked" || verb == "in" && before is "pencilled" or "penciled";
        }
        // "A two-day round … ended in Abu Dhabi on Wednesday".
        if (pack.MeetingList("roundPredicates").Contains(verb))
        {
            return true;
        }
        return verb == "place" && before is "take" or "takes" or "took" or "taking" or "taken"
            || verb is "held" or "hosted" or "convened" or "staged" && before is "be" or "been" or "is" or "are" or "was" or "were";
    }

    /// <summary>"In the Chancellery in Berlin, the advisers met …": a place fronted before the clause is where it happens.</summary>
    private static bool Fronted(SentenceAnalysis s, PlaceMention place, CueMatch trigger)
    {
        if (s.Tokens.Length == 0 || trigger.Start < place.End)
        {
            return false;
        }
        // "In Abu Dhabi, …", and after a fronted time: "On Monday, in Abu Dhabi, the delegations … held a further round".
        // ("Yesterday in London, Special Envoy X joined …", "Last week in Geneva, …": the time needs no comma of its own.)
        var opensWithIt = s.Tokens[0].Norm is "in" or "at" || TimelineVenue(s, place.Start) && Array.FindIndex(s.Tokens, place.End, t => t.Norm == ":") < trigger.Start
            || place.Start >= 2 && place.Start <= 6 && s.Tokens[place.Start - 1].Norm is "in" or "at"
                && (s.Tokens[place.Start - 2].Norm == "," || s.Tokens[0].Norm is "yesterday" or "today" or "last")
                && s.Tokens[0].Norm is "on" or "last" or "earlier" or "later" or "yesterday" or "today" && !s.Speeches.Exists(sp => sp.Start < place.Start);
        if (!opensWithIt)
        {
            return false;
        }
        for (var i = place.End; i < trigger.Start; i++)
        {
            if (s.Tokens[i].Norm == "," || s.Tokens[i].Norm == ":" && TimelineVenue(s, place.Start))
            {
                // The fronted phrase ends at its comma, and nothing before the comma may be another round.
                return !s.Of(CueKind.MeetingTrigger).Exists(m => m.Start < i && m != trigger);
            }
        }
        return false;
    }

    private bool Locative(SentenceAnalysis s, int start)
    {
        // "in Miami", "at Trump's Mar-a-Lago resort", "the Istanbul talks", "Geneva talks", "Rome would host talks".
        if (s.IsKindAt(CueKind.MeetingTrigger, start + 1) || TimelineVenue(s, start))
        {
            return true;
        }
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            var norm = s.Tokens[i].Norm;
            // "after the round that Moscow had …": a place past a relative pronoun or a round word is that clause's subject.
            // "the gap between Moscow and Kyiv": after "between" a capital is a party, not a venue.
            if (norm is "between" || norm == "that" && i > 0 && s.IsKindAt(CueKind.MeetingTrigger, i - 1) || s.IsKindAt(CueKind.Relative, i) || s.IsKindAt(CueKind.MeetingTrigger, i))
            {
                return false;
            }
            // "the Istanbul talks", "in the Saudi capital Riyadh"; not "the first since Washington tabled …".
            // ("the White House said": a venue's own article is no locative.)
            // ("talks hosted by the Republic of Türkiye": a state after "by" is the host, not the venue.)
            if (norm == "the" && i > 0 && s.Tokens[i - 1].Norm == "by")
            {
                return false;
            }
            // ("by sending weapons to Kyiv": what is sent to a capital makes it the recipient.)
            if (norm == "to" && i == start - 1 && i > 0 && pack.MeetingList("sentTo").Contains(s.Tokens[i - 1].Norm))
            {
                return false;
            }
            if (norm is "in" or "at" or "to" || norm == "the" && i < start - 1 && Enumerable.Range(i + 1, start - i - 1).All(j => s.Tokens[j].IsCapitalized || s.Tokens[j].Norm is "capital" or "city" or "resort" or "town" or "port" or "of"))
            {
                return true;
            }
            // "scheduled for Abu Dhabi": a place a round is set for.
            // ("pencilled in for Geneva")
            var verb = i > 1 && s.Tokens[i - 1].Norm == "in" ? i - 2 : i - 1;
            if (norm == "for" && verb >= 0 && s.Tokens[verb].Norm is "scheduled" or "planned" or "set" or "slated" or "pencilled" or "penciled" or "booked")
            {
                return true;
            }
            if (!s.Tokens[i].IsWord)
            {
                return false;
            }
        }
        // A capital opening the sentence is its subject when it also names a party ("Kyiv welcomed …"); a dateline
        // ("MOSCOW —") is where the story was filed.
        return start == 0 && ((s.Tokens[0].Shape & TokenShape.AllCaps) != 0 || !s.IsKindAt(CueKind.PartyMetonym, start));
    }

    /// <summary>
    /// A timeline's entry files what happened under a date and a place ("Jan. 15, 2059 — Geneva: second round."): the place
    /// between the dash and the colon is where the entry's round was.
    /// </summary>
    private static bool TimelineVenue(SentenceAnalysis s, int start)
    {
        var colon = Array.FindIndex(s.Tokens, start, Math.Min(4, s.Tokens.Length - start), t => t.Norm == ":");
        return start >= 2 && start <= 8 && s.Tokens[start - 1].Norm is "—" or "–" or "-" && colon > start
            && Enumerable.Range(start, colon - start).All(i => s.Tokens[i].IsCapitalized);
    }

    private static bool CrossesBreak(SentenceAnalysis s, int from, int to)
    {
        for (var i = from; i < to && i < s.Tokens.Length; i++)
        {
            if (s.Tokens[i].Norm is ";" || s.StartsAt(CueKind.ClauseBreak, i))
            {
                return true;
            }
        }
        return false;
    }

    private static (string Status, bool Explicit) StatusOf(SentenceAnalysis s, CueMatch trigger)
    {
        var best = ("held", false);
        var bestDistance = int.MaxValue;
        // ("the next round of three-way talks with Russia, which a Ukrainian official said was likely to take place in
        // Helsinki": a relative clause on the round is its own predicate, and its verb may stand further off.)
        var relative = int.MaxValue;
        for (var i = trigger.End; i < Math.Min(trigger.End + 4, s.Tokens.Length - 1); i++)
        {
            if (s.Tokens[i].Norm == "," && s.Tokens[i + 1].Norm == "which")
            {
                relative = i + 1;
                break;
            }
        }
        foreach (var (kind, status, rank) in new[] { (CueKind.MeetingExpected, "expected", 0), (CueKind.MeetingPlanned, "planned", 1), (CueKind.MeetingHeld, "held", 2) })
        {
            foreach (var m in s.Of(kind))
            {
                if (m.Start > 0 && m.End - m.Start == 1 && s.Tokens[m.Start].Text == "May")
                {
                    continue; // the month, not the modal
                }
                var distance = m.Start >= trigger.End ? m.Start - trigger.End : m.End <= trigger.Start ? trigger.Start - m.End : 0;
                if (m.Start >= trigger.Start && m.End <= trigger.End)
                {
                    distance = 0;
                }
                // ("the next round of three-way talks with Russia, which a Ukrainian official said was likely to take place in
                // Helsinki": a relative clause on the round is its own predicate, however far its verb.)
                if (distance > (m.Start > relative ? 2 * StatusReach : StatusReach) || CrossesBreak(s, Math.Min(m.Start, trigger.Start), Math.Max(m.End, trigger.End)))
                {
                    continue;
                }
                var score = distance + rank * 4;
                if (score < bestDistance)
                {
                    bestDistance = score;
                    best = (status, true);
                }
            }
        }
        return best;
    }

    private DateOnly? DateOf(SentenceAnalysis s, CueMatch trigger, string status, DateOnly? published, out bool relative)
    {
        relative = false;
        if (published is null)
        {
            return null;
        }
        foreach (var m in s.Of(CueKind.RelativeDay))
        {
            // ("Yesterday in London, X joined Y … for talks": a day that opens the sentence dates its clause, unless someone speaks
            // first and the day is when they spoke.)
            if (m.End <= trigger.Start && (trigger.Start - m.End <= 3 || m.Start == 0 && !s.Speeches.Exists(sp => sp.Start < trigger.Start))
                && !CrossesBreak(s, m.End, trigger.Start))
            {
                relative = true;
                return published.Value.AddDays(pack.RelativeDays[m.Cue.Ref].Offset);
            }
        }
        CueMatch? weekday = null;
        var bestDistance = int.MaxValue;
        foreach (var m in s.Of(CueKind.Weekday))
        {
            var distance = m.Start >= trigger.End ? m.Start - trigger.End : trigger.Start - m.End;
            if (distance < bestDistance && distance <= 14)
            {
                bestDistance = distance;
                weekday = m;
            }
        }
        if (weekday is null)
        {
            // "took place in Geneva on July 8-9", "is scheduled for 24 May": a date written out near the round, with no weekday.
            for (var i = trigger.End; i < s.Tokens.Length && i <= trigger.End + 16 && !CrossesBreak(s, i, i + 1); i++)
            {
                if (s.Tokens[i].Norm is "on" or "for" && CalendarDate(s, i + 1, published.Value) is { } onDate)
                {
                    return onDate;
                }
            }
            // "Jan. 15, 2059 — Geneva: second round.": a timeline's entry is dated by the date it opens with (not a dateline's
            // "WASHINGTON, Jan 7 —", which dates the story).
            var dash = Array.FindIndex(s.Tokens, 0, Math.Min(6, s.Tokens.Length), t => t.Norm is "—" or "–" or "-" or ":");
            var opensWithDate = s.Tokens.Length > 0 && (MonthAt(s.Tokens, 0, out _) || int.TryParse(s.Tokens[0].Text, out _));
            return dash >= 2 && dash < trigger.Start && opensWithDate ? CalendarDate(s, 0, published.Value) : null;
        }
        // "on Monday, March 18": a date written out after its weekday is the date, whatever week the weekday points to.
        if (CalendarDate(s, weekday.Value.End, published.Value) is { } written)
        {
            return written;
        }
        // Of "Monday and Tuesday", the first day counts.
        var first = s.Of(CueKind.Weekday).First(m => m.Start >= weekday.Value.Start - 3 && m.Start <= weekday.Value.Start);
        var day = (DayOfWeek)first.Cue.Ref;
        var date = published.Value;
        if (status == "held")
        {
            while (date.DayOfWeek != day)
            {
                date = date.AddDays(-1);
            }
        }
        else
        {
            while (date.DayOfWeek != day)
            {
                date = date.AddDays(1);
            }
        }
        return date;
    }

    /// <summary>Whether the token at <paramref name="i"/> names a month, written out or abbreviated with its point ("Jan. 15").</summary>
    private bool MonthAt(Token[] tokens, int i, out int month) =>
        pack.Months.TryGetValue(tokens[i].Norm, out month)
        || i + 1 < tokens.Length && tokens[i + 1].Norm == "." && pack.Months.TryGetValue(tokens[i].Norm + ".", out month);

    /// <summary>
    /// A month and a day ("March 18", "18 March") among the few tokens from <paramref name="from"/>, in the year that puts
    /// it nearest the publication date; null when there is none.
    /// </summary>
    private DateOnly? CalendarDate(SentenceAnalysis s, int from, DateOnly published)
    {
        var tokens = s.Tokens;
        for (var i = from; i < tokens.Length && i <= from + 2; i++)
        {
            if (!MonthAt(tokens, i, out var month))
            {
                continue;
            }
            // ("Jan. 15": the abbreviation's point may stand between the month and its day.)
            var next = i + 1 < tokens.Length && tokens[i + 1].Norm == "." ? i + 2 : i + 1;
            var day = next < tokens.Length && int.TryParse(tokens[next].Text, out var after) ? after
                : i > from && int.TryParse(tokens[i - 1].Text, out var before) ? before : 0;
            if (day is < 1 or > 31 || day > DateTime.DaysInMonth(published.Year, month))
            {
                return null;
            }
            return new[] { -1, 0, 1 }.Select(y => new DateOnly(published.Year + y, month, Math.Min(day, DateTime.DaysInMonth(published.Year + y, month))))
                .MinBy(d => Math.Abs(d.DayNumber - published.DayNumber));
        }
        return null;
    }

    private static int NearestTrigger(SentenceAnalysis s, List<CueMatch> triggers, int start, int end)
    {
        var best = -1;
        var bestCost = int.MaxValue;
        for (var t = 0; t < triggers.Count; t++)
        {
            var tr = triggers[t];
            int from, to;
            if (end <= tr.Start)
            {
                from = end;
                to = tr.Start;
            }
            else if (start >= tr.End)
            {
                from = tr.End;
                to = start;
            }
            else
            {
                return t;
            }
            var cost = to - from;
            for (var i = from; i < to; i++)
            {
                // Commas inside a list of parties ("U.S., Ukrainian and European officials") do not separate clauses.
                if (s.Tokens[i].Norm == "," && !(AgentEndsAt(s, i) && AgentStartsAt(s, i + 1)))
                {
                    cost += CommaCost;
                }
            }
            if (cost < bestCost)
            {
                bestCost = cost;
                best = t;
            }
        }
        return best;
    }

    private static bool AgentEndsAt(SentenceAnalysis s, int end) => s.Agents.Any(a => a.End == end) || s.Of(CueKind.PartyAdjective).Any(m => m.End == end);
    private static bool AgentStartsAt(SentenceAnalysis s, int start) => s.Agents.Any(a => a.Start == start) || s.StartsAt(CueKind.PartyAdjective, start);

    /// <summary>
    /// "SINGAPORE, July 12 -- … Gromov also met Holloway on Wednesday": a round the item reports as held without a place of its
    /// own took place where the item was filed from. When that is a party's capital (a story filed from Moscow reports on the
    /// whole war), only a visit of the mediator to that party is placed there ("KYIV — … Pell met for three hours with …").
    /// </summary>
    private (string Name, int Party)? FiledFrom(IReadOnlyList<SentenceAnalysis> sentences) =>
        sentences.Count > 0 && (sentences.Count > 1 && IsHeaderLine(sentences[0], sentences[1]) ? sentences[1] : sentences[0]) is var first
        && first.Tokens.Length > 0 && (first.Tokens[0].Shape & TokenShape.AllCaps) != 0
        && first.Of(CueKind.Place).Find(p => p.Start == 0) is { End: > 0 } dateline && !pack.Places[dateline.Cue.Ref].IsRegion
        && !first.StartsAt(CueKind.PartyName, 0)
            ? (pack.Places[dateline.Cue.Ref].Name, first.Of(CueKind.PartyMetonym).Find(m => m.Start == 0) is { End: > 0 } capital ? capital.Cue.Ref : -1)
            : null;

    /// <summary>
    /// A byline or label on a line of its own before the item's first paragraph ("By Jane Doe", "Correction appended"): the
    /// dateline, if any, opens the line after it.
    /// </summary>
    internal static bool IsHeaderLine(SentenceAnalysis line, SentenceAnalysis next) =>
        line.Tokens.Length <= 6 && next.Sentence.Paragraph != line.Sentence.Paragraph && next.Tokens.Length > 0 && (next.Tokens[0].Shape & TokenShape.AllCaps) != 0
        && !(line.Tokens.Length > 1 && (line.Tokens[0].Shape & TokenShape.AllCaps) != 0 && Array.Exists(line.Tokens, t => t.Norm is "," or "-" or "—" or "–" or "("));

    private List<MeetingFinding> Merge(List<Draft> drafts, (string Name, int Party)? filedFrom)
    {
        var merged = new List<Draft>();
        foreach (var d in drafts)
        {
            // "The talks in Geneva are set to open on Wednesday", "The next round is scheduled for Nov. 19 in Geneva": a
            // round still to come, with its place and no parties of its own, is the format already reported.
            var comingWithPlace = d.Place is not null && d.Parties.Count == 0 && d.Status is "planned" or "expected" && d.ExplicitStatus
                && (!d.BareRound || d.Continuation && !d.RoundOfSomething);
            if ((d.Continuation && d.Place is not null && d.Parties.Count == 0 && (!d.BareRound || d.PlaceOfPredicate) || comingWithPlace)
                && merged.LastOrDefault(m => m.Parties.Count >= 2) is { } format)
            {
                // "The next round of consultations will take place in Abu Dhabi", "negotiators will meet again in
                // Istanbul": the format already reported, in the place named.
                d.Parties.AddRange(format.Parties);
            }
            // "Negotiators from both countries sat down in Istanbul, with a US delegation also at the table": the sides named as
            // a whole are those of the round reported before.
            if (d.Collective && merged.LastOrDefault(m => m.Parties.Count >= 2) is { } sides)
            {
                d.Parties.AddRange(sides.Parties.Where(p => !d.Parties.Contains(p)));
            }
            // A round told twice in one sentence ("will send delegations to Riyadh for a fourth round of talks") is one.
            if (d.Continuation && d.Place is null && d.Status is "planned" or "expected" && !merged.Exists(m => m.Sentence == d.Sentence && m.Place is not null))
            {
                // "the next meeting", "another round": the same format again, with the item's parties.
                var model = merged.LastOrDefault(m => m.Parties.Count >= 2);
                if (model is not null)
                {
                    foreach (var p in model.Parties)
                    {
                        if (!d.Parties.Contains(p))
                        {
                            d.Parties.Add(p);
                        }
                    }
                    d.People.Clear();
                    merged.Add(d);
                    continue;
                }
            }
            Draft? into = null;
            if (d.Place is not null)
            {
                into = merged.FirstOrDefault(m => m.Place == d.Place);
            }
            else if (d.Parties.Count > 0)
            {
                // A round named without a place is most likely the round just reported with one
                // ("Putin met the envoys in Moscow … for talks that lasted five hours"), or the one its own sentence places
                // ("Military working groups from Russia and Ukraine held a second day of talks in Abu Dhabi").
                // ("… have landed in Moscow ahead of talks with Putin later today" … "Putin's meeting with Witkoff … has ended": a
                // round planned and then over is one.)
                into = (!d.RelativeDate ? merged.LastOrDefault(m => m.Place is not null && m.Status == d.Status) : null)
                    ?? (d is { Status: "held", ExplicitStatus: true, RelativeDate: false } ? merged.LastOrDefault(m => m.Place is not null && m.Status == "planned" && m.Sentence.Sentence.Index < d.Sentence.Sentence.Index && m.Date == d.Date) : null)
                    ?? (d.Parties.Count >= 2 && !d.RelativeDate ? drafts.FirstOrDefault(m => m != d && m.Sentence == d.Sentence && m.Place is not null && m.Status == d.Status) : null)
                    ?? merged.FirstOrDefault(m => m.Place is null && m.Status == d.Status && m.Parties.Count == d.Parties.Count && d.Parties.All(m.Parties.Contains));
            }
            if (into is null)
            {
                merged.Add(d);
                continue;
            }
            foreach (var p in d.Parties)
            {
                if (!into.Parties.Contains(p))
                {
                    into.Parties.Add(p);
                }
            }
            foreach (var p in d.People)
            {
                if (!into.People.Contains(p))
                {
                    into.People.Add(p);
                }
            }
            into.Date ??= d.Date;
            into.Broker = into.Broker >= 0 ? into.Broker : d.Broker;
            // (A round reported as planned and later, without its place, as over, as a live blog does, took place.)
            if (!into.ExplicitStatus && d.ExplicitStatus || into.Status is "planned" && d is { Status: "held", ExplicitStatus: true, Place: null })
            {
                into.Status = d.Status;
                into.ExplicitStatus = true;
            }
        }

        var multiParty = merged.Any(m => m.Parties.Count >= 2);
        var result = new List<MeetingFinding>();
        foreach (var m in merged)
        {
            // A round needs two sides; one named side is enough only beside another round of the same effort.
            // A round with a place and no sides named is another round of the item's talks, unless it is a round of something else.
            var enough = m.SideCount >= 2 || m.Place is not null && (m.SideCount == 1 && multiParty || m.SideCount == 0 && multiParty && !m.RoundOfSomething || m.ManySided);
            if (!enough || m.Place is null && !m.ExplicitStatus && m.Date is null)
            {
                continue;
            }
            var sides = (m.Parties.Count > 0 ? m.Parties : merged.LastOrDefault(o => o.Parties.Count >= 2)?.Parties ?? []).ToList();
            if (m.Broker >= 0 && !sides.Contains(m.Broker))
            {
                sides.Add(m.Broker);
            }
            result.Add(new MeetingFinding(
                m.Place ?? (m.Status == "held" && filedFrom is { } filed
                    && (filed.Party < 0 || filed.Party != pack.MediatorParty && sides.Count == 2 && sides.Contains(filed.Party) && sides.Contains(pack.MediatorParty)) ? filed.Name : null),
                sides.Select(p => pack.Parties[p].Id).ToList(),
                m.People.Select(p => pack.People[p].Name).ToList(),
                m.Status,
                m.Date,
                m.Sentence.Sentence.Text,
                m.Sentence.Sentence.Index));
        }
        return result;
    }
}
