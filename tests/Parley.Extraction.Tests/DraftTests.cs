using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>What a draft, or a part of it, would do is its drafter's proposal.</summary>
public sealed class DraftTests
{
    private static Findings Read(string text) => OneItem.Read(text);

    [Theory]
    [InlineData("The latest U.S. draft would cap Ukraine's army. It would also offer Ukraine security guarantees.")]
    [InlineData("The latest U.S. draft would cap Ukraine's army. The draft would also offer security guarantees.")]
    public void A_draft_that_would_also_offer_something_proposes_it(string text) =>
        Assert.Contains(Read(text).Positions, p => p is { Party: "us", Issue: "security_guarantees", Stance: "supports" });

    [Theory]
    [InlineData("The U.S. draft says Ukraine will not join NATO.")]
    [InlineData("The draft also says Ukraine will not join NATO, a clause Kyiv has asked to have softened.")]
    [InlineData("According to him, the framework already records that Ukraine will not join NATO.")]
    public void What_a_draft_says_a_party_will_do_is_the_drafts_provision(string text)
    {
        var positions = Read(text).Positions;
        Assert.Contains(positions, p => p is { Party: "us", Issue: "nato_membership", Stance: "opposes" });
        Assert.DoesNotContain(positions, p => p is { Party: "ukraine", Issue: "nato_membership", Stance: "opposes" });
    }

    [Fact]
    public void What_a_draft_offers_is_its_drafters_proposal_not_a_second_vote_for_the_draft()
    {
        var positions = Read("The U.S. draft offers a mutual-defence pledge modelled on NATO's Article 5.").Positions;
        Assert.Contains(positions, p => p is { Party: "us", Issue: "security_guarantees", Stance: "supports" });
        Assert.DoesNotContain(positions, p => p.Issue == "peace_plan");
    }

    [Fact]
    public void Another_section_of_a_draft_speaks_for_its_drafter() =>
        Assert.Contains(Read("The latest U.S. draft would cap Ukraine's army. Another section proposes that the Zaporizhzhia nuclear plant be run jointly by Ukraine and the United States.").Positions,
            p => p is { Party: "us", Issue: "nuclear_plant", Stance: "supports" });

    [Fact]
    public void Tabling_a_framework_proposes_it() =>
        Assert.Contains(Read("The American side tabled a revised version of Washington's framework on Sunday.").Positions,
            p => p is { Party: "us", Issue: "peace_plan", Stance: "supports", Act: "proposal" });

    [Fact]
    public void Rejecting_the_demand_rejects_what_was_demanded_before() =>
        Assert.Contains(Read("Moscow's negotiators again insisted that Kyiv pull its forces out of the Donetsk region. Ukraine's team rejected the demand, one of them said.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes" });

    [Fact]
    public void What_would_happen_under_a_partys_proposal_is_its_provision() =>
        Assert.Contains(Read("Under the American proposal, the Zaporizhzhia nuclear plant would be run jointly by Ukraine and the United States, an official said.").Positions,
            p => p is { Party: "us", Issue: "nuclear_plant", Stance: "supports" });

    [Fact]
    public void A_topic_label_names_no_holder() =>
        Assert.DoesNotContain(Read("The U.S. framework was circulated on Monday. NATO: The framework keeps membership off the table for now.").Positions,
            p => p.Party == "nato");

    [Fact]
    public void Them_under_a_topic_label_is_the_labels_issue() =>
        Assert.Contains(Read("SANCTIONS: Russia wants them unwound step by step; the EU says its measures will stay.").Positions,
            p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes" });

    [Fact]
    public void An_item_about_another_conflicts_talks_yields_nothing()
    {
        var findings = Read(
            "The foreign ministers of Armenia and Azerbaijan resumed talks on a peace treaty in Abu Dhabi on Tuesday. " +
            "Baku insists the treaty cannot be signed until Armenia holds a referendum, and the ceasefire along the border has held. " +
            "US envoy Steve Witkoff said Washington would back the treaty with security guarantees. " +
            "The talks are separate from the Russia-Ukraine negotiations.");
        Assert.Empty(findings.Positions);
        Assert.Empty(findings.Meetings);
    }

    [Fact]
    public void An_item_about_this_negotiation_that_mentions_another_conflict_is_read() =>
        Assert.NotEmpty(Read("Zelensky said Ukraine wants a ceasefire, as in Gaza. Russia rejected a ceasefire before a settlement.").Positions);

    [Fact]
    public void A_coming_round_with_a_place_and_no_parties_is_the_format_already_reported() =>
        Assert.Contains(Read("Negotiators from Ukraine, Russia and the United States wrapped up two days of talks in Abu Dhabi on Thursday. " +
            "The talks in Geneva are set to open on Wednesday, Swiss officials have said.").Meetings,
            m => m is { Place: "Geneva", Status: "planned" } && m.Participants.Count == 3);

    [Fact]
    public void A_drafts_present_tense_states_its_provisions_and_who_sent_it_owns_the_new_text()
    {
        var findings = Read("The United States has sent Russia and Ukraine a revised 22-point framework for ending the war, officials said on Monday.\n"
            + "The new text keeps a cap of 700,000 on Ukraine's armed forces and proposes that the Zaporizhzhia nuclear power plant be run jointly by Ukraine and the United States.\n"
            + "The framework offers Ukraine American-backed security guarantees in exchange for a demilitarised zone in Donetsk region.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "army_size", Stance: "supports" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "nuclear_plant", Stance: "supports" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "territory", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_provision_under_a_draft_may_say_its_state_before_the_comma() =>
        Assert.Contains(Read("Under the American framework now under negotiation, the plant would be operated jointly by Ukraine and the United States.").Positions,
            p => p is { Party: "us", Issue: "nuclear_plant", Stance: "supports" });

    [Fact]
    public void A_draft_unveiled_on_a_named_day_is_its_unveilers()
    {
        var found = OneItem.Read("WASHINGTON — The White House on Tuesday unveiled a 22-point framework for ending the war. "
            + "The document, a copy of which was obtained by this agency, would cap Ukraine's armed forces at 700,000 troops.").Positions;
        Assert.Contains(found, p => p is { Party: "us", Issue: "army_size", Stance: "supports" });
    }

    [Fact]
    public void Sentences_that_go_on_saying_what_would_happen_set_out_the_same_draft()
    {
        var found = OneItem.Read("The White House on Tuesday unveiled a 22-point framework for ending the war. "
            + "The document would cap Ukraine's armed forces at 700,000 troops. "
            + "Sanctions on Russia would be eased in stages if Moscow complied with the terms, and about $100 billion in frozen Russian assets would go into a U.S.-led fund for Ukraine's reconstruction.").Positions;
        Assert.Contains(found, p => p is { Party: "us", Issue: "frozen_assets", Stance: "supports" });
        Assert.DoesNotContain(found, p => p.Party == "russia");
    }

    [Fact]
    public void The_agent_of_a_drafted_by_passive_is_the_drafter_and_under_the_plan_opens_its_provision()
    {
        const string drafted = "The 12-point document was drafted by US envoy Mark Ellery and handed to both sides on Monday.\n";
        Assert.Contains(OneItem.Read(drafted + "The plan would leave Russia in control of the areas it now holds.").Positions,
            p => p is { Party: "us", Issue: "territory", Stance: "supports" });
        Assert.Contains(OneItem.Read(drafted + "Under the plan, the Zaporizhzhia nuclear power plant would be run jointly by Ukraine and the United States.").Positions,
            p => p is { Party: "us", Issue: "nuclear_plant", Stance: "supports" });
    }

    [Fact]
    public void A_drafts_second_verb_says_what_it_provides()
    {
        var found = OneItem.Read("The United States presented a 24-point framework on Sunday.\nThe document also caps Ukraine's peacetime armed forces at 700,000 troops and says Kyiv would not join NATO for at least 25 years.").Positions;
        Assert.Contains(found, p => p is { Party: "us", Issue: "nato_membership", Stance: "opposes" });
        Assert.DoesNotContain(found, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_negated_act_under_the_plan_is_negated_once()
    {
        var found = OneItem.Read("The U.S. plan was presented on Monday.\nUnder the plan, Ukraine would not join NATO.").Positions;
        Assert.Contains(found, p => p is { Party: "us", Issue: "nato_membership", Stance: "opposes" });
        Assert.DoesNotContain(found, p => p is { Issue: "nato_membership", Stance: "supports" });
    }

    [Fact]
    public void Its_plan_is_the_plan_of_the_party_named_before_it()
    {
        var found = OneItem.Read("The U.S. plan was presented on Monday.\nShe said Brussels was \u201cpreparing a theft\u201d with its plan for a loan to Kiev backed by those assets.").Positions;
        Assert.Contains(found, p => p is { Party: "europe", Issue: "frozen_assets", Stance: "supports" });
        Assert.DoesNotContain(found, p => p is { Party: "us", Issue: "frozen_assets" });
    }
}
