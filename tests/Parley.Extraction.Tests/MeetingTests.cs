using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Rounds of talks: where they are, which are rounds at all, and how one round is told twice.</summary>
public class MeetingTests
{
    private static Findings Read(string text, int year = 2033, int month = 7, int day = 8) =>
        OneItem.Extractor.Extract(new ItemText("t", text, new DateOnly(year, month, day)));

    [Theory]
    [InlineData("Delegations from Ukraine, Russia and the United States met in Valletta on Tuesday.", "Valletta")]
    [InlineData("Russian and Ukrainian negotiators held talks in Baku on Monday with U.S. mediators.", "Baku")]
    [InlineData("The trilateral talks are expected to return to Geneva in the second half of October.", "Geneva")]
    [InlineData("The next round of talks between Russia and Ukraine is expected to take place in Abu Dhabi in July, diplomats in Berlin said.", "Abu Dhabi")]
    [InlineData("The U.S. envoy will travel to Helsinki, where on Monday he will chair the next round of trilateral talks with the Russian and Ukrainian delegations.", "Helsinki")]
    [InlineData("The Russian delegation will take part in the next round of consultations with the American and Ukrainian sides in Muscat on Sunday.", "Muscat")]
    [InlineData("The Russian president is to attend the three-way summit with the American and Ukrainian leaders in Doha on April 24.", "Doha")]
    [InlineData("On Monday, for the first time in years, Russian and Ukrainian negotiators will sit at the same table in Geneva, with American mediators between them.", "Geneva")]
    [InlineData("For the people now living in nearby towns, the trilateral talks in Istanbul on Thursday and Friday came down to one question: will they ever go home?", "Istanbul")]
    [InlineData("U.S. envoy Mark Dane will meet national security advisers from Ukraine, Britain, France and Germany in London on Thursday.", "London")]
    [InlineData("US envoy Mark Dane is due to host Ukrainian and Russian delegations in Geneva next week.", "Geneva")]
    [InlineData("US envoy Mark Dane said he would brief the Russian delegation in Riyadh on Thursday.", "Riyadh")]
    public void A_round_is_placed_where_it_meets(string text, string place) =>
        Assert.Contains(Read(text).Meetings, m => m.Place == place);

    [Fact]
    public void A_round_held_with_no_place_of_its_own_was_held_where_the_item_was_filed_unless_that_is_a_partys_capital()
    {
        var filed = Read("VALLETTA, July 8 -- The U.S. envoy spoke to reporters on Wednesday. Russian and Ukrainian delegations met on Tuesday and agreed to swap prisoners.");
        Assert.Equal("Valletta", Assert.Single(filed.Meetings).Place);
        var home = Read("MOSCOW, July 8 -- The U.S. envoy spoke to reporters on Wednesday. Russian and Ukrainian delegations met on Tuesday and agreed to swap prisoners.");
        Assert.DoesNotContain(home.Meetings, m => m.Place == "Moscow");
        var visit = Read("KYIV, July 8 -- U.S. special envoy Mark Dane handed Ukrainian officials a new draft on Monday. Dane met for two hours with Ukraine's chief negotiator, Pavlo Hordiy, according to a statement from the presidential office.");
        Assert.Contains(visit.Meetings, m => m is { Place: "Kyiv", Status: "held" });
        // (The mediator's own capital reports its envoys' rounds wherever they were held.)
        var mediator = Read("WASHINGTON, July 8 -- U.S. special envoy Mark Dane handed Ukrainian officials a new draft on Monday. Dane met for two hours with Ukraine's chief negotiator, Pavlo Hordiy, according to a statement.");
        Assert.DoesNotContain(mediator.Meetings, m => m.Place == "Washington");
    }

    [Fact]
    public void A_relative_clause_on_a_round_gives_its_status_however_far_its_verb()
    {
        var findings = Read("VALLETTA, July 8 -- On the sidelines of the conference on Tuesday, U.S. envoy Mark Dane met Pavlo Hordiy, Ukraine's chief negotiator, to discuss preparations for the next round of three-way talks with Russia, which a Ukrainian official said was likely to take place in Helsinki in September.");
        Assert.Contains(findings.Meetings, m => m is { Place: "Valletta", Status: "held" });
        Assert.Contains(findings.Meetings, m => m is { Place: "Helsinki", Status: "expected" });
    }

    [Fact]
    public void Discussing_an_offer_with_the_other_sides_negotiators_somewhere_is_a_round()
    {
        var findings = Read("Washington has not commented on the offer, which U.S. envoy Mark Dane is expected to discuss with Russian negotiators in Abu Dhabi later this month.");
        Assert.Contains(findings.Meetings, m => m is { Place: "Abu Dhabi", Status: "expected" } && m.Participants.Contains("russia") && m.Participants.Contains("us"));
    }

    [Fact]
    public void A_long_title_with_its_country_between_the_round_and_its_place_is_one_participant()
    {
        var findings = Read("President of Ukraine Oksana Melnychuk met Special Envoy of the President of the United States Theodore Ashby in Kyiv on Friday.");
        var meeting = Assert.Single(findings.Meetings);
        Assert.Equal("Kyiv", meeting.Place);
        Assert.Equal(["ukraine", "us"], meeting.Participants.Order());
    }

    [Fact]
    public void A_dateline_after_a_label_line_and_with_its_country_still_places_the_round_held_here()
    {
        var findings = Read("Correction appended\nRIYADH, Saudi Arabia — Russian and Ukrainian negotiators ended three days of talks here on Thursday with an agreement in principle to exchange all remaining prisoners of war.");
        Assert.Contains(findings.Meetings, m => m is { Place: "Riyadh", Status: "held" });
        Assert.DoesNotContain(findings.Meetings, m => m.Place is null);
    }

    [Fact]
    public void A_dateline_city_named_again_in_a_lake_or_a_district_is_still_the_place()
    {
        var found = Read("GENEVA (AP) — Russian and Ukrainian negotiators sat down on Thursday as the U.S. envoy opened a new round of talks at a hotel on the shore of Lake Geneva.");
        Assert.Equal("Geneva", Assert.Single(found.Meetings).Place);
    }

    [Fact]
    public void Places_listed_after_a_round_are_rounds_of_their_own_and_a_city_with_its_country_is_one()
    {
        var three = Read("Russian and Ukrainian delegations have held talks under U.S. mediation since March. Three rounds have been held, in Geneva, Istanbul and Valletta.");
        Assert.Equal(["Geneva", "Istanbul", "Valletta"], three.Meetings.Where(m => m.Place is not null).Select(m => m.Place).Order());
        var one = Read("The next round of US-Russia-Ukraine talks is scheduled for May 5 in Istanbul, Turkey's foreign ministry confirmed.");
        Assert.Equal("Istanbul", Assert.Single(one.Meetings).Place);
    }

    [Fact]
    public void A_place_before_ahead_of_is_where_something_else_happened_unless_the_round_has_no_other()
    {
        var interview = Read("Yuri Ushakov spoke to TASS in Moscow ahead of consultations with the American side in Abu Dhabi this Friday.", 2034, 1, 16);
        var round = Assert.Single(interview.Meetings);
        Assert.Equal(("Abu Dhabi", "planned"), (round.Place, round.Status));
        var landed = Read("US envoys Steve Witkoff and Jared Kushner have landed in Moscow ahead of talks with Vladimir Putin later today.");
        Assert.Equal("Moscow", Assert.Single(landed.Meetings).Place);
    }

    [Fact]
    public void A_round_planned_and_then_told_as_over_without_its_place_is_one_round_that_took_place()
    {
        var blog = Read("09:12: US envoys Steve Witkoff and Jared Kushner have landed in Moscow ahead of talks with Vladimir Putin later today.\n18:40: Putin's meeting with Witkoff and Kushner has ended after almost five hours, the Kremlin says.");
        var round = Assert.Single(blog.Meetings);
        Assert.Equal(("Moscow", "held"), (round.Place, round.Status));
    }

    [Fact]
    public void Days_spent_in_another_side_capital_are_a_round_there()
    {
        var found = Read("Rustem Umerov, Ukraine's chief negotiator, spent two days in Washington this week going over the text with State Department officials.");
        Assert.Equal("Washington", Assert.Single(found.Meetings).Place);
    }

    [Theory]
    [InlineData("NATO Secretary General Mark Rutte spoke after a meeting of the NATO-Ukraine Council on military support, held at the level of defence ministers.")]
    [InlineData("The European Council met in Brussels on 17 November and adopted conclusions on Ukraine.")]
    [InlineData("Zelensky made the remarks in his evening address after meeting members of the Central Election Commission.")]
    [InlineData("After nearly eighteen months of on-off negotiations, American, Russian and Ukrainian officials all say a deal is closer.")]
    [InlineData("A spokesman for Zelensky's office said Kyiv had received no such signal through the American mediators.")]
    public void Allied_bodies_national_bodies_spans_of_talks_and_nothing_received_are_no_round(string text) =>
        Assert.Empty(Read(text).Meetings);

    [Fact]
    public void The_broker_of_a_round_is_a_side_of_it()
    {
        var found = Read("Ukraine's foreign minister spoke in Kyiv ahead of the next round of U.S.-brokered talks, which diplomats expect to take place in Vienna later this month.");
        var round = Assert.Single(found.Meetings);
        Assert.Equal("Vienna", round.Place);
        Assert.Contains("us", round.Participants);
    }

    [Theory]
    [InlineData("European defence ministers meeting in Brussels on Tuesday approved the outline of a multinational force for Ukraine.")]
    [InlineData("The ruble rose on Wednesday as traders bet that the U.S.-brokered talks between Moscow and Kyiv were close to a framework agreement.")]
    [InlineData("Ukraine's finance ministry said it had received a 4.2 billion euro tranche of the European Union's reparations loan.")]
    [InlineData("In an interview recorded in Kyiv on Sunday, Ukrainian Foreign Minister Andrii Sybiha discussed the state of the U.S.-brokered talks.")]
    public void Ministers_among_themselves_markets_money_received_and_the_state_of_the_talks_are_no_round(string text) =>
        Assert.Empty(Read(text).Meetings);

    [Theory]
    [InlineData("Ukraine will not sign away land, President Taras Hordiienko told reporters after meeting commanders in the Kyiv region.")]
    [InlineData("Germany could contribute to a force only once a ceasefire is in place, the chancellor said in Berlin after a meeting of her cabinet.")]
    [InlineData("The president will meet his national security team at the White House on Friday to go over the text.")]
    public void A_leader_meeting_their_own_commanders_or_cabinet_is_no_round_beside_the_talks(string text)
    {
        var found = Read("Russian, Ukrainian and American negotiators met in Geneva on Monday.\n" + text);
        Assert.Equal("Geneva", Assert.Single(found.Meetings).Place);
    }

    [Fact]
    public void A_party_name_inside_another_proper_name_names_no_party()
    {
        var commission = Read("The Central Election Commission said a presidential vote could be held within 90 days of a ceasefire.");
        Assert.DoesNotContain(commission.Positions, p => p.Party == "europe");
        var paper = Read("The Moscow Times said the plan would hand the Donbas to Russia.");
        Assert.DoesNotContain(paper.Positions, p => p.Party == "russia");
    }

    [Fact]
    public void Officers_and_mediators_are_sides_of_a_round()
    {
        var found = Read("Russian and Ukrainian officers met U.S. mediators in Geneva on Wednesday for the fourth session of the Joint Monitoring Commission.");
        var round = Assert.Single(found.Meetings);
        Assert.Equal(["russia", "ukraine", "us"], round.Participants.Order());
    }

    [Fact]
    public void A_place_travelled_to_for_a_round_of_talks_is_the_rounds()
    {
        var found = Read("U.S. envoy Steve Witkoff will travel to Istanbul next week for the third round of trilateral talks with the Russian and Ukrainian delegations.");
        Assert.Contains(found.Meetings, m => m is { Place: "Istanbul", Status: "planned" });
    }

    [Fact]
    public void A_round_held_to_review_progress_in_the_negotiations_is_still_a_round()
    {
        var found = Read("President Donald Trump met today with President Volodymyr Zelenskyy of Ukraine at the White House to review progress in the negotiations to end the war.");
        Assert.Contains(found.Meetings, m => m is { Place: "White House", Status: "held" });
        var council = Read("In Moscow, Vladimir Putin chaired a session of his Security Council on Friday devoted to the talks, the Kremlin said.");
        Assert.Empty(council.Meetings);
    }

    [Fact]
    public void A_state_that_hosts_the_talks_is_not_their_venue()
    {
        var found = Read("ISTANBUL – The following joint statement was issued on Thursday evening by the delegations of the United States of America, the Russian Federation and Ukraine at the end of two days of talks hosted by the Republic of Türkiye.");
        Assert.Contains(found.Meetings, m => m is { Place: "Istanbul", Status: "held" });
        Assert.DoesNotContain(found.Meetings, m => m.Place == "Türkiye");
    }

    [Fact]
    public void Being_met_with_scorn_and_a_minister_meeting_ambassadors_are_no_rounds()
    {
        Assert.DoesNotContain(Read("The Russian and Ukrainian delegations discussed the plan in Valletta. In Moscow, the plans are met with hostility.").Meetings, m => m.Place == "Moscow");
        Assert.Empty(Read("Ukraine's foreign minister met ambassadors of European Union countries in Kyiv on Friday and asked them to approve the next tranche of aid.").Meetings);
        Assert.Empty(Read("It's Thursday, March 6, and this is your briefing on the Russia-Ukraine talks.").Meetings);
        Assert.Empty(Read("Brussels – After a night of negotiations, the heads of state and government of the European Union agreed early on Friday to use frozen Russian assets for a loan.").Meetings);
        // (The alliance's and the Union's own summits stay their own.)
        Assert.Empty(Read("NATO leaders ended their summit in Ankara, where allies pledged a further $40 billion in military support for Ukraine.").Meetings);
    }

    [Fact]
    public void A_round_of_hyphened_talks_is_one_round_and_the_eurogroup_meets_among_itself()
    {
        var interview = Read("Ukraine's Foreign Minister Iryna Sokolenko spoke to us in Kyiv on Friday, days after the first round of three-way talks with Russia and the United States in Geneva.");
        Assert.Equal("Geneva", Assert.Single(interview.Meetings).Place);
        Assert.Empty(Read("After a meeting of the Eurogroup in Brussels, European Commission President Margit Halvorsen said the loan would cover Ukraine's needs.").Meetings);
    }

    [Fact]
    public void A_title_saying_what_the_post_is_for_still_names_its_holder_and_a_bracketed_translation_note_gives_the_side()
    {
        var round = Assert.Single(Read("(Translated from Russian)\nPresidential envoy for investment Pavel Gromeko will meet U.S. special envoy Daniel Corliss in Miami on Tuesday.").Meetings);
        Assert.Equal("Miami", round.Place);
        Assert.Contains("russia", round.Participants);
        Assert.Contains("us", round.Participants);
    }

    [Theory]
    [InlineData("US envoy Grant Vellacott took the new draft to Kyiv and went through it with Ukraine's President Bohdan Lysenchuk.", "Kyiv")]
    [InlineData("MIAMI, Jan 9 - US special envoy Grant Vellacott and a Ukrainian delegation led by Oleksandra Virchenko spent more than seven hours on Monday going through Washington's 22-point framework for ending the war, officials on both sides said.", "Miami")]
    public void Going_through_a_text_with_the_other_side_is_a_round(string text, string place) =>
        Assert.Equal(place, Assert.Single(Read(text).Meetings).Place);

    [Fact]
    public void A_day_and_a_place_fronted_without_commas_are_the_rounds()
    {
        var round = Assert.Single(Read("Yesterday in London, US Special Envoy Grant Vellacott joined British Prime Minister Alice Pemberton and President Bohdan Lysenchuk of Ukraine for talks on security arrangements after a ceasefire.").Meetings);
        Assert.Equal("London", round.Place);
        Assert.Equal(new DateOnly(2033, 7, 7), round.Date);
    }

    [Fact]
    public void A_city_in_the_name_of_an_institute_is_no_venue() =>
        Assert.DoesNotContain(Read("Russian and Ukrainian negotiators met in Istanbul on Friday. Nadia Ferrante, who follows the talks at the Lisbon Institute for Strategic Affairs, thinks the next round will be the real test.").Meetings,
            m => m.Place == "Lisbon");

    [Fact]
    public void A_capital_that_weapons_are_sent_to_is_their_recipient_not_a_venue() =>
        Assert.DoesNotContain(Read("Russian and Ukrainian negotiators met in Istanbul on Friday. Moscow accused European governments of trying to sabotage the talks by sending weapons to Kyiv.").Meetings,
            m => m.Place == "Kyiv");

    [Fact]
    public void A_timeline_entry_files_its_round_under_its_date_and_place()
    {
        var rounds = Read("Timeline: how the talks unfolded\nU.S. mediators have brought Russian and Ukrainian negotiators together twice since December.\n"
            + "Dec. 16, 2032 — Jeddah: special envoy Gordon Baylis opens the first trilateral round.\nJan. 15, 2033 — Geneva: second round of talks between Russia and Ukraine.", 2033, 4, 2).Meetings;
        Assert.Contains(rounds, m => m is { Place: "Jeddah", Status: "held" } && m.Date == new DateOnly(2032, 12, 16));
        Assert.Contains(rounds, m => m is { Place: "Geneva", Status: "held" } && m.Date == new DateOnly(2033, 1, 15));
    }

    [Fact]
    public void An_abbreviated_month_dates_a_round() =>
        Assert.Equal(new DateOnly(2033, 1, 15), Assert.Single(Read("Russia and Ukraine met in Geneva on Jan. 15.", 2033, 4, 2).Meetings).Date);

    [Fact]
    public void What_a_reader_needs_to_know_about_the_talks_is_no_round() =>
        Assert.Empty(Read("Here is what you need to know about the Russia-Ukraine peace talks on Friday, February 21.", 2033, 2, 21).Meetings);

    [Fact]
    public void A_round_set_for_a_place_is_planned()
    {
        var rounds = Read("Russian and Ukrainian negotiators met in Vienna last week. BAYLIS: The next round is set for Geneva on May 6.", 2033, 4, 22).Meetings;
        Assert.Contains(rounds, m => m is { Place: "Geneva", Status: "planned" });
        Assert.DoesNotContain(rounds, m => m is { Place: "Geneva", Status: "held" });
    }

    [Fact]
    public void There_after_a_round_is_the_one_place_the_sentence_before_named() =>
        Assert.Equal("Abu Dhabi", Assert.Single(Read("MS OSGOOD: Good afternoon, everybody. Let me start with Abu Dhabi. Special Envoy Gordon Baylis and his team concluded two days of trilateral talks there on Tuesday.", 2033, 2, 6).Meetings).Place);

    [Fact]
    public void A_datelines_date_is_the_storys_not_the_rounds() =>
        Assert.Null(Assert.Single(Read("KYIV, March 3 — Russian and Ukrainian negotiators will meet in Geneva next month.", 2033, 3, 3).Meetings).Date);
}
