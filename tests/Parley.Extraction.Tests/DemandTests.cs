using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>What one party asks of another is the asker's stance, not the addressee's.</summary>
public sealed class DemandTests
{
    private static Findings Read(string text) => OneItem.Read(text);

    [Theory]
    [InlineData("Zelensky urged European leaders to impose new sanctions on Russia.", "ukraine", "sanctions", "supports")]
    [InlineData("Zelensky called on the European Union to adopt a new sanctions package.", "ukraine", "sanctions", "supports")]
    [InlineData("The Kremlin urged Washington to lift the sanctions on Russian banks.", "russia", "sanctions", "opposes")]
    [InlineData("The Kremlin demanded that Western weapons deliveries end as part of any deal.", "russia", "aid", "opposes")]
    public void What_a_demand_asks_of_its_addressee_is_the_demanders_stance(string text, string party, string issue, string stance)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);
        Assert.DoesNotContain(findings.Positions, p => p.Party != party && p.Issue == issue);
    }

    [Fact]
    public void The_two_sides_are_the_parties_the_negotiators_came_from_less_the_mediator()
    {
        var findings = Read("Negotiators from Ukraine, Russia and the United States wrapped up two days of talks in Abu Dhabi on Thursday. " +
            "U.S. envoy Steve Witkoff said the two sides had agreed to swap another 300 prisoners each.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Stance: "supports" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "prisoner_exchange", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "us", Issue: "prisoner_exchange" });
    }

    [Theory]
    [InlineData("The European Union is lending Kyiv 90 billion euros over two years.")]
    [InlineData("Germany delivered two more Patriot systems to Ukraine last week.")]
    public void Paying_or_arming_Ukraine_is_support_for_aid(string text) =>
        Assert.Contains(Read(text).Positions, p => p is { Party: "europe", Issue: "aid", Stance: "supports" });

    [Fact]
    public void The_addressee_of_a_demand_holds_nothing_by_being_asked() =>
        Assert.DoesNotContain(Read("The Ministry also expects the European Union to take a final decision on using immobilized Russian assets.").Positions,
            p => p.Party == "europe");

    [Fact]
    public void A_proposal_from_a_party_is_that_partys() =>
        Assert.Contains(Read("Kyiv welcomed a proposal from Washington for a ceasefire.").Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports" });

    [Fact]
    public void But_not_takes_the_same_verb_negated() =>
        Assert.Contains(Read("Kyiv says it can accept about 90% of the text but not the demilitarised zone in Donetsk.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });

    [Fact]
    public void No_before_a_wanted_issue_denies_it()
    {
        var findings = Read("Ukraine wants the front line frozen where it is, guarantees it can trust and no limits on its forces.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports" });
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes" });
    }

    [Theory]
    [InlineData("A source familiar with the talks said the Kremlin still wanted all of the Donbas, while the Americans had floated a demilitarised zone in the part held by Kyiv.", "us", "territory", "supports")]
    [InlineData("Kremlin aide Yuri Ushakov said on Monday that Russia saw no place for European troops in any settlement.", "russia", "foreign_troops", "opposes")]
    [InlineData("Belgium, where the bulk of the frozen assets is held, continues to hesitate over the reparations loan.", "europe", "frozen_assets", "undecided")]
    [InlineData("The Council also reaffirmed the EU's readiness to contribute to robust security guarantees for Ukraine.", "europe", "security_guarantees", "supports")]
    public void General_phrasings_read_in_the_seventh_session(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Theory]
    [InlineData("Chancellor Anna Roth said Germany was prepared in principle to take part in a multinational force in Ukraine, but only with a mandate from the Bundestag.", "europe", "foreign_troops", "conditional")]
    [InlineData("Poland's defence minister said Poland would not deploy soldiers on Ukrainian territory.", "europe", "foreign_troops", "opposes")]
    [InlineData("France would be ready to commit several thousand soldiers, provided that a ceasefire has been signed beforehand.", "europe", "foreign_troops", "conditional")]
    [InlineData("The United States reaffirmed its continued support for Ukraine's defence.", "us", "aid", "supports")]
    [InlineData("Russia says the fighting will stop only once Ukrainian troops have left the Donbas.", "russia", "ceasefire", "conditional")]
    [InlineData("Ukraine's president, Petro Danylko, has said he would put any territorial arrangement to a referendum.", "ukraine", "referendum", "supports")]
    [InlineData("The Russian Foreign Ministry said the illegal unilateral restrictions must be lifted in full.", "russia", "sanctions", "opposes")]
    [InlineData("Kyiv has not formally signed up to the American framework.", "ukraine", "peace_plan", "undecided")]
    [InlineData("Both delegations look forward to the trilateral meeting with the Russian side, the Ukrainian delegation said.", "ukraine", "talks", "supports")]
    [InlineData("Ukraine's chief negotiator Marko Hlibov called the draft “a basis we can work with” but said it was not yet a deal.", "ukraine", "peace_plan", "supports")]
    [InlineData("Asked whether the negotiators could sit at one table, Dmitry Peskov said the Kremlin did not rule out such a format.", "russia", "talks", "undecided")]
    [InlineData("Delegations of Russia, Ukraine and the United States met in Valletta on Monday. The three sides agreed to an all-for-all exchange of prisoners.", "us", "prisoner_exchange", "supports")]
    [InlineData("Kamil Nowak, Poland's defence minister, repeated that Polish troops would not deploy to Ukraine.", "europe", "foreign_troops", "opposes")]
    [InlineData("Secretary of State Margaret Holloway announced sanctions on 40 companies that supply components for Russian cruise missiles.", "us", "sanctions", "supports")]
    [InlineData("Lithuania's foreign minister, Rasa Vaitkiene, went further, calling for a full EU ban on Russian liquefied natural gas.", "europe", "sanctions", "supports")]
    [InlineData("Brussels, for its part, extended its sectoral sanctions against Russia in December until the end of July.", "europe", "sanctions", "supports")]
    [InlineData("Norway will also give 12 billion kroner in military and civilian aid to Ukraine this year, the government announced on Wednesday.", "europe", "aid", "supports")]
    [InlineData("Ukraine's negotiator Petro Lysak said: “A ceasefire along the current line is the only honest starting point.”", "ukraine", "ceasefire", "supports")]
    [InlineData("Kremlin spokesman Gleb Sotnikov said on Monday that Russia would regard European soldiers in Ukraine as “parties to the conflict”.", "russia", "foreign_troops", "opposes")]
    [InlineData("The American framework speaks of strong guarantees, but U.S. officials have so far avoided committing American soldiers.", "us", "foreign_troops", "opposes")]
    [InlineData("The big picture: The White House wants a signed framework before the July 4 recess.", "us", "peace_plan", "supports")]
    [InlineData("EU leaders decided on Thursday to back a reparations loan financed with the frozen Russian assets.", "europe", "frozen_assets", "supports")]
    [InlineData("According to the minister, Moscow will not accept any arrangement under which Kiev keeps its troops in Donbass.", "russia", "territory", "supports")]
    [InlineData("Kremlin spokesman Gleb Sotnikov said Moscow was ready to receive the US special envoy next week.", "russia", "talks", "supports")]
    [InlineData("Russian and Ukrainian delegations met in Abu Dhabi on Tuesday. The sides also discussed the Zaporizhzhia nuclear power plant, without result, and agreed to prepare another exchange of prisoners of war in May.", "ukraine", "prisoner_exchange", "supports")]
    [InlineData("January 7 — The White House publishes a 22-point peace framework.", "us", "peace_plan", "supports")]
    [InlineData("Kremlin aide Lapshin said Russia still expected Ukrainian forces to leave the Donbas as a condition for any end to the fighting.", "russia", "ceasefire", "conditional")]
    [InlineData("Pressure on Moscow must not be eased while Russian missiles keep hitting Ukrainian cities, the Polish foreign minister said.", "europe", "sanctions", "supports")]
    [InlineData("In its current form, the framework should not be signed, the Polish foreign minister said.", "europe", "peace_plan", "opposes")]
    [InlineData("Germany will send Ukraine another €2 billion worth of air defence this year, Chancellor Johannes Brandt announced on Tuesday.", "europe", "aid", "supports")]
    public void General_phrasings_read_in_the_seventeenth_session(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Fact]
    public void A_ban_on_something_other_than_Russian_goods_is_no_sanction() =>
        Assert.DoesNotContain(Read("Kyiv extended its ban on Russian-language broadcasts.").Positions, p => p.Issue == "sanctions");

    [Fact]
    public void A_cue_in_a_relative_clause_is_about_its_antecedent_only() =>
        Assert.DoesNotContain(Read("Trump said he would meet Vladimir Putin only if there was a real chance of a deal, casting doubt on a summit in Budapest that the two leaders had floated days earlier.").Positions,
            p => p is { Issue: "talks", Stance: "supports" });

    [Fact]
    public void Sources_familiar_with_the_negotiations_report_no_round() =>
        Assert.Empty(Read("The White House wants Ukraine to hold a presidential election before the end of the year, Ukrainian media reported, citing two sources familiar with the negotiations.").Meetings);

    [Theory]
    [InlineData("Ukraine wants no withdrawal from Donetsk.")]
    [InlineData("Ukraine has offered a ceasefire along the current line but no withdrawal of its troops from the Donbas.")]
    public void No_or_but_no_before_a_land_concession_rejects_it(string text)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "supports" });
    }

    [Fact]
    public void A_demand_another_party_has_rejected_is_rejected_by_that_party()
    {
        var findings = Read("Medinsky said a lasting peace still required Ukraine to leave the Donbas, a demand Kyiv has rejected since the talks began.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "russia", Stance: "opposes" });
    }

    [Fact]
    public void A_party_between_two_cities_is_no_venue() =>
        Assert.Empty(Read("Three months after negotiations resumed, the gap between Moscow and Kyiv on territory is no narrower.").Meetings);

    [Theory]
    [InlineData("Separately, Budanov said Moscow was massing forces in the south and showed no interest in a truce.", "russia", "ceasefire", "opposes")]
    [InlineData("Putin has no objection in principle to a meeting with Vladimir Zelensky, Peskov said.", "russia", "talks", "supports")]
    [InlineData("Ukrainian officials have not said whether they will take up the Russian offer of a prisoner exchange.", "ukraine", "prisoner_exchange", "undecided")]
    [InlineData("The Ukrainians proposed freezing the fighting along the current line.", "ukraine", "ceasefire", "supports")]
    [InlineData("Merz has ruled out sending Bundeswehr combat units to Ukraine as part of a post-war force.", "europe", "foreign_troops", "opposes")]
    [InlineData("The EU will also keep paying for Ukraine's armed forces through the end of 2030, Costa said.", "europe", "aid", "supports")]
    public void Phrasings_read_in_the_x_round(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Fact]
    public void A_delegation_that_will_reconvene_somewhere_plans_a_round() =>
        Assert.Contains(Read("U.S. special envoy Elaine Marsh said the Russian, Ukrainian and U.S. delegations would reconvene in Geneva on Nov. 12.").Meetings,
            m => m.Place == "Geneva");

    [Fact]
    public void A_relative_clauses_antecedent_holds_its_stance_even_after_a_preposition() =>
        Assert.Contains(Read("Leaders also spoke by video with Ukrainian President Volodymyr Zelensky, who urged them to approve the reparations loan before winter.").Positions,
            p => p is { Party: "ukraine", Issue: "frozen_assets", Stance: "supports", Speaker: "Volodymyr Zelenskyy" });

    [Theory]
    [InlineData("Rustem Umerov said Kyiv would not withdraw from a single town it controls.", "ukraine", "territory", "opposes")]
    [InlineData("Rustem Umerov called again for a full ceasefire along the current line of contact.", "ukraine", "ceasefire", "supports")]
    [InlineData("Tusk repeated that no Polish soldier would be stationed on Ukrainian soil.", "europe", "foreign_troops", "opposes")]
    [InlineData("Russia and Ukraine swapped 205 prisoners each in an exchange brokered by the United States.", "us", "prisoner_exchange", "supports")]
    [InlineData("Zakharova stressed that elections in Ukraine must be held as soon as possible.", "russia", "elections", "supports")]
    [InlineData("The so-called coalition of the willing is preparing to send troops to Ukraine.", "europe", "foreign_troops", "supports")]
    [InlineData("The White House has ruled out sending American troops to Ukraine.", "us", "foreign_troops", "opposes")]
    [InlineData("Hungary's government said it would block the package unless its gas imports from Russia were exempted from the sanctions.", "europe", "sanctions", "opposes")]
    [InlineData("In Brussels, EU foreign policy chief Kaja Kallas said the bloc would never recognize borders changed by force.", "europe", "territory", "opposes")]
    [InlineData("The round was the first since Washington tabled a revised 22-point draft in June.", "us", "peace_plan", "supports")]
    [InlineData("European chiefs of staff met to plan a reassurance force for Ukraine. Moscow has already warned that it would treat any such force as a legitimate target.", "russia", "foreign_troops", "opposes")]
    [InlineData("A force led by Britain and France stood ready to deploy once the fighting stops.", "europe", "foreign_troops", "supports")]
    [InlineData("Vladimir Putin confirmed that Russia is ready to extend the moratorium for another 30 days.", "russia", "ceasefire", "supports")]
    [InlineData("Meloni says Italy will not send soldiers to Ukraine but is ready to help train and equip the Ukrainian army from outside the country.", "europe", "aid", "supports")]
    [InlineData("Budanov said the Zaporizhzhia nuclear plant must return to full Ukrainian control.", "ukraine", "nuclear_plant", "supports")]
    [InlineData("Kyiv says it will not withdraw from any land it controls, while Moscow wants the whole region handed over.", "russia", "territory", "supports")]
    [InlineData("Zakharova called the planned sanctions economic banditry and promised a response.", "russia", "sanctions", "opposes")]
    [InlineData("Lavrov said Russia is ready to agree to a halt to attacks on merchant ships if Western restrictions on Russian agricultural exports and on the state lender Rosselkhozbank are lifted.", "russia", "sanctions", "opposes")]
    [InlineData("According to him, the so-called security guarantees that the West is discussing for the Kiev regime are aimed at preparing Ukraine for a new war against Russia, Lavrov said.", "russia", "security_guarantees", "opposes")]
    [InlineData("Moscow has previously described the plant as Russian property whose status is not open to discussion.", "russia", "nuclear_plant", "opposes")]
    [InlineData("He also said Moscow had taken note of the proposals on the Zaporozhye nuclear power plant, but that the station is Russian, Lavrov said.", "russia", "nuclear_plant", "opposes")]
    [InlineData("Moscow insists the plant is Russian property and must stay under Rosatom's control, two Ukrainian officials said.", "russia", "nuclear_plant", "opposes")]
    [InlineData("The European Council invites the Commission to present a legal proposal allowing the immobilised assets to finance Ukraine's reconstruction.", "europe", "frozen_assets", "supports")]
    [InlineData("Moscow also wants its frozen central bank reserves returned in full.", "russia", "frozen_assets", "opposes")]
    [InlineData("Sybiha welcomed the language on the assets as the fairest way to make the aggressor pay.", "ukraine", "frozen_assets", "supports")]
    [InlineData("Ukraine would accept running the Zaporizhzhia nuclear power plant jointly with the United States, Zelenskyy said.", "ukraine", "nuclear_plant", "supports")]
    [InlineData("Ukrainian officials say they could live with the ceasefire line as a de facto border for a decade.", "ukraine", "territory", "supports")]
    [InlineData("European troops in Ukraine would make any agreement impossible, Putin said.", "russia", "foreign_troops", "opposes")]
    [InlineData("The U.S. secretary of state said Washington would provide intelligence and air surveillance as a backstop for the force.", "us", "security_guarantees", "supports")]
    [InlineData("Hrytsenko said Kyiv had heard the idea of a demilitarised zone and would answer after consulting the president.", "ukraine", "territory", "undecided")]
    [InlineData("A Ukrainian finance ministry official said Kyiv needed 45 billion euros in outside financing for 2031.", "ukraine", "aid", "supports")]
    [InlineData("A White House spokesperson said existing sanctions would remain in force.", "us", "sanctions", "supports")]
    [InlineData("One source said U.S. negotiators favour placing about 100 billion dollars of the immobilised funds in a U.S.-led reconstruction vehicle.", "us", "frozen_assets", "supports")]
    [InlineData("Selivanov said Russia “has not closed the door” to the American idea of a jointly run station, provided Rosatom keeps the operating licence.", "russia", "nuclear_plant", "conditional")]
    [InlineData("Putin noted that the lifting of restrictions against Russia should begin immediately upon signature.", "russia", "sanctions", "opposes")]
    [InlineData("Ukraine has asked the European Union to release the first 25 billion euros of immobilised Russian central bank assets for reconstruction.", "ukraine", "frozen_assets", "supports")]
    [InlineData("Paris (AFP) - European leaders on Wednesday finalised plans for a force of up to 25,000 troops to be stationed in Ukraine once a peace deal is signed.", "europe", "foreign_troops", "supports")]
    [InlineData("Italy will not send soldiers, Prime Minister Giorgia Meloni said in Rome.", "europe", "foreign_troops", "opposes")]
    [InlineData("Volodymyr Zelenskyy told broadcasters that any final document would be put to a nationwide vote.", "ukraine", "referendum", "supports")]
    [InlineData("Washington wants some American sanctions to come off at signing.", "us", "sanctions", "opposes")]
    [InlineData("Caroline Whitcombe said Washington would propose placing unarmed drone observers over the most contested stretch of the line.", "us", "ceasefire", "supports")]
    [InlineData("Peskov said Russia still considered itself bound by the truce.", "russia", "ceasefire", "supports")]
    [InlineData("Ukrainian Foreign Minister Andrii Sybiha said the first tranche of sanctions relief should be put on hold.", "ukraine", "sanctions", "supports")]
    [InlineData("WASHINGTON, July 22 — The United States on Tuesday lifted restrictions on Russian fertiliser exports.", "us", "sanctions", "opposes")]
    [InlineData("Zelenskyy called the return of every deported child a condition for the next phase of sanctions relief.", "ukraine", "sanctions", "conditional")]
    [InlineData("Starmer said London would back a reparations loan from the frozen reserves even if Brussels did not.", "europe", "frozen_assets", "supports")]
    [InlineData("SYBIHA: We agreed today that there can be no early sanctions relief for Moscow while Ukrainian towns are still being shelled.", "ukraine", "sanctions", "supports")]
    [InlineData("The Americans presented an annex on security guarantees that would commit the United States to respond, wording Kyiv had sought for months.", "ukraine", "security_guarantees", "supports")]
    [InlineData("Army: Kyiv and Washington have both accepted a peacetime ceiling of 800,000 troops, but Moscow wants a far lower number.", "russia", "army_size", "supports")]
    public void Plain_english_stances_without_the_usual_verbs(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Theory]
    [InlineData("Merz also made clear that Germany would not scale back its military support, whatever the outcome of the negotiations.", "talks")]
    [InlineData("On sanctions the Chancellor was unambiguous: as long as Russian troops stood on Ukrainian soil, there could be no relief for Moscow.", "foreign_troops")]
    [InlineData("Russia considers the ceiling of 800,000 troops on Ukraine's armed forces in the draft framework far too generous, Lavrov said.", "peace_plan")]
    [InlineData("The US Treasury wants part of the money in a reconstruction vehicle of its own.", "aid")]
    [InlineData("Asked whether a face-to-face meeting was being prepared, Ushakov said the subject had not come up.", "talks")]
    [InlineData("The ceasefire will hold, said a Ukrainian official who asked not to be named.", "ceasefire")]
    [InlineData("ANCHOR: Also today, the two sides returned the bodies of fallen soldiers near Sumy, 1,000 to Ukraine and 41 to Russia.", "prisoner_exchange")]
    [InlineData("Ukraine's air force said Russia launched 41 drones overnight despite a partial truce on energy infrastructure agreed in February.", "ceasefire")]
    public void Words_of_an_issue_that_say_something_else(string text, string issue) =>
        Assert.DoesNotContain(Read(text).Positions, p => p.Issue == issue);

    [Fact]
    public void A_factbox_line_that_opens_with_a_party_lists_its_demands()
    {
        var positions = Read(
            "RUSSIA — Full Ukrainian withdrawal from Donetsk and Luhansk; a legally binding ban on Ukraine joining NATO; the lifting of Western sanctions in one step.\n" +
            "UKRAINE — No recognition of any occupied land as Russian; security guarantees modelled on NATO's Article 5.").Positions;
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "nato_membership", Stance: "opposes" });
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes" });
        Assert.Contains(positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });
        Assert.Contains(positions, p => p is { Party: "ukraine", Issue: "security_guarantees", Stance: "supports" });
    }

    [Fact]
    public void A_dateline_in_capitals_is_no_party_label() =>
        Assert.DoesNotContain(Read("WASHINGTON — Kremlin envoy Kirill Dmitriev is due to hold talks with Steve Witkoff in Washington on Tuesday.").Positions, p => p.Party == "us");

    [Fact]
    public void Needed_as_a_participle_is_no_demand() =>
        Assert.DoesNotContain(Read("The Kremlin calls every foreign soldier a target, which tells you exactly why they are needed.").Positions,
            p => p is { Party: "russia", Stance: "supports" });

    [Theory]
    [InlineData("European governments agreed on a loan to Kyiv backed by the immobilised assets of Russia's central bank. Kyiv has lobbied hard for the loan.", "frozen_assets")]
    [InlineData("Congress approved new military aid for Ukraine on Tuesday. Zelenskiy thanked the lawmakers, saying the money would save lives.", "aid")]
    public void A_pointer_is_the_issue_the_item_named_last(string text, string issue) =>
        Assert.Contains(Read(text).Positions, p => p.Party == "ukraine" && p.Issue == issue && p.Stance == "supports");

    [Fact]
    public void A_pointer_names_nothing_before_the_item_names_its_issue() =>
        Assert.DoesNotContain(Read("Kyiv has lobbied hard for the loan.").Positions, p => p.Issue is "frozen_assets" or "aid");

    [Fact]
    public void A_colon_after_a_demand_noun_opens_the_list_of_what_its_owner_demands()
    {
        var found = OneItem.Read("The delegation arrived with the demands Moscow has made since the war began: Ukraine's withdrawal from Donetsk, no Western soldiers on Ukrainian soil and the lifting of sanctions.").Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.Contains(found, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes" });
        Assert.Contains(found, p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes" });
    }

    [Theory]
    [InlineData("Kremlin aide Pavel Sokov calls a Ukrainian withdrawal from Donetsk and Luhansk an “indispensable condition” for a ceasefire.")]
    [InlineData("Kremlin aide Pavel Sokov said the withdrawal of Ukrainian forces from the Donetsk and Luhansk People's Republics remains an indispensable condition for a ceasefire.")]
    [InlineData("Russia still insists that Ukraine withdraw from the rest of the Donetsk region before there can be a general ceasefire.")]
    public void What_is_called_or_remains_the_condition_for_a_ceasefire_is_demanded(string text)
    {
        var found = Read(text).Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "territory", Stance: "supports" });
        Assert.Contains(found, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });
    }

    [Fact]
    public void What_must_be_binding_is_wanted() =>
        Assert.Contains(OneItem.Read("Poland's foreign minister said any guarantee for Ukraine must be binding and written into a treaty.").Positions,
            p => p is { Party: "europe", Issue: "security_guarantees", Stance: "supports" });
}
