using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Restrictions that make a stance conditional without "if".</summary>
public sealed class ConditionTests
{
    private static Findings Read(string text) => OneItem.Read(text);

    [Theory]
    [InlineData("Medinsky said Moscow did not rule out extending the ceasefire to all air strikes, though only after the first 30 days had passed.", "russia", "ceasefire")]
    [InlineData("Peskov said Putin was ready to meet Zelensky, but only in Moscow and only at the final stage.", "russia", "talks")]
    public void An_option_granted_with_a_restriction_is_conditional(string text, string party, string issue) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == "conditional");

    [Fact]
    public void A_deadline_counted_from_an_issue_waits_for_it_and_one_counted_from_a_signing_only_dates_the_step()
    {
        var counted = Read("Kyiv has said it will hold elections within 90 days of a ceasefire.");
        Assert.Contains(counted.Positions, p => p is { Party: "ukraine", Issue: "elections", Stance: "conditional" });
        Assert.Contains(counted.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports" });
        var dated = Read("Washington wants Ukraine to hold elections within 100 days of a signed agreement.");
        Assert.Contains(dated.Positions, p => p is { Party: "us", Issue: "elections", Stance: "supports" });
    }

    [Theory]
    [InlineData("Chancellor Friedrich Merz publicly tied a German contribution to a multinational force in Ukraine to American participation.", "europe", "foreign_troops")]
    [InlineData("The White House is prepared to tie further weapons deliveries to Kyiv's acceptance of the text.", "us", "aid")]
    public void What_is_tied_to_something_else_is_conditional_on_it(string text, string party, string issue) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == "conditional");

    [Theory]
    [InlineData("Presidential aide Yuri Ushakov has so far stopped short of rejecting the peace plan.", "russia", "peace_plan")]
    [InlineData("The Kremlin has yet to say whether it will agree to a ceasefire.", "russia", "ceasefire")]
    [InlineData("The Kremlin, through its spokesman Dmitry Peskov, said it was “too early” to say whether the ceasefire would be extended.", "russia", "ceasefire")]
    public void A_view_held_back_is_undecided(string text, string party, string issue)
    {
        var positions = Read(text).Positions;
        Assert.Contains(positions, p => p.Party == party && p.Issue == issue && p.Stance == "undecided");
        Assert.DoesNotContain(positions, p => p.Stance is "opposes" or "supports");
    }

    [Fact]
    public void Once_a_text_is_ready_is_a_condition_but_once_a_truce_is_in_place_is_a_time()
    {
        var ready = Read("Lavrov said Moscow was willing to hold a meeting of the presidents once a draft peace agreement is ready for signing.");
        Assert.Contains(ready.Positions, p => p is { Party: "russia", Issue: "talks", Stance: "conditional" });
        var timed = Read("Britain said it was ready to deploy troops to Ukraine once a ceasefire is in place.");
        Assert.Contains(timed.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Stance: "supports" });
    }

    [Fact]
    public void What_something_depends_on_is_the_speakers_price_and_no_stance_of_whoever_would_meet_it()
    {
        var findings = Read("A U.S. Treasury spokesperson said any easing of sanctions would depend on Moscow first agreeing to a full ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Stance: "conditional" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p.Party == "russia");
    }

    [Fact]
    public void A_passive_flip_reaches_past_the_issues_complement()
    {
        var positions = Read("Ushakov stressed that Russia would agree to a ceasefire only if Western arms deliveries to the Kiev regime were halted.").Positions;
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "aid", Stance: "opposes" });
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });
    }

    [Theory]
    [InlineData("It would discuss further prisoner exchanges only if Kyiv first released the Russian servicemen it has put on trial, Peskov said.", "ukraine", "prisoner_exchange")]
    [InlineData("He saw no obstacle to meeting Zelensky, but only after Ukraine had held legitimate elections, Putin said.", "ukraine", "elections")]
    public void A_deed_in_a_condition_is_not_done(string text, string party, string issue) =>
        Assert.DoesNotContain(Read(text).Positions, p => p.Party == party && p.Issue == issue);

    [Theory]
    [InlineData("Zakharova warned that further deliveries would be seen as a breach of the ceasefire's spirit.")]
    [InlineData("NATO ministers pledged to keep weapons flowing to Ukraine through the winter whatever happens to the ceasefire.")]
    public void A_breach_or_whatever_happens_to_a_truce_is_no_stance_on_it(string text) =>
        Assert.DoesNotContain(Read(text).Positions, p => p.Issue == "ceasefire");

    [Fact]
    public void A_passive_flip_does_not_reach_past_a_verb_of_its_own() =>
        Assert.DoesNotContain(Read("Zelenskyy said Kyiv was ready to hold elections, but only once the ceasefire had held for three months and martial law had been lifted.").Positions,
            p => p is { Issue: "ceasefire", Stance: "opposes" });

    [Fact]
    public void Whether_the_alliances_door_stays_open_is_a_question_about_membership() =>
        Assert.Contains(Read("In Brussels, Mark Rutte declined to say whether the alliance's door would stay open to Kyiv once the framework was signed.").Positions,
            p => p is { Party: "nato", Issue: "nato_membership", Stance: "undecided" });

    [Fact]
    public void A_decision_put_off_until_later_stays_undecided() =>
        Assert.Contains(Read("Peskov said Moscow was studying the ceasefire proposal and would respond only after receiving the documents.").Positions,
            p => p is { Party: "russia", Issue: "ceasefire", Stance: "undecided" });

    [Theory]
    [InlineData("Ukraine needs European soldiers on the ground after a ceasefire, not merely promises, the ambassador said.")]
    [InlineData("Belgium again demanded legal guarantees before any use of the frozen assets.")]
    public void A_truce_that_dates_something_and_a_creditors_legal_guarantees_are_not_those_issues(string text)
    {
        var findings = Read(text);
        Assert.DoesNotContain(findings.Positions, p => p.Issue is "ceasefire" or "security_guarantees");
    }

    [Theory]
    [InlineData("Umerov said Kyiv wants a ceasefire agreed before any discussion of territory.", "talks")]
    [InlineData("The negotiators agreed, at the end of two days of talks, to swap prisoners.", "talks")]
    public void An_issue_that_only_says_when_is_not_what_the_stance_is_about(string text, string issue) =>
        Assert.DoesNotContain(Read(text).Positions, p => p.Issue == issue);

    [Fact]
    public void Only_after_is_still_a_condition() =>
        Assert.Contains(Read("Kyiv would hold elections only after a ceasefire.").Positions, p => p is { Party: "ukraine", Issue: "elections", Stance: "conditional" });

    [Fact]
    public void A_stance_inside_an_embedded_question_is_asked_about_not_taken() =>
        Assert.DoesNotContain(Read("The draft does not mention NATO, and it is silent on whether Ukraine would have to hold elections.").Positions,
            p => p.Issue == "elections" && p.Stance == "supports");

    [Fact]
    public void Declining_to_say_whether_is_still_undecided() =>
        Assert.Contains(Read("Peskov declined to say whether Moscow would accept a ceasefire.").Positions,
            p => p is { Party: "russia", Issue: "ceasefire", Stance: "undecided" });

    [Fact]
    public void A_leaders_meeting_possible_only_to_sign_is_the_sayers_condition() =>
        Assert.Contains(Read("The Kremlin has repeatedly said a Putin-Zelensky meeting is possible only to sign a final agreement.").Positions,
            p => p is { Party: "russia", Issue: "talks", Stance: "conditional" });

    [Fact]
    public void Whether_a_party_would_act_remains_open_is_undecided() =>
        Assert.Contains(Read("Whether Washington would accept European participation in the next round of talks remains open, this newspaper learned.").Positions,
            p => p is { Party: "us", Issue: "talks", Stance: "undecided" });

    [Fact]
    public void A_condition_after_and_with_a_new_subject_belongs_to_that_clause()
    {
        var findings = Read("Russia still wants all of Donetsk region, and officials in Moscow have signalled they could revive claims to the whole of Kherson region if the fighting drags on.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p.Stance == "conditional");
    }

    [Theory]
    [InlineData("Peskov said a meeting between Putin and Zelensky could only take place to sign a final agreement.", "russia", "talks", "conditional")]
    [InlineData("One of the sources said President Volodymyr Zelenskyy would accept an autumn vote only if a ceasefire had held for three months.", "ukraine", "elections", "conditional")]
    [InlineData("Merz made clear that Germany would not scale back its military support.", "europe", "aid", "supports")]
    public void Phrasings_read_in_the_w_round(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Fact]
    public void What_is_named_as_the_prerequisite_is_demanded() =>
        Assert.Contains(Read("Lavrov reiterated that the withdrawal of Ukrainian formations from Donbass remains a prerequisite for any lasting agreement.").Positions,
            p => p is { Party: "russia", Issue: "territory", Stance: "supports" });

    [Fact]
    public void A_negation_anywhere_in_a_condition_reverses_what_it_reveals() =>
        Assert.Contains(Read("Zelenskyy said Ukraine could work with the new text as a basis, provided it did not oblige the army to leave land it still holds in the east.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });

    [Fact]
    public void A_fronted_condition_ends_at_its_comma() =>
        Assert.DoesNotContain(Read("Trump said: “If he doesn't make a deal, the sanctions will be very severe.”").Positions,
            p => p is { Issue: "sanctions", Stance: "opposes" });

    [Fact]
    public void Yet_to_take_a_decision_is_undecided() =>
        Assert.Contains(Read("Ushakov said Moscow had yet to take a decision on the peace plan.").Positions,
            p => p is { Party: "russia", Issue: "peace_plan", Stance: "undecided" });

    [Theory]
    [InlineData("Senator Ruth Abernathy says that if there's no ceasefire by August, the administration should hit Russian oil with new sanctions.")]
    [InlineData("Senator Ruth Abernathy said the administration should impose new sanctions on Russian oil if Moscow doesn't agree to a ceasefire by May.")]
    public void A_condition_a_penalty_turns_on_is_what_the_threatener_wants_to_avoid(string text)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p is { Issue: "ceasefire", Stance: "opposes" });
    }

    [Fact]
    public void Hasnt_ruled_out_leaves_the_question_open()
    {
        var findings = Read("U.S. President Harlan Whitcombe hasn't ruled out additional sanctions.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Stance: "undecided" });
        Assert.DoesNotContain(findings.Positions, p => p is { Issue: "sanctions", Stance: "supports" });
    }

    [Theory]
    [InlineData("The Russians say there's no ceasefire until Ukraine leaves Donetsk.")]
    [InlineData("Moscow says a ceasefire is off the table until Ukraine leaves the Donbas.")]
    public void What_there_is_none_of_until_something_happens_waits_on_it(string text)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p is { Issue: "territory", Stance: "opposes" });
    }

    [Fact]
    public void Unless_at_the_end_of_a_stance_phrase_opens_the_condition()
    {
        var findings = Read("Moscow says there will be no settlement unless sanctions are lifted first.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes" });
        Assert.DoesNotContain(findings.Positions, p => p is { Issue: "sanctions", Stance: "conditional" });
    }

    [Theory]
    [InlineData("Peskov said a ceasefire would become possible only once Kyiv accepted those terms.")]
    [InlineData("Russia says a truce is only possible once the main terms of a settlement have been agreed.")]
    [InlineData("Ushakov told reporters that the truce would be extended only if Ukraine observed it in full.")]
    [InlineData("A Kremlin source said Russia might consider a truce on energy infrastructure, but only as part of a wider package.")]
    public void What_is_only_possible_once_something_happens_is_conditional(string text) =>
        Assert.Contains(Read(text).Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });

    [Fact]
    public void Not_lifting_sanctions_until_something_happens_keeps_them()
    {
        var kept = Read("Secretary of State Marco Rubio said the United States would not lift any sanctions on Russia “until the guns fall silent and a deal is signed”.").Positions;
        Assert.Contains(kept, p => p is { Party: "us", Issue: "sanctions", Stance: "supports" });
        Assert.DoesNotContain(kept, p => p is { Issue: "sanctions", Stance: "conditional" });
        // Not holding elections until a ceasefire makes them wait on it.
        Assert.Contains(Read("Zelensky said Ukraine will not hold elections until a ceasefire is in place.").Positions,
            p => p is { Party: "ukraine", Issue: "elections", Stance: "conditional" });
    }

    [Fact]
    public void The_subject_of_a_precondition_is_demanded_and_its_object_waits_on_it()
    {
        var findings = Read("Russian officials have repeatedly said that Ukraine's withdrawal from Donetsk region is a precondition for any ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });
    }

    [Fact]
    public void What_a_negated_clause_waits_for_as_long_as_it_is_missing_is_wanted()
    {
        var found = OneItem.Read("Germany would not send combat troops as long as Russia has not agreed to a ceasefire.").Positions;
        Assert.Contains(found, p => p is { Party: "europe", Issue: "ceasefire", Stance: "supports" });
        Assert.DoesNotContain(found, p => p.Party == "russia");
    }

    [Fact]
    public void What_a_war_will_not_end_until_is_wanted()
    {
        var found = OneItem.Read("Moscow says the war will not end until Ukraine leaves the whole Donetsk region.").Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.DoesNotContain(found, p => p is { Issue: "territory", Stance: "opposes" });
    }

    [Fact]
    public void What_a_party_wants_before_it_agrees_makes_its_consent_conditional() =>
        Assert.Contains(Read("Luxembourg, where part of the frozen Russian assets is held, still wants legal guarantees from its partners before it agrees.").Positions,
            p => p is { Party: "europe", Issue: "frozen_assets", Stance: "conditional" });

    [Theory]
    [InlineData("“Nothing will make us give up a single village,” Ukraine's foreign minister said.")]
    [InlineData("“We have not heard anything today that would make us give up a single village,” Ukraine's foreign minister said.")]
    public void What_nothing_would_make_a_party_do_it_refuses(string text)
    {
        var found = Read(text).Positions;
        Assert.Contains(found, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });
        Assert.DoesNotContain(found, p => p is { Party: "ukraine", Issue: "territory", Stance: "supports" });
    }
}
