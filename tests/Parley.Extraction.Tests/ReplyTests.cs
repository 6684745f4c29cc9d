using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Answers, refusals and premises that take their issue from the sentence or turn before.</summary>
public sealed class ReplyTests
{
    private static readonly Extractor Reader = new(DomainPack.LoadDefault());
    private static readonly DateOnly Day = new(2027, 3, 4);

    private static Findings Read(string text) => Reader.Extract(new ItemText("t", text, Day));

    [Fact]
    public void An_answer_that_is_only_a_condition_grants_the_questions_issue_on_it()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Olha Marchuk, Ukraine's foreign minister, spoke to us in Kyiv.\nQ: Is Ukraine ready to sign the American framework as it stands?\nMARCHUK: Only if the points on the Donetsk region are changed.",
            new DateOnly(2041, 8, 9)));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "peace_plan", Stance: "conditional", Speaker: "Olha Marchuk" });
    }

    [Fact]
    public void A_named_turn_after_a_turn_that_asked_answers_it_and_the_proposal_is_what_was_proposed()
    {
        var asked = Read("Anchor: Will Russia accept a ceasefire in the air?\nVladimir Putin: No, we will not accept it.").Positions;
        Assert.Contains(asked, p => p is { Party: "russia", Issue: "ceasefire", Stance: "opposes", Speaker: "Vladimir Putin" });
        var proposed = Read("Anchor: Washington has proposed a truce at sea. Will Moscow accept the proposal?\nDmitry Peskov: No.").Positions;
        Assert.Contains(proposed, p => p is { Party: "russia", Issue: "ceasefire", Stance: "opposes" });
        Assert.DoesNotContain(proposed, p => p.Issue == "peace_plan");
    }

    [Fact]
    public void That_will_not_happen_refuses_the_demand_just_made_by_another_party()
    {
        var refused = Read("Moscow wants Ukraine to give up the Donbas. \"That is not going to happen,\" Zelensky said.").Positions;
        Assert.Contains(refused, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Volodymyr Zelenskyy" });
        // The demanding side's own words about it are no refusal.
        var own = Read("Moscow wants Ukraine to give up the Donbas. \"That will not happen overnight,\" Peskov said.").Positions;
        Assert.DoesNotContain(own, p => p.Stance == "opposes");
        var no = Read("Moscow wants Ukrainian troops out of the whole Donbas, and Kyiv keeps saying no.").Positions;
        Assert.Contains(no, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });
    }

    [Fact]
    public void The_subject_of_a_telling_verb_is_who_they_are_and_not_whom_it_tells()
    {
        var found = Read("The Russians keep telling the Americans that they want all of Donetsk before any ceasefire.").Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.DoesNotContain(found, p => p.Party == "us");
    }

    [Fact]
    public void A_preamble_that_names_whose_address_follows_makes_its_we_that_person()
    {
        var found = Read("The following is an excerpt from President Volodymyr Zelenskyy's evening address on Monday.\nWe will never recognise occupied land as Russian. We will not sign any document that makes our army smaller.").Positions;
        Assert.Contains(found, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Volodymyr Zelenskyy" });
        Assert.Contains(found, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes", Speaker: "Volodymyr Zelenskyy" });
    }

    [Theory]
    [InlineData("If Moscow is serious about peace, it must agree to a ceasefire now, Macron said.", "europe", "ceasefire", "supports")]
    [InlineData("Zelensky said the plant must return to Ukrainian control, with American participation if that helps.", "ukraine", "nuclear_plant", "supports")]
    [InlineData("Kyiv will only accept a ceasefire if Washington ratifies the guarantees, Umerov said.", "ukraine", "ceasefire", "conditional")]
    public void Wanting_peace_and_if_that_helps_are_no_conditions(string text, string party, string issue, string stance) =>
        Assert.Equal(stance, Assert.Single(Read(text).Positions, p => p.Party == party && p.Issue == issue).Stance);

    [Theory]
    [InlineData("Budanov said Kyiv wanted a moratorium on strikes against energy sites, but that Russia had so far refused.", "russia", "ceasefire", "opposes")]
    [InlineData("Russia's demands to cap the size of Ukraine's armed forces and to bar Ukraine from joining NATO are unacceptable, Rutte said.", "nato", "army_size", "opposes")]
    [InlineData("Pressed by senators on whether Washington would back a deal that required Ukraine to withdraw from the Donbas, Landau declined to answer, saying the negotiations were confidential.", "us", "territory", "undecided")]
    [InlineData("An adviser said France would now back using the immobilised Russian assets for Ukraine's reconstruction.", "europe", "frozen_assets", "supports")]
    [InlineData("Bessent said Washington will impose penalties on refiners that keep buying Russian crude.", "us", "sanctions", "supports")]
    [InlineData("The Commission paid out a second tranche of the loan for Ukraine on Monday.", "europe", "aid", "supports")]
    public void Second_clauses_coordinated_demands_and_deeds(string text, string party, string issue, string stance) =>
        Assert.Equal(stance, Assert.Single(Read(text).Positions, p => p.Party == party && p.Issue == issue).Stance);

    [Theory]
    [InlineData("Asked whether Kyiv could accept a referendum, Umerov did not rule it out.", "ukraine", "referendum", "undecided")]
    [InlineData("Italy remains hesitant about the reparations loan, Tajani said.", "europe", "frozen_assets", "undecided")]
    [InlineData("Moscow keeps pushing to shrink the Ukrainian army, Sybiha said.", "russia", "army_size", "supports")]
    [InlineData("Kallas said lifting sanctions now would reward the aggressor.", "europe", "sanctions", "supports")]
    [InlineData("Hungary said it would not take part in any joint borrowing for Ukraine.", "europe", "aid", "opposes")]
    [InlineData("Paris said it would add 500 million euros to its military aid for Kyiv.", "europe", "aid", "supports")]
    [InlineData("Peskov said Russia was respecting the energy truce.", "russia", "ceasefire", "supports")]
    [InlineData("Peskov said such a summit would make sense only once the documents were ready.", "russia", "talks", "conditional")]
    [InlineData("Zelensky said any land deal would be rejected by Ukrainians.", "ukraine", "territory", "opposes")]
    public void Everyday_words_of_delay_pressure_refusal_and_keeping_a_truce(string text, string party, string issue, string stance) =>
        Assert.Equal(stance, Assert.Single(Read(text).Positions, p => p.Party == party && p.Issue == issue).Stance);

    [Theory]
    [InlineData("The representative of France said her country backed the framework.", "europe", "peace_plan", "supports")]
    [InlineData("Paris will not put its name to a deal that hands Ukrainian land to Russia, a French diplomat said.", "europe", "territory", "opposes")]
    [InlineData("Kyiv said sanctions must stay in place if the peace is to last.", "ukraine", "sanctions", "supports")]
    [InlineData("Lavrov said any Western military presence in Ukraine was unacceptable.", "russia", "foreign_troops", "opposes")]
    [InlineData("Kyiv called for a ban on imports of Russian gas.", "ukraine", "sanctions", "supports")]
    [InlineData("Novak said Moscow would not sign any deal that left the price cap in place.", "russia", "sanctions", "opposes")]
    [InlineData("\"We will not pay for peace with our land,\" Sybiha said.", "ukraine", "territory", "opposes")]
    [InlineData("Russia still wants Ukrainian troops to walk out of the cities of Donetsk, Umerov said.", "russia", "territory", "supports")]
    [InlineData("Peskov said the new EU money would only prolong the fighting.", "russia", "aid", "opposes")]
    [InlineData("Lavrov rejected a European contingent on Ukrainian soil after a settlement.", "russia", "foreign_troops", "opposes")]
    [InlineData("Rutte said the alliance's door remains open.", "nato", "nato_membership", "supports")]
    [InlineData("Senior U.S. officials are preparing to propose a settlement that would leave Russia in control of the land it occupies.", "us", "territory", "supports")]
    [InlineData("Dmitriev said lifting American restrictions on Russian banks should be the first step.", "russia", "sanctions", "opposes")]
    [InlineData("Umerov says he will table a proposal for a truce on strikes against power plants.", "ukraine", "ceasefire", "supports")]
    [InlineData("Peskov said a plebiscite organised by the Kiev regime would change nothing.", "russia", "referendum", "opposes")]
    [InlineData("Sybiha has welcomed the British offer of troops for a reassurance force.", "ukraine", "foreign_troops", "supports")]
    [InlineData("The Pentagon said interceptors bought by European allies for Ukraine would keep arriving.", "europe", "aid", "supports")]
    [InlineData("A diplomat said several EU capitals would resist any early easing of the bloc's own measures.", "europe", "sanctions", "supports")]
    [InlineData("Zelenskyy expressed gratitude for continued American deliveries of air-defense interceptors.", "ukraine", "aid", "supports")]
    [InlineData("Berlin will keep up air-defence deliveries to Ukraine, Merz said.", "europe", "aid", "supports")]
    [InlineData("Russia's draft wants Ukrainian troops out of the zone within 30 days of signing.", "russia", "territory", "supports")]
    [InlineData("Umerov said Moscow refused to discuss a ceasefire at sea, which the Ukrainian delegation had put on the table.", "ukraine", "ceasefire", "supports")]
    [InlineData("The Kremlin said Putin \"does not exclude\" a meeting with Zelenskiy, but only in Moscow.", "russia", "talks", "conditional")]
    [InlineData("Peskov said any seizure of Russian state property would be theft and would poison the negotiations.", "russia", "frozen_assets", "opposes")]
    public void Representatives_purposes_embargoes_and_the_price_of_peace(string text, string party, string issue, string stance) =>
        Assert.Equal(stance, Assert.Single(Read(text).Positions, p => p.Party == party && p.Issue == issue).Stance);

    [Fact]
    public void What_a_clause_does_not_govern_is_not_its_object()
    {
        // A concession, a time clause and an earlier version of a story state nothing.
        Assert.DoesNotContain(Read("Kyiv will not accept any deal that requires it to leave the Donbas, even if the negotiations drag on for years.").Positions, p => p.Issue == "talks");
        Assert.DoesNotContain(Read("Melnyk said shelling had killed 11 civilians since the truce took effect and called on Moscow to return the deported children.").Positions, p => p.Issue == "ceasefire");
        Assert.DoesNotContain(Read("Peskov said any seizure of Russian state property would be theft and would poison the negotiations.").Positions, p => p.Issue == "talks");
        Assert.Empty(Read("Correction: An earlier version of this story said that Russia had agreed to a ceasefire.").Positions);
        // An unnamed speaker goes on in the next sentence's "He added".
        var added = Read("Lavrov spoke first. Ukraine's delegate said Kyiv wanted a ceasefire. He added that any truce had to be followed by binding security guarantees.").Positions;
        Assert.Contains(added, p => p is { Party: "ukraine", Issue: "security_guarantees", Stance: "supports" });
    }

    [Fact]
    public void A_place_that_opens_the_clause_is_its_subject_and_a_swaps_format_is_no_talks()
    {
        var offered = Read("Russian, Ukrainian and U.S. officials are due to meet in Vienna on Monday, and Turkey has offered to host a leaders' summit if that session fails.").Positions;
        Assert.DoesNotContain(offered, p => p.Issue == "talks");
        Assert.DoesNotContain(Read("Umerov said the parties agreed to prepare a new exchange of prisoners in the format 1000 for 1000.").Positions, p => p.Issue == "talks");
    }

    [Fact]
    public void Whom_something_is_given_a_fronted_conditions_subject_and_a_quoted_they_hold_nothing()
    {
        var given = Read("Finland has given Ukraine 3.4 billion euros in military aid since 2022.").Positions;
        Assert.Contains(given, p => p is { Party: "europe", Issue: "aid", Stance: "supports" });
        Assert.DoesNotContain(given, p => p.Party == "ukraine");
        Assert.DoesNotContain(Read("HOST: And European troops?\nMARSH: If the Europeans decide to send a force after a settlement, we will stand behind it.").Positions, p => p.Party == "europe");
        Assert.DoesNotContain(Read("Zelensky said: “They want us to hand over Kramatorsk and Sloviansk without a single shot.”").Positions, p => p is { Party: "ukraine", Stance: "supports" });
        Assert.DoesNotContain(Read("They have promised to fund Ukraine's budget, yet European capitals still have no seat at the table.").Positions, p => p.Issue == "talks");
    }

    [Fact]
    public void A_question_after_a_form_of_address_asks_and_a_prisoner_brought_home_is_an_exchange()
    {
        Assert.Empty(Read("QUESTION: High Representative, would the EU lift any sanctions if a ceasefire is agreed?").Positions);
        Assert.Contains(Read("SYBIHA: If it brings our prisoners home, I will meet anyone, anywhere.").Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Stance: "supports" });
    }

    [Fact]
    public void A_second_verb_after_but_keeps_the_first_subject()
    {
        var found = Read("Moskalkova said Moscow was ready to continue exchanges of prisoners, but accused Kyiv of dragging its feet.").Positions;
        Assert.DoesNotContain(found, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_cancellation_belongs_to_its_own_round_and_being_open_to_a_round_is_none()
    {
        var next = Read("The next round of talks between Russia and Ukraine will open in Geneva on Friday, officials said, after a session planned for Riyadh last week was called off.").Meetings;
        Assert.Equal("Geneva", Assert.Single(next).Place);
        Assert.Empty(Read("A session planned for Riyadh last week was called off, officials said.").Meetings);
        Assert.Empty(Read("Lavrov said Moscow was open to another round of talks with Ukrainian and American negotiators.").Meetings);
    }

    [Fact]
    public void A_round_of_talks_has_sides_and_a_condition_or_quotation_of_another_clause_does_not_touch_it()
    {
        var agreed = Read("Ukraine has brought home 210 servicemen in an exchange agreed at the two-day round of talks in Geneva that ended on Wednesday, Zelensky said.").Meetings;
        Assert.Equal(("Geneva", "held"), (Assert.Single(agreed).Place, agreed[0].Status));
        var conditioned = Read("Russian negotiators said Moscow could accept joint operation of the plant if Russia received a share of its power, as a round of talks between Russia and Ukraine in Vienna ended without a deal.").Meetings;
        Assert.Equal("Vienna", Assert.Single(conditioned).Place);
        Assert.DoesNotContain(Read("Russia and Ukraine met in Riyadh last week. Rutte said allies would keep weapons flowing to Kyiv \"during the talks and after them\".").Meetings, m => m.Place == "Kyiv");
    }

    [Fact]
    public void A_round_in_the_Kremlin_is_in_Moscow_a_day_spent_together_is_a_round_and_progress_in_the_talks_is_none()
    {
        Assert.Equal("Moscow", Assert.Single(Read("Vladimir Putin met U.S. envoy Steve Witkoff in the Kremlin on Tuesday.").Meetings).Place);
        Assert.Equal("Geneva", Assert.Single(Read("Rustem Umerov spent Sunday in Geneva with Steve Witkoff, going through the annex.").Meetings).Place);
        Assert.Empty(Read("China welcomes the recent progress in the Russia-Ukraine negotiations, a spokesperson said.").Meetings);
    }

    [Fact]
    public void The_capital_of_a_round_is_the_city_the_story_was_filed_from()
    {
        var found = Read("ABU DHABI // Russia and Ukraine swapped 300 prisoners each on Tuesday.\nSeparately, Kirill Dmitriev held talks in the capital on Monday with US envoy Steve Witkoff.").Meetings;
        Assert.Contains(found, m => m is { Place: "Abu Dhabi", Status: "held" });
    }

    [Fact]
    public void An_open_question_takes_a_round_after_after_as_held_and_a_yes_or_no_question_reports_none()
    {
        var held = Read("HOST: What changed after the trilateral round in Istanbul last week?").Meetings;
        Assert.Equal(("Istanbul", "held"), (Assert.Single(held).Place, Assert.Single(held).Status));
        Assert.Empty(Read("Will the negotiators meet again in Istanbul after the round in Geneva?").Meetings);
    }
}
