namespace Parley.Extraction.Reading;

/// <summary>A position read from one sentence, before it becomes a public finding.</summary>
internal sealed record Statement(int Party, int Issue, string Stance, string Act, int Speaker, double Confidence, string? SpeakerName = null);

/// <summary>
/// Reads positions from a sentence. Each stance cue ("rejects", "calls for", "unclear whether")
/// governs the issue cues in its scope; its holder is the party named before it (or the party that
/// reports the clause); the stance is the cue's polarity times negation times the issue cue's own
/// polarity and any flip ("lifting sanctions"); a following condition makes it conditional, and an
/// issue inside the condition is a second position of the same holder.
/// </summary>
internal sealed class StanceReader(DomainPack pack)
{
    private const int NegationReach = 4;
    private const int ChainGap = 2;
    private const int AddresseeGap = 8;
    private const int PostFlipReach = 4;

    private sealed class Signal
    {
        public required int Start { get; init; }
        public int End { get; set; }
        /// <summary>End of the first cue of a chain; a "following" holder is named right after it.</summary>
        public int CueEnd { get; init; }
        /// <summary>The issue was found before the cue ("the withdrawal … remains a prerequisite for …").</summary>
        public bool IssueBefore { get; set; }
        public required StanceCueDefinition Family { get; init; }
        public int Polarity { get; set; }
        public bool Undecided { get; set; }
        public bool Conditional { get; set; }
        public bool Negated { get; set; }
        public string Act { get; set; } = "statement";
        public double Weight { get; set; }
    }

    private readonly record struct Holder(Agent Agent, double Certainty);

    // The pack's words for denying a report ("dismissed … reports that"), for the report itself, and for the label of a
    // line a fact-check tests ("CLAIM:").
    private readonly HashSet<string> _denials = Lowered(pack.LanguageList("denialVerbs"));
    private readonly HashSet<string> _continuing = Lowered(pack.LanguageList("continuingVerbs"));
    private readonly HashSet<string> _refusable = Lowered(pack.LanguageList("refusableVerbs"));
    private readonly HashSet<string> _reports = Lowered(pack.LanguageList("reportNouns"));
    private readonly HashSet<string> _retractions = Lowered(pack.LanguageList("retractionAdverbs"));
    private readonly HashSet<string> _misreporting = Lowered(pack.LanguageList("misreportingVerbs"));
    // What a correction says was wrong ("An article published on Tuesday misstated …", "The article said …").
    private static readonly HashSet<string> ArticleNouns = new(StringComparer.Ordinal) { "article", "story", "report", "piece" };
    private readonly HashSet<string> _decisions = Lowered(pack.LanguageList("decisionParticiples"));
    private readonly HashSet<string> _telling = Lowered(pack.LanguageList("tellingVerbs"));
    private readonly HashSet<string> _untestedLabels = Lowered(pack.LanguageList("untestedLabels"));
    // Speech verbs whose object is whom the speaker addresses ("told Trump that"), and the verbs that confirm a fact.
    private readonly HashSet<string> _addressing = Lowered(pack.LanguageList("addressingVerbs"));
    private readonly HashSet<string> _confirms = Lowered(pack.LanguageList("confirmVerbs"));
    private readonly HashSet<string> _penalties = Lowered(pack.LanguageList("penaltyVerbs"));
    private readonly HashSet<string> _provisions = Lowered(pack.LanguageList("provisionVerbs"));
    // Who made a proposal ("a truce put forward by Kyiv"), and the conditions a refusal turns around ("would not sign
    // as long as it allowed …").
    private readonly HashSet<string> _authorship = Lowered(pack.LanguageList("authorshipParticiples"));
    private readonly HashSet<string> _refusedConditions = Lowered(pack.LanguageList("refusedConditions"));

    private static HashSet<string> Lowered(IEnumerable<string> words) => words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public List<Statement> Read(SentenceAnalysis s, Discourse discourse)
    {
        var statements = new List<Statement>();
        if (IsQuestion(s) || FactCheckClaim(s))
        {
            // A question states no one's position, but its answer may point back at what it asked about.
            RememberIssues(s, discourse);
            discourse.Question = IsQuestion(s) ? AskedIssue(s, s.Of(CueKind.Issue)) ?? AskedBack(s, discourse) : null;
            return statements;
        }
        var signals = Signals(s);
        // "An article published on Tuesday wrongly said that Russia had accepted a limit of 700,000 troops": a correction.
        // ("Correction: An earlier version of this story said that Russia had offered …": so is what an earlier version said.)
        // ("Correction: An article published on Tuesday misstated … The article said Ukraine had agreed to …": so is what the
        // article a correction has called wrong said.)
        // (Only an article's misstatement: "Moscow misrepresented Kyiv's position" retracts nothing.)
        for (var k = 1; k < s.Tokens.Length && !discourse.Misreported; k++)
        {
            // ("An article published on Monday … incorrectly reported the position of the Polish government": or reported it wrongly,
            // when nobody reports the article: "Kyiv said a Russian report falsely claimed …" corrects nothing.)
            discourse.Misreported = (_misreporting.Contains(s.Tokens[k].Norm)
                    || _retractions.Contains(s.Tokens[k].Norm) && k + 1 < s.Tokens.Length && s.IsKindAt(CueKind.Speech, k + 1) && !s.Speeches.Exists(sp => sp.Start < k))
                && Array.FindIndex(s.Tokens, 0, k, t => ArticleNouns.Contains(t.Norm) || t.Norm == "version") >= 0;
        }
        if (s.Speeches.Find(sp => sp.Start > 0 && (_retractions.Contains(s.Tokens[sp.Start - 1].Norm) || EarlierVersion(s, sp.Start)
            || discourse.Misreported && ArticleNouns.Contains(s.Tokens[sp.Start - 1].Norm))) is { } retracted)
        {
            signals.RemoveAll(x => x.Start >= retracted.End);
            s.ForgetIssuesFrom(retracted.End);
        }
        // ("Ivchenko did not say that Ukraine would hold elections in the spring": what someone is said not to have said is no
        // one's, up to the clause's end: "…, but he said Russia wants a ceasefire" still counts.)
        else if (Unsaid(s) is { } unsaid)
        {
            var clauseEnd = Array.FindIndex(s.Tokens, unsaid.End, t => t.Norm is "but" or ";" or "while" or "whereas");
            clauseEnd = clauseEnd < 0 ? s.Tokens.Length : clauseEnd;
            signals.RemoveAll(x => x.Start >= unsaid.End && x.Start < clauseEnd);
            s.ForgetIssuesBetween(unsaid.End, clauseEnd);
        }
        // "dismissed as propaganda reports that Moscow was prepared to hand the plant back": the denial reverses what the
        // report says (decided for all cues first, so no cue sees another one already reversed).
        foreach (var denied in signals.Where(x => DeniedReport(s, signals, x)).ToList())
        {
            denied.Polarity = -denied.Polarity;
            denied.Act = "rejection";
        }
        // "would reject any document that did not provide for Ukraine's withdrawal": a negated cue in a relative clause on what
        // a refusal refuses is wanted.
        // (Decided for all cues first, as the denials are.)
        List<Signal>? lacking = null;
        foreach (var x in signals)
        {
            if (RefusedForLacking(s, signals, x))
            {
                (lacking ??= []).Add(x);
            }
        }
        lacking?.ForEach(x => x.Polarity = -x.Polarity);
        MarkAddressees(s, signals);
        ReadAsides(s, signals, statements);
        var consumedIssues = new HashSet<int>();
        var governed = new Dictionary<int, (Signal Signal, List<Holder> Holders, HashSet<int> Issues)>();
        List<Holder>? previousHolders = null;

        var hypothetical = new HashSet<Signal>();
        var openConditions = new HashSet<int>();
        // "Berlin would contribute soldiers only if the United States committed to a security backstop": under a modal clause
        // with no stance verb, what the condition's other subject would do is the clause's holder's price (ReadConditions).
        foreach (var c in s.Of(CueKind.Condition))
        {
            if (s.Tokens[c.Start].Norm is "if" or "only" or "provided" or "unless" or "as" or "so" && s.Of(CueKind.Modal).Exists(m => m.End <= c.Start && c.Start - m.End <= 8 && OneClause(s, m.End, c.Start))
                && !signals.Exists(x => x.End <= c.Start && OneClause(s, x.End, c.Start) && !x.Family.Noun)
                && SubjectBefore(s, c.Start, -1) is { Party: >= 0 } holder)
            {
                var clauseEnd = AsideEnd(s, c.End);
                hypothetical.UnionWith(signals.Where(x => x.Start >= c.End && x.Start < clauseEnd && !x.Family.Noun
                    && s.Agents.Any(a => a.CanHold && a.Start >= c.End && a.End <= x.Start && a.Party != holder.Party)));
            }
        }
        foreach (var signal in signals)
        {
            if (hypothetical.Contains(signal) || IntroducesStance(s, signals, signal) || InOpenQuestion(s, signals, signal) || RefusedAsCondition(s, signals, signal))
            {
                continue;
            }
            // "Peskov has confirmed that U.S. envoys will meet Putin in Moscow to discuss the latest draft": confirming a
            // meeting schedules it; it is no stance on the talks or on what they will discuss.
            // (Its subject is still the subject of a verb joined to it: "He confirmed that …, and said …".)
            // ("Delegations … met in Valletta on Tuesday …, the Foreign Ministry confirmed yesterday": so does a confirmation that
            // attributes the round reported before it.)
            var confirms = _confirms.Contains(s.Tokens[signal.Start].Norm);
            var schedules = confirms
                && s.Of(CueKind.MeetingTrigger).Exists(t => t.Start >= signal.End && t.Start - signal.End <= 12 && OneClause(s, signal.End, t.Start)
                    && !s.Of(CueKind.Issue).Exists(m => m.Start >= signal.End && m.End <= t.Start));
            var confirmsRound = confirms && s.Of(CueKind.MeetingTrigger).Exists(t => t.End <= signal.Start)
                && TrailingAttribution(s, signal.Start, signal.End);
            var scopeEnd = ScopeEnd(s, signals, signal);
            // "sanctions must stay until Russia agrees to a ceasefire": the stance is on what comes before; what comes
            // after "until" is what the holder wants to see first.
            var until = EndsAtUntil(s, signal.End)
                // "a force that would deploy only after a ceasefire": a cue whose "only" opens the condition leaves what
                // follows to the condition; what is conditional comes before it.
                // ("there will be no settlement unless …": so does one that ends on the condition's word.)
                || signal.Conditional && s.Of(CueKind.Condition).Exists(c => c.Start < signal.End && (c.End > signal.End || c.End == signal.End && c.Start > signal.Start))
                // "any relief would depend on Moscow first agreeing to a full ceasefire": what something depends on is its
                // price, as what it lasts until is.
                || signal.Conditional && signal.End >= 2 && s.Tokens[signal.End - 1].Norm is "on" or "upon" && s.Tokens[signal.End - 2].Norm.StartsWith("depend", StringComparison.Ordinal);
            // A noun cue keeps what it consumed apart, to give it back if nobody owns the noun.
            var issuesConsumedHere = signal.Family.Noun ? new HashSet<int>() : consumedIssues;
            var issues = IssuesInScope(s, signals, signal, until ? signal.End : scopeEnd, discourse, out var issueCertainty, issuesConsumedHere);
            if (signal.Family.Noun)
            {
                consumedIssues.UnionWith(issuesConsumedHere);
            }
            var conditionAt = ConditionAfter(s, signals, signal);
            if (conditionAt < 0 && FrontedCondition(s, signals, signal.Start, signal) is var (fronted, comma))
            {
                // What the fronted condition names is its price, read by ReadConditions, not the cue's object.
                var inside = s.Of(CueKind.Issue).Where(m => m.Start > fronted && m.End <= comma).ToList();
                issues = issues.Where(i => !inside.Exists(m => m.Cue.Ref == i.Issue) || s.Of(CueKind.Issue).Exists(m => m.Cue.Ref == i.Issue && m.Start > comma)).ToList();
                consumedIssues.ExceptWith(inside.Select(m => m.Start));
                conditionAt = fronted;
            }
            var staysOpen = signal.Undecided && (conditionAt < 0 || StaysOpen(s, signal, conditionAt));
            if (staysOpen && conditionAt >= 0)
            {
                // What the open view waits for is still what it is about: "only after receiving the updated documents".
                openConditions.Add(conditionAt);
                if (issues.Count == 0)
                {
                    var clauseEnd = AsideEnd(s, conditionAt);
                    var awaited = s.Of(CueKind.Issue).Where(m => m.Start > conditionAt && m.Start < clauseEnd).ToList();
                    issues = awaited.Select(m => (m.Cue.Ref, m.Cue.Polarity)).Distinct().ToList();
                    consumedIssues.UnionWith(awaited.Select(m => m.Start));
                }
            }
            var holders = CollectiveHolders(s, signal, discourse) ?? Holders(s, signal, issues, previousHolders, discourse);
            if (schedules)
            {
                // (What it goes on to say after "and said" is said, not scheduled.)
                var said = s.Speeches.Find(sp => sp.Start > signal.End)?.Start ?? s.Tokens.Length;
                var scheduled = s.Of(CueKind.Issue).Where(m => m.Start >= signal.End && m.Start < said).Select(m => m.Cue.Ref).ToHashSet();
                issues = issues.Where(i => !scheduled.Contains(i.Issue)).ToList();
            }
            if (confirmsRound)
            {
                issues = [];
            }
            // (A noun's owner is no verb's subject: "provide Ukraine with military support, and stands ready to …".)
            if (holders.Count > 0 && !signal.Family.Noun)
            {
                previousHolders = holders;
            }
            else if (signal.Family.Noun)
            {
                // "Under the American proposal, the plant would be run jointly": a noun nobody owns here leaves its issues
                // to be read otherwise.
                consumedIssues.ExceptWith(issuesConsumedHere.Where(i => !openConditions.Contains(i)));
            }
            var issueIds = new HashSet<int>();
            // ("Ukraine's withdrawal from Donetsk region is a precondition for any ceasefire": the subject of a precondition is
            // demanded, as the cue's object waits on it.)
            // ("… from the Donetsk and Luhansk People's Republics remains an indispensable condition for a ceasefire", "calls a
            // Ukrainian withdrawal from Donetsk an “indispensable condition” for a ceasefire": after an article, and after a
            // naming verb's object.)
            var copula = signal.Start - (signal.Start > 1 && s.Tokens[signal.Start - 1].IsQuote ? 2 : 1);
            copula -= copula > 0 && s.Tokens[copula].Norm is "a" or "an" or "the" ? 1 : 0;
            if (signal is { Conditional: true, IssueBefore: false } && signal.Family.Act == "demand" && !staysOpen && copula >= 0
                && s.Of(CueKind.Issue).LastOrDefault(m => s.Tokens[copula].Norm is "is" or "was" or "are" or "were" or "remains" or "remain" or "be"
                        ? m.End <= copula && copula - m.End <= 6 && PriceGap(s, m.End, copula)
                        : m.End <= copula + 1 && copula + 1 - m.End <= 6 && PriceGap(s, m.End, copula + 1)
                          && Enumerable.Range(Math.Max(0, m.Start - 3), Math.Min(3, m.Start)).Any(k => pack.NamingVerbs.Contains(s.Tokens[k].Norm)
                              && Enumerable.Range(k + 1, m.Start - k - 1).All(j => s.Tokens[j].IsWord)))
                    is { End: > 0 } price && !consumedIssues.Contains(price.Start))
            {
                consumedIssues.Add(price.Start);
                foreach (var holder in holders)
                {
                    Emit(statements, s, holder, price.Cue.Ref, price.Cue.Polarity > 0 ? "supports" : "opposes", "demand", signal.Weight * holder.Certainty * 0.85, signal.Start);
                }
            }
            foreach (var (issue, polarity) in issues)
            {
                issueIds.Add(issue);
                string stance;
                if (staysOpen)
                {
                    stance = "undecided";
                }
                else if (signal.Conditional && signal.IssueBefore && signal.Family.Act == "demand")
                {
                    // "the withdrawal from Donbass remains a prerequisite for any agreement": what is the price is demanded;
                    // what it is the price of comes after the cue. ("Ukraine's neutrality remained a non-negotiable
                    // condition": a demand for the contrary of membership opposes it.)
                    stance = polarity > 0 ? "supports" : "opposes";
                }
                else if (signal.Conditional || conditionAt >= 0 && !Lasting(s, signal, conditionAt) && !(signal.Family.Noun && holders.Count > 0 && holders[0].Agent.End >= signal.Start))
                {
                    stance = "conditional";
                }
                else
                {
                    stance = signal.Polarity * polarity > 0 ? "supports" : "opposes";
                }
                foreach (var holder in holders)
                {
                    Emit(statements, s, holder, issue, stance, signal.Act, signal.Weight * holder.Certainty * issueCertainty, signal.Start);
                }
            }
            // "Moscow wants Kyiv out of the rest of Donetsk region before any ceasefire": what a demand must come before is
            // what the holder accepts only on that condition.
            if (issues.Count > 0 && !staysOpen && !signal.Undecided && !signal.Conditional && signal.Polarity > 0)
            {
                // ("before any discussion of territory" only dates the demand.)
                foreach (var m in s.Of(CueKind.Issue).Where(m => m.Start > signal.End && m.Start < scopeEnd && BeforeAny(s, m.Start) && !issueIds.Contains(m.Cue.Ref)
                    && !(s.Tokens[m.End - 1].Norm is "of" or "on" or "about" || m.End < s.Tokens.Length && s.Tokens[m.End].Norm is "of" or "on" or "about")))
                {
                    consumedIssues.Add(m.Start);
                    foreach (var holder in holders)
                    {
                        Emit(statements, s, holder, m.Cue.Ref, "conditional", "statement", signal.Weight * holder.Certainty * 0.85, signal.Start);
                    }
                }
            }
            if (until)
            {
                // The "until" clause is the holder's price, not its subject's stance: "until Russia agrees to a ceasefire".
                var clauseEnd = AsideEnd(s, signal.End);
                hypothetical.UnionWith(signals.Where(x => x.Start >= signal.End && x.Start < clauseEnd));
                foreach (var m in s.Of(CueKind.Issue).Where(m => m.Start >= signal.End && m.Start < clauseEnd && !issueIds.Contains(m.Cue.Ref)))
                {
                    consumedIssues.Add(m.Start);
                    foreach (var holder in holders)
                    {
                        Emit(statements, s, holder, m.Cue.Ref, m.Cue.Polarity > 0 ? "supports" : "opposes", "demand", signal.Weight * holder.Certainty * 0.85, signal.Start);
                    }
                }
            }
            if (conditionAt >= 0 && holders.Count > 0 && !signal.Family.Noun && !staysOpen && !governed.ContainsKey(conditionAt))
            {
                governed[conditionAt] = (signal, holders, issueIds);
                // "ready to move fast if Russia agreed to a full ceasefire first": what the condition's subject would do
                // is the holder's price (read by ReadConditions), not that subject's stance.
                var clauseEnd = AsideEnd(s, conditionAt);
                hypothetical.UnionWith(signals.Where(x => x.Start > conditionAt && x.Start < clauseEnd && !x.Family.Noun
                    && s.Agents.Any(a => a.CanHold && a.Start > conditionAt && a.End <= x.Start && !holders.Exists(h => h.Agent.Party == a.Party))));
            }
        }

        ReadConditions(s, signals, governed, statements, consumedIssues, openConditions, hypothetical);
        ReadAssertions(s, signals, statements, consumedIssues, discourse);
        ReadPartyLabel(s, statements);
        ReadYesOrNo(s, statements, discourse);
        ReadDismissal(s, statements, discourse);
        ReadBareRefusal(s, signals, statements, discourse);
        ReadAuthorship(s, statements);

        RememberIssues(s, discourse);
        // ("Kyiv offered an energy truce. Moscow rejected it.": an offer is refused as a demand is.)
        if (statements.FindLast(st => st is { Act: "demand" or "proposal", Stance: "supports" }) is { } demanded)
        {
            discourse.LastDemand = demanded.Issue;
            discourse.LastDemandParty = demanded.Party;
            discourse.LastDemandAt = s.Sentence.Index;
        }
        return Deduplicate(statements);
    }

    /// <summary>
    /// "Asked whether Ukraine would agree to freeze the fighting along the current line, he replied: “Yes, if there are real
    /// security guarantees”", "Q: Will Kyiv give up the Donbas? A: No.": a bare yes or no takes the question's one issue,
    /// and a "yes, if …" makes it conditional.
    /// </summary>
    private void ReadYesOrNo(SentenceAnalysis s, List<Statement> statements, Discourse discourse)
    {
        var tokens = s.Tokens;
        var asked = s.AskedEnd > 0 ? AskedIssue(s, s.Of(CueKind.Issue).FindAll(m => m.End <= s.AskedEnd)) : null;
        var question = asked ?? (s.RepliesToQuestion ? discourse.Question : null);
        if (question is not { } q)
        {
            return;
        }
        var from = Math.Max(s.AskedEnd, 0);
        var at = -1;
        for (var i = from; i < tokens.Length - 1 && i <= from + 8; i++)
        {
            // The word opens the answer: after a colon, a quote or a label, and before a comma or a full stop.
            if (tokens[i].Norm is "yes" or "no" && (i == 0 || tokens[i - 1].IsQuote || tokens[i - 1].Norm is ":" or ",")
                && tokens[i + 1].Norm is "," or "." or "!" or ";" or "—" or "–")
            {
                at = i;
                break;
            }
            // "Q: Is Ukraine ready to sign the framework? LYSENKO: Only if the points on Donetsk are changed …": an answer that
            // is only a condition grants the question's issue on it.
            // (Only right after the question that named it.)
            if (tokens[i].Norm == "only" && tokens[i + 1].Norm is "if" or "once" or "when" or "after" && (i == 0 || tokens[i - 1].IsQuote || tokens[i - 1].Norm == ":")
                && discourse.LastIssuesAt == s.Sentence.Index - 1 && discourse.LastIssues.Contains(q.Issue))
            {
                at = i;
                break;
            }
        }
        // (An answer that names its own issue is read as it stands: "Elections, yes, once the guns fall silent".)
        if (at < 0 || statements.Exists(st => st.Issue == q.Issue) || s.Of(CueKind.Issue).Exists(m => m.Start > from && m.Start < at)
            || SayerAt(s, at) is not { Party: >= 0 } sayer)
        {
            return;
        }
        var polarity = q.Polarity * (tokens[at].Norm == "no" ? -1 : 1);
        var conditional = tokens[at].Norm == "only" || at + 2 < tokens.Length && tokens[at].Norm == "yes" && s.StartsAt(CueKind.Condition, at + 2);
        Emit(statements, s, new Holder(sayer, 0.8), q.Issue, conditional ? "conditional" : polarity > 0 ? "supports" : "opposes",
            conditional ? "statement" : polarity > 0 ? "acceptance" : "rejection", 0.6, at);
    }

    /// <summary>
    /// "Moscow still demands the whole of the Donbas; Kyiv still refuses to give it up.", "Russia's delegation repeated its
    /// demand that Ukraine withdraw … Ukraine's negotiator rejected it again.": a refusal with no object of its own, or only a
    /// pronoun or a bare verb of giving way, refuses the demand another party made just before, in the sentence or the one
    /// before it.
    /// </summary>
    private void ReadBareRefusal(SentenceAnalysis s, List<Signal> signals, List<Statement> statements, Discourse discourse)
    {
        var tokens = s.Tokens;
        foreach (var signal in signals)
        {
            // (Not inside a relative clause, "an idea Moscow has so far rejected", which refuses what it is about.)
            if (signal.Family.Noun || signal.Family.Act != "rejection" || signal.Polarity >= 0 || s.InRelativeClause(signal.Start))
            {
                continue;
            }
            var k = signal.End;
            while (k < tokens.Length && BareRefusalTail.Contains(tokens[k].Norm))
            {
                k++;
            }
            if (k < tokens.Length && tokens[k].Norm is not ("." or ";" or "and" or ","))
            {
                continue;
            }
            // ("Moscow, once again, said no.": an aside set off by commas may stand between.)
            if (s.Agents.LastOrDefault(a => a.End <= signal.Start && signal.Start - a.End <= 5 && a.CanHold && a is { Party: >= 0, Possessive: false, Oblique: false }
                    && Enumerable.Range(a.End, signal.Start - a.End).All(i => tokens[i] is { IsWord: true, IsCapitalized: false } || tokens[i].Norm == ",")
                    && (signal.Start - a.End <= 3 || tokens[a.End].Norm == "," && tokens[signal.Start - 1].Norm == ",")) is not { } refuser)
            {
                continue;
            }
            // (Nor when the refuser already holds something here: "… NATO membership for Ukraine would mean “World War Three” and that
            // Bratislava would never agree to it.")
            if (statements.Exists(st => st.Party == refuser.Party))
            {
                continue;
            }
            var demand = statements.FindLast(st => st is { Act: "demand", Stance: "supports" } && st.Party != refuser.Party)?.Issue
                ?? DemandJustBefore(s, discourse, refuser.Party);
            if (demand >= 0)
            {
                Emit(statements, s, new Holder(refuser, 0.8), demand, "opposes", "rejection", 0.6, signal.Start);
            }
        }
    }

    // What may follow a refusal that has no object of its own: "refused", "rejected it again", "refuses to give it up".
    private static readonly HashSet<string> BareRefusalTail =
        ["it", "them", "that", "this", "again", "outright", "flatly", "so", "to", "withdraw", "leave", "budge", "comply", "retreat", "give", "up", "do"];

    /// <summary>
    /// "The Russians want all of our Donbas before any ceasefire. That will not happen.": a sentence that only says the
    /// demand just made will not come true is its sayer's refusal of it, when the sayer is another party.
    /// </summary>
    private void ReadDismissal(SentenceAnalysis s, List<Statement> statements, Discourse discourse)
    {
        var tokens = s.Tokens;
        var at = tokens.Length > 0 && tokens[0].IsQuote ? 1 : 0;
        if (statements.Count > 0 || at + 4 > tokens.Length
            || tokens[at].Norm is not ("that" or "this") || tokens[at + 1].Norm is not ("will" or "would" or "is" or "can")
            || tokens[at + 2].Norm is not ("not" or "never"))
        {
            return;
        }
        var verb = tokens[at + 3].Norm == "going" && at + 5 < tokens.Length && tokens[at + 4].Norm == "to" ? at + 5 : at + 3;
        if (verb >= tokens.Length || tokens[verb].Norm != "happen" || verb + 1 < tokens.Length && tokens[verb + 1].IsWord
            || SayerAt(s, at) is not { Party: >= 0 } sayer || DemandJustBefore(s, discourse, sayer.Party) is not (>= 0 and var demand))
        {
            return;
        }
        Emit(statements, s, new Holder(sayer, 0.8), demand, "opposes", "rejection", 0.6, at);
    }

    /// <summary>The issue another party than <paramref name="party"/> demanded in the sentence before, or -1.</summary>
    private static int DemandJustBefore(SentenceAnalysis s, Discourse discourse, int party) =>
        discourse.LastDemandAt == s.Sentence.Index - 1 && discourse.LastDemandParty != party ? discourse.LastDemand : -1;

    /// <summary>
    /// "the 30-day moratorium on strikes against energy facilities proposed by the American side": whoever put an issue
    /// forward backs it, whatever the sentence around it says.
    /// </summary>
    private void ReadAuthorship(SentenceAnalysis s, List<Statement> statements)
    {
        foreach (var m in s.Of(CueKind.Issue))
        {
            for (var i = m.End; i + 2 < s.Tokens.Length && i <= m.End + 5 && s.Tokens[i].IsWord; i++)
            {
                if (_authorship.Contains(s.Tokens[i].Norm) && s.Tokens[i + 1].Norm == "by"
                    && s.Agents.Find(a => a.Start >= i + 2 && a.Start <= i + 3 && a.Party >= 0 && !a.Possessive) is { } author
                    && !statements.Exists(st => st.Party == author.Party && st.Issue == m.Cue.Ref))
                {
                    var polarity = m.Cue.Polarity * Flips(s, Math.Max(0, m.Start - NegationReach), m, i);
                    Emit(statements, s, new Holder(author, 0.85), m.Cue.Ref, polarity > 0 ? "supports" : "opposes", "proposal", 0.6, m.Start);
                    break;
                }
            }
        }
    }

    /// <summary>The one issue a question asks about, with its direction ("will sanctions be lifted" asks about lifting them).</summary>
    private static (int Issue, int Polarity)? AskedIssue(SentenceAnalysis s, List<CueMatch> issues)
    {
        var ids = issues.Select(m => m.Cue.Ref).Distinct().ToList();
        if (ids.Count != 1)
        {
            return null;
        }
        var first = issues[0];
        return (first.Cue.Ref, first.Cue.Polarity * Flips(s, 0, first, first.End + PostFlipReach));
    }

    /// <summary>
    /// "The Americans have proposed a ceasefire in the air. Will Russia accept the proposal?": a question that names no issue
    /// but points back with "the proposal" asks about the one issue of the sentence before.
    /// </summary>
    private static (int Issue, int Polarity)? AskedBack(SentenceAnalysis s, Discourse discourse) =>
        s.Of(CueKind.Issue).Count == 0 && s.Of(CueKind.Anaphora).Count > 0 && discourse.LastIssuesAt == s.Sentence.Index - 1
            && discourse.LastIssues.Distinct().Count() == 1
            ? (discourse.LastIssues[0], 1)
            : null;

    private static bool EarlierVersion(SentenceAnalysis s, int speech) =>
        Enumerable.Range(Math.Max(1, speech - 6), Math.Max(0, speech - Math.Max(1, speech - 6)))
            .Any(k => s.Tokens[k].Norm == "version" && s.Tokens[k - 1].Norm is "earlier" or "previous" or "original");

    /// <summary>Remember what this sentence was about, for "that demand" in the next one.</summary>
    private static void RememberIssues(SentenceAnalysis s, Discourse discourse)
    {
        var mentioned = s.Of(CueKind.Issue).Select(m => m.Cue.Ref).ToList();
        if (mentioned.Count > 0)
        {
            discourse.LastIssues.Clear();
            discourse.LastIssues.AddRange(mentioned);
            discourse.LastIssuesAt = s.Sentence.Index;
        }
    }

    /// <summary>
    /// An open view stays open when what follows only says when it will close ("will formulate its attitude only after
    /// receiving the documents") or belongs to the question left open ("declined to say whether Putin would agree if …");
    /// "did not rule out a meeting, though only to sign" is conditional.
    /// </summary>
    private static bool StaysOpen(SentenceAnalysis s, Signal signal, int conditionAt)
    {
        var marker = s.Tokens[conditionAt].Norm;
        var next = conditionAt + 1 < s.Tokens.Length ? s.Tokens[conditionAt + 1].Norm : "";
        // "did not rule out extending the pause, though only after 30 days": an option left open on a stated
        // condition is a conditional stance; "will decide only after studying the text" stays open.
        var leftOpen = false;
        for (var i = signal.Start; i < signal.CueEnd; i++)
        {
            leftOpen |= s.Tokens[i].Norm is "rule" or "ruled" or "exclude" or "excluded" or "rejected";
        }
        if (leftOpen)
        {
            return false;
        }
        if (marker is "after" or "once" or "until" or "till" || marker == "only" && next is "after" or "once" or "when")
        {
            return true;
        }
        for (var i = signal.Start; i < conditionAt; i++)
        {
            if (s.Tokens[i].Norm is "whether")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Peskov insisted that European troops remained unacceptable": a demand verb that introduces a clause with a
    /// stance of its own only reports it, like "said".
    /// </summary>
    private static bool IntroducesStance(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        if (signal.Family.Noun || signal.Family.Act != "demand" || signal.End >= s.Tokens.Length || s.Tokens[signal.End].Norm != "that")
        {
            return false;
        }
        var end = signal.End + 1;
        while (end < s.Tokens.Length && s.Tokens[end].Norm is not (";" or "." or ":" or "," or "and") && !s.StartsAt(CueKind.ClauseBreak, end))
        {
            end++;
        }
        return signals.Any(x => x != signal && !x.Family.Noun && x.Start > signal.End && x.Start < end && x.Family.Act != "demand");
    }

    private static readonly HashSet<string> Interrogatives = ["would", "will", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "shall",
        "has", "have", "what", "why", "how", "when", "where", "who", "which", "whether"];

    /// <summary>"CLAIM: Posts shared widely on social media say …": what a fact-check tests is nobody's stated position.</summary>
    private bool FactCheckClaim(SentenceAnalysis s) =>
        s.Tokens.Length > 2 && _untestedLabels.Contains(s.Tokens[0].Norm) && s.Tokens[1].Norm == ":";

    /// <summary>"Q: Would Kyiv accept a demilitarised zone?" asks; it states no one's position.</summary>
    private static bool IsQuestion(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        if (!s.EndsWithQuestionMark)
        {
            return false;
        }
        var first = 0;
        for (var i = 0; i < Math.Min(4, tokens.Length); i++)
        {
            if (tokens[i].Norm == ":")
            {
                first = i + 1; // after a transcript label ("Q:", "HOST:")
            }
        }
        while (first < tokens.Length && (tokens[first].IsQuote || tokens[first].Norm is "and" or "but" or "so"))
        {
            first++;
        }
        // ("High Representative, would the EU lift …?": a form of address before the question.)
        var comma = Array.FindIndex(tokens, first, Math.Min(5, tokens.Length - first), k => k.Norm == ",");
        if (comma > first && Enumerable.Range(first, comma - first).All(k => tokens[k].IsCapitalized) && comma + 1 < tokens.Length
            && Interrogatives.Contains(tokens[comma + 1].Norm))
        {
            return true;
        }
        return first < tokens.Length && Interrogatives.Contains(tokens[first].Norm);
    }

    private static readonly HashSet<string> Auxiliaries = ["has", "have", "had", "is", "are", "was", "were", "long", "also", "repeatedly", "always", "often", "still", "been", "would", "will", "could", "continue", "continues", "to"];

    /// <summary>
    /// A stance said in an aside belongs to the aside's own subject and the issue the aside hangs from:
    /// "the confiscation of Russian assets, which some European politicians push for, would be theft",
    /// "… put to the Senate for ratification, a step Kyiv has long sought". The main clause reads on without it.
    /// </summary>
    private void ReadAsides(SentenceAnalysis s, List<Signal> signals, List<Statement> statements)
    {
        var issues = s.Of(CueKind.Issue);
        foreach (var signal in signals.ToList())
        {
            if (signal.Family.Noun || issues.Any(m => m.Start >= signal.End && m.Start < AsideEnd(s, signal.End)))
            {
                continue;
            }
            Agent? agent;
            int comma;
            if (signal.Start >= 2 && s.Tokens[signal.Start - 1].Norm is "a" or "an" && s.Tokens[signal.Start - 2].Norm == "," && signal.CueEnd == signal.Start + 1)
            {
                // "… would not pull its forces out of the towns it holds, a demand the Russian delegation repeated": the noun
                // is the aside's own subject's stance on what the clause names, whatever the clause said of it.
                // (Its own verb says no stance: "…, an offer Kyiv has repeatedly rejected" is Kyiv's rejection, read as such.)
                var subject = signal.End;
                while (subject < s.Tokens.Length && s.Tokens[subject].Norm is "that" or "the")
                {
                    subject++;
                }
                agent = s.Agents.FirstOrDefault(a => a.Start == subject && a.Party >= 0 && !a.Oblique && !a.Absorbed && !a.Possessive
                    && a.End < s.Tokens.Length && s.Tokens[a.End] is { IsWord: true, IsCapitalized: false });
                comma = signal.Start - 2;
                var asideEnd = agent is null ? 0 : AsideEnd(s, agent.End);
                if (agent is null || comma < 1
                    || signals.Exists(other => other.Start >= agent.End && other.Start < asideEnd)
                    // ("…, a demand Umerov said Ukraine would never meet": nor a report of someone else's answer to it.)
                    || s.Agents.Exists(a => a.Start >= agent.End && a.Start < asideEnd)
                    || s.Of(CueKind.Negation).Exists(n => n.Start >= agent.End && n.Start < asideEnd))
                {
                    continue;
                }
            }
            else
            {
                var at = signal.Start;
                while (at > 0 && Auxiliaries.Contains(s.Tokens[at - 1].Norm))
                {
                    at--;
                }
                agent = s.Agents.LastOrDefault(a => a.End == at && a.Party >= 0 && !a.Oblique && !a.Absorbed && !a.Possessive);
                if (agent is null)
                {
                    continue;
                }
                comma = AsideComma(s, agent.Start - 1);
                if (comma < 0)
                {
                    continue;
                }
            }
            // "…, and the cap on Ukraine's army rises to 800,000, a figure Kyiv has accepted": the aside is about its own
            // clause, not what the sentence said before ", and".
            var clauseStart = comma - 1;
            while (clauseStart > 0 && !(s.Tokens[clauseStart].Norm == ";" || s.Tokens[clauseStart].Norm == "," && s.Tokens[clauseStart + 1].Norm is "and" or "but" or "while" or "whereas"))
            {
                clauseStart--;
            }
            var about = issues.Where(m => m.End <= comma && m.Start > clauseStart).ToList();
            if (s.Tokens[comma + 1].Norm is "which" or "that")
            {
                about = about.Where(m => m.End == comma).ToList(); // a relative clause hangs from the phrase right before it
            }
            if (about.Count == 0)
            {
                continue;
            }
            foreach (var m in about.DistinctBy(m => m.Cue.Ref))
            {
                // ("…, a line Russian negotiators have demanded be struck from any settlement": a flip right after the cue.)
                var polarity = signal.Polarity * m.Cue.Polarity * FlipRightAfter(s, signal);
                var stance = signal.Undecided ? "undecided" : signal.Conditional ? "conditional" : polarity > 0 ? "supports" : "opposes";
                Emit(statements, s, new Holder(agent, 1.0), m.Cue.Ref, stance, signal.Act, signal.Weight * 0.9, signal.Start);
            }
            signals.Remove(signal);
        }
    }

    /// <summary>
    /// ", which &lt;agent&gt; …" or ", a step &lt;agent&gt; …": the comma before the words that open an aside ending at
    /// <paramref name="at"/>, or -1. What comes before the comma is what the aside is about.
    /// </summary>
    private static int AsideComma(SentenceAnalysis s, int at)
    {
        var comma = at;
        while (comma > 0 && s.Tokens[comma].Norm is "some" or "many" or "most" or "several" or "certain" or "other" or "few" or "the")
        {
            comma--; // "which some European politicians push for"
        }
        if (comma >= 0 && s.Tokens[comma].Norm is "which" or "that")
        {
            comma--;
        }
        else if (comma >= 2 && s.Tokens[comma - 1].Norm is "a" or "an" && s.Tokens[comma].IsWord)
        {
            comma -= 2;
        }
        else if (comma >= 3 && s.Tokens[comma - 2].Norm is "a" or "an" && s.Tokens[comma].IsWord && s.Tokens[comma - 1].IsWord)
        {
            comma -= 3;
        }
        else
        {
            return -1;
        }
        return comma >= 1 && s.Tokens[comma].Norm == "," ? comma : -1;
    }

    /// <summary>
    /// Whether a cue ends on "until" or right before it ("stay until", "in place until", "off the table until"): what follows
    /// is another clause.
    /// </summary>
    private static bool EndsAtUntil(SentenceAnalysis s, int end) => s.Tokens[end - 1].Norm is "until" or "till" || end < s.Tokens.Length && s.Tokens[end].Norm is "until" or "till";

    private static int AsideEnd(SentenceAnalysis s, int from)
    {
        var i = from;
        while (i < s.Tokens.Length && s.Tokens[i].Norm is not ("," or "." or ";"))
        {
            i++;
        }
        return i;
    }

    /// <summary>", the Foreign Ministry confirmed yesterday.": a verb after a comma and its subject, with nothing after it but the time.</summary>
    private static bool TrailingAttribution(SentenceAnalysis s, int start, int end)
    {
        var comma = Array.FindLastIndex(s.Tokens, start, Math.Min(start + 1, 7), k => k.Norm == ",");
        return comma >= 0 && Enumerable.Range(comma + 1, start - comma - 1).All(i => s.Tokens[i].IsWord)
            && Enumerable.Range(end, s.Tokens.Length - end).All(i => s.Tokens[i].IsWord && s.Tokens[i].Norm is not "that" || s.Tokens[i].Norm is "." or "!")
            && !s.Of(CueKind.Issue).Exists(m => m.Start >= end);
    }

    private List<Signal> Signals(SentenceAnalysis s)
    {
        var raw = new List<CueMatch>();
        foreach (var m in s.Of(CueKind.Stance))
        {
            // A reporter's fronted question states no one's stance ("Asked whether a face-to-face meeting was being prepared, …").
            // (But "Asked about Kiev's demand for Western guarantees, …" reports the owner's demand.)
            if (m.Start < s.AskedEnd && !s.Agents.Exists(a => a is { Possessive: true, Party: >= 0 } && a.End == m.Start - 1 && s.Tokens[a.End].Norm == "'s"))
            {
                continue;
            }
            var same = raw.FindIndex(o => o.Start == m.Start && o.End == m.End);
            if (same < 0)
            {
                raw.Add(m);
            }
            else if (pack.StanceCues[m.Cue.Ref].Noun && !pack.StanceCues[raw[same].Cue.Ref].Noun && !VerbContext(s, m.Start)
                || !pack.StanceCues[m.Cue.Ref].Noun && pack.StanceCues[raw[same].Cue.Ref].Noun && VerbContext(s, m.Start))
            {
                raw[same] = m;
            }
        }
        var signals = new List<Signal>();
        for (var i = 0; i < raw.Count; i++)
        {
            var m = raw[i];
            var family = pack.StanceCues[m.Cue.Ref];
            // ("Berlin plans to provide nine billion euros": right after a party's name, "plans" is its verb.)
            if (family.Noun && s.Tokens[m.Start].Norm is "plans" or "plan" && s.Agents.Exists(a => a.End == m.Start && a is { Possessive: false, Party: >= 0 }
                && !s.IsKindAt(CueKind.PartyAdjective, a.End - 1)))
            {
                continue;
            }
            // "Kiev's demand for Western guarantees", "Moscow's proposals": after a possessive the word is a noun the
            // possessor owns, whoever the sentence's subject is.
            if (!family.Noun && family.Holder == "subject" && m.End - m.Start == 1 && m.Start > 0 && s.Tokens[m.Start - 1].Norm == "'s"
                && s.Agents.Exists(a => a is { Possessive: true, Party: >= 0 } && a.End == m.Start - 1))
            {
                family = family with { Noun = true };
            }
            // "walk back the agreed provisions", "the proposed deal": a participle between a determiner and its noun is an
            // adjective, no one's stance.
            if (!family.Noun && m.End - m.Start == 1 && m.Start > 0 && s.Tokens[m.Start - 1].Norm is "the" or "its" or "their" or "an"
                && s.Tokens[m.Start].Norm.EndsWith("ed", StringComparison.Ordinal) && m.End < s.Tokens.Length && IsLowerNoun(s.Tokens[m.End]))
            {
                continue;
            }
            // ("partial relief tied to conditions", "a neutrality imposed from outside": a participle right after its noun
            // describes it; "the sanctions imposed by the EU" names who holds them.)
            if (!family.Noun && m.End - m.Start == 1 && m.Start > 0 && s.Tokens[m.Start].Norm.EndsWith("ed", StringComparison.Ordinal)
                && (s.Of(CueKind.Issue).Exists(o => o.End == m.Start) || s.Of(CueKind.Flip).Exists(o => o.End == m.Start))
                && !(m.End < s.Tokens.Length && s.Tokens[m.End].Norm == "by"))
            {
                continue;
            }
            if (!family.Noun && m.Start > 0 && s.Tokens[m.Start - 1].Norm is "been" or "being" && !IsAdjective(s.Tokens[m.Start].Norm)
                && !s.Tokens[m.Start].Norm.EndsWith("ing", StringComparison.Ordinal))
            {
                // "what had been agreed in Anchorage" reports a fact, not a stance; "has been dismissive of" and
                // "has been pushing for" (active, progressive) are stances.
                continue;
            }
            // ("not ready to meet … until the documents were fully agreed": a text that is agreed or signed is a fact about the
            // text; only "agreed by X" names whose act it was.)
            if (!family.Noun && m.End - m.Start == 1 && _decisions.Contains(s.Tokens[m.Start].Norm)
                && PassiveAuxiliaryBefore(s, m.Start) && !(m.End < s.Tokens.Length && s.Tokens[m.End].Norm == "by"))
            {
                continue;
            }
            var signal = new Signal
            {
                Start = m.Start,
                End = m.End,
                CueEnd = m.End,
                Family = family,
                Polarity = family.Stance == "opposes" ? -1 : 1,
                Undecided = family.Stance == "undecided",
                Conditional = family.Stance == "conditional",
                Act = family.Act,
                Weight = family.Weight,
            };
            signal.Negated = Negated(s, m.Start) && !(family.Noun && OwnedAfterNegation(s, m.Start))
                // ("would sign nothing that left Ukrainian troops in Donbas": "nothing" as the object refuses; "accept nothing less
                // than" insists.)
                || !family.Noun && m.End + 1 < s.Tokens.Length && s.Tokens[m.End].Norm == "nothing" && s.Tokens[m.End + 1].Norm is "that" or "which"
                || family is { Holder: "sayer", Act: "demand" } && NegatedAfterModal(s, m);
            if (signal.Negated && !signal.Undecided && !signal.Conditional)
            {
                signal.Polarity = -signal.Polarity;
                signal.Act = signal.Polarity < 0 ? "rejection" : signal.Act;
            }
            // "had no intention of agreeing to", "ready to accept", "unclear whether Moscow would accept":
            // a cue right before another one modifies it rather than standing alone.
            while (i + 1 < raw.Count)
            {
                var next = raw[i + 1];
                if (EndsAtUntil(s, signal.End))
                {
                    break; // "stay until Russia agrees": what follows "until" is another clause.
                }
                // "declined to say whether it still backs the bill": the stance after "whether" is the question left open.
                var reach = signal.Undecided && (signal.Family.Holder == "following" || OpensQuestion(s, signal.End)) ? 6 : ChainGap;
                var addressed = Addressed(s, signal, next.Start);
                if (addressed)
                {
                    reach = AddresseeGap;
                }
                // ("would not sign anything that requires …": after an indefinite pronoun, "that" opens a relative clause,
                // whose cue the first one governs; "any text that required it to withdraw": so does a noun after "any".)
                // ("would never accept a settlement that required it to hand over …", "a peace deal that …": or after "a" or "the"
                // and a noun or two.)
                var relative = next.Start >= 2 && s.Tokens[next.Start - 1].Norm == "that"
                    && (s.Tokens[next.Start - 2].Norm is "anything" or "everything" or "nothing" or "something" || DeterminedNounBefore(s, next.Start - 1));
                if (relative)
                {
                    reach = Math.Max(reach, Math.Min(4, next.Start - signal.End));
                }
                // ("refused on Tuesday to commit to …": a day named between the cues is no clause of its own.)
                if (Enumerable.Range(signal.End, Math.Max(0, next.Start - signal.End)).Any(k => s.IsKindAt(CueKind.Weekday, k)))
                {
                    reach += 2;
                }
                // "a demand Kyiv has rejected": a subject between two cues starts a clause of its own.
                // ("insists that Ukraine must withdraw" is one demand: the modal is said by the subject of "insists".)
                if (!addressed && !signal.Undecided && pack.StanceCues[next.Cue.Ref].Holder != "sayer"
                    && s.Agents.Exists(a => a.Start >= signal.End && a.End <= next.Start && a.Party >= 0 && !a.Absorbed))
                {
                    break;
                }
                // ("would be regarded as theft and answered with countermeasures": two refusals joined by "and" do not cancel out.)
                // ("welcomed the American initiative but would never accept …": "but" opens a clause of its own.)
                if (next.Start < signal.End || next.Start - signal.End > reach || !addressed && !OnlyWords(s, signal.End, next.Start)
                    || Enumerable.Range(signal.End, Math.Max(0, next.Start - signal.End)).Any(k => s.Tokens[k].Norm == "but" && s.IsKindAt(CueKind.ClauseBreak, k))
                    || s.Of(CueKind.Issue).Any(m => m.Start >= signal.End && m.Start < next.Start)
                    // ("called the deadline blackmail and urged partners to keep all sanctions": after a verdict on its object, the
                    // predicate joined by "and" says its own.)
                    || (signal.Polarity < 0 && pack.StanceCues[next.Cue.Ref].Stance == "opposes" || signal.Family.Holder == "sayer")
                        && Enumerable.Range(signal.End, Math.Max(0, next.Start - signal.End)).Any(k => s.Tokens[k].Norm is "and" or "or"))
                {
                    break;
                }
                var nextFamily = pack.StanceCues[next.Cue.Ref];
                // "rejected the demand": after a determiner the second cue is the object noun, whatever family matched it.
                if (nextFamily.Noun || !relative && next.Start > 0 && s.Tokens[next.Start - 1].Norm is "the" or "that" or "this" or "those" or "these" or "such" or "its" or "their" or "his" or "her" or "a" or "an")
                {
                    break; // "support a U.S. proposal": the proposal is the object, with its own owner.
                }
                if (!signal.Undecided && !signal.Conditional)
                {
                    if (nextFamily.Stance == "undecided")
                    {
                        signal.Undecided = true;
                    }
                    else if (nextFamily.Stance == "conditional")
                    {
                        signal.Conditional = true;
                    }
                    else
                    {
                        var nextPolarity = nextFamily.Stance == "opposes" ? -1 : 1;
                        if (Negated(s, next.Start) && next.Start > signal.End)
                        {
                            nextPolarity = -nextPolarity;
                        }
                        // "warned it would block the rollover" reports the block; "warned against accepting" reverses it.
                        signal.Polarity = WarnsOf(s, signal) ? nextPolarity : signal.Polarity * nextPolarity;
                        if (signal.Family.Weight < nextFamily.Weight || signal.Act == "statement")
                        {
                            signal.Act = nextFamily.Act;
                        }
                    }
                }
                signal.End = next.End;
                signal.Weight = Math.Max(signal.Weight, nextFamily.Weight);
                i++;
            }
            signals.Add(signal);
        }
        return signals;
    }

    /// <summary>
    /// "any deal must not include Western troops": a modal of demand negated after it forbids the issue that follows in its
    /// clause, unless the issue runs across the modal or a stance verb, a flip or an act takes the negation itself ("must
    /// never accept", "should not lift").
    /// </summary>
    private static bool NegatedAfterModal(SentenceAnalysis s, CueMatch modal) =>
        modal.End + 1 < s.Tokens.Length && s.Tokens[modal.End].Norm is "not" or "n't" or "never"
        && !s.Of(CueKind.Issue).Exists(i => i.Start < modal.Start && i.End > modal.Start) && s.Of(CueKind.Issue).Exists(i => i.Start > modal.End && OneClause(s, modal.End, i.Start))
        && !s.Of(CueKind.Stance).Exists(c => c.Start >= modal.End && c.Start <= modal.End + 2) && !s.Of(CueKind.Flip).Exists(c => c.Start > modal.End && c.Start <= modal.End + 2)
        && !s.Of(CueKind.Issue).Exists(c => c.Start == modal.End + 1 && c.Cue.Action);

    /// <summary>A warning verb that reports what follows ("warned it would block"), not one that warns against it.</summary>
    private static bool WarnsOf(SentenceAnalysis s, Signal signal) =>
        signal.Act == "warning" && s.Tokens[signal.Start].Norm is var verb && (verb.StartsWith("warn", StringComparison.Ordinal) || verb.StartsWith("caution", StringComparison.Ordinal))
        && s.Tokens[signal.End - 1].Norm != "against";

    /// <summary>
    /// "urged European leaders to impose new sanctions", "called on Washington to keep the air defence coming": what a
    /// demand asks of its addressee is the demander's stance. The addressee, a party named between the demand and "to",
    /// holds nothing by being asked.
    /// </summary>
    private static bool Addressed(SentenceAnalysis s, Signal signal, int next) =>
        next - signal.End <= AddresseeGap && AddresseeTo(s, signal) == next - 1
        && s.Agents.Exists(a => a.Start >= signal.End && a.End <= next - 1 && a.Party >= 0 && !a.Possessive);

    /// <summary>
    /// The "to" that closes a demand's addressee ("urged European leaders to …"): the first one within reach, past words
    /// only and before any "and" or "that", with a word after it; -1 when there is none.
    /// </summary>
    private static int AddresseeTo(SentenceAnalysis s, Signal signal)
    {
        if (signal.Act != "demand" || signal.Family.Noun || signal.Family.Holder != "subject")
        {
            return -1;
        }
        for (var to = signal.End + 1; to < s.Tokens.Length && to - signal.End <= AddresseeGap; to++)
        {
            if (!(s.Tokens[to - 1].IsWord || s.Tokens[to - 1].Norm is "'s" or "-") || s.Tokens[to - 1].Norm is "and" or "that" or "to")
            {
                return -1;
            }
            if (s.Tokens[to].Norm == "to")
            {
                return to + 1 < s.Tokens.Length && s.Tokens[to + 1].IsWord ? to : -1;
            }
        }
        return -1;
    }

    /// <summary>"would also offer", "to propose": after a modal, an adverb of one or "to", a word that is a noun or a verb is the verb.</summary>
    private static bool VerbContext(SentenceAnalysis s, int at) =>
        at > 0 && s.Tokens[at - 1].Norm is "would" or "will" or "could" or "can" or "may" or "might" or "should" or "must" or "also" or "to" or "not" or "never"
            or "did" or "does" or "do"
        // ("Russia: demands Ukraine's withdrawal …": right after a party's label the word is the party's verb.)
        || s.LabelParty is not null && at == s.TopicLabelEnd + 1;

    /// <summary>
    /// "expects the European Union to take a final decision on …": whoever a demand is addressed to holds no stance by
    /// being asked, for any cue that follows in the clause.
    /// </summary>
    private void MarkAddressees(SentenceAnalysis s, List<Signal> signals)
    {
        // "Putin told Trump that …": whom a speaker tells is no subject of what follows.
        foreach (var speech in s.Speeches.Where(sp => _addressing.Contains(s.Tokens[sp.End - 1].Norm)))
        {
            foreach (var a in s.Agents.Where(a => a.Start == speech.End && a.Party >= 0 && !a.Possessive))
            {
                a.Addressee = true;
            }
        }
        foreach (var signal in signals)
        {
            var to = AddresseeTo(s, signal);
            foreach (var a in s.Agents.Where(a => to >= 0 && a.Start >= signal.End && a.End <= to && a.Party >= 0))
            {
                a.Addressee = true;
            }
        }
    }

    /// <summary>
    /// "it is silent on whether Ukraine would have to hold elections", "Whether Washington would accept … remains open":
    /// a stance inside an embedded question is asked about, not taken. An undecided cue right before "whether" has
    /// already chained it ("declined to say whether it backs …").
    /// </summary>
    private static bool InOpenQuestion(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        if (signal.Undecided)
        {
            return false;
        }
        // "failed to settle when Ukraine should hold elections": a modal in an embedded question demands nothing.
        if (signal.Family.Holder == "sayer")
        {
            var before = signal.Start - 1;
            while (before > 0 && signal.Start - before <= 4 && s.Agents.Exists(a => a.Start <= before && a.End > before))
            {
                before--;
            }
            if (before > 0 && before < signal.Start - 1 && s.Tokens[before].Norm is "when" or "how" or "whether" or "where" && s.Tokens[before - 1].IsWord)
            {
                return true;
            }
        }
        // "Whether Washington would provide a backstop remained open": the question is the holder's, left open.
        if (OpenedQuestion(s, signal.Start))
        {
            signal.Undecided = true;
            return false;
        }
        for (var i = signal.Start - 1; i >= 0 && !IsBreak(s, i) && s.Tokens[i].Norm != ","; i--)
        {
            if (s.Tokens[i].Norm == "whether")
            {
                return !signals.Exists(o => o.Undecided && o.End <= i && i - o.End <= 6);
            }
            // "The Russians say Ukraine has to leave the Donbas, so will Washington press Kyiv to give it up?": a clause
            // that asks is no one's stance, though the sentence before it states one.
            if (s.Tokens[i].Norm is "so" or "and" && i > 0 && s.Tokens[i - 1].Norm == "," && i + 1 < s.Tokens.Length
                && Interrogatives.Contains(s.Tokens[i + 1].Norm) && s.EndsWithQuestionMark)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A sentence that opens with "Whether …" and says later that it "remains open" or "is unclear", with the cue inside the question.</summary>
    private static bool OpenedQuestion(SentenceAnalysis s, int at)
    {
        if (s.Tokens.Length < 4 || s.Tokens[0].Norm != "whether")
        {
            return false;
        }
        for (var i = at; i + 1 < s.Tokens.Length; i++)
        {
            if (s.Tokens[i].Norm is "remains" or "remained" or "is" or "was" or "remain"
                && s.Tokens[i + 1].Norm is "open" or "unclear" or "uncertain" or "undecided" or "unknown" or "an")
            {
                return OneClause(s, at, i);
            }
        }
        return false;
    }

    private bool OpensQuestion(SentenceAnalysis s, int at)
    {
        // ("declined to say on Tuesday whether …": a day may stand before the question.)
        while (at + 1 < s.Tokens.Length && (s.Tokens[at].Norm == "on" && s.IsKindAt(CueKind.Weekday, at + 1) || s.IsKindAt(CueKind.Weekday, at)))
        {
            at++;
        }
        // ("too early to say whether Russia will sign": a verb of telling may stand before it too.)
        if (at + 1 < s.Tokens.Length && _telling.Contains(s.Tokens[at].Norm))
        {
            at++;
        }
        return at < s.Tokens.Length && s.Tokens[at].Norm is "whether" or "if" || at > 0 && s.Tokens[at - 1].Norm is "whether" or "if";
    }

    private static bool IsAdjective(string word) =>
        word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ile", StringComparison.Ordinal) || word.EndsWith("able", StringComparison.Ordinal)
        || word is "ready" or "open" or "willing" or "keen" or "eager" or "cool" or "averse" or "opposed" or "unacceptable" or "clear" or "firm";

    /// <summary>The words between a price and the cue it is the price for: no new clause, and "and" only inside a name list.</summary>
    private static bool PriceGap(SentenceAnalysis s, int from, int to) =>
        Enumerable.Range(from, to - from).All(k => (s.Tokens[k].IsWord || s.Tokens[k].Norm == "'s") && s.Tokens[k].Norm is not ("that" or "which" or "but")
            && (s.Tokens[k].Norm != "and" || k + 1 < s.Tokens.Length && s.Tokens[k + 1].IsCapitalized));

    private static bool OnlyWords(SentenceAnalysis s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!s.Tokens[i].IsWord && !QuoteInsideClause(s, i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A quotation mark that opens or closes a few quoted words inside a clause without ending it: "said Ukraine would “never
    /// give up the Donbas”", "said there was “no question” of Russia agreeing to …".
    /// </summary>
    private static bool QuoteInsideClause(SentenceAnalysis s, int i) =>
        s.Tokens[i].IsQuote && i + 1 < s.Tokens.Length && s.Tokens[i + 1].IsWord
        && (s.InQuote(i + 1) && !s.InQuote(i - 1) || i > 0 && s.Tokens[i - 1].IsWord && s.InQuote(i - 1) && !s.InQuote(i + 1));

    /// <summary>
    /// "had not seen the American proposal for a joint operation": a negation before a noun's owner is the verb's; the
    /// proposal is still the owner's.
    /// </summary>
    private static bool OwnedAfterNegation(SentenceAnalysis s, int at) =>
        s.Agents.Exists(a => a.Party >= 0 && !a.Absorbed && a.Start < at && a.Start >= at - 3 && a.Kind is not (AgentKind.Person or AgentKind.Pronoun)
            && s.Of(CueKind.Negation).Exists(n => n.End <= a.Start && a.Start - n.End <= NegationReach && s.Tokens[n.Start].Norm is not ("no" or "never")));

    /// <summary>
    /// "would not exchange", "will never take part in", "did not come here to trade": a modal or auxiliary, a negation and a
    /// verb (with at most a particle, preposition or determiner) right before the issue.
    /// </summary>
    private bool NegatedVerbBefore(SentenceAnalysis s, int at)
    {
        foreach (var n in s.Of(CueKind.Negation))
        {
            if (n.End >= at || at - n.End > 4 || n.Start == 0 || !OnlyWords(s, n.End, at))
            {
                continue;
            }
            var aux = s.Tokens[n.Start - 1].Norm;
            // ("would not trade land for a pause": the pause is the price, not what is refused.)
            if (aux is "would" or "will" or "did" or "does" or "do" or "could" or "can" or "had" or "has" or "have" or "shall"
                && s.Tokens[n.Start].Norm is "not" or "never" or "n't" && Enumerable.Range(n.End, at - n.End).Any(k => _refusable.Contains(s.Tokens[k].Norm))
                && !s.Of(CueKind.Issue).Exists(m => m.Start >= n.End && m.Start < at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"was", "were", "is" or "are" right before the token, or before one adverb in "-ly" before it.</summary>
    private static bool PassiveAuxiliaryBefore(SentenceAnalysis s, int at)
    {
        var aux = at - 1;
        if (aux > 0 && s.Tokens[aux].Norm.EndsWith("ly", StringComparison.Ordinal))
        {
            aux--;
        }
        return aux >= 0 && s.Tokens[aux].Norm is "was" or "were" or "is" or "are";
    }

    private static bool Negated(SentenceAnalysis s, int at)
    {
        foreach (var m in s.Of(CueKind.Negation))
        {
            if (m.End <= at && at - m.End <= NegationReach - 1 && OnlyWords(s, m.End, at))
            {
                return true;
            }
            // "neither … nor … would allow": the correlative reaches the whole clause.
            if (m.End <= at && s.Tokens[m.Start].Norm == "neither" && at - m.End <= 12)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether no clause break stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool OneClause(SentenceAnalysis s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsBreak(s, i))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBreak(SentenceAnalysis s, int token)
    {
        var norm = s.Tokens[token].Norm;
        // "ready to back it, but only if a ceasefire is in place": "but" that opens a condition restricts the clause before it;
        // "can accept most of the text but not the zone" takes the same verb, negated.
        if (norm == "but" && token + 1 < s.Tokens.Length && (s.StartsAt(CueKind.Condition, token + 1) || s.Tokens[token + 1].Norm is "not" or "no"))
        {
            return false;
        }
        // "What Moscow wants: an end to the restrictions …": a colon right after the cue introduces its object.
        if (norm == ":" && s.Of(CueKind.Stance).Exists(c => c.End == token))
        {
            return false;
        }
        return norm is ";" or ":" || s.StartsAt(CueKind.ClauseBreak, token);
    }

    /// <summary>
    /// "… wants all of Donbas and says any Western troops are out of the question": a second speech verb opens a clause
    /// of its own when that clause has a stance of its own.
    /// </summary>
    private static bool SaysAgain(SentenceAnalysis s, int token) =>
        token > 0 && s.Tokens[token - 1].Norm is "and" or "but" && s.Speeches.Any(sp => sp.Start == token);

    private int ScopeEnd(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        var end = s.Tokens.Length;
        foreach (var other in signals)
        {
            if (other.Start >= signal.End && !other.Family.Noun)
            {
                end = Math.Min(end, other.Start);
                break;
            }
        }
        for (var i = signal.End; i < end; i++)
        {
            // (", and he characterised …", ", and she said …", "Russia insists on getting all of Donetsk region, and Ukraine says it
            // will not withdraw …": a report of its own, by a pronoun or a party.)
            if (s.Tokens[i].Norm == "," && i + 3 < end && s.Tokens[i + 1].Norm is "and" or "but"
                && (s.Tokens[i + 2].Norm is "he" or "she" or "they" or "we" && (pack.NamingVerbs.Contains(s.Tokens[i + 3].Norm) || s.IsKindAt(CueKind.Speech, i + 3))
                    || s.Agents.Find(a => a.Start == i + 2 && a.Kind is AgentKind.Entity or AgentKind.Group && a.Party >= 0) is { } subject
                        && subject.End < end && s.IsKindAt(CueKind.Speech, subject.End)))
            {
                return i;
            }
            // ("rejects any Western troops in Ukraine, and the draft is silent on the question": a clause with a subject and a verb
            // of its own.)
            if (s.Tokens[i].Norm == "," && i + 4 < end && s.Tokens[i + 1].Norm is "and" or "but" && s.Tokens[i + 2].Norm is "the" or "its" or "their" or "this" or "that"
                && Enumerable.Range(i + 4, Math.Min(2, end - i - 4)).FirstOrDefault(k => FiniteVerbs.Contains(s.Tokens[k].Norm)) is > 0 and var verb
                && Enumerable.Range(i + 3, verb - i - 3).All(k => IsLowerNoun(s.Tokens[k])))
            {
                return i;
            }
            // ("said a plebiscite would change nothing, and that Russia expected …": a second reported clause.)
            if (s.Tokens[i].Norm == "," && i + 2 < end && s.Tokens[i + 1].Norm is "and" or "but" && s.Tokens[i + 2].Norm == "that")
            {
                return i;
            }
            // ("Ukraine rejects the Russian draft, repeating that it will not withdraw …": a participle that reports a clause of its
            // own after the object.)
            if (s.Tokens[i].Norm == "," && i + 2 < end && i > signal.End && s.Tokens[i + 1] is { IsWord: true, IsCapitalized: false } && s.Tokens[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                && s.Tokens[i + 2].Norm == "that" && s.Agents.Exists(a => a.Kind == AgentKind.Document && a.Start >= signal.End && a.End <= i))
            {
                return i;
            }
            // ("would be “theft” and would poison the negotiations": after a verdict on its subject, a second verb phrase says
            // something of its own.)
            if (s.Tokens[i].Norm == "and" && i + 1 < end && s.Tokens[i + 1].Norm is "would" or "will" or "could" or "should" or "might" or "may"
                && signal.Polarity < 0 && Enumerable.Range(Math.Max(0, signal.Start - 2), Math.Min(2, signal.Start)).Any(k => s.Tokens[k].Norm is "be" or "is" or "was" or "are" or "were"))
            {
                return i;
            }
            // ("refuses to withdraw from any territory it controls and will not recognise Russian sovereignty": a second verb phrase
            // with its own negation is read by that negation, not through a refusal that would turn it round again.)
            if (signal.Polarity < 0 && s.Tokens[i].Norm == "and" && i + 2 < end
                && s.Tokens[i + 1].Norm is "will" or "would" or "can" or "could" or "does" or "did" or "do" or "has" or "have"
                && s.Tokens[i + 2].Norm is "not" or "never" or "n't")
            {
                return i;
            }
            // ("will not accept any agreement requiring it to withdraw, even if the negotiations continue for years": a
            // concession is no object of the cue.)
            if (s.Tokens[i].Norm == "even" && i + 1 < end && s.Tokens[i + 1].Norm is "if" or "though")
            {
                return i;
            }
            // ("declined to answer, saying the negotiations were confidential": an open view's participle reports words of its
            // own, and so does any cue's when the participle takes a stance of its own ("rejected the proposal, telling
            // reporters the limit was the foundation of the settlement"); otherwise it says what is refused ("dismissed the
            // interview, saying the size of the army was not Moscow's business").)
            if ((signal.Undecided || signals.Exists(o => o.Start > i + 1)) && s.Tokens[i].Norm == "," && i + 1 < end
                && s.Tokens[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal) && s.IsKindAt(CueKind.Speech, i + 1))
            {
                return i;
            }
            // ("Ukraine rejected the plan, saying it would never give up land": a refusal's participle whose clause has the refuser
            // itself, as a pronoun, deny something says the refusal again in its own words; read through the refusal, it would turn
            // round. Not when another party is the one denied ("saying Russia could not dictate who guarantees …").)
            if (signal.Polarity < 0 && s.Tokens[i].Norm == "," && i + 4 < end && s.Tokens[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                && s.IsKindAt(CueKind.Speech, i + 1) && (s.Tokens[i + 2].Norm == "that" ? i + 3 : i + 2) is var denier
                && s.Tokens[denier].Norm is "it" or "we" or "they" or "he" or "she" or "i"
                && s.Of(CueKind.Negation).Any(n => n.Start > denier && n.Start <= denier + 3)
                && s.Of(CueKind.Issue).Any(c => c.Start > denier && c.Start < end))
            {
                return i;
            }
            // ("Moscow's demands are unchanged: Ukraine's withdrawal from Donetsk, a token army, …": a colon after a demand noun
            // opens the list of what is demanded.)
            if (s.Tokens[i].Norm == ":" && signal.Family.Noun && signal.Act == "demand" && i - signal.End <= 8 && i + 1 < end)
            {
                continue;
            }
            // (A quote that holds only the cue ("said Putin “does not exclude” a meeting") does not end its scope, nor one that ends on
            // the cue's object when a relative clause after the quote says what that object is ("would “not accept any version” that
            // left Ukraine the right to join NATO").)
            if (IsBreak(s, i) || s.Tokens[i].IsQuote && s.InQuote(i - 1) && !s.InQuote(i + 1) && !(signal.Start > 0 && s.Tokens[signal.Start - 1].IsQuote && i == signal.End)
                    && !(i > signal.End && i + 1 < end && s.Tokens[i + 1].Norm is "that" or "which" && s.Tokens[i - 1] is { IsWord: true, IsCapitalized: false })
                || SaysAgain(s, i) && (signals.Any(o => o.Start > i && !o.Family.Noun) || pack.NamingVerbs.Overlaps(s.Tokens[Math.Max(0, signal.Start - 4)..i].Select(t => t.Norm))))
            {
                return i;
            }
        }
        foreach (var m in s.Of(CueKind.Condition))
        {
            if (m.Start >= signal.End && m.Start < end)
            {
                end = m.Start;
            }
        }
        foreach (var speech in s.Speeches)
        {
            if (speech.Start >= signal.End && speech.Start < end && speech.Sayer is not null && speech.Sayer.End <= speech.Start && speech.Sayer.Start > signal.End
                && speech.Sayer.Start > 0 && (s.Tokens[speech.Sayer.Start - 1].Norm == "," || s.Tokens[speech.Sayer.Start - 1].IsQuote))
            {
                end = Math.Min(end, speech.Sayer.Start);
            }
            // "Moscow has dismissed the idea, with Rosatom chief Alexei Likhachev saying that …": a "with" clause of its own.
            if (speech.Start >= signal.End && speech.Start < end && s.Tokens[speech.Start].Norm.EndsWith("ing", StringComparison.Ordinal))
            {
                for (var w = speech.Start - 1; w > signal.End && w >= speech.Start - 8; w--)
                {
                    if (s.Tokens[w].Norm == "with" && s.Tokens[w - 1].Norm == ",")
                    {
                        end = Math.Min(end, w - 1);
                        break;
                    }
                }
            }
        }
        return end;
    }

    private List<(int Issue, int Polarity)> IssuesInScope(SentenceAnalysis s, List<Signal> signals, Signal signal, int scopeEnd, Discourse discourse, out double certainty, HashSet<int> consumed)
    {
        certainty = 1.0;
        var found = new List<(int, int)>();
        var cues = s.Of(CueKind.Issue);
        for (var k = 0; k < cues.Count; k++)
        {
            var m = cues[k];
            var startsInside = m.Start > signal.Start && m.Start < signal.End && m.End > signal.End;
            // "considers a trilateral summit expedient": a phrase with a gap holds its object inside.
            // ("expected all sanctions to be lifted": an act phrase may end where the cue does; a noun that ends it is the cue's
            // own word, as in "not a subject for negotiations".)
            var heldInside = m.Start > signal.Start && (m.End < signal.End || m.End == signal.End && m.Cue.Action) && signal.End - signal.Start >= m.End - m.Start + 2;
            // "Ukrainian forces must leave Donbass": the issue's phrase runs across the cue.
            var straddles = m.Start < signal.Start && m.End > signal.End;
            // A claim ("the plant is Russian property") is a stance of its own, not the object of another cue.
            if (m.Cue is { Claim: true })
            {
                continue;
            }
            // "Kyiv has accepted that NATO membership is off the table": the subject of a that-clause whose own cue says the
            // opposite is that cue's issue.
            if (signal.End < s.Tokens.Length && s.Tokens[signal.End].Norm == "that" && m.Start > signal.End && m.Start <= signal.End + 3
                && signals.Exists(x => x != signal && x.Start >= m.End && x.Start <= m.End + 1 && x.Polarity != signal.Polarity))
            {
                continue;
            }
            // ("membership is not on the table in the current negotiations": what is on or off the table stands before it; talks after
            // it are where.)
            if (signal.CueEnd >= 1 && s.Tokens[signal.CueEnd - 1].Norm == "table" && m.Start >= signal.End + 1 && s.Tokens[signal.End].Norm is "in" or "at" or "during"
                && Enumerable.Range(signal.End + 1, m.Start - signal.End - 1).All(i => s.Tokens[i].Norm is "the" or "current" or "ongoing" or "these" or "those" or "next" or "any"))
            {
                continue;
            }
            // ("rejects a revised US draft at trilateral talks in Vienna", "will not accept European troops … as part of any
            // monitoring mission": after the object, where and as what is no second object.)
            // (A determiner may stand between "as part of" and the issue.)
            var of = m.Start >= 1 && s.Tokens[m.Start - 1].Norm is "any" or "a" or "the" ? m.Start - 1 : m.Start;
            if (found.Count > 0 && m.Start >= 3 && (s.Tokens[m.Start - 1].Norm is "at" or "during"
                || of >= 3 && s.Tokens[of - 3].Norm == "as" && s.Tokens[of - 2].Norm == "part" && s.Tokens[of - 1].Norm == "of"))
            {
                continue;
            }
            if ((m.Start >= signal.End || startsInside || straddles || heldInside) && m.Start < scopeEnd && !IsComplementedDocument(s, cues, k, scopeEnd)
                && !TimeReference(s, m.Start, signal.End))
            {
                // "Ukraine wants … no limits on its forces": "no" right before the issue denies it.
                // (An action phrase is already negated by Flips.)
                // ("no early sanctions relief": an adjective may come between.)
                var denied = (ButNot(s, signal.End, m.Start) || m.Start - 1 >= signal.End && s.Tokens[m.Start - 1].Norm == "no"
                        || m.Start - 2 >= signal.End && s.Tokens[m.Start - 2].Norm == "no" && s.Tokens[m.Start - 1] is { IsWord: true, IsCapitalized: false })
                    && !(m.Cue.Action && Negated(s, m.Start));
                // "warned against accepting a Russian veto on NATO membership": a noun that opposes, between the cue and its
                // issue, reverses it as a flip does.
                var opposingNouns = signals.Count(x => x != signal && x.Family.Noun && x.Polarity < 0 && !x.Undecided && !x.Conditional && x.Start >= signal.End && x.End <= m.Start);
                var polarity = m.Cue.Polarity * Flips(s, signal.End, m, scopeEnd);
                // "would not accept partial relief": refusing part of a reversal is asking for all of it. ("no sense in a partial
                // ceasefire" refuses the ceasefire.)
                var partial = signal.Polarity < 0 && polarity < 0 && Enumerable.Range(signal.End, Math.Max(0, m.End - signal.End)).Any(k => s.Tokens[k].Norm is "partial" or "piecemeal");
                // "Borders must not be changed by force": an act phrase around the cue keeps the negation that follows it.
                denied ^= straddles && m.Cue.Action && Enumerable.Range(signal.End, m.End - signal.End).Any(k => s.Tokens[k].Norm is "not" or "never" or "n't");
                found.Add((m.Cue.Ref, polarity * (denied ? -1 : 1) * (opposingNouns % 2 == 1 ? -1 : 1) * (partial ? -1 : 1)));
                consumed.Add(m.Start);
            }
        }
        if (found.Count > 0)
        {
            // "welcomed the plan", "backs the deal": a bare pointer is less sure to be this negotiation's issue than a
            // phrase that names it ("the 28-point plan", "a ceasefire").
            if (cues.Where(m => consumed.Contains(m.Start) && m.Start >= signal.Start && m.Start < scopeEnd).All(m => IsPointer(s, m)))
            {
                certainty = 0.85;
            }
            return Distinct(found);
        }
        // "SANCTIONS: Russia wants them unwound step by step": in a line under a topic label, "them" or "it" right after the
        // cue is the label's issue, reversed by a flip right after the pronoun.
        // So is the subject of a reporter's fronted question: "Asked about the reassurance force, he replied that there was no
        // sense in even discussing it".
        if (s.Tokens[signal.End - 1].Norm is not ("whether" or "if") && LabelIssue(s) is { } label
            && PronounObject(s, signal.End, s.AskedEnd > 0 ? 3 : 1))
        {
            var flipped = s.Of(CueKind.Flip).Exists(f => f.Start > signal.End && f.Start <= signal.End + 2);
            certainty = 0.8;
            return [(label.Cue.Ref, label.Cue.Polarity * (flipped ? -1 : 1))];
        }
        // "Q: Would Washington back a European force? A: We would support it, provided …".
        if (s.AnswersQuestion && s.Of(CueKind.Issue).Count == 0 && discourse.LastIssuesAt == s.Sentence.Index - 1 && ObjectPronoun(s, signal.End))
        {
            certainty = 0.75;
            return [(discourse.LastIssues[0], 1)];
        }
        // "Q: Will you sign the new American draft? A: … but if the guarantees are ratified …, I am ready to sign.": a last
        // clause that names nothing and ends on its verb answers the question, not the condition before it.
        var lastComma = Array.FindLastIndex(s.Tokens, signal.Start, t => t.Norm == ",");
        if (s.AnswersQuestion && discourse.LastIssuesAt == s.Sentence.Index - 1 && discourse.LastIssues.Distinct().Count() == 1 && lastComma >= 0
            && !s.Of(CueKind.Issue).Exists(m => m.Start > lastComma) && s.Tokens.Length - signal.End <= 3
            && s.Tokens[signal.End..].All(t => !t.IsWord || !t.IsCapitalized && t.Norm is not ("it" or "them" or "this" or "that")))
        {
            certainty = 0.7;
            return [(discourse.LastIssues[0], 1)];
        }
        // ("Moscow has not said whether it would accept this.", "Kyiv has said it could accept this only in return for …": a bare
        // "this" as the cue's object is what the sentence before set out.)
        if (!signal.Family.Noun && BareThis(s, signal.End) && !cues.Exists(c => c.End <= signal.Start) && !cues.Exists(c => c.Start >= signal.End && c.Start < scopeEnd)
            && discourse.LastIssuesAt == s.Sentence.Index - 1 && discourse.LastIssues.Count > 0)
        {
            certainty = 0.7;
            return [(discourse.LastIssues[0], 1)];
        }
        foreach (var m in s.Of(CueKind.Anaphora))
        {
            if (m.Start >= signal.End && m.Start < scopeEnd)
            {
                var earlier = cues.LastOrDefault(c => c.End <= m.Start && c.Start < signal.Start);
                if (earlier.End > 0)
                {
                    found.Add((earlier.Cue.Ref, earlier.Cue.Polarity));
                    certainty = 0.8;
                }
                // ("… a final settlement that must include Ukraine's withdrawal from the Donbas. Kyiv would never accept that
                // demand.": a demand points back to what was demanded, not to what the sentence named first.)
                else if (s.Tokens[m.End - 1].Norm is "demand" or "demands" or "condition" or "conditions" && discourse.LastDemandAt == s.Sentence.Index - 1)
                {
                    found.Add((discourse.LastDemand, 1));
                    certainty = 0.75;
                }
                else if (discourse.LastIssues.Count > 0)
                {
                    found.Add((discourse.LastIssues[0], 1));
                    certainty = 0.7;
                }
                return found;
            }
        }
        // "ready to adopt it", "would agree to one only if …": "it", "them" or "one" right after the cue is the issue the same
        // sentence named before the cue.
        // ("whether it met the Russians": after a complementizer the pronoun is a subject; confirming a round is no stance on it.)
        if (!signal.Family.Noun && signal.End < s.Tokens.Length && s.Tokens[signal.End - 1].Norm is not ("whether" or "if" or "that")
            && !_confirms.Contains(s.Tokens[signal.End - 1].Norm)
            && (ObjectPronoun(s, signal.End) || s.Tokens[signal.End].Norm == "one" && OneAlone(s, signal.End))
            && cues.LastOrDefault(c => c.End <= signal.Start && c.Cue is not { Claim: true }) is { End: > 0 } named)
        {
            certainty = 0.8;
            return [(named.Cue.Ref, named.Cue.Polarity)];
        }
        if (signal.Family.Noun && !HasOwner(s, signal))
        {
            return found;
        }
        // Nothing after the cue: the issue may come first ("an arrangement Kyiv is ready to accept").
        var backStart = 0;
        foreach (var other in signals)
        {
            // ("the security guarantees offered by Washington were acceptable to Russia": a participle that describes its
            // noun leaves the noun to the verb of the clause.)
            if (other.End <= signal.Start && other != signal && !(other.End < s.Tokens.Length && s.Tokens[other.End].Norm == "by"
                && _authorship.Contains(s.Tokens[other.End - 1].Norm) && s.Of(CueKind.Issue).Exists(m => m.End == other.Start)))
            {
                backStart = Math.Max(backStart, other.End);
            }
        }
        for (var i = signal.Start - 1; i >= backStart; i--)
        {
            // ("Germany will contribute soldiers only if the United States commits air cover": a cue inside a condition does
            // not reach back to the clause the condition restricts.)
            if (IsBreak(s, i) || s.StartsAt(CueKind.Condition, i) && s.Tokens[i].Norm is not ("without" or "until")
                && !Enumerable.Range(i, signal.Start - i).Any(k => s.Tokens[k].Norm == ","))
            {
                backStart = i + 1;
                break;
            }
        }
        for (var k = cues.Count - 1; k >= 0; k--)
        {
            var m = cues[k];
            // ("had killed 11 civilians since the truce took effect and called on …": a time clause names no object.)
            var since = m.Start >= 2 && s.Tokens[m.Start - 2].Norm == "since" && s.Tokens[m.Start - 1].Norm is "the" or "a" or "its";
            if (m.End <= signal.Start && m.Start >= backStart && !since && !PastRelativeAntecedent(s, m.End, signal.Start) && m.Cue is not { Claim: true } && !StageOfText(s, m))
            {
                found.Add((m.Cue.Ref, m.Cue.Polarity * Flips(s, m.End, m, m.End) * FlipRightAfter(s, signal) * NotRightAfter(s, signal) * FlipGoverning(s, m)));
                signal.IssueBefore = true;
                consumed.Add(m.Start);
                certainty = 0.85;
                // "Russia's demands to cap the size of Ukraine's armed forces and to bar Ukraine from joining are unacceptable":
                // what "and to" joins before it is refused alike.
                for (var j = k - 1; j >= 0 && signal.Start > 0 && s.Tokens[signal.Start - 1].Norm is "is" or "are" or "was" or "were" or "remain" or "remains"
                    && cues[j].Start >= backStart && JoinedByAndTo(s, cues[j].End, cues[j + 1].Start); j--)
                {
                    var e = cues[j];
                    found.Add((e.Cue.Ref, e.Cue.Polarity * Flips(s, e.End, e, e.End) * FlipRightAfter(s, signal) * NotRightAfter(s, signal) * FlipGoverning(s, e)));
                    consumed.Add(e.Start);
                }
                break;
            }
        }
        // "…, wording Kyiv had sought for months", "…, but Moscow wants a far lower number": an apposition or a clause with
        // a subject of its own, whose cue has no object, points back to what the sentence said before its comma.
        if (found.Count == 0 && CommaBeforeOwnClause(s, signal) is { } comma
            && cues.LastOrDefault(m => m.End <= comma && m.Cue is not { Claim: true }) is { End: > 0 } antecedent)
        {
            found.Add((antecedent.Cue.Ref, antecedent.Cue.Polarity * Flips(s, antecedent.End, antecedent, antecedent.End)));
            signal.IssueBefore = true;
            certainty = 0.8;
        }
        // "a ceasefire in the air and at sea, which Kyiv has long demanded and Moscow has so far resisted": the second verb of
        // a relative clause is about its antecedent too.
        if (found.Count == 0 && RelativeAntecedent(s, signal.Start) is { } which
            && cues.LastOrDefault(m => m.End <= which && which - m.End <= 8 && m.Cue is not { Claim: true }) is { End: > 0 } before)
        {
            found.Add((before.Cue.Ref, before.Cue.Polarity * Flips(s, before.End, before, before.End)));
            signal.IssueBefore = true;
            certainty = 0.8;
        }
        return found;
    }

    private static bool JoinedByAndTo(SentenceAnalysis s, int from, int to) =>
        to - from <= 6 && Enumerable.Range(from, Math.Max(0, to - from - 1)).Any(i => s.Tokens[i].Norm == "and" && s.Tokens[i + 1].Norm == "to")
        && !Enumerable.Range(from, Math.Max(0, to - from)).Any(i => s.Tokens[i].Norm is "," or ";" || s.Tokens[i].IsQuote);

    /// <summary>The ", which" or ", that" whose clause holds the token, when an "and" with a subject of its own joins it there.</summary>
    private static int? RelativeAntecedent(SentenceAnalysis s, int at)
    {
        for (var i = at - 1; i >= 2 && at - i <= 12; i--)
        {
            if (s.Tokens[i].Norm is "," or ";" || s.Tokens[i].IsQuote)
            {
                return null;
            }
            if (s.Tokens[i].Norm is "which" && s.Tokens[i - 1].Norm == ","
                && Enumerable.Range(i + 1, at - i - 1).Any(k => s.Tokens[k].Norm == "and" && s.Agents.Exists(a => a.Start == k + 1 && a.Party >= 0)))
            {
                return i - 1;
            }
        }
        return null;
    }

    /// <summary>Whether the cue is what a report says ("reports in Western media that …"), and a denial comes before the report.</summary>
    private bool DeniedReport(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        for (var that = signal.Start - 1; that >= 1 && signal.Start - that <= 6 && !IsBreak(s, that); that--)
        {
            if (s.Tokens[that].Norm != "that")
            {
                continue;
            }
            for (var report = that - 1; report >= 1 && that - report <= 4; report--)
            {
                if (_reports.Contains(s.Tokens[report].Norm))
                {
                    return Enumerable.Range(Math.Max(0, report - 6), report - Math.Max(0, report - 6)).Any(i => _denials.Contains(s.Tokens[i].Norm))
                        || signals.Exists(d => d != signal && !d.Undecided && d.Polarity < 0 && d.End <= report && report - d.End <= 6 && OneClause(s, d.End, report));
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "would not accept a referendum in Ukraine as a condition of any deal": a condition noun after "as" completes a verb
    /// that refuses it, and demands nothing of its own. ("named the withdrawal as the indispensable condition" does.)
    /// </summary>
    private static bool RefusedAsCondition(SentenceAnalysis s, List<Signal> signals, Signal signal) =>
        signal.Start >= 1 && s.Tokens[signal.Start - 1].Norm == "as"
        && signals.Exists(p => p != signal && p.End <= signal.Start && p.Polarity < 0 && signal.Start - p.End <= 8 && OneClause(s, p.End, signal.Start));

    /// <summary>"before any ceasefire", "as a condition for a deal": the issue at <paramref name="at"/> is what comes after the demand.</summary>
    private static bool BeforeAny(SentenceAnalysis s, int at) =>
        at >= 2 && s.Tokens[at - 1].Norm is "any" or "a" && s.Tokens[at - 2].Norm == "before"
        || at >= 3 && s.Tokens[at - 1].Norm is "any" or "a" && s.Tokens[at - 2].Norm is "for" or "of" && s.Tokens[at - 3].Norm is "condition" or "precondition" or "prerequisite";

    /// <summary>
    /// "wants a ceasefire agreed before any discussion of territory", "agreed, at the end of two days of talks, to …":
    /// an issue that only says when something happens is not what the stance is about. "only after a ceasefire" is a
    /// condition and read as one.
    /// </summary>
    private static bool TimeReference(SentenceAnalysis s, int issueStart, int signalEnd)
    {
        var i = issueStart - 1;
        // ("before any discussion of territorial questions": the talk about the issue is what comes first.)
        for (var skipped = 0; i >= signalEnd && skipped < 3 && s.Tokens[i].IsWord
            && (s.Tokens[i].Norm is not ("before" or "after" or "during" or "since" or "following" or "of")
                || s.Tokens[i].Norm == "of" && i > 0 && s.Tokens[i - 1].Norm is "discussion" or "discussions" or "talks" or "negotiation" or "negotiations"); skipped++)
        {
            i--;
        }
        if (i < signalEnd)
        {
            return false;
        }
        var word = s.Tokens[i].Norm;
        var before = i > 0 ? s.Tokens[i - 1].Norm : "";
        return word is "before" or "after" or "during" or "since" or "following" && before is not ("only" or "not")
            || word == "of" && before is "days" or "hours" or "weeks" or "months" or "end" or "sidelines" or "margins";
    }

    /// <summary>
    /// "a summit in Budapest that the two leaders had floated": a cue in a relative clause is about the clause's
    /// antecedent, right before "that", not about an issue further back. (", which" takes a whole noun phrase and is
    /// left alone: "an immediate truce on land, at sea and in the air, which Moscow turned down".)
    /// </summary>
    private static bool PastRelativeAntecedent(SentenceAnalysis s, int issueEnd, int signalStart)
    {
        for (var i = issueEnd; i < signalStart; i++)
        {
            // "that" after a noun named as a place, a party or an issue is a relative pronoun; after "said" it is not.
            var relative = s.Tokens[i].Norm == "that" && i > 0
                && (s.IsKindAt(CueKind.Place, i - 1) || s.Agents.Exists(a => a.End == i) || s.Of(CueKind.Issue).Exists(m => m.End == i));
            if (relative && i - issueEnd > 3)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A factbox line that opens with a party's name in capitals and a dash ("RUSSIA — Full Ukrainian withdrawal from
    /// Donetsk; a legally binding ban on Ukraine joining NATO; …") lists what that party wants: each issue named in it, read
    /// with its own negation and flips, is the party's demand, unless the line already gave the party a stance on it.
    /// </summary>
    private void ReadPartyLabel(SentenceAnalysis s, List<Statement> statements)
    {
        var tokens = s.Tokens;
        // A capital in capitals is a dateline ("WASHINGTON —"), and "NATO:" may name the issue; a party's own name set off by a dash is a label.
        var label = s.Agents.Find(a => a.Start == 0 && a.Kind == AgentKind.Entity && a.Party >= 0 && !a.IsMetonym);
        if (label is null || label.End >= tokens.Length || tokens[label.End].Norm != "-" || (tokens[0].Shape & TokenShape.AllCaps) == 0)
        {
            return;
        }
        var holder = new Agent { Kind = AgentKind.Entity, Party = label.Party, Start = 0, End = label.End };
        foreach (var issue in s.Of(CueKind.Issue))
        {
            if (issue.Start <= label.End || statements.Exists(st => st.Party == label.Party && st.Issue == issue.Cue.Ref))
            {
                continue;
            }
            // The item's own phrase: from the last ";" or "," before the issue.
            var from = issue.Start - 1;
            while (from > label.End && tokens[from].Norm is not (";" or ",")) from--;
            var negated = s.Of(CueKind.Negation).Exists(n => n.Start > from && n.End <= issue.Start);
            // (Flips already turns a negated action.)
            negated &= !(issue.Cue.Action && Negated(s, issue.Start));
            var polarity = issue.Cue.Polarity * Flips(s, from + 1, issue, issue.End + PostFlipReach) * (negated ? -1 : 1);
            Emit(statements, s, new Holder(holder, 0.9), issue.Cue.Ref, polarity > 0 ? "supports" : "opposes", "demand", 0.7, issue.Start);
        }
    }

    /// <summary>The issue a topic label or a reporter's fronted question names ("SANCTIONS:", "Asked about the force,"), if the line opens with one.</summary>
    private static CueMatch? LabelIssue(SentenceAnalysis s)
    {
        // One issue only: "Elections and sanctions:" does not say which "it" is.
        var labels = s.OpeningEnd < 0 ? [] : s.Of(CueKind.Issue).FindAll(m => m.End <= s.OpeningEnd);
        return labels.Count == 1 ? labels[0] : null;
    }

    /// <summary>"this" at <paramref name="at"/> standing alone, not before its noun ("accept this only in return for", "accept this.").</summary>
    private static bool BareThis(SentenceAnalysis s, int at) =>
        at < s.Tokens.Length && s.Tokens[at].Norm == "this"
        && (at + 1 == s.Tokens.Length || !s.Tokens[at + 1].IsWord || s.Tokens[at + 1].Norm is "only" or "unless" or "if" or "as" or "provided" or "either" or "yet" or "now" or "too" or "because" or "when" or "once" or "without" or "until");

    /// <summary>Whether "it" or "them" stands among the <paramref name="reach"/> tokens from <paramref name="at"/>.</summary>
    private static bool PronounObject(SentenceAnalysis s, int at, int reach)
    {
        for (var i = at; i < s.Tokens.Length && i < at + reach; i++)
        {
            if (s.Tokens[i].Norm is "them" or "it")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"it" or "them" right after the cue, as its object: not the subject of a verb that follows ("agreed it would").</summary>
    private static bool ObjectPronoun(SentenceAnalysis s, int at) =>
        PronounObject(s, at, 1)
        && (at + 1 == s.Tokens.Length || !s.Tokens[at + 1].IsWord || !SubjectFollowers.Contains(s.Tokens[at + 1].Norm) && !s.IsKindAt(CueKind.Modal, at + 1));

    private static readonly HashSet<string> SubjectFollowers = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "be", "had", "has", "have", "did", "does", "do", "'s", "might", "may", "to",
    };

    /// <summary>"one" standing for a noun ("would agree to one only if"), not a number or "one of".</summary>
    private static bool OneAlone(SentenceAnalysis s, int at) =>
        at + 1 == s.Tokens.Length || !s.Tokens[at + 1].IsWord || s.Tokens[at + 1].Norm is "only" or "if" or "unless" or "either" or "too" or "now" or "yet"
        || s.IsKindAt(CueKind.Condition, at + 1);

    /// <summary>"accept about 90% of the text but not the zone in Donetsk": an issue after "but not" takes the verb negated.</summary>
    private static bool ButNot(SentenceAnalysis s, int from, int issueStart)
    {
        for (var i = issueStart - 1; i > from && i >= issueStart - 4; i--)
        {
            if (s.Tokens[i].Norm is "not" or "no" && s.Tokens[i - 1].Norm == "but")
            {
                return true;
            }
        }
        return false;
    }

    private Agent? Owner(SentenceAnalysis s, Signal signal) =>
        s.Agents.LastOrDefault(a => a.End <= signal.End && a.End >= signal.Start - 1 && a.Start < signal.Start && a.Party >= 0 && !a.Absorbed && !a.Oblique)
        // "Kyiv's first priority": a possessive owner across an adjective or two.
        // (After a preposition too: "asked about Kiev's demand for …".)
        ?? s.Agents.LastOrDefault(a => a.Possessive && a.Party >= 0 && !a.Absorbed && a.End <= signal.Start && signal.Start - a.End <= 3
            && OnlyWords(s, a.End + 1, signal.Start) && !s.Of(CueKind.Issue).Exists(m => m.Start > a.End && m.Start < signal.Start)
            // ("Kiev's renunciation of plans to join NATO": the possessive owns the noun before "of".)
            && !Enumerable.Range(a.End, signal.Start - a.End).Any(i => s.Tokens[i].Norm == "of"))
        // "a proposal from Washington", "demands from Moscow", "the main demand of the aggressor state": the party it comes
        // from owns it.
        ?? (signal.End < s.Tokens.Length && s.Tokens[signal.End].Norm is "from" or "of"
            ? s.Agents.FirstOrDefault(a => a.Start > signal.End && a.Start <= signal.End + (s.Tokens[signal.End].Norm == "of" && !(signal.End + 1 < s.Tokens.Length && s.Tokens[signal.End + 1].Norm == "the") ? 1 : 2) && a.Party >= 0 && !a.Absorbed && !a.Possessive)
            : null)
        // "a proposal for an air and sea truce put forward by Kyiv": so does the party that made it.
        ?? MadeBy(s, signal)
        // ("the demands Moscow has made since the war began": or the subject of a relative clause with no "that".)
        ?? (signal.End + 2 < s.Tokens.Length && s.Agents.Find(a => a.Start == signal.End && a is { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0, Possessive: false, Absorbed: false }) is { } maker
            && s.Tokens[maker.End].Norm is "has" or "have" or "had" && s.Tokens[maker.End + 1].Norm is "made" or "set" or "put" or "laid" or "tabled" or "presented" or "voiced" or "repeated" or "issued"
            ? maker : null)
        // "only if European governments dropped their plans to send troops": "their" is the party named before it.
        ?? PronounOwner(s, signal);

    private static Agent? PronounOwner(SentenceAnalysis s, Signal signal)
    {
        var before = signal.Start - 1;
        if (before > 0 && s.Tokens[before] is { IsWord: true, IsCapitalized: false } && s.Tokens[before].Norm is not ("their" or "its"))
        {
            before--;
        }
        if (before < 1 || s.Tokens[before].Norm is not ("their" or "its"))
        {
            return null;
        }
        return s.Agents.LastOrDefault(a => a.End <= before && a is { Party: >= 0, Possessive: false, Absorbed: false, Kind: AgentKind.Entity or AgentKind.Group }
            && !a.Oblique && !s.InQuote(a.Start));
    }

    private Agent? MadeBy(SentenceAnalysis s, Signal signal)
    {
        for (var i = signal.End; i + 1 < s.Tokens.Length && i <= signal.End + 8 && s.Tokens[i].Norm is not ("," or ";" or ":"); i++)
        {
            if (s.Tokens[i].Norm == "by" && _authorship.Contains(s.Tokens[i - 1].Norm))
            {
                return s.Agents.FirstOrDefault(a => a.Start == i + 1 && a.Party >= 0 && !a.Possessive);
            }
        }
        return null;
    }

    private bool HasOwner(SentenceAnalysis s, Signal signal) => Owner(s, signal) is not null;

    private static bool IsPointer(SentenceAnalysis s, CueMatch issue) =>
        issue.End - issue.Start <= 2 && s.Tokens[issue.Start].Norm is "the" or "this" or "that" or "a" or "an" or "such";

    private static List<(int, int)> Distinct(List<(int Issue, int Polarity)> found)
    {
        var result = new List<(int, int)>();
        foreach (var f in found)
        {
            if (!result.Contains(f))
            {
                result.Add(f);
            }
        }
        return result;
    }

    /// <summary>"a proposal for three-sided talks": the proposal is about talks, not about the framework.</summary>
    private bool IsComplementedDocument(SentenceAnalysis s, List<CueMatch> cues, int k, int scopeEnd)
    {
        var m = cues[k];
        if (m.End >= s.Tokens.Length || s.Tokens[m.End].Norm is not ("for" or "on" or "to"))
        {
            return false;
        }
        if (!s.Of(CueKind.Document).Any(d => d.Start >= m.Start && d.End <= m.End))
        {
            return false;
        }
        for (var j = k + 1; j < cues.Count; j++)
        {
            if (cues[j].Start > m.End && cues[j].Start <= m.End + 3 && cues[j].Start < scopeEnd && cues[j].Cue.Ref != m.Cue.Ref)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Flip words between the cue and the issue, or just after it ("sanctions to be lifted"), reverse the proposition.</summary>
    private static int Flips(SentenceAnalysis s, int from, CueMatch issue, int scopeEnd)
    {
        var sign = 1;
        foreach (var f in s.Of(CueKind.Flip))
        {
            var before = f.Start >= from && f.End <= issue.Start;
            // "arms deliveries to the Kiev regime were halted": a passive flip reaches past the issue's own complement.
            // (Not past a verb of its own: "once the ceasefire had held for three months and martial law had been lifted".)
            var passive = f.Start > 0 && s.Tokens[f.Start - 1].Norm is "were" or "was" or "be" or "been" or "is" or "are"
                && !Enumerable.Range(issue.End, Math.Max(0, f.Start - 1 - issue.End)).Any(i => s.Tokens[i].Norm is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "will" or "would" or "held");
            var reach = passive ? 3 * PostFlipReach : PostFlipReach;
            var after = f.Start >= issue.End && f.Start < issue.End + reach && f.Start < scopeEnd && OnlyWords(s, issue.End, f.Start)
                && !s.Of(CueKind.Issue).Exists(o => o.Start >= issue.End && o.End <= f.Start);
            // ("only after martial law was lifted and the ceasefire had held": a flip of another clause's subject.)
            if (before && NewSubjectBetween(s, f.End, issue.Start))
            {
                before = false;
            }
            if (before && s.Of(CueKind.Issue).Any(o => o.Start >= f.End && o.End <= issue.Start))
            {
                // A flip belongs to the issue right after it ("abandoning NATO aspirations and withdrawing…").
                before = false;
            }
            if (before && !IsObjectOf(s, f, issue) && s.Of(CueKind.Issue).Any(o => o.Start >= from && o.End <= f.Start && f.Start < o.End + PostFlipReach && OnlyWords(s, o.End, f.Start)))
            {
                // …or to the issue right before it: "that sanctions are eased and that the army is capped".
                before = false;
            }
            if (after && f.End < s.Tokens.Length && s.Tokens[f.End].Norm == "of")
            {
                // A nominal flip with an "of" of its own governs that: "the withdrawal of forces from the Donbas and the
                // elimination of the root causes".
                after = false;
            }
            if (after && s.Of(CueKind.Issue).Exists(o => IsObjectOf(s, f, o)))
            {
                // …and a flip with an object of its own is that object's: "withdraws from the Donbas and renounces its bid
                // to join NATO".
                after = false;
            }
            if (before || after)
            {
                sign = -sign;
            }
        }
        if (issue.Cue.Action && Negated(s, issue.Start) && s.Of(CueKind.Negation).Any(n => n.Start >= from && n.End <= issue.Start))
        {
            sign = -sign; // "would have Ukraine write … that it will never join NATO"
        }
        return sign;
    }

    /// <summary>Whether the issue is the flip's object: right after it, or after a determiner ("renounces its bid to join NATO").</summary>
    private static bool IsObjectOf(SentenceAnalysis s, CueMatch flip, CueMatch issue) =>
        issue.Start >= flip.End && issue.Start <= flip.End + 1
        && (issue.Start == flip.End || s.Tokens[flip.End].Norm is "its" or "their" or "the" or "a" or "an" or "his" or "her" or "any" or "all");

    /// <summary>
    /// "…, and their idea of sending troops to Ukraine is a non-starter": a clause between that opens on a possessed noun
    /// has that noun for subject, so no party named before it is the cue's.
    /// </summary>
    private static bool PossessedSubjectBetween(SentenceAnalysis s, int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if (s.Tokens[i].Norm is "and" or "but" or ";" && (s.Tokens[i + 1].Norm is "their" or "its" or "his" or "her" || s.Tokens[i + 2].Norm == "'s")
                && !s.Speeches.Exists(sp => sp.Start > i && sp.Start < to))
            {
                var noun = s.Tokens[i + 2].Norm == "'s" ? i + 3 : i + 2;
                // ("Moscow calls that theft; its diplomats want …": a party's people are still that party.)
                return noun < to && s.Tokens[noun] is { IsWord: true, IsCapitalized: false } && !s.Agents.Exists(a => a.Start <= noun && a.End > noun)
                    && !s.IsKindAt(CueKind.GroupNoun, noun);
            }
        }
        return false;
    }

    /// <summary>"and the …" between two tokens: a clause with a subject of its own starts there.</summary>
    private static bool NewSubjectBetween(SentenceAnalysis s, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (s.Tokens[i].Norm == "and" && s.Tokens[i + 1].Norm is "the" or "a" or "its" or "their")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the lifting of restrictions on Russian banks should be part of any package": a flip that governs the issue before the cue.</summary>
    private static int FlipGoverning(SentenceAnalysis s, CueMatch issue)
    {
        foreach (var f in s.Of(CueKind.Flip))
        {
            if (f.End <= issue.Start && issue.Start - f.End <= 2 && s.Tokens[f.End..issue.Start].All(t => t.Norm is "of" or "the" or "on" or "all"))
            {
                return -1;
            }
        }
        return 1;
    }

    /// <summary>The draft a line of an explainer, or a sentence that goes on setting it out, lays out (<see cref="SentenceAnalysis.ProvisionOf"/>).</summary>
    private static Agent ProvisionDraft(SentenceAnalysis s) => new() { Kind = AgentKind.Document, Party = s.ProvisionOf, Start = 0, End = 0 };

    /// <summary>
    /// "Sanctions must not be eased", "the framework should not be signed": a modal cue that follows its issue is negated by
    /// a "not" right after it, before a passive or the clause's end ("should not allow the lifting …" has an object of its own).
    /// </summary>
    private static int NotRightAfter(SentenceAnalysis s, Signal signal) =>
        signal.End + 1 < s.Tokens.Length && s.Tokens[signal.End].Norm is "not" or "never" or "n't" && s.IsKindAt(CueKind.Modal, signal.Start)
            && s.Tokens[signal.End + 1].Norm is "be" or "been" or "," or "." or ";" ? -1 : 1;

    /// <summary>"Weapons deliveries to Kyiv must stop": with the issue before the cue, a flip right after the cue reverses it.</summary>
    private static int FlipRightAfter(SentenceAnalysis s, Signal signal)
    {
        foreach (var f in s.Of(CueKind.Flip))
        {
            // ("sanctions had failed and should eventually be lifted": a passive may put an adverb and "be" before the flip.)
            if (f.Start >= signal.End && OnlyWords(s, signal.End, f.Start)
                && (f.Start <= signal.End + 1 || f.Start <= signal.End + 3 && s.Tokens[f.Start - 1].Norm is "be" or "been"))
            {
                return -1;
            }
        }
        return 1;
    }

    /// <summary>
    /// "called on partners to keep up pressure on Russia until all the children are returned": what is to go on until
    /// something happens is wanted now; "until" says how long, and what it waits for is the holder's price.
    /// </summary>
    private bool Lasting(SentenceAnalysis s, Signal signal, int conditionAt) =>
        s.Tokens[conditionAt].Norm is "until" or "till" && Enumerable.Range(signal.Start, conditionAt - signal.Start).Any(i => _continuing.Contains(s.Tokens[i].Norm));

    /// <summary>
    /// "If the guarantees are ratified, we are ready to sign": an "if" that opens its sentence or reported clause, closed by
    /// a comma before the cue (or act phrase) at <paramref name="at"/>, is its condition. Returns where the condition starts
    /// and the comma that closes it, or null.
    /// </summary>
    private static (int Start, int Comma)? FrontedCondition(SentenceAnalysis s, List<Signal> signals, int at, Signal? signal)
    {
        foreach (var c in s.Of(CueKind.Condition))
        {
            if (c.Start >= at || s.Tokens[c.Start].Norm is not ("if" or "provided")
                || c.Start > 0 && !(s.Tokens[c.Start - 1].IsQuote || s.Tokens[c.Start - 1].Norm is "that" or ":" or "but" or "and"))
            {
                continue;
            }
            var comma = Array.FindIndex(s.Tokens, c.End, t => t.Norm == ",");
            // The cue opens the main clause: nothing but its subject between the comma and it.
            if (comma > 0 && comma < at && at - comma <= 4 && !signals.Exists(o => o != signal && o.Start > comma && o.Start < at))
            {
                return (c.Start, comma);
            }
        }
        return null;
    }

    private int ConditionAfter(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        foreach (var m in s.Of(CueKind.Condition))
        {
            if (m.Start < signal.End)
            {
                continue;
            }
            var blocked = false;
            foreach (var other in signals)
            {
                if (other.Start >= signal.End && other.Start < m.Start && !other.Family.Noun)
                {
                    blocked = true;
                }
            }
            for (var i = signal.End; i < m.Start && !blocked; i++)
            {
                // "…, though only to sign": a break right before the condition still belongs to it.
                if (IsBreak(s, i) && i != m.Start - 1)
                {
                    blocked = true;
                }
                // "Russia still wants all of Donetsk, and officials in Moscow have signalled they could … if the fighting
                // drags on": ", and" with a subject of its own opens a clause the condition belongs to.
                if (s.Tokens[i].Norm == "and" && i > 0 && s.Tokens[i - 1].Norm == ","
                    && s.Agents.Exists(a => a.Start > i && a.Start <= i + 3 && a.Party >= 0 && !a.Absorbed && !a.Possessive && a.Start < m.Start))
                {
                    blocked = true;
                }
            }
            return blocked ? -1 : m.Start;
        }
        return -1;
    }

    /// <summary>
    /// The comma before a clause of its own that ends in the cue: an apposition (", a figure Kyiv has privately
    /// accepted", ", wording Kyiv had sought") or a conjunction (", but Moscow wants", ", while Rome remains opposed to");
    /// null otherwise.
    /// </summary>
    private static int? CommaBeforeOwnClause(SentenceAnalysis s, Signal signal)
    {
        var subject = s.Agents.LastOrDefault(a => a.End <= signal.Start && signal.Start - a.End <= 3 && a.CanHold && !a.Possessive);
        if (subject is null || !OnlyWords(s, subject.End, signal.Start))
        {
            return null;
        }
        var i = subject.Start - 1;
        // (", but that Russia had so far refused", ", but spokesman Dmitry Peskov declined to say": a clause of its own after
        // "but"; ", but accused Kyiv of …" is the first subject's second verb.)
        var opener = i >= 0 && s.Tokens[i].IsWord && !s.Tokens[i].IsCapitalized && !s.Tokens[i].Norm.EndsWith("ed", StringComparison.Ordinal)
            && !s.IsKindAt(CueKind.Stance, i) && !s.IsKindAt(CueKind.Speech, i);
        if (i >= 0 && s.Tokens[i].IsWord && !s.Tokens[i].IsCapitalized) i--;
        if (i >= 0 && (s.Tokens[i].Norm is "a" or "an" or "the" or "which" or "that" || opener && s.Tokens[i].Norm == "but")) i--;
        return i >= 1 && s.Tokens[i].Norm == "," && subject.Start - i <= 3 ? i : null;
    }

    /// <summary>The "that" opening the clause of an impersonal passive ("It was agreed in principle that …"), or null.</summary>
    private static int? ImpersonalThat(SentenceAnalysis s, Signal signal)
    {
        var i = signal.Start - 1;
        while (i >= 0 && s.Tokens[i].Norm is "also" or "now" or "further" or "then") i--;
        if (!s.ImpersonalPassiveAt(i))
        {
            return null;
        }
        for (var k = signal.End; k < s.Tokens.Length && k <= signal.End + 4; k++)
        {
            if (s.Tokens[k].Norm == "that")
            {
                return k;
            }
            if (!s.Tokens[k].IsWord)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"would reject any document that did not provide for …": a negated cue in a relative clause on what a refusal refuses.</summary>
    private static bool RefusedForLacking(SentenceAnalysis s, List<Signal> signals, Signal signal)
    {
        var t = signal.Start - 1;
        var negated = false;
        while (t > 0 && s.Tokens[t].Norm is "not" or "n't" or "never" or "did" or "does" or "do" or "would" or "will")
        {
            negated |= s.Tokens[t].Norm is "not" or "n't" or "never";
            t--;
        }
        if (!negated || t <= 0 || s.Tokens[t].Norm is not ("that" or "which"))
        {
            return false;
        }
        foreach (var refusal in signals)
        {
            if (refusal != signal && refusal.Polarity < 0 && !refusal.Family.Noun && refusal.End <= t && t - refusal.End <= 4 && OneClause(s, refusal.End, t))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "have", "had", "remains", "remain", "remained", "will", "would", "does", "did", "says", "said",
    };

    /// <summary>A speech verb said not to have been used, with a that-clause: "did not say that", "never said that"; or null.</summary>
    private static Speech? Unsaid(SentenceAnalysis s)
    {
        foreach (var sp in s.Speeches)
        {
            if (sp.Start > 0 && s.Tokens[sp.Start - 1].Norm is "not" or "never" or "n't" && sp.End < s.Tokens.Length && s.Tokens[sp.End].Norm == "that")
            {
                return sp;
            }
        }
        return null;
    }

    private static bool IsDeterminer(Token token) => token.Norm is "any" or "every" or "a" or "an" or "the";

    /// <summary>Whether a determiner and one or two nouns stand right before <paramref name="end"/> ("a settlement", "any peace deal").</summary>
    private static bool DeterminedNounBefore(SentenceAnalysis s, int end)
    {
        var k = end - 1;
        for (var nouns = 0; nouns < 2 && k >= 1 && IsLowerNoun(s.Tokens[k]) && !IsDeterminer(s.Tokens[k]); nouns++)
        {
            k--;
        }
        return k < end - 1 && k >= 0 && IsDeterminer(s.Tokens[k]);
    }

    /// <summary>A lower-case word that can head a noun phrase: not a preposition, conjunction or article.</summary>
    private static bool IsLowerNoun(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm is not ("to" or "by" or "in" or "on" or "at" or "for" or "with" or "and" or "or" or "that" or "the" or "a" or "an" or "of" or "as");

    /// <summary>"Russia demands X and refuses Y": a verb joined by "and" keeps the subject of the one before.</summary>
    private static bool SharesSubject(SentenceAnalysis s, int start) => SharedSubjectConjunction(s, start) >= 0;

    /// <summary>The "and" or "but" that joins the verb at <paramref name="start"/> to an earlier one of the same subject, or -1.</summary>
    private static int SharedSubjectConjunction(SentenceAnalysis s, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 4; i--)
        {
            var norm = s.Tokens[i].Norm;
            // ("Moscow would not object to Ukraine joining the EU but would never accept NATO troops".)
            if (norm is "and" or "but")
            {
                return i;
            }
            if (norm is not ("has" or "had" or "have" or "was" or "is" or "were" or "are" or "would" or "will" or "also" or "still" or "then" or "now" or "could" or "not" or "never" or "n't"))
            {
                return -1;
            }
        }
        return -1;
    }

    private List<Holder> Holders(SentenceAnalysis s, Signal signal, List<(int Issue, int Polarity)> issues, List<Holder>? previousHolders, Discourse discourse)
    {
        var ownIssue = issues.Count > 0 ? issues[0].Issue : -1;
        Agent? agent = null;
        var certainty = 1.0;
        if (s.ProvisionContinued && !signal.Family.Noun)
        {
            return [new Holder(ProvisionDraft(s), 0.85)];
        }
        if (signal.Family.Noun)
        {
            // "his conditions", "the U.S. proposal", "Ukraine's goal": the owner holds the noun.
            agent = Owner(s, signal);
            if (agent is null && s.Tokens[signal.End - 1].Norm == "between")
            {
                // "an agreement between Russia and Ukraine to …": the parties it is between hold it.
                return s.Agents.Where(a => a.Start >= signal.End && a.Start <= signal.End + 6 && a.Party >= 0 && !a.Absorbed && !a.Possessive)
                    .Select(a => new Holder(a, 0.9)).ToList();
            }
            if (agent is null)
            {
                return []; // "favourable conditions for the negotiations": nobody's demand.
            }
        }
        // ("… accepted the American text, but that its demand for Ukraine's withdrawal was unchanged": a verb's form after "its"
        // or "their" is a noun, the party's named before it.)
        else if (signal.Start > 0 && s.Tokens[signal.Start - 1].Norm is "its" or "their" && PronounOwner(s, signal) is { } owner)
        {
            return [new Holder(owner, 0.9)];
        }
        // "It was also agreed in principle that both sides would extend the energy truce": an impersonal passive is the
        // stance of the subject of its "that" clause, not of whoever reports it.
        if (agent is null && ImpersonalThat(s, signal) is { } that)
        {
            var collective = s.Of(CueKind.Collective).Find(c => c.Start == that + 1);
            if (collective.End > 0 && CollectiveHolders(s, collective.End, 0, discourse) is { Count: > 0 } sides)
            {
                return sides;
            }
            if (s.Agents.Find(a => a.Start == that + 1 && a.CanHold && !a.Possessive) is { } party)
            {
                return [new Holder(party, 0.9)];
            }
        }
        var conjunction = agent is null ? SharedSubjectConjunction(s, signal.Start) : -1;
        if (conjunction >= 0)
        {
            if (previousHolders is { Count: > 0 })
            {
                return previousHolders;
            }
            // ("The sides also discussed the plant, without result, and agreed to prepare another exchange": a collective that
            // opens the sentence is the subject of both verbs.)
            if (s.Of(CueKind.Collective).Find(c => c.Start <= 1) is { End: > 0 } opening && opening.End < conjunction
                && !s.Agents.Exists(a => a.Start >= opening.End && a.End <= conjunction && a.CanHold)
                && CollectiveHolders(s, opening.End, 0, discourse) is { Count: > 0 } sides)
            {
                return sides;
            }
            // "She said the Russian side had called the lists … but had not said whether …": with no comma before the
            // conjunction, the verbs share the reported clause's subject.
            // ("Nebenzia said Kyiv was using the truce to rearm and demanded an end to …": a bare verb after the conjunction is
            // the sayer's; an auxiliary ties it to the reported clause.)
            if (conjunction > 0 && s.Tokens[conjunction - 1].Norm != "," && conjunction + 1 < s.Tokens.Length
                && s.Tokens[conjunction + 1].Norm is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "would" or "will" or "could" or "can" or "did" or "does" or "not" or "still"
                && s.Speeches.LastOrDefault(sp => sp.End <= conjunction) is { } speech
                && s.Agents.Find(a => a.Start >= speech.End && a.End <= conjunction && a.CanHold && !a.Possessive && !a.Oblique && !a.Absorbed && !s.InQuote(a.Start))
                    is { Party: >= 0, Kind: not AgentKind.Document } subject)
            {
                return [new Holder(subject, 0.9)];
            }
            // "Dmitriev added that …, and called for …": the sayer is the subject of both verbs.
            if (SayerBefore(s, signal.Start) is { Party: >= 0 } sayer)
            {
                return [new Holder(sayer, 0.9)];
            }
        }
        // The passive names its agent after "by": "the sanctions imposed by the European Union", "the exchange
        // proposed by Ukraine". That agent holds the stance, whoever else the sentence names first.
        if (agent is null && signal.Family.Holder == "subject" && PassiveAgent(s, signal) is { } byAgent)
        {
            agent = byAgent;
        }
        if (agent is null)
        {
            switch (signal.Family.Holder)
            {
                case "sayer":
                    // (A speaker the item gives no party holds nothing; the clause's subject may.)
                    agent = SayerAt(s, signal.Start) is { Party: >= 0 } reporter ? reporter : null;
                    certainty = 0.9;
                    // ("Russia still insists that Ukraine withdraw … before there can be a general ceasefire": with no one reported
                    // as saying it, the subject of the clause a stance verb governs is not who says it; that verb's holder is.)
                    agent ??= SubjectBefore(s, signal.Start, ownIssue);
                    if (agent is { Start: > 0 } inner && s.Agents.Contains(inner) && s.Tokens[inner.Start - 1].Norm == "that" && previousHolders is { Count: > 0 } && s.Speeches.Count == 0
                        && s.Of(CueKind.Stance).Exists(c => c.End == inner.Start - 1))
                    {
                        return previousHolders;
                    }
                    break;
                case "following":
                    // "unclear whether Moscow would accept": no party named there, no one's stance.
                    agent = s.Agents.FirstOrDefault(a => a.Start >= signal.CueEnd && a.Start <= signal.CueEnd + 4 && a.CanHold && !a.Possessive);
                    certainty = 0.9;
                    // "why a ceasefire was unacceptable to it": a party not named after the cue is the clause's subject.
                    if (agent is null && !signal.Undecided)
                    {
                        agent = SubjectBefore(s, signal.Start, ownIssue);
                        certainty = 0.85;
                    }
                    break;
                default:
                    agent = SubjectBefore(s, signal.Start, ownIssue);
                    // ("“They want us to hand over Kramatorsk,” Zelensky said": a "they" the reader cannot place is still not
                    // the speaker.)
                    if (agent is null && !ThirdPersonSubject(s, signal.Start))
                    {
                        agent = SayerAt(s, signal.Start) is { Party: >= 0 } voice ? voice : null;
                        certainty = 0.85;
                    }
                    break;
            }
        }
        if (agent is null && s.LabelParty is { } label)
        {
            agent = label;
            certainty = 0.85;
        }
        if (agent is null || agent.Party < 0)
        {
            return [];
        }
        if (agent.Kind is AgentKind.Pronoun or AgentKind.FirstPerson)
        {
            certainty *= 0.9;
        }
        if (agent.Kind == AgentKind.Document)
        {
            certainty *= 0.85;
        }
        var holders = new List<Holder> { new(agent, certainty) };
        foreach (var partner in Coordinated(s, agent))
        {
            holders.Add(new Holder(partner, certainty * 0.95));
        }
        return holders;
    }

    /// <summary>
    /// "Both sides agreed to swap prisoners": the parties of the round last reported, when the collective phrase is
    /// the cue's subject (right before it, no party named between). Null when there is no such phrase or no round.
    /// </summary>
    private List<Holder>? CollectiveHolders(SentenceAnalysis s, Signal signal, Discourse discourse) =>
        signal.Family.Holder != "subject" ? null : CollectiveHolders(s, signal.Start, 3, discourse);

    /// <summary>The sides of ", both sides said." closing the sentence after <paramref name="after"/>, or null.</summary>
    private List<Holder>? TrailingSides(SentenceAnalysis s, int after, Discourse discourse)
    {
        var collective = s.Of(CueKind.Collective).Find(c => c.Start > after && c.Start >= 1 && s.Tokens[c.Start - 1].Norm == ","
            && s.Of(CueKind.Speech).Exists(sp => sp.Start == c.End) && s.Tokens.Length - c.End <= 3);
        return collective.End > 0 ? CollectiveHolders(s, collective.End, 0, discourse) : null;
    }

    /// <summary>
    /// Whether the clause opens with a short place or time phrase that ends at <paramref name="at"/> without a comma ("At the
    /// Geneva round last month the sides agreed …"): what follows it is still the clause's subject.
    /// </summary>
    private static bool AfterFrontedPlace(SentenceAnalysis s, int at)
    {
        var open = Array.FindLastIndex(s.Tokens, at - 1, at, t => t.Norm == ":") + 1;
        return at - open is >= 2 and <= 7 && s.Tokens[open].Norm is "at" or "in" or "during" or "after" or "on" or "since"
            && Enumerable.Range(open, at - open).All(i => s.Tokens[i].Norm is not ("," or "that" or "which" or "who") && !s.StartsAt(CueKind.Speech, i));
    }

    private List<Holder>? CollectiveHolders(SentenceAnalysis s, int at, int reach, Discourse discourse)
    {
        // (The longest that ends last: "both leaders", not the "both" inside it.)
        var collective = s.Of(CueKind.Collective).Where(c => c.End <= at && at - c.End <= reach)
            .OrderBy(c => c.End).ThenBy(c => c.End - c.Start).LastOrDefault();
        // ("Both Ministers agreed that …", "the two leaders": a pair of people is the two the item named last, of two parties.)
        var people = collective.End > 0 && s.NamesPeoplePair(collective);
        if (collective.End == 0 || (people ? discourse.LastPair.Count : discourse.Sides.Count) < 2
            || s.Agents.Any(a => a.Start >= collective.End && a.End <= at && a.CanHold))
        {
            return null;
        }
        // Only as a clause's subject: "Washington is pushing both sides to agree" makes them an object, not holders.
        var before = collective.Start - 1;
        if (before >= 0 && s.Tokens[before].Norm is not ("that" or "," or "and" or "but" or "while" or "as" or "after" or "when" or ":")
            && !s.Of(CueKind.Speech).Any(m => m.End == collective.Start) && !AfterFrontedPlace(s, collective.Start))
        {
            return null;
        }
        if (people)
        {
            return discourse.LastPair.Select(p => new Holder(new Agent
            {
                Kind = AgentKind.Person, Party = p.Party, Person = p.Person, Name = p.Name, Outsider = p.Outsider, Start = collective.Start, End = collective.End,
            }, 0.85)).ToList();
        }
        var sides = discourse.Sides;
        // ("the sides" of a brokered round are the two at war too; "the parties" and "the participants" may be all three.)
        // ("the three sides" are all three.)
        var span = Enumerable.Range(collective.Start, collective.End - collective.Start);
        if (sides.Count > 2 && span.Any(i => s.Tokens[i].Norm is "two" or "both" or "sides") && !span.Any(i => s.Tokens[i].Norm == "three"))
        {
            sides = sides.Where(party => !pack.Parties[party].Mediator).ToList();
            if (sides.Count != 2)
            {
                return null;
            }
        }
        return sides.Select(party => new Holder(new Agent { Kind = AgentKind.Group, Party = party, Start = collective.Start, End = collective.End }, 0.85)).ToList();
    }

    /// <summary>The agent of a past participle cue followed by "by" ("imposed by the EU"), or null.</summary>
    private static Agent? PassiveAgent(SentenceAnalysis s, Signal signal)
    {
        var cue = signal.CueEnd - 1;
        // ("a truce put forward by Kyiv": a two-word participle too.)
        var participle = signal.CueEnd == signal.Start + 1 && s.Tokens[cue].Norm.EndsWith("ed", StringComparison.Ordinal)
            || signal.CueEnd == signal.Start + 2 && s.Tokens[signal.Start].Norm is "put" or "set" or "drawn" or "made" && s.Tokens[cue].Norm is "forward" or "out" or "up";
        if (!participle || signal.CueEnd >= s.Tokens.Length || s.Tokens[signal.CueEnd].Norm != "by")
        {
            return null;
        }
        return s.Agents.FirstOrDefault(a => a.Start > signal.CueEnd && a.Start <= signal.CueEnd + 2 && a.Party >= 0 && !a.Possessive && !a.Absorbed && !a.InsideIssue);
    }

    /// <summary>The party named before a cue: the nearest mention that can hold a position.</summary>
    internal Agent? SubjectBefore(SentenceAnalysis s, int at, int issue)
    {
        var cueInQuote = s.InQuote(at);
        // "The United States handed Ukraine and Russia a framework, proposing that the fighting stop …": a participle after a
        // comma is the main clause's subject's, not its object's.
        // ("As Washington pressed for a deal, Kyiv held firm, rejecting …": the subject after a fronted clause's comma.)
        if (at >= 2 && s.Tokens[at - 1].Norm == "," && s.Tokens[at].IsWord && !s.Tokens[at].IsCapitalized && s.Tokens[at].Norm.EndsWith("ing", StringComparison.Ordinal)
            && !cueInQuote && !s.Speeches.Exists(sp => sp.Start < at))
        {
            var clause = Array.FindLastIndex(s.Tokens, at - 2, at - 1, t => t.Norm is "," or "—" or "–") + 1;
            var main = s.Agents.Find(a => a.Start >= clause && a.End < at && IsClauseSubject(s, a) && !s.IsDateline(new CueMatch(default, a.Start, a.End)));
            if (main is not null)
            {
                // ("Russian and Ukrainian negotiators wrapped up the talks, agreeing to …": the last of a coordinated subject, so
                // that the partners before it hold the participle's stance too.)
                return s.Agents.LastOrDefault(b => b.Start > main.End && b.End < at && b.CanHold && !b.Possessive && Coordinated(s, b).Contains(main)) ?? main;
            }
        }
        // "… spoke by video with Zelensky, who urged them to approve the loan": the relative's antecedent holds it, even
        // after a preposition. So does a party's: "… sides with the European Commission, which wants the money lent", unless
        // the clause has a subject of its own ("Russia, which Kyiv accuses of …").
        // (An aside may follow the pronoun: "Russia, which, in his words, rejects a comprehensive ceasefire".)
        for (var who = at - 1; who >= 2 && who >= at - 10; who--)
        {
            if (s.Tokens[who].Norm is "who" or "which" && s.Tokens[who - 1].Norm == "," && (at - who <= 4 || s.Tokens[who + 1].Norm == ",")
                && (s.Tokens[who].Norm == "who" || !s.Agents.Exists(a => a.Start > who && a.Start < at && !a.Possessive)))
            {
                var antecedent = s.Agents.LastOrDefault(a => a.End == who - 1 && a.Party >= 0 && !a.Absorbed && !a.Possessive && !a.InsideIssue);
                if (antecedent is not null)
                {
                    return antecedent;
                }
            }
        }
        // ("If the Europeans decide to send a force, we will stand behind it": whoever a fronted condition names is not the
        // subject of the clause it restricts.)
        var frontedComma = s.Of(CueKind.Condition).Where(c => s.Tokens[c.Start].Norm == "if" && (c.Start == 0 || s.Tokens[c.Start - 1].IsQuote || s.Tokens[c.Start - 1].Norm == ":"))
            .Select(c => Array.FindIndex(s.Tokens, c.End, t => t.Norm == ",")).FirstOrDefault(comma => comma > 0 && comma < at, -1);
        for (var k = s.Agents.Count - 1; k >= 0; k--)
        {
            var a = s.Agents[k];
            if (a.End > at || !a.CanHold || a.Possessive || a.Addressee || a.End <= frontedComma)
            {
                continue;
            }
            if (a.InRelativeClause && !s.InRelativeClause(at) || SetOffSayer(s, a))
            {
                continue;
            }
            if (s.InQuote(a.Start) != cueInQuote)
            {
                if (cueInQuote)
                {
                    // Inside a quote, nobody outside it is the subject; the quote's speaker is.
                    return null;
                }
                continue;
            }
            if (a.Kind == AgentKind.Document && issue >= 0 && DocumentIsTheIssue(s, a, issue))
            {
                continue;
            }
            // ("The latest U.S. draft of a Russia-Ukraine peace agreement would lift …": the parties a draft is about are not
            // its subject.)
            if (s.Agents.Exists(d => d.Kind == AgentKind.Document && d.Party >= 0 && d.End < a.Start && a.Start - d.End <= 5 && s.Tokens[d.End].Norm == "of"
                && Enumerable.Range(d.End + 1, a.Start - d.End - 1).All(i => s.Tokens[i].IsWord && !s.Tokens[i].IsCapitalized || s.Tokens[i].Norm == "-" || s.Agents.Exists(o => o.Start <= i && i < o.End))))
            {
                continue;
            }
            return PossessedSubjectBetween(s, a.End, at) || OtherSubjectBetween(s, a.End, at) ? null : a;
        }
        return null;
    }

    /// <summary>A mention that can be a main clause's subject: one that can hold a stance, not owned, governed, absorbed, inside a relative clause or quoted.</summary>
    private static bool IsClauseSubject(SentenceAnalysis s, Agent a) =>
        a.CanHold && !a.Possessive && !a.Oblique && !a.Absorbed && !a.InRelativeClause && !s.InQuote(a.Start);

    /// <summary>"The Russian side, he said, has refused …": the sayer of an attribution set off by commas is no subject of the clause around it.</summary>
    private static bool SetOffSayer(SentenceAnalysis s, Agent a) =>
        a.Start >= 1 && s.Tokens[a.Start - 1].Norm == "," && s.Speeches.Find(sp => sp.Start == a.End) is { } speech
        && speech.End < s.Tokens.Length && s.Tokens[speech.End].Norm == ",";

    private static bool ThirdPersonSubject(SentenceAnalysis s, int at)
    {
        var i = at - 1;
        while (i >= 0 && s.Tokens[i].IsWord && s.Tokens[i].Norm is "still" or "also" or "now" or "only" or "again" or "really" or "just" or "would" or "will" or "do" or "did" or "does")
        {
            i--;
        }
        return i >= 0 && s.Tokens[i].Norm == "they" && (s.InQuote(i) || s.TurnSayer is not null) && !s.Agents.Exists(a => a.Start <= i && i < a.End);
    }

    /// <summary>
    /// "… are due to meet in Vienna, and Turkey has offered to host a summit": a place that opens the cue's own clause is its
    /// subject, and not a party.
    /// </summary>
    private static bool OtherSubjectBetween(SentenceAnalysis s, int from, int at) =>
        s.Of(CueKind.Place).Exists(p => p.Start > from && p.End <= at && at - p.End <= 3 && p.Start >= 1
            && s.Tokens[p.Start - 1].Norm is "and" or "but" or "while" or "whereas" && s.Tokens[p.Start].IsCapitalized
            && !s.Agents.Exists(a => a.Start < p.End && p.Start < a.End) && OnlyWords(s, p.End, at));

    private bool DocumentIsTheIssue(SentenceAnalysis s, Agent document, int issue) =>
        s.Of(CueKind.Issue).Any(m => m.Cue.Ref == issue && m.Start < document.End && document.Start < m.End)
        || s.Of(CueKind.Issue).Any(m => m.Cue.Ref == issue && s.Of(CueKind.Document).Any(d => d.Start >= m.Start && d.End <= m.End));

    private static Agent? SayerBefore(SentenceAnalysis s, int at) =>
        s.Speeches.LastOrDefault(sp => sp.Start < at && sp.Sayer is not null)?.Sayer;

    /// <summary>
    /// "It also states that Ukraine will not join NATO": what a draft says another party will do is the drafter's
    /// proposal, not that party's stance.
    /// </summary>
    private static Agent? DraftSaying(SentenceAnalysis s, Agent holder)
    {
        if (holder.Kind == AgentKind.Document)
        {
            return null;
        }
        foreach (var draft in s.Agents)
        {
            if (draft.Kind != AgentKind.Document || draft.Party < 0 || draft.Party == holder.Party || draft.End > holder.Start || holder.Start - draft.End > 16)
            {
                continue;
            }
            var between = s.Tokens[draft.End..holder.Start];
            var that = between.Length >= 2 && between[^1].Norm == "that";
            var verbAt = holder.Start - (that ? 2 : 1);
            if (s.Tokens[verbAt].Norm is not ("says" or "said" or "states" or "stated" or "stipulates" or "provides" or "proposes" or "envisages" or "requires" or "specifies"))
            {
                continue;
            }
            // ("The document also caps Ukraine's armed forces at 700,000 and says Kyiv would not join NATO": or the second verb of a
            // draft that is the sentence's subject, joined by "and", with no other subject before it or between.)
            if (that && holder.Start - draft.End <= 4
                || verbAt >= 1 && s.Tokens[verbAt - 1].Norm == "and"
                   && !s.Agents.Exists(a => a != draft && a.Start < verbAt && a is { Possessive: false, Oblique: false, Party: >= 0 } && a.Kind != AgentKind.Document))
            {
                return draft;
            }
        }
        return null;
    }

    /// <summary>Who reports the clause at <paramref name="at"/>: the nearest speech verb before it, else after it, else an inherited quote speaker.</summary>
    internal static Agent? SayerAt(SentenceAnalysis s, int at)
    {
        Speech? before = null;
        Speech? after = null;
        foreach (var speech in s.Speeches)
        {
            if (speech.Sayer is null)
            {
                continue;
            }
            if (speech.Start <= at)
            {
                before = speech;
            }
            else if (after is null)
            {
                after = speech;
            }
        }
        // ("“Moscow has said many times that …,” Korovina said": a party said to say something inside a quote speaks through the
        // quoted person of that party.)
        if (before is { Sayer: { IsNamed: false, Party: >= 0 } party } && after is { Sayer: { IsNamed: true } quoted } && s.InQuote(before.Start) && !s.InQuote(after.Start)
            && quoted.Party == party.Party)
        {
            return quoted;
        }
        // ("The Kremlin rejected …, calling it “premature”, spokesman Timur Glebov said.": a named sayer closing the sentence says
        // all of it, the party's words inside included.)
        if (before is null && after is { Sayer.IsNamed: false } && s.Speeches[^1] is { Sayer: { IsNamed: true } closing } last
            && last.End + 1 == s.Tokens.Length && s.Tokens[last.End].Norm == ".")
        {
            return closing;
        }
        // (In a transcript, "What I can say is that we back …" has no sayer of its own: the turn's speaker says it.)
        return (before ?? after)?.Sayer ?? s.InheritedSayer ?? s.TurnSayer;
    }

    private static IEnumerable<Agent> Coordinated(SentenceAnalysis s, Agent head)
    {
        var current = head;
        while (true)
        {
            Agent? partner = null;
            foreach (var a in s.Agents)
            {
                if (a == current || a.End > current.Start || !a.CanHold || a.Possessive)
                {
                    continue;
                }
                var gap = current.Start - a.End;
                if (gap is < 1 or > 3)
                {
                    continue;
                }
                // "Russia, Ukraine and the United States agreed": an article may open the next name.
                var words = string.Join(' ', s.Tokens[a.End..current.Start].Select(t => t.Norm));
                // ("Ukraine and its European partners favour …": or the first one's own partners.)
                if (words.EndsWith(" the", StringComparison.Ordinal) || words.EndsWith(" its", StringComparison.Ordinal)) words = words[..^4];
                if (words is "and" or "," or ", and" or "nor" or "or")
                {
                    partner = a;
                }
            }
            if (partner is null)
            {
                yield break;
            }
            yield return partner;
            current = partner;
        }
    }

    private void Emit(List<Statement> statements, SentenceAnalysis s, Holder holder, int issue, string stance, string act, double confidence, int at)
    {
        var agent = DraftSaying(s, holder.Agent) ?? holder.Agent;
        if (Advised(s, agent, at))
        {
            return;
        }
        var speaker = -1;
        string? name = null;
        if (agent.Kind is AgentKind.Person or AgentKind.Pronoun or AgentKind.FirstPerson && agent.IsNamed)
        {
            speaker = agent.Person;
            name = agent.Name;
        }
        else if (agent.Kind != AgentKind.Document)
        {
            var sayer = SayerAt(s, at);
            // "Lavrov replied that Russia had explained why …": a party that speaks inside a person's report of the
            // same party speaks through that person.
            if (sayer is not null && !sayer.IsNamed)
            {
                sayer = s.Speeches.LastOrDefault(sp => sp.Start < at && sp.Sayer is { } outer && outer.IsNamed && outer.Party == agent.Party)?.Sayer ?? sayer;
            }
            // "At the same time, he did not rule out that Moscow could agree …": with no speech verb, a named person of the
            // holder's party who is the subject before the cue is its voice.
            sayer ??= s.Speeches.Count == 0
                ? s.Agents.FindLast(a => a is { Kind: AgentKind.Person or AgentKind.Pronoun, Possessive: false, Oblique: false, Absorbed: false } && a.IsNamed
                    && a.Party == agent.Party && a.End <= at && !s.InQuote(a.Start) && !a.InRelativeClause)
                : null;
            // (An official the item gives no party speaks for the party whose stance they report.)
            if (sayer is not null && sayer.IsNamed && (sayer.Party == agent.Party || sayer is { Kind: AgentKind.Person or AgentKind.Pronoun, Party: < 0, Person: < 0, Outsider: false }))
            {
                speaker = sayer.Person;
                name = sayer.Name;
            }
        }
        // A stance no named person is reported to hold is less often right (held-out sets: 77 % against 84 %).
        if (speaker < 0 && name is null)
        {
            confidence *= 0.9;
        }
        statements.Add(new Statement(agent.Party, issue, stance, act, speaker, Math.Round(Math.Clamp(confidence, 0.05, 1.0), 2), speaker >= 0 ? null : name));
    }

    /// <summary>
    /// "Washington should insist on that sequence": a party told what it should do, in the writer's own voice, is the writer's
    /// advice, not the party's stance.
    /// </summary>
    private static bool Advised(SentenceAnalysis s, Agent agent, int at) =>
        agent.Kind is AgentKind.Entity or AgentKind.Group && agent.End < s.Tokens.Length && s.Tokens[agent.End].Norm == "should"
        && s.Speeches.Count == 0 && s.TurnSayer is null && s.InheritedSayer is null && !s.InStatement && !s.InQuote(agent.Start) && SayerAt(s, at) is null;

    /// <summary>
    /// Issues inside a condition are what the holder wants as its price: "would support talks if it
    /// helped advance prisoner exchanges" also says the holder supports prisoner exchanges.
    /// </summary>
    private void ReadConditions(SentenceAnalysis s, List<Signal> signals, Dictionary<int, (Signal Signal, List<Holder> Holders, HashSet<int> Issues)> governed, List<Statement> statements, HashSet<int> consumed, HashSet<int> open,
        HashSet<Signal> hypothetical)
    {
        foreach (var m in s.Of(CueKind.Condition))
        {
            if (open.Contains(m.Start) || RefusedExchange(s, m))
            {
                continue;
            }
            List<Holder> holders;
            HashSet<int> mainIssues;
            var threat = false;
            var refusal = false;
            var governor = s.Tokens.Length;
            if (governed.TryGetValue(m.Start, out var g))
            {
                governor = g.Signal.Start;
                holders = g.Holders;
                mainIssues = g.Issues;
                // (A penalty "until Moscow accepts a ceasefire" names what is wanted; one "if Moscow did not accept" what is not.)
                threat = g.Signal.Family.Act == "warning" || _penalties.Contains(s.Tokens[g.Signal.Start].Norm) && s.Tokens[m.Start].Norm == "if";
                refusal = g.Signal.Polarity < 0 && !g.Signal.Undecided && !g.Signal.Conditional;
            }
            else
            {
                var agent = SubjectBefore(s, m.Start, -1) ?? SayerAt(s, m.Start);
                if (agent is null || agent.Party < 0 || agent.Kind == AgentKind.Document)
                {
                    continue;
                }
                holders = [new Holder(agent, 0.9)];
                mainIssues = [];
                // ("Germany would not send combat troops as long as Russia has not agreed to a ceasefire": a negated main clause with
                // no cue of its own refuses as a refusing cue does.)
                refusal = s.Of(CueKind.Negation).Exists(n => n.End <= m.Start && m.Start - n.End <= 8 && OneClause(s, n.End, m.Start));
            }
            var end = s.Tokens.Length;
            var fronted = !governed.ContainsKey(m.Start);
            for (var i = m.End; i < s.Tokens.Length; i++)
            {
                // A fronted condition ends at its comma: "If he doesn't make a deal, the sanctions will be very severe."
                if (IsBreak(s, i) || fronted && s.Tokens[i].Norm == "," || signals.Any(x => x.Start == i && !x.Family.Noun && !hypothetical.Contains(x)))
                {
                    end = i;
                    break;
                }
            }
            // ("the administration should impose new sanctions on Russian oil if Moscow doesn't agree to a ceasefire", "if there's
            // no ceasefire by August, the administration should hit Russian oil": an "if" is a threat's when its clause imposes a
            // penalty, before the condition or, when the condition comes first, after it.)
            if (!threat && s.Tokens[m.Start].Norm == "if")
            {
                threat = PenaltyInClause(s, m.Start - 1, -1) || m.Start < governor && PenaltyInClause(s, end + 1, 1);
            }
            foreach (var issue in s.Of(CueKind.Issue))
            {
                // (An "until" clause its cue already read as the holder's price is not read twice.)
                if (issue.Start < m.End || issue.Start >= end || mainIssues.Contains(issue.Cue.Ref) || s.Tokens[m.Start].Norm is "until" or "till" && consumed.Contains(issue.Start))
                {
                    continue;
                }
                consumed.Add(issue.Start);
                if (StageOfText(s, issue))
                {
                    continue;
                }
                // "provided it did not oblige the army to leave land": a negation anywhere in the condition before the issue.
                // (Only inside the condition: "the war will not end until Ukraine leaves the Donetsk region" wants the withdrawal.)
                var negated = s.Of(CueKind.Negation).Exists(n => n.Start >= m.End && n.End <= issue.Start);
                // "could accept such a ceasefire, but not if it came with any requirement to recognise …": what it must not come
                // with is refused.
                var refused = m.Start >= 1 && s.Tokens[m.Start - 1].Norm == "not";
                var polarity = issue.Cue.Polarity * Flips(s, m.End, issue, end) * (negated ? -1 : 1) * (refused ? -1 : 1);
                // A threat's condition is what the threatener wants to avoid: "Russia would face sanctions if Moscow did not
                // agree to a ceasefire" wants the ceasefire. So is a refusal's: "would not sign it as long as it allowed
                // European troops on Ukrainian soil" opposes the troops ("would not sign unless …" still wants its condition).
                if (threat || refusal && _refusedConditions.Contains(string.Join(' ', s.Tokens[m.Start..m.End].Select(t => t.Norm))))
                {
                    polarity = -polarity;
                }
                foreach (var holder in holders)
                {
                    Emit(statements, s, holder, issue.Cue.Ref, polarity > 0 ? "supports" : "opposes", "demand", 0.7 * holder.Certainty, m.Start);
                }
            }
        }
    }

    /// <summary>
    /// Whether a penalty verb stands in the clause walked from <paramref name="from"/> in <paramref name="step"/>'s direction, up
    /// to a clause break (and, walking back, a comma).
    /// </summary>
    private bool PenaltyInClause(SentenceAnalysis s, int from, int step)
    {
        for (var k = from; k >= 0 && k < s.Tokens.Length && !IsBreak(s, k) && !(step < 0 && s.Tokens[k].Norm == ","); k += step)
        {
            if (_penalties.Contains(s.Tokens[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "possible only when the documents are ready", "once the framework is signed": a text being ready or signed says
    /// when the condition is met, not that anyone demands the text.
    /// </summary>
    private static bool StageOfText(SentenceAnalysis s, CueMatch issue)
    {
        var k = issue.End;
        for (var skipped = 0; k < s.Tokens.Length && skipped < 3 && s.Tokens[k].Norm is "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "all" or "fully"; skipped++)
        {
            k++;
        }
        return k > issue.End && k < s.Tokens.Length && s.Of(CueKind.Document).Exists(d => d.Start < issue.End && issue.Start < d.End) && s.Tokens[k].Norm is "ready" or "finished" or "complete" or "completed" or "signed" or "initialled"
            or "initialed" or "agreed" or "final" or "finalised" or "finalized" or "done";
    }

    /// <summary>
    /// The draft of a known party whose provision verb governs the issue, in the issue's clause: "the framework caps the army
    /// at 700,000", "The new text keeps a cap of 700,000 on Ukraine's armed forces", "The framework offers Ukraine security
    /// guarantees … in exchange for a demilitarised zone". Null when there is none.
    /// </summary>
    private Agent? ProvidingDraft(SentenceAnalysis s, CueMatch issue)
    {
        var draft = s.Agents.LastOrDefault(a => a is { Kind: AgentKind.Document, Party: >= 0, Oblique: false, Possessive: false } && a.End <= issue.Start && issue.Start - a.End <= 16);
        if (draft is null)
        {
            return null;
        }
        var verb = draft.End;
        while (verb < issue.Start && s.Tokens[verb].Norm is "also" or "now" or "still" or "already" or "effectively")
        {
            verb++;
        }
        if (verb >= s.Tokens.Length || !_provisions.Contains(s.Tokens[verb].Norm)
            || Enumerable.Range(verb, issue.Start - verb).Any(k => IsBreak(s, k) || s.Speeches.Exists(sp => sp.Start == k)))
        {
            return null;
        }
        return draft;
    }

    /// <summary>
    /// An act phrase under a modal is a stance without a stance verb: "Ukraine will never join NATO",
    /// "we will not give away the Donbas". A plain future is only a forecast, so it counts when it is
    /// negated, conditional, or a draft's provision.
    /// </summary>
    private void ReadAssertions(SentenceAnalysis s, List<Signal> signals, List<Statement> statements, HashSet<int> consumed, Discourse discourse)
    {
        // The end of the last issue read under a modal, for a verb joined to it by "and".
        var modalActionEnd = -1;
        foreach (var issue in s.Of(CueKind.Issue))
        {
            if (modalActionEnd < issue.End && s.Of(CueKind.Modal).Any(m => m.Start >= issue.Start - NegationReach && m.Start < issue.Start))
            {
                modalActionEnd = issue.End;
            }
            // ("Asked whether Kyiv's path to membership remained open, …": a claim asked about is nobody's.)
            if (consumed.Contains(issue.Start) || issue.Cue.Claim && issue.Start < s.AskedEnd)
            {
                continue;
            }
            var modal = s.Of(CueKind.Modal).Any(m => m.Start >= issue.Start - NegationReach && m.Start < issue.End && OnlyWords(s, m.End, Math.Max(m.End, Math.Min(issue.Start, issue.End))))
                // "would cap the army at 800,000 and recognise Crimea as Russian": a verb joined by "and" shares the modal.
                || issue.Start >= 1 && s.Tokens[issue.Start - 1].Norm == "and" && modalActionEnd >= 0 && OneClause(s, modalActionEnd, issue.Start);
            // ("the framework caps the army at 700,000", "the new text keeps a cap …": a draft's present tense states a provision.)
            var provider = ProvidingDraft(s, issue);
            modal |= provider is not null;
            // "Sanctions would be eased in phases": in a provision the modal may follow its subject.
            var provisionModal = modal || s.Of(CueKind.Modal).Any(m => m.Start >= issue.End && m.Start <= issue.End + 1);
            // (Not what a party says it will do: "October 4: Ukraine rejects the Russian draft, repeating that it will not withdraw".)
            if (s.ProvisionOf >= 0 && provisionModal && (s.Speeches.Count == 0 || s.ProvisionOpened) && !Questioned(s, issue.Start)
                && !(SubjectBefore(s, issue.Start, issue.Cue.Ref) is { Kind: AgentKind.Entity, Party: >= 0 } own && own.Party != s.ProvisionOf && issue.Start - own.End <= 3
                    && own.Start > 0 && s.Tokens[own.Start - 1].Norm == "that"))
            {
                // A labelled line of an explainer about a draft: what "would" happen is the draft's provision.
                var draft = ProvisionDraft(s);
                // (Flips already counts a negation before an act phrase: "Ukraine would not join NATO" is negated once.)
                var provisionPolarity = issue.Cue.Polarity * Flips(s, Math.Max(0, issue.Start - NegationReach), issue, issue.End + PostFlipReach)
                    * (Negated(s, issue.Start) && !issue.Cue.Action ? -1 : 1);
                var provisionConditional = s.Of(CueKind.Condition).Any(c => c.Start >= issue.End && OneClause(s, issue.End, c.Start));
                Emit(statements, s, new Holder(draft, 0.85), issue.Cue.Ref, provisionConditional ? "conditional" : provisionPolarity > 0 ? "supports" : "opposes", "proposal", 0.7 * 0.85, issue.Start);
                continue;
            }
            if (!issue.Cue.Action && NegatedVerbBefore(s, issue.Start)
                && (SubjectBefore(s, issue.Start, issue.Cue.Ref) ?? SayerAt(s, issue.Start)) is { Party: >= 0 } refuser && !InCondition(s, issue.Start))
            {
                // "Ukraine would not exchange land for promises", "Hungary will not take part in financing military assistance":
                // a negated verb that governs a plain issue refuses it.
                var refused = issue.Cue.Polarity * Flips(s, Math.Max(0, issue.Start - NegationReach), issue, issue.End + PostFlipReach);
                Emit(statements, s, new Holder(refuser, 0.85), issue.Cue.Ref, refused > 0 ? "opposes" : "supports", "rejection", 0.6, issue.Start);
                continue;
            }
            if (!issue.Cue.Action)
            {
                // "The U.S. draft would lift most sanctions": a draft's provision that reverses an issue is its drafter's proposal.
                // ("The latest US draft, seen by reporters, would turn the part of Donetsk region still held by Ukraine into a free
                // economic zone": so is one that brings it about.)
                if (modal && (provider ?? SubjectBefore(s, issue.Start, issue.Cue.Ref)) is { Kind: AgentKind.Document, Party: >= 0 } draft)
                {
                    // (Whatever the issue: a plain one the draft brings about is proposed, one it reverses is opposed.)
                    var provided = Flips(s, draft.End, issue, issue.End) * issue.Cue.Polarity;
                    Emit(statements, s, new Holder(draft, 0.85), issue.Cue.Ref, provided < 0 ? "opposes" : "supports", "proposal", 0.7 * 0.85, issue.Start);
                }
                continue;
            }
            if (!modal && !issue.Cue.Deed)
            {
                continue;
            }
            // "only if Kyiv first released the Russian servicemen", "only after Ukraine had held elections": a deed in a
            // condition has not been done; it is the condition's subject's price, read by ReadConditions.
            if (issue.Cue.Deed && InCondition(s, issue.Start))
            {
                continue;
            }
            // ("the borders of Ukraine cannot be changed by force", "Polish troops would not deploy to Ukraine": a negation inside the
            // act phrase denies it.)
            var negated = Negated(s, issue.Start) || s.Of(CueKind.Negation).Any(n => n.Start > issue.Start && n.End < issue.End)
                || Enumerable.Range(issue.Start, issue.End - issue.Start).Any(k => s.Tokens[k].Norm == "cannot"
                    || s.Tokens[k].Norm is "not" or "never" or "n't" && k > issue.Start && s.IsKindAt(CueKind.Modal, k - 1));
            // "Witkoff said the two sides had agreed to swap 300 prisoners each": the deed is the sides', not the reporter's.
            // ("A fourth group of 250 prisoners was exchanged on Tuesday, both sides said": so are sides that report it after a comma.)
            if (issue.Cue.Deed && (CollectiveHolders(s, issue.Start, 6, discourse) ?? TrailingSides(s, issue.End, discourse)) is { Count: > 0 } sides)
            {
                foreach (var side in sides)
                {
                    Emit(statements, s, side, issue.Cue.Ref, negated ? "opposes" : "supports", "statement", 0.7 * side.Certainty, issue.Start);
                }
                continue;
            }
            // "Merz praised Brussels and pledged 3 billion euros for Ukraine": the deed after "and" is the first verb's subject's,
            // not its object's.
            var agent = provider ?? (SharesSubject(s, issue.Start) ? s.Agents.Find(a => a.End <= issue.Start && IsClauseSubject(s, a)) : null)
                ?? SubjectBefore(s, issue.Start, issue.Cue.Ref);
            // A claim is made by a party, not by a text: "He said Moscow had taken note of the proposals, but that the station is Russian".
            if (issue.Cue is { Claim: true } && agent is { Kind: AgentKind.Document })
            {
                agent = null;
            }
            agent ??= SayerAt(s, issue.Start);
            if (agent is null || agent.Party < 0)
            {
                continue;
            }
            // "The draft also says Ukraine will not join NATO": what a draft says a party will do is the draft's provision.
            if (s.Agents.Contains(agent) && DraftContent(s, agent.Start, discourse, pack.MediatorParty) is { } content)
            {
                agent = content;
            }
            // A deed is done: what follows it cannot make it conditional.
            // ("If Russia stops hitting our power plants, we will stop hitting its refineries": a fronted "if" too.)
            // ("would not lift any sanctions until the guns fall silent": what is not undone until something happens lasts; the
            // "until" clause is the holder's price, not a condition on the stance. "Will not hold elections until …" is.)
            var conditional = !issue.Cue.Deed && (s.Of(CueKind.Condition).Any(c => c.Start >= issue.End && !RefusedExchange(s, c) && !signals.Any(x => x.Start > issue.End && x.Start < c.Start) && OneClause(s, issue.End, c.Start)
                    && !(negated && issue.Cue.Polarity < 0 && s.Tokens[c.Start].Norm is "until" or "till"))
                || FrontedCondition(s, signals, issue.Start, null) is not null);
            // ("German Chancellor Katrin Vollmer told DW that Germany would contribute troops": what a speaker says their own side
            // will do is a commitment, not a forecast.)
            var committed = issue.Cue.Action && agent.Party >= 0 && s.Speeches.Exists(sp => sp.End <= agent.Start && sp.Sayer is { } sayer && sayer.Party == agent.Party && sayer.IsNamed)
                && s.Of(CueKind.Modal).Exists(m => m.End <= issue.Start && issue.Start - m.End <= 2 && s.Tokens[m.Start].Norm is "will" or "would" or "'ll")
                // (Not one it puts off: "would hold elections after a ceasefire is secured, but not under martial law".)
                && !Enumerable.Range(issue.End, s.Tokens.Length - issue.End).Any(i => s.Tokens[i].Norm is "after" or "once" or "until" or "unless" or "when");
            if (!(negated || conditional || committed || issue.Cue.Deed || agent.Kind is AgentKind.Document or AgentKind.FirstPerson))
            {
                continue;
            }
            var polarity = issue.Cue.Polarity * (negated ? -1 : 1);
            var stance = conditional ? "conditional" : polarity > 0 ? "supports" : "opposes";
            var act = conditional ? "statement" : agent.Kind == AgentKind.Document ? "proposal" : polarity > 0 ? "statement" : "rejection";
            var certainty = agent.Kind is AgentKind.Pronoun or AgentKind.FirstPerson ? 0.9 : 1.0;
            Emit(statements, s, new Holder(agent, certainty), issue.Cue.Ref, stance, act, 0.7 * certainty, issue.Start);
            foreach (var partner in Coordinated(s, agent))
            {
                Emit(statements, s, new Holder(partner, certainty), issue.Cue.Ref, stance, act, 0.65 * certainty, issue.Start);
            }
        }
    }

    /// <summary>
    /// Whether a condition marker opens the clause the token is in ("… only if Kyiv first released …"). A condition that
    /// opens its sentence or its reported clause ends at its comma: in "If there is a decision, it must be taken by the
    /// Ukrainian people", what follows the comma is the main clause.
    /// </summary>
    private static bool InCondition(SentenceAnalysis s, int at) =>
        s.Of(CueKind.Condition).Exists(c => c.End <= at && OneClause(s, c.End, at)
            && !(Fronted(s, c.Start) && Enumerable.Range(c.End, at - c.End).Any(i => s.Tokens[i].Norm == ",")));

    private static bool Fronted(SentenceAnalysis s, int at) =>
        at == 0 || s.Tokens[at - 1].Norm is "that" or "\"" || s.Speeches.Exists(sp => sp.End == at);

    private static readonly HashSet<string> ContentVerbs =
        ["says", "said", "states", "stated", "records", "recorded", "stipulates", "stipulated", "specifies", "specified", "spells", "envisages", "foresees", "provides"];

    /// <summary>
    /// The draft whose content verb opens the clause of the subject at <paramref name="subject"/>: "the American draft
    /// already records that Ukraine …", "the framework, which states that Ukraine …", "The draft also says Ukraine …".
    /// A bare "the draft" is the item's draft. Null when the clause is not a draft's content.
    /// </summary>
    private static Agent? DraftContent(SentenceAnalysis s, int subject, Discourse discourse, int mediator)
    {
        var i = subject - 1;
        if (i >= 0 && s.Tokens[i].Norm == "that") i--;
        // ("the U.S. draft says only that Ukraine will not join …")
        if (i >= 1 && s.Tokens[i].Norm is "only" or "merely" or "simply" or "explicitly") i--;
        if (i < 1 || !ContentVerbs.Contains(s.Tokens[i].Norm)) return null;
        i--;
        for (var adverbs = 0; i >= 0 && adverbs < 2 && s.Tokens[i].Norm is "also" or "already" or "explicitly" or "clearly" or "still" or "now"; adverbs++) i--;
        if (i >= 1 && s.Tokens[i].Norm == "which" && s.Tokens[i - 1].Norm == ",") i -= 2;
        var draft = s.Agents.Find(a => a.Kind == AgentKind.Document && a.End == i + 1);
        var named = s.Of(CueKind.Document).Find(m => m.End == i + 1);
        if (draft is null && named.End == 0) return null;
        // A draft no one is said to have written, in talks with a broker, is the broker's text ("the revised framework").
        var party = draft is { Party: >= 0 } ? draft.Party : discourse.DocumentParty >= 0 ? discourse.DocumentParty : mediator;
        return party < 0 ? null : new Agent { Kind = AgentKind.Document, Party = party, Start = draft?.Start ?? named.Start, End = i + 1 };
    }

    /// <summary>
    /// "would not hand over any territory in exchange for a halt in the fighting" refuses the trade: a plain rejection,
    /// and what was offered in exchange is no one's price.
    /// </summary>
    private static bool RefusedExchange(SentenceAnalysis s, CueMatch condition)
    {
        if (s.Tokens[condition.Start].Norm != "in" || condition.End - condition.Start < 2 || s.Tokens[condition.Start + 1].Norm is not ("exchange" or "return"))
        {
            return false;
        }
        var clauseStart = condition.Start - 1;
        while (clauseStart > 0 && !IsBreak(s, clauseStart - 1)) clauseStart--;
        return s.Of(CueKind.Negation).Exists(n => n.Start >= clauseStart && n.Start < condition.Start);
    }

    /// <summary>"it is silent on whether Ukraine would hold elections": a question left open provides nothing.</summary>
    private static bool Questioned(SentenceAnalysis s, int at)
    {
        for (var i = at - 1; i >= 0 && !IsBreak(s, i); i--)
        {
            if (s.Tokens[i].Norm is "whether" or "if") return true;
        }
        return false;
    }

    private static bool HasSpeaker(Statement st) => st.Speaker >= 0 || st.SpeakerName is not null;

    private static List<Statement> Deduplicate(List<Statement> statements)
    {
        var best = new Dictionary<(int, int, string), Statement>();
        var order = new List<(int, int, string)>();
        foreach (var st in statements)
        {
            var key = (st.Party, st.Issue, st.Stance);
            if (!best.TryGetValue(key, out var existing))
            {
                best[key] = st;
                order.Add(key);
            }
            else if (st.Confidence > existing.Confidence || !HasSpeaker(existing) && HasSpeaker(st))
            {
                var keep = HasSpeaker(st) ? st : existing;
                best[key] = st with { Speaker = keep.Speaker, SpeakerName = keep.SpeakerName, Confidence = Math.Max(st.Confidence, existing.Confidence) };
            }
        }
        return order.Select(k => best[k]).ToList();
    }
}
