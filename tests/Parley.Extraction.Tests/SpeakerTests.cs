using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Who speaks when news names a person the pack does not know, or describes one it already named.</summary>
public sealed class SpeakerTests
{
    private static Findings Read(string text) => OneItem.Read(text);

    [Theory]
    [InlineData("Senator Rand Paul said he would vote against any further aid package for Ukraine.", "us", "aid", "Rand Paul")]
    [InlineData("Deputy Prime Minister Krzysztof Gawkowski said Poland would block any proposal to ease sanctions on Russian steel.", "europe", "sanctions", "Krzysztof Gawkowski")]
    [InlineData("Ukraine will not agree to any limit on the size of its armed forces, Deputy Foreign Minister Mariana Betsa said on Wednesday.", "ukraine", "army_size", "Mariana Betsa")]
    [InlineData("Energy Minister Svitlana Hrynchuk, visiting the town last week, said Kyiv could accept joint operation of the plant only after Russian troops had left it.", "ukraine", "nuclear_plant", "Svitlana Hrynchuk")]
    [InlineData("Ukraine's Finance Minister Serhiy Marchenko said Kyiv wanted the frozen Russian assets used for its defence.", "ukraine", "frozen_assets", "Serhiy Marchenko")]
    [InlineData("Ukraine needs European soldiers on the ground, not merely promises, Ukraine's ambassador in Berlin, Oleksii Makeiev, told the newspaper.", "ukraine", "foreign_troops", "Oleksii Makeiev")]
    [InlineData("Yevgeny Lobanov, who heads the Russian team, said on Monday that foreign troops were unacceptable.", "russia", "foreign_troops", "Yevgeny Lobanov")]
    [InlineData("Oksana Hrytsenko, deputy head of Ukraine's delegation, said Kyiv would hold elections only after martial law was lifted.", "ukraine", "elections", "Oksana Hrytsenko")]
    [InlineData("Ukraine's delegation, led in Istanbul by Oksana Hrytsenko, met on Monday. Hrytsenko also pressed for the return of the deported children.", "ukraine", "prisoner_exchange", "Oksana Hrytsenko")]
    [InlineData("UPDATE 2 — Oksana Hrytsenko, who led the Ukrainian side, said Kyiv would never give up the Donbas.", "ukraine", "territory", "Oksana Hrytsenko")]
    [InlineData("Russia would never accept foreign troops, the head of the Russian delegation at the Istanbul talks, Deputy Foreign Minister Gennady Orlov, told reporters.", "russia", "foreign_troops", "Gennady Orlov")]
    [InlineData("Russia is ready for an exchange, the head of the Russian delegation at the Istanbul talks, Deputy Foreign Minister Gennady Orlov, told reporters. According to Orlov, Moscow will insist on a withdrawal from the Donbas.", "russia", "territory", "Gennady Orlov")]
    [InlineData("Mykola Bondar, a deputy head of Ukraine's delegation and a former envoy to Poland, said Kyiv would never give up the Donbas.", "ukraine", "territory", "Mykola Bondar")]
    [InlineData("State Department spokeswoman Karen Doyle said Washington would not ease sanctions before a deal was signed.", "us", "sanctions", "Karen Doyle")]
    [InlineData("Russian Ambassador to Turkey Pavel Orlov told journalists that Moscow was ready for an all-for-all exchange of prisoners.", "russia", "prisoner_exchange", "Pavel Orlov")]
    [InlineData("A deputy energy minister, Olena Kravets, told me Kyiv would stop hitting Russian refineries tomorrow if Moscow stopped hitting Ukrainian substations.", "ukraine", "ceasefire", "Olena Kravets")]
    [InlineData("Energoatom head Petro Kotin told reporters that Ukraine had proposed that the plant return to Ukrainian control.", "ukraine", "nuclear_plant", "Petro Kotin")]
    [InlineData("Secretary of State Margaret Holloway said Washington would not ease sanctions on Russia this year.", "us", "sanctions", "Margaret Holloway")]
    [InlineData("In Kyiv, Deputy Foreign Minister Mariana Betsa welcomed the words and said Ukraine would never give up its goal of joining NATO.", "ukraine", "nato_membership", "Mariana Betsa")]
    [InlineData("Berlin – Chancellor Jonas Weber wants the frozen Russian assets used for Ukraine's reconstruction. Weber also said the European Union should extend its sanctions against Russia.", "europe", "sanctions", "Jonas Weber")]
    [InlineData("Chancellor Jonas Weber wants the Russian central bank assets frozen in Europe to be used for Ukraine's reconstruction.", "europe", "frozen_assets", "Jonas Weber")]
    [InlineData("Kyiv's lead negotiator Roman Savchuk told reporters that Ukraine would never recognise Russian rule over any occupied region.", "ukraine", "territory", "Roman Savchuk")]
    [InlineData("The Ukrainian delegation head Iryna Povaliy said Kyiv was ready for an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Iryna Povaliy")]
    [InlineData("Moscow will not accept foreign troops in Ukraine, the Kremlin spokesman, Arkady Shelest, said on Friday.", "russia", "foreign_troops", "Arkady Shelest")]
    [InlineData("Kyiv says it is ready for talks. But President Mariya Kostenko has said Ukraine would never sign away land.", "ukraine", "territory", "Mariya Kostenko")]
    [InlineData("In Kyiv, presidential adviser Petro Lytvak said Ukraine would welcome an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Petro Lytvak")]
    [InlineData("KYIV - Parliamentary Commissioner for Human Rights Iryna Savko said Ukraine insists on an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Iryna Savko")]
    [InlineData("Of The Hague format, Foreign Minister Anna Kova said Kyiv wanted a ceasefire.", "ukraine", "ceasefire", "Anna Kova")]
    [InlineData("Ukraine's human rights commissioner Iryna Savko said Kyiv wanted an all-for-all exchange of prisoners before Easter.", "ukraine", "prisoner_exchange", "Iryna Savko")]
    [InlineData("EU foreign policy chief Katrin Aalto said the bloc would keep its sanctions on Russia until Moscow negotiates seriously.", "europe", "sanctions", "Katrin Aalto")]
    [InlineData("Hungary’s Zoltán Bakos says he will veto any new use of the frozen Russian assets, full stop.", "europe", "frozen_assets", "Zoltán Bakos")]
    [InlineData("HOST: What did Kyiv say?\nALDRIDGE: President Petro Danylko said in his evening address that Ukraine will not give up a single metre of the land it holds.", "ukraine", "territory", "Petro Danylko")]
    [InlineData("WASHINGTON — The talks resume on Monday. In Kyiv, presidential spokeswoman Marta Hrytsenko said Ukraine was ready to negotiate in Geneva.", "ukraine", "talks", "Marta Hrytsenko")]
    [InlineData("Ukraine's Parliamentary Commissioner for Human Rights Iryna Savchuk said Kyiv wanted an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Iryna Savchuk")]
    [InlineData("KYIV — The head of the Ukrainian delegation in Geneva, Secretary of the National Security and Defense Council Taras Hnatiuk, said Kyiv wanted an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Taras Hnatiuk")]
    [InlineData("Kyiv's reaction was quick. “Ukraine has been ready for a meeting of leaders for a long time,” her chief of staff, Danylo Prykhodko, told reporters in Kyiv.", "ukraine", "talks", "Danylo Prykhodko")]
    [InlineData("GENEVA, January 20. The Russian delegation handed the American side written proposals, Russian Presidential Aide Oleg Durasov, who heads the delegation, told journalists on Wednesday. The Russian negotiator also said that Moscow considered the deployment of military contingents of NATO countries on Ukrainian territory unacceptable.", "russia", "foreign_troops", "Oleg Durasov")]
    [InlineData("Ukraine's Parliament Commissioner for Human Rights Iryna Savko urged Russia to agree to an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Iryna Savko")]
    [InlineData("The talks were the third round between the Ukrainian team under Marko Hlibov and the Americans. Mr Hlibov told reporters Kyiv would never give up the Donbas.", "ukraine", "territory", "Marko Hlibov")]
    [InlineData("KYIV — Oksana Melnyk, who heads the coordination headquarters, wrote on Telegram that Ukraine was pressing for an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Oksana Melnyk")]
    [InlineData("Kyiv was briefed by U.S. special envoy Grant Pellerin on Monday. Pellerin, who arrived on Sunday, met Ukrainian officials. He told reporters that Washington wanted both sides to accept the framework.", "us", "peace_plan", "Grant Pellerin")]
    [InlineData("The envoy met Verbytsky and the head of the Ukrainian delegation, Roman Didenko. Didenko said Kyiv had not decided whether it could live with the proposed cap on its army.", "ukraine", "army_size", "Roman Didenko")]
    [InlineData("Russia wants the sanctions lifted as part of any deal, and Denis Arbuzov said in September that any agreement must also return all the frozen assets.", "russia", "frozen_assets", "Denis Arbuzov")]
    [InlineData("WASHINGTON — The talks resume next week. Grant Pellerin said Washington would keep pushing both sides towards a ceasefire.", "us", "ceasefire", "Grant Pellerin")]
    [InlineData("Deputy Minister Ihor Savchuk said the main obstacles remained the Donbas and the plant, which Russian troops have occupied since 2022. Ukraine insists that the plant be returned to Ukrainian control, he said.", "ukraine", "nuclear_plant", "Ihor Savchuk")]
    [InlineData("Chief negotiator Pavel Zimin, a Kremlin aide, told reporters in Geneva that there could be no ceasefire until Ukrainian troops left Donetsk region.", "russia", "ceasefire", "Pavel Zimin")]
    [InlineData("The Russian delegation will be headed by Deputy Minister of Defence Oleg Rusanov. Rusanov was quoted by Russian media as saying that Moscow was ready to discuss the return of Ukrainian civilians held in Russia.", "russia", "prisoner_exchange", "Oleg Rusanov")]
    [InlineData("Poland’s PM Jerzy Wolak has already ruled out sending Polish soldiers to Ukraine.", "europe", "foreign_troops", "Jerzy Wolak")]
    [InlineData("Prime Minister Alastair Penhall visited a barracks. The PM said Britain would keep sanctions on Moscow until a deal was signed.", "europe", "sanctions", "Alastair Penhall")]
    [InlineData("Moscow will never accept foreign troops in Ukraine, Kremlin spokesman Gleb Sotnikov sneered.", "russia", "foreign_troops", "Gleb Sotnikov")]
    [InlineData("The talks were led by Russia’s deputy defence minister Artyom Rudenko. Foreign Minister Ingrid Solheim told our news programme that Norway was ready to host further rounds of the talks in Oslo.", "europe", "talks", "Ingrid Solheim")]
    [InlineData("Presidential aide Igor Lapikov, who sat in on the talks, spoke to reporters. Moscow will never accept foreign troops in Ukraine, Mr Lapikov said.", "russia", "foreign_troops", "Igor Lapikov")]
    [InlineData("The White House published a 22-point peace framework on Tuesday. President Daniel Whitmore said the framework was the only way forward.", "us", "peace_plan", "Daniel Whitmore")]
    [InlineData("WASHINGTON — The State Department presented the plan on Monday. The Kremlin was more cautious. Spokeswoman Darya Lenskaya said Moscow would never accept foreign troops in Ukraine.", "russia", "foreign_troops", "Darya Lenskaya")]
    [InlineData("President Oksana Melnyk of Ukraine spoke on Monday. Earlier, Head of the Office of the President Dmytro Sokil said Kyiv accepted the American framework as a basis for negotiations.", "ukraine", "peace_plan", "Dmytro Sokil")]
    [InlineData("Treasury Secretary Leonard Pask said the administration would keep sanctions on Russian oil exports.", "us", "sanctions", "Leonard Pask")]
    [InlineData("Regional governor Andriy Koval said on Tuesday that Kyiv would never agree to leave the plant under Russian control.", "ukraine", "nuclear_plant", "Andriy Koval")]
    [InlineData("The European Union has shown no appetite to follow: its foreign policy chief, Lotte Vermaas, said the bloc's sanctions would stay in place until Russian troops left Ukrainian soil.", "europe", "sanctions", "Lotte Vermaas")]
    [InlineData("Speaking in Kyiv on Friday, President Ostap Hnatiuk said he would never give up an inch of territory.", "ukraine", "territory", "Ostap Hnatiuk")]
    [InlineData("Moscow's envoy, Grant Voronin, says Russia will never accept foreign troops in Ukraine.", "russia", "foreign_troops", "Grant Voronin")]
    [InlineData("• The Kremlin on Monday rejected a proposal for a 30-day truce, calling it “premature”, spokesman Oleg Tarasenko said.", "russia", "ceasefire", "Oleg Tarasenko")]
    [InlineData("Oksana Melnychuk, secretary of the National Security and Defence Council, said Kyiv would never give up the Donbas.", "ukraine", "territory", "Oksana Melnychuk")]
    [InlineData("Taras Hnatiuk, Secretary of the National Security and Defense Council, who headed the Ukrainian delegation in Geneva, said Kyiv wanted an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Taras Hnatiuk")]
    [InlineData("BERLIN — The chancellor spoke on Tuesday. The Kremlin reacted sharply. Spokesman Oleg Barinov said German soldiers in Ukraine would be \u201ca legitimate target\u201d and accused Berlin of trying to prolong the war.", "russia", "foreign_troops", "Oleg Barinov")]
    [InlineData("The U.S. plan was published in December.\nWhat does Ukraine say?\nPresident Taras Hordiienko has accepted the plan as a basis for talks but says the territorial clauses must be rewritten.", "ukraine", "peace_plan", "Taras Hordiienko")]
    [InlineData("(Translated from Russian)\nPresidential envoy for investment Pavel Gromeko said Moscow would seek the lifting of sanctions on its banks.", "russia", "sanctions", "Pavel Gromeko")]
    [InlineData("Berlin's long hesitation\nMoscow answered as expected. Foreign ministry spokeswoman Alla Vereshchagina described German soldiers in Ukraine as a \u201clegitimate target\u201d.", "russia", "foreign_troops", "Alla Vereshchagina")]
    [InlineData("Russian President Arkady Belozersky spoke on Monday.\nOn Friday, President Arkady Belozersky said he would never accept foreign troops.", "russia", "foreign_troops", "Arkady Belozersky")]
    [InlineData("WASHINGTON — The talks resume on Monday.\n14:10 President Bohdan Lysenchuk, speaking in Kyiv, says his team has instructions to agree to an immediate ceasefire in the air and at sea.", "ukraine", "ceasefire", "Bohdan Lysenchuk")]
    [InlineData("\u201cUkraine wants the truce extended,\u201d said Oleksandra Virchenko, Ukraine's chief negotiator.", "ukraine", "ceasefire", "Oleksandra Virchenko")]
    [InlineData("Moscow is studying the text, Kremlin Press Secretary Gleb Rostovtsev told reporters.\nThe lifting of Western sanctions on Russian banks should be \u201can integral part\u201d of any agreement, he said.", "russia", "sanctions", "Gleb Rostovtsev")]
    public void A_title_introduces_a_person_the_pack_does_not_know(string text, string party, string issue, string speaker) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Speaker == speaker);

    [Fact]
    public void A_briefing_turn_runs_on_over_unlabelled_paragraphs_and_the_headline_gives_its_speaker_a_party()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "SPOKESPERSON CARLA WHITMAN: The envoy met the Ukrainian team in Miami on Saturday.\nWe continue to believe that a 30-day halt to strikes on energy infrastructure is the fastest way to build trust.\nQUESTION: Will you slow the deliveries?\nSPOKESPERSON WHITMAN: No.\nQUESTION: Has Kyiv signed off on the text?",
            new DateOnly(2035, 3, 27), "State Department press briefing, March 27"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports", Speaker: "Carla Whitman" });
    }

    [Fact]
    public void A_title_case_label_is_a_turn_when_the_headline_gives_the_full_name()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Question: Will Moscow accept the American proposals?\nNadia Orlik: We are studying the proposals.\nQuestion: And the sanctions?\nNadia Orlik: The illegal unilateral restrictions must be lifted in full.",
            new DateOnly(2035, 3, 27), "Briefing by Foreign Ministry spokeswoman Nadia Orlik, Moscow, March 27"));
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "peace_plan", Stance: "undecided", Speaker: "Nadia Orlik" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes", Speaker: "Nadia Orlik" });
        // A title-case label the headline does not name stays text.
        var unnamed = OneItem.Extractor.Extract(new ItemText("t", "Nadia Orlik: We are studying the proposals.", new DateOnly(2035, 3, 27), "Weekly briefing, March 27"));
        Assert.DoesNotContain(unnamed.Positions, p => p.Speaker == "Nadia Orlik");
    }

    [Fact]
    public void A_name_said_to_hold_an_office_after_an_age_set_off_by_commas_is_introduced()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Marta Koval, 52, has been Ukraine's foreign minister since 2040.\nQ: Will Kyiv give up the Donbas?\nKoval: Ukraine will never give up the Donbas.",
            new DateOnly(2035, 3, 27)));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Marta Koval" });
    }

    [Fact]
    public void An_interview_with_a_name_and_its_bare_posts_introduces_the_surname_label()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "This is an edited transcript of an interview with Marko Hlibov, secretary of Ukraine's National Security and Defence Council and head of its negotiating team, recorded in Kyiv on Thursday.\nHOST: Is anything moving?\nHLIBOV: In Geneva we put a full ceasefire on the table, and we are still ready to sign it.\nThe Russians say they will only stop shooting once we leave Donetsk.",
            new DateOnly(2035, 3, 27)));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: "Marko Hlibov" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional" });
    }

    [Fact]
    public void A_briefings_header_line_with_a_name_and_a_post_introduces_the_labelled_speaker()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Lena Marsh, Department Spokesperson\nWashington, DC\nMS MARSH: Good afternoon.\nQUESTION: Would the US send troops?\nMS MARSH: What we will not do is put American troops into Ukraine.",
            new DateOnly(2035, 3, 27), "Transcript: State Department press briefing, March 27"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "foreign_troops", Stance: "opposes", Speaker: "Lena Marsh" });
    }

    [Fact]
    public void A_transcript_label_that_is_only_a_post_is_the_person_the_headline_names_after_it()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "SPECIAL ENVOY: Good morning.\nQUESTION: Will Washington keep its sanctions?\nSPECIAL ENVOY: The sanctions on Russia must stay in place until a ceasefire holds.",
            new DateOnly(2036, 5, 4), "Transcript: US Special Envoy Tom Reyes takes questions in Geneva"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Stance: "supports", Speaker: "Tom Reyes" });
    }

    [Fact]
    public void A_surname_label_is_the_person_the_headline_names_after_a_post()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "NUNEZ: Good afternoon.\nNUNEZ: The United States will keep its sanctions on Russia in place until a ceasefire is signed.",
            new DateOnly(2036, 5, 4), "Press briefing by Spokesperson Carla Nunez"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Stance: "supports", Speaker: "Carla Nunez" });
    }

    [Theory]
    [InlineData("Foreign Secretary Alan Brook met Ukrainian Foreign Minister Olha Sirko on Monday. The Foreign Secretary said Britain would keep sending weapons to Ukraine.", "Alan Brook")]
    [InlineData("Ukrainian Foreign Minister Olha Sirko met Foreign Secretary Alan Brook on Monday. The Foreign Secretary said Britain would keep sending weapons to Ukraine.", "Alan Brook")]
    public void The_and_the_title_a_person_was_introduced_with_is_that_person_again(string text, string speaker)
    {
        var findings = OneItem.Read(text);
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "aid", Stance: "supports" } && p.Speaker == speaker);
    }

    [Fact]
    public void A_post_of_a_party_set_off_by_commas_introduces_the_name_after_it()
    {
        var findings = OneItem.Read("The Chancellor received the Prime Minister of Ukraine, Halyna Stepko, and the Polish envoy. Prime Minister Stepko said that Ukraine would never give up Crimea.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Halyna Stepko" });
    }

    [Fact]
    public void A_post_of_a_body_the_person_was_not_introduced_with_is_someone_else()
    {
        var findings = OneItem.Read("The Chancellor received the President of Ukraine, Marko Savchuk. The President of the Republic will travel to Washington in April.");
        Assert.DoesNotContain(findings.Meetings, m => m.Participants.Contains("ukraine"));
    }

    [Fact]
    public void Whom_a_party_sends_speaks_for_it()
    {
        var findings = OneItem.Read("Talks resumed in Geneva on Monday, and Kyiv has dispatched deputy foreign minister Oksana Lenko. Lenko told reporters that any limit on the size of the army was unacceptable.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes", Speaker: "Oksana Lenko" });
    }

    [Theory]
    [InlineData("Ukraine's human rights commissioner, Olena Marchuk, said Kyiv was ready for an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Olena Marchuk")]
    [InlineData("The European Union's special envoy for the reconstruction, Pieter Janssen, said the frozen Russian assets should be used to rebuild Ukraine.", "europe", "frozen_assets", "Pieter Janssen")]
    public void A_partys_post_with_what_it_is_for_introduces_the_name_after_it(string text, string party, string issue, string speaker)
    {
        var findings = OneItem.Read(text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Speaker == speaker);
    }

    [Fact]
    public void An_office_of_something_set_off_by_commas_introduces_the_name_after_it()
    {
        var findings = OneItem.Read("The adviser of the administration, Ivan Sorokin, met reporters on Friday. Sorokin said that the Kremlin supports an all-for-all exchange of prisoners.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "prisoner_exchange", Speaker: "Ivan Sorokin" });
    }

    [Fact]
    public void Both_ministers_are_the_two_people_of_two_parties_the_item_named_last()
    {
        var findings = OneItem.Read("Ukrainian Defence Minister Olha Sirko met German Defence Minister Karl Brandt in Berlin on Monday. Both ministers agreed that the frozen Russian assets should be used to rebuild Ukraine.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "frozen_assets", Stance: "supports", Speaker: "Olha Sirko" });
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "frozen_assets", Stance: "supports", Speaker: "Karl Brandt" });

        // (Two leaders of one side are no pair of two parties, and no one named before them joins them.)
        var sameSide = OneItem.Read("Zelensky thanked the partners. Macron and Starmer met in London on Monday. Both leaders agreed that European troops should deploy to Ukraine after a ceasefire.");
        Assert.DoesNotContain(sameSide.Positions, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_party_said_to_say_something_inside_a_quote_speaks_through_the_quoted_person()
    {
        var findings = OneItem.Read("“The Kremlin has said many times that Ukraine must withdraw from the Donbas,” Peskov said.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Dmitry Peskov" });
    }

    [Fact]
    public void A_post_is_the_person_introduced_with_it_as_the_head_of_their_title()
    {
        var findings = OneItem.Read("President of Ukraine Marta Savchuk spoke on Monday. The Ukrainian delegation headed by Ihor Lenko met the Americans. Ukraine will never accept a limit on its army, the President stressed.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes", Speaker: "Marta Savchuk" });

        // ("Special Envoy of the President of the United States" is an envoy, not a president.)
        var envoy = OneItem.Read("President of Ukraine Marta Savchuk met Special Envoy of the President of the United States Ted Morrow in Kyiv. Ukraine will never accept a limit on its army, the President stressed.");
        Assert.Contains(envoy.Positions, p => p is { Party: "ukraine", Issue: "army_size", Speaker: "Marta Savchuk" });
    }

    [Fact]
    public void A_capitalised_post_of_a_body_set_off_by_commas_introduces_the_name_after_it()
    {
        var findings = OneItem.Read("Kyiv said it was ready for talks. The Head of the Office of the President, Ihor Lenko, wrote on Telegram that Ukraine would never accept any limits on the size of its army.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes", Speaker: "Ihor Lenko" });
    }

    [Theory]
    [InlineData("• NATO: Secretary General Ingrid Haugen said allies had pledged $60bn in military aid to Ukraine for 2050.", "nato", "aid", "Ingrid Haugen")]
    [InlineData("Ukraine's parliament speaker, Olena Hrytsai, wrote that any deal on territory would have to be put to a referendum.", "ukraine", "referendum", "Olena Hrytsai")]
    public void A_titles_last_word_is_no_first_name_and_a_bodys_post_ends_the_role(string text, string party, string issue, string speaker)
    {
        var findings = OneItem.Read(text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Speaker == speaker);
    }

    [Theory]
    [InlineData("Renwick's deputy, Marisol Tate, told an American broadcaster that Washington hoped to turn the energy truce into a full ceasefire by the summer.", "us", "ceasefire", "Marisol Tate")]
    [InlineData("Meanwhile, the Russian president's envoy for economic cooperation, Vadim Pechorin, said Russia would sell electricity only once sanctions on its energy companies were lifted.", "russia", "sanctions", "Vadim Pechorin")]
    [InlineData("Presenting the bill, the President's representative in parliament, Vasyl Horobets, said Ukraine would never give up its territory.", "ukraine", "territory", "Vasyl Horobets")]
    [InlineData("Ukraine's Parliament Commissioner for Human Rights, Nazar Tkachuk, said Kyiv wanted an all-for-all exchange of prisoners.", "ukraine", "prisoner_exchange", "Nazar Tkachuk")]
    [InlineData("• President Oksana Marchuk told parliament that Ukraine was ready to sign a ceasefire along the current front line.", "ukraine", "ceasefire", "Oksana Marchuk")]
    [InlineData("Kyiv: Deputy Foreign Minister Ostap Zhuravel said the government would never accept a cap on the size of the army.", "ukraine", "army_size", "Ostap Zhuravel")]
    public void A_post_someone_owns_a_capitalised_post_a_bullet_and_a_line_label_still_name_the_speaker(string text, string party, string issue, string speaker)
    {
        var findings = OneItem.Read("U.S. envoy Tobias Renwick arrived in Kyiv. President Oksana Marchuk of Ukraine met him.\n" + text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Speaker == speaker);
    }

    [Theory]
    [InlineData("President Oksana Marchuk of Ukraine said Ukraine will not give up territory.")]
    [InlineData("President Oksana Marchuk of Ukraine said she won't give up territory.")]
    public void A_party_after_a_name_and_of_is_the_persons_and_wont_is_will_not(string text) =>
        Assert.Contains(OneItem.Read(text).Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Oksana Marchuk" });

    [Fact]
    public void An_interviewee_with_a_title_and_no_side_takes_the_side_of_the_delegation_they_led()
    {
        var findings = OneItem.Read("Deputy Foreign Minister Artyom Zhdanovich, who headed the Russian delegation at the talks in Istanbul, spoke to our correspondent on Friday.\n"
            + "Q: What about European troops as part of a reassurance force?\n"
            + "A: Any foreign troops in Ukraine would be legitimate targets.\n"
            + "Q: And the plant?\n"
            + "A: There can be no question of handing it over.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Artyom Zhdanovich" });
    }

    [Fact]
    public void A_second_team_after_and_shares_the_first_ones_led_by()
    {
        var findings = OneItem.Read("The Ukrainian delegation was led by Dmytro Levchenko and the Russian delegation by Maxim Lyubimov.\n"
            + "Lyubimov told reporters that the truce would be extended only if Ukraine refrained from attacks on Russian refineries.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "conditional", Speaker: "Maxim Lyubimov" });
    }

    [Theory]
    [InlineData("The Ukrainian delegation will again be led by Taras Melnychenko, secretary of the security council.\nUkraine would not accept any deal that required it to pull its troops out of Donetsk, Melnychenko told reporters.", "ukraine", "Taras Melnychenko")]
    [InlineData("Moscow's delegation will be headed by presidential aide Yevgeny Rudakov, the Kremlin said.\nRudakov told Russian media that Moscow still required the withdrawal of Ukrainian forces from the Donbas.", "russia", "Yevgeny Rudakov")]
    [InlineData("The round was businesslike, head of the Russian delegation, presidential aide Yevgeny Rudakov, told reporters.\nRudakov told Russian media that Moscow still required the withdrawal of Ukrainian forces from the Donbas.", "russia", "Yevgeny Rudakov")]
    public void A_leader_named_after_an_adverb_or_a_lower_case_post_is_introduced_with_the_teams_side(string text, string party, string speaker) =>
        Assert.Contains(OneItem.Read(text).Positions, p => p.Party == party && p.Issue == "territory" && p.Speaker == speaker);

    [Fact]
    public void A_post_of_a_ministry_named_in_capitals_introduces_the_name_a_transcript_label_gives()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t", "CHAIR: Colleagues, we move on to questions to the government. The Minister of Foreign Affairs, Iryna Bondarchuk, will answer.\n"
            + "MP: Will Ukraine withdraw its troops from Kramatorsk, yes or no?\n"
            + "BONDARCHUK: The answer is no: Ukraine will not withdraw from territories that the enemy has not been able to take by force.\n"
            + "CHAIR: Thank you.", new DateOnly(2051, 2, 23), "Verkhovna Rada, government question hour")).Positions;
        Assert.Contains(findings, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Iryna Bondarchuk" });
    }

    [Fact]
    public void A_parenthesis_between_a_label_and_its_colon_is_not_part_of_the_label()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t", "CHAIR (Roman Tkachuk): We move on to questions. The Minister of Foreign Affairs, Iryna Bondarchuk, will answer.\n"
            + "YATSENKO (opposition): Will Ukraine withdraw its troops from Kramatorsk, yes or no?\n"
            + "BONDARCHUK: The answer is no: Ukraine will not withdraw from territories that the enemy has not been able to take by force.\n"
            + "PRYKHODKO (governing coalition): Thank you.", new DateOnly(2051, 2, 23), "Verkhovna Rada, government question hour")).Positions;
        Assert.Contains(findings, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Iryna Bondarchuk" });
        Assert.DoesNotContain(findings, p => p is { Issue: "territory", Stance: "supports" });
        // A turn labelled with a parenthesis is a turn: the translated president's quote is his.
        var translated = OneItem.Read("MODERATOR: Mr President, welcome.\nZELENSKYY (TRANSLATED): “Every shot fired at our positions is an argument for more sanctions, not fewer.”\nMODERATOR: Thank you.\nZELENSKYY (TRANSLATED): Thank you.").Positions;
        Assert.Contains(translated, p => p is { Party: "ukraine", Issue: "sanctions", Stance: "supports" });
    }

    [Fact]
    public void A_name_after_a_partys_possessive_is_a_person_of_that_party()
    {
        Assert.Contains(OneItem.Read("Hungary's Levente Sárközi, meanwhile, openly calls for sanctions to be eased as part of any deal.").Positions,
            p => p is { Party: "europe", Issue: "sanctions", Stance: "opposes", Speaker: "Levente Sárközi" });
        // Not a body's name, and a line filed under a party keeps its title's side whoever was named before.
        var findings = OneItem.Read("Hungary's Zoltan Keresztes voted for the rollover after winning an exemption.\n"
            + "• NATO: Secretary General Sigrid Halvorsen said allies had pledged $60bn in military aid to Ukraine for 2050.\n"
            + "Rustem Umerov, secretary of Ukraine's National Security and Defence Council, said Ukraine would never give up territory.").Positions;
        Assert.Contains(findings, p => p is { Party: "nato", Issue: "aid", Speaker: "Sigrid Halvorsen" });
        Assert.Contains(findings, p => p is { Party: "ukraine", Issue: "territory", Speaker: "Rustem Umerov" });
    }

    [Fact]
    public void The_head_of_state_is_the_president_an_item_introduced_with_that_title()
    {
        var findings = OneItem.Read("Ukraine has brought home 312 defenders, President of Ukraine Oksana Marchuk announced on Sunday.\n"
            + "Ukraine's human rights commissioner, Nazar Tkachuk, said Kyiv had handed over new lists.\n"
            + "Separately, the head of state said that Ukraine would hold presidential elections only after a full ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "elections", Speaker: "Oksana Marchuk" });
    }

    [Fact]
    public void A_long_relative_clause_in_an_aside_still_introduces_the_name_before_it()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Pavlo Hordiy, the soft-spoken former military intelligence officer who led Ukraine's negotiations on prisoner exchanges for more than a decade, has died in Kyiv at the age of 67. In a rare interview in 2044, he said Ukraine would never trade territory for prisoners.",
            new DateOnly(2046, 3, 27)));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Pavlo Hordiy" });
    }

    [Fact]
    public void An_address_by_a_named_president_speaks_with_that_persons_voice()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Evening address, 11 February\nI wish you health, fellow Ukrainians!\nWe support this format, and we want the trilateral talks to work.",
            new DateOnly(2047, 2, 11), "Address by President of Ukraine Marko Hlibov"));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "talks", Stance: "supports", Speaker: "Marko Hlibov" });
    }

    [Fact]
    public void An_outlet_before_reported_is_no_person()
    {
        var findings = Read("Sky News reported that Moscow rejected the American plan. The Guardian said Kyiv wanted a ceasefire.");
        Assert.DoesNotContain(findings.Positions, p => p.Speaker is "Sky News" or "The Guardian");
    }

    [Fact]
    public void A_signature_line_after_a_letter_names_its_writer()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Letters to the editor\nYour editorial misrepresents my country's position. Russia will never accept Ukraine's membership of NATO.\nIgor Lapin, Press Secretary, Embassy of the Russian Federation, London\nMy gas bill has doubled, and I would like to know who will pay for the peace.\nMargaret Hale, Stockport",
            new DateOnly(2047, 12, 5)));
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "nato_membership", Stance: "opposes", Speaker: "Igor Lapin" });
        // (A one-sentence paragraph with a verb is no signature.)
        var report = OneItem.Extractor.Extract(new ItemText("t",
            "MOSCOW — Russia will never accept Ukraine's membership of NATO, the Foreign Ministry said.\nMaria Zarina, the ministry's spokeswoman, was not available.",
            new DateOnly(2047, 12, 5)));
        Assert.DoesNotContain(report.Positions, p => p.Speaker == "Maria Zarina");
    }

    [Fact]
    public void A_pack_surname_after_another_first_name_is_someone_else_and_keeps_that_name_later()
    {
        var findings = Read("Talks resumed after a call with U.S. envoy Grant Whitaker on Monday. Whitaker said Washington would keep sanctions on Russian oil until a deal was signed.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Speaker: "Grant Whitaker" });
    }

    [Fact]
    public void A_pack_surname_before_another_capitalised_name_is_someone_elses_given_name()
    {
        var findings = Read("U.S. special envoy Graham Teller, who chaired the sessions, said Washington backed the revised peace framework. Teller said the United States would keep sanctions on Russian oil until a deal was signed.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "peace_plan", Speaker: "Graham Teller" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Speaker: "Graham Teller" });
        Assert.DoesNotContain(findings.Positions, p => p.Speaker == "Lindsey Graham");
    }

    [Fact]
    public void According_to_him_is_the_person_the_pack_does_not_know_named_last()
    {
        var findings = Read("Kremlin spokesman Arkady Belov told reporters the talks would go on. According to him, the Russian side has received the latest version of the American plan and is studying it carefully.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "peace_plan", Speaker: "Arkady Belov" });
    }

    [Fact]
    public void A_person_introduced_in_a_sentence_is_their_surname_later_in_it()
    {
        var findings = Read("Ukraine’s delegation, led by Mykola Stasiuk, pressed for a full ceasefire from the start of winter, and Stasiuk told reporters afterwards that Kyiv was ready for a meeting of the two presidents.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "talks", Speaker: "Mykola Stasiuk" });
    }

    [Fact]
    public void A_hearing_introduces_its_witness_at_the_end_of_the_opening_sentence()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "The following is an excerpt from Wednesday’s hearing, with testimony from Assistant Secretary of State Peter Lindqvist.\nSENATOR RUTH HALVORSEN: Does the administration accept the draft?\nLINDQVIST: Madam Chair, the United States will not recognise Russian sovereignty over any part of Ukraine, including Crimea.",
            new DateOnly(2043, 9, 17), "Hearing excerpt: Senate Foreign Relations Committee on the Ukraine negotiations"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "territory", Stance: "opposes", Speaker: "Peter Lindqvist" });
    }

    [Fact]
    public void A_person_of_no_party_who_speaks_in_a_sentence_naming_one_side_is_of_that_side()
    {
        var italy = Read("Italy is still out: Prime Minister Giulia Benedetti told parliament on Tuesday that Italian soldiers would serve only under a UN flag.");
        Assert.Contains(italy.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Speaker: "Giulia Benedetti" });
        // Not the side a mediator hosts, nor one spoken to or about.
        var host = Read("Türkiye is ready to host the next round of Russia-Ukraine negotiations in Istanbul as early as March, Foreign Minister Hakan Demir said on Tuesday.");
        Assert.DoesNotContain(host.Positions, p => p.Speaker == "Hakan Demir");
    }

    [Fact]
    public void A_name_said_to_hold_an_office_is_introduced_and_labels_its_turns_by_surname()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Mikkel Dalsager has been NATO Secretary General since 2042. We met him at the alliance's headquarters.\nQ: Kyiv still says it wants to join NATO. Is the door open?\nDalsager: Allies decided long ago that Ukraine's future is in NATO, and nothing has happened since to change that.",
            new DateOnly(2044, 4, 28), "NATO chief: 'Ukraine's future is in the alliance'"));
        Assert.Contains(findings.Positions, p => p is { Party: "nato", Issue: "nato_membership", Stance: "supports", Speaker: "Mikkel Dalsager" });
    }

    [Fact]
    public void A_president_of_a_country_is_that_countrys_and_is_their_surname_after_the_title_later()
    {
        var findings = Read("President Harlan Meade met today with President Oksana Levytska of Ukraine at the White House. President Levytska affirmed Ukraine's readiness to continue negotiations in the trilateral format.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "talks", Speaker: "Oksana Levytska" });
        // A senator in a fronted phrase is not who "he" is.
        var fronted = Read("Secretary of State Thomas Reardon testified on Tuesday. Under questioning from Senator Ellen Marsh of New Hampshire, he said the United States would not recognise any Russian annexation of Ukrainian land.");
        Assert.Contains(fronted.Positions, p => p is { Party: "us", Issue: "territory", Speaker: "Thomas Reardon" });
    }

    [Fact]
    public void A_person_named_with_no_party_speaks_for_the_side_of_the_stance_first_reported()
    {
        var findings = Read("MOSCOW, May 4. Russia will not sign any deal unless Ukrainian troops leave Donbass, Presidential Aide Lev Garin told journalists. He said the Russian side was ready to continue the talks in the trilateral format. According to the aide, Moscow also insists that Kiev hold elections first.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "talks", Speaker: "Lev Garin" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "elections", Speaker: "Lev Garin" });
    }

    [Fact]
    public void A_title_naming_no_country_in_an_item_filed_from_a_capital_is_that_capitals_office()
    {
        var findings = Read("MOSCOW, Oct. 10. Foreign Minister Pavel Sorokin said Western arms supplies to Kiev must end if the West wants peace.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "aid", Stance: "opposes", Speaker: "Pavel Sorokin" });
        var foreign = Read("MOSCOW, Oct. 10. Turkish Foreign Minister Kemal Arslan said Ankara was ready to host talks.");
        Assert.DoesNotContain(foreign.Positions, p => p.Party == "russia");
    }

    [Fact]
    public void An_item_with_no_dateline_is_at_home_where_its_headline_opens_and_would_not_vote_to_is_a_refusal()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Inside the coalition, the mood is cooler. Finance Minister Sabine Körting said on Monday that her party would not vote to send German soldiers to Ukraine under any circumstances.",
            new DateOnly(2043, 1, 15), "Berlin quietly plans for a post-war mission in Ukraine"));
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Stance: "opposes", Speaker: "Sabine Körting" });
    }

    [Fact]
    public void Agency_copy_writes_the_title_in_lower_case_before_the_name()
    {
        var findings = Read("MOSCOW, January 17 -- The Kremlin is studying the new American proposals, presidential press secretary Lev Zaslavsky told journalists. According to Zaslavsky, a lasting settlement is impossible without the withdrawal of Ukrainian troops from Donbass.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Lev Zaslavsky" });
    }

    [Fact]
    public void An_official_of_a_state_that_is_no_party_reports_stances_and_speaks_for_none()
    {
        var findings = Read("BEIJING, March 5 -- Chinese Foreign Ministry spokesperson Lin Qiao said China welcomed the progress in the Russia-Ukraine negotiations. Responding to a question, she said China opposes unilateral sanctions.");
        Assert.DoesNotContain(findings.Positions, p => p.Issue == "sanctions");
        Assert.DoesNotContain(findings.Positions, p => p.Speaker == "Lin Qiao");
    }

    [Fact]
    public void A_double_surname_is_one_name_in_the_text_and_in_a_label()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Excerpt from the White House press briefing by Press Secretary Nora Ellis-Grant\nQ: Will you keep arming Kyiv?\nELLIS-GRANT: We will keep supporting Ukraine's ability to defend itself while the negotiations go on.",
            new DateOnly(2041, 7, 10), "White House press briefing (excerpt)"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "aid", Stance: "supports", Speaker: "Nora Ellis-Grant" });
    }

    [Fact]
    public void A_bare_post_is_the_person_the_item_introduced_with_it()
    {
        var findings = Read("ROME - Foreign Minister Paola Ferri said Italy was ready to host talks. Ferri spoke after meeting the Vatican envoy. According to the minister, Rome supports the return of all prisoners of war.");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "prisoner_exchange", Speaker: "Paola Ferri" });
    }

    [Fact]
    public void His_team_is_that_persons_side()
    {
        var findings = Read("U.S. envoy Steve Witkoff met both delegations in Geneva. His team is pushing hard for an energy truce this week.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports", Speaker: "Steve Witkoff" });
    }

    [Fact]
    public void A_mediator_reporting_both_sides_speaks_for_neither_later()
    {
        var findings = Read("Foreign Minister Kemal Arslan said Russia and Ukraine had agreed to swap 500 prisoners each. Arslan said the next round would be held in Istanbul and that Ankara wanted a ceasefire before winter.");
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "russia" or "ukraine", Issue: "ceasefire" });
    }

    [Fact]
    public void The_sayer_of_an_attribution_set_off_by_commas_is_no_subject()
    {
        var findings = Read("Ukraine's energy minister Olha Brovko said Kyiv wanted the Zaporizhzhia plant back. The Russian side, she said, has refused even to discuss the plant.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "nuclear_plant", Stance: "opposes" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "ukraine", Issue: "nuclear_plant", Stance: "opposes" });
    }

    [Fact]
    public void A_fronted_topic_the_speaker_answers_on_states_no_stance_of_its_own()
    {
        var findings = Read("Foreign Minister Lucia Benedetti said Italy was ready to host talks. On the Italian contribution to future security guarantees, Benedetti said Italy would not send soldiers to Ukraine.");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Stance: "opposes" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Stance: "supports" });
    }

    [Fact]
    public void A_briefing_introduced_with_its_spokesperson_gives_the_honorific_label_its_voice()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Department Press Briefing with Spokesperson Dana Quill, Washington, D.C.\nMS QUILL: Good afternoon.\nQUESTION: Will the administration press Moscow on a truce?\nMS QUILL: What I can say is that we back a full ceasefire, and we have said so to both delegations.\nQUESTION: And the Russian offer to negotiate?\nMS QUILL: Russia says it is ready to negotiate, and we will test that.",
            new DateOnly(2041, 2, 3), "Department Press Briefing"));
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports", Speaker: "Dana Quill" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "talks", Stance: "supports" });
        var header = OneItem.Extractor.Extract(new ItemText("t",
            "Department Press Briefing, Spokesperson Dana Quill\nMS QUILL: Good afternoon.\nQUESTION: Will you ease sanctions?\nMS QUILL: Our position has not changed: the sanctions stay in place until there is a signed agreement.",
            new DateOnly(2041, 2, 3), "Department Press Briefing"));
        Assert.Contains(header.Positions, p => p is { Party: "us", Issue: "sanctions", Stance: "supports", Speaker: "Dana Quill" });
    }

    [Fact]
    public void An_interview_without_labels_alternates_between_the_paragraphs_that_ask_and_the_interviewee()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Olena Sydorenko, Ukraine's deputy foreign minister, gave this interview in Kyiv.\nWhat do you expect from the next round?\nWe are ready for an exchange of all prisoners for all prisoners tomorrow.\nAnd the sanctions?\nThey must stay until the last Russian soldier has left.",
            new DateOnly(2041, 3, 2), "Interview with Olena Sydorenko"));
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Stance: "supports", Speaker: "Olena Sydorenko" });
        var column = OneItem.Extractor.Extract(new ItemText("t",
            "Olena Sydorenko, Ukraine's deputy foreign minister, spoke in Kyiv on Monday.\nWhat does Kyiv want?\nWho will pay?\nWe are ready for an exchange of all prisoners for all prisoners tomorrow.",
            new DateOnly(2041, 3, 2), "What Kyiv wants"));
        Assert.DoesNotContain(column.Positions, p => p.Speaker == "Olena Sydorenko");
    }

    [Fact]
    public void A_secretary_general_is_no_first_name()
    {
        var findings = Read("NATO Secretary General Ingrid Solberg said allies would keep supplying Ukraine with weapons until a final agreement was signed.");
        Assert.Contains(findings.Positions, p => p is { Party: "nato", Issue: "aid", Speaker: "Ingrid Solberg" });
    }

    [Fact]
    public void A_roundup_names_its_speaker_before_a_colon_and_the_quote()
    {
        var findings = Read("Here is how governments reacted.\nEU foreign policy chief Kaja Kallas: “Sanctions stay in place until the last Russian soldier has left Ukrainian soil.”\nRussian Foreign Minister Sergei Lavrov: “The document takes account of the realities on the ground.\nKiev must now withdraw its remaining units from Donbass.”");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "sanctions", Stance: "supports", Speaker: "Kaja Kallas" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Sergei Lavrov" });
    }

    [Fact]
    public void A_statement_a_person_issued_is_in_that_persons_voice_and_nato_texts_write_allies_with_a_capital()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "BRUSSELS - NATO Secretary General Mark Rutte issued the following statement on Thursday after a meeting on military support.\nAllies will continue to provide Ukraine with air defence and ammunition for as long as necessary.\nAny settlement must be backed by robust and credible security guarantees for Ukraine.",
            new DateOnly(2033, 9, 22), "Statement by the NATO Secretary General"));
        Assert.Contains(findings.Positions, p => p is { Party: "nato", Issue: "aid", Stance: "supports", Speaker: "Mark Rutte" });
        Assert.Contains(findings.Positions, p => p is { Party: "nato", Issue: "security_guarantees", Speaker: "Mark Rutte" });
        Assert.DoesNotContain(findings.Positions, p => p.Party == "europe");
    }

    [Fact]
    public void Dash_turns_of_an_agency_interview_alternate_between_asking_and_the_interviewee()
    {
        var findings = Read("Presidential aide Yury Ushakov spoke to TASS in Moscow.\n— What does Moscow expect from the meeting?\n— Answers to our questions. Kiev must withdraw its units from Donbass, this is the basis of everything.\n— Kiev says it is ready for a ceasefire along the current line.\n— A pause that lets the Kiev regime rearm is not a solution for us.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Yuri Ushakov" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "opposes", Speaker: "Yuri Ushakov" });
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: null });
    }

    [Fact]
    public void A_briefing_turn_with_name_and_post_names_its_speaker_and_later_turns_by_surname()
    {
        var findings = Read("CAROLINE ASHFORD, SPOKESPERSON: Good afternoon. The United States remains committed to the framework as the basis for a durable peace.\nQUESTION: Will you ease sanctions?\nASHFORD: The United States will not ease sanctions on Russia before a deal is signed.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "peace_plan", Stance: "supports", Speaker: "Caroline Ashford" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "sanctions", Speaker: "Caroline Ashford" });
    }

    [Fact]
    public void A_quotation_continued_in_the_next_sentence_is_still_the_speakers_and_our_team_is_the_speakers_side()
    {
        var findings = Read("Within the hour, Volodymyr Zelensky replied on X: “Ukraine accepts the air truce. We will observe it as long as Russia does, and our teams are ready for the next round.”");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "talks", Stance: "supports", Speaker: "Volodymyr Zelenskyy" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "russia", Issue: "talks" });
    }

    [Fact]
    public void A_title_that_names_no_party_is_of_the_side_just_named()
    {
        var findings = Read("President Volodymyr Zelensky said Kyiv was ready to talk.\nDeputy Foreign Minister Olena Tkach said Kyiv wants an exchange of all prisoners.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Speaker: "Olena Tkach" });
    }

    [Fact]
    public void Verbs_joined_without_a_comma_share_the_reported_clauses_subject()
    {
        var findings = Read("Olga Stefanishyna, Ukraine's ambassador to Washington, said the Russian side had called the lists a humanitarian matter but had not said whether it would accept an exchange of all prisoners.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "prisoner_exchange", Stance: "undecided" });
        Assert.DoesNotContain(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange" });
    }

    [Fact]
    public void A_line_filed_under_a_partys_name_speaks_for_it_where_it_names_no_one_else()
    {
        Assert.Contains(Read("Moscow: foreign ministry vows to answer any use of its assets by seizing Western property in Russia.").Positions,
            p => p is { Party: "russia", Issue: "frozen_assets", Stance: "opposes" });
        Assert.DoesNotContain(Read("NATO: The framework keeps membership off the table for now.").Positions, p => p.Party == "nato");
    }

    [Fact]
    public void With_no_speech_verb_the_named_subject_of_the_holders_party_is_its_voice()
    {
        var findings = Read("Peskov also dismissed as propaganda reports that Moscow was prepared to hand the Zaporozhye nuclear power plant back to Ukrainian control.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "nuclear_plant", Stance: "opposes", Speaker: "Dmitry Peskov" });
    }

    [Fact]
    public void An_official_the_item_gives_no_party_is_the_voice_of_what_they_report()
    {
        var alone = Read("Not much, if Warsaw has its way: Paweł Zaremba, a deputy defence minister, told a local business audience on Wednesday that Poland would keep arming Ukraine.");
        Assert.Contains(alone.Positions, p => p is { Party: "europe", Issue: "aid", Stance: "supports", Speaker: "Paweł Zaremba" });
        var after = Read("Parliament speaker Ruslan Stefanchuk spoke in Kyiv. Olena Marchuk, a spokeswoman for the presidential office, said Kyiv rejects early elections.");
        Assert.Contains(after.Positions, p => p is { Party: "ukraine", Issue: "elections", Speaker: "Olena Marchuk" });
    }

    [Fact]
    public void An_agencys_impersonal_passive_reports_the_source_it_has_been_quoting()
    {
        var findings = Read("Maria Zakharova told a briefing that Moscow had received the lists. At the same time it was noted that the Russian side is ready for a new exchange of prisoners.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "prisoner_exchange", Stance: "supports", Speaker: "Maria Zakharova" });
    }

    [Fact]
    public void A_bare_post_that_speaks_is_the_person_heard_last()
    {
        var findings = Read("Ukraine's ambassador in Berlin, Oleksii Makeiev, told the newspaper that the talks were stuck. At the same time, the diplomat noted, Kyiv is ready for an exchange of all prisoners.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Speaker: "Oleksii Makeiev" });
    }

    [Fact]
    public void A_quote_signed_after_a_dash_is_the_signers_in_every_sentence()
    {
        var findings = Read("“We will never accept foreign troops in Ukraine. Non-bloc status is the core of any settlement.” — Maria Zakharova, Russian foreign ministry spokeswoman");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Maria Zakharova" });
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "nato_membership", Stance: "opposes", Speaker: "Maria Zakharova" });
    }

    [Fact]
    public void As_was_noted_by_a_long_title_and_a_name_names_the_speaker()
    {
        var findings = Read("As was noted by the Head of the Office of the President Kyrylo Budanov, the Ukrainian side is ready to carry out an all-for-all exchange.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "prisoner_exchange", Speaker: "Kyrylo Budanov" });
    }

    [Fact]
    public void Who_leads_a_partys_delegation_is_that_partys()
    {
        var findings = Read("Ukraine's delegation is led by Taras Melnychuk, a deputy energy minister. Speaking in the hotel lobby, he said Kyiv was ready to sign a 30-day energy truce.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: "Taras Melnychuk" });
    }

    [Fact]
    public void An_interview_answer_points_back_at_the_question()
    {
        var findings = Read("Marco Rubio spoke to us on Monday.\nQ: Would Washington back a European reassurance force in Ukraine?\nA: We would support it, provided Europe leads.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "foreign_troops", Stance: "conditional", Speaker: "Marco Rubio" });
    }

    [Fact]
    public void The_party_official_is_the_partys_person_named_before()
    {
        var findings = Read(
            "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday. Volodymyr Zelensky was in Brussels. " +
            "The Kremlin official said Moscow saw no sense in a partial ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "opposes", Speaker: "Dmitry Peskov" });
    }

    [Fact]
    public void An_anonymous_voice_in_between_leaves_the_party_official_unnamed()
    {
        var findings = Read(
            "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday. A senior Russian official said the talks were stalled. " +
            "The Russian official said Moscow saw no sense in a partial ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "opposes", Speaker: null });
    }

    [Fact]
    public void A_post_the_person_does_not_hold_does_not_point_back_to_them()
    {
        var findings = Read(
            "Secretary of State Marco Rubio spoke to reporters on Tuesday. The U.S. president said Washington backed a ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports" });
        Assert.DoesNotContain(findings.Positions, p => p.Speaker == "Marco Rubio");
    }

    [Fact]
    public void A_city_after_a_round_and_that_is_a_subject_not_the_rounds_place()
    {
        var findings = Read(
            "The round of talks in Istanbul ended on Tuesday. Kremlin aide Yuri Ushakov told reporters after the round that Moscow had not moved.");
        Assert.DoesNotContain(findings.Meetings, m => m.Place == "Moscow");
    }

    [Fact]
    public void An_interviews_answers_are_the_person_its_introduction_names()
    {
        var findings = Read(
            "Serhiy Kyslytsya, Ukraine's first deputy foreign minister, spoke to us in Kyiv on Friday.\n" +
            "Q: Is there any formula you could accept?\n" +
            "A: A ceasefire along the current line, yes, and then diplomacy.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: "Serhiy Kyslytsya" });
    }

    [Fact]
    public void A_transcript_label_names_a_person_the_item_introduced()
    {
        var findings = Read(
            "A radio station interviewed Ukraine's deputy economy minister, Halyna Petrenko, on Monday.\n" +
            "HOST: Is Kyiv the one dragging out the talks?\n" +
            "PETRENKO: We have said yes to a full ceasefire three times since the autumn.");
        Assert.Contains(findings.Positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: "Halyna Petrenko" });
    }

    [Fact]
    public void An_agency_title_names_the_party_after_of()
    {
        var findings = Read(
            "Sybiha spoke at a joint press conference with Minister for Foreign Affairs of Finland Aino Lehtisalo in Kyiv.\n" +
            "Lehtisalo, for her part, said Finland would be ready to contribute troops to a reassurance force.");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "foreign_troops", Stance: "supports", Speaker: "Aino Lehtisalo" });
    }

    [Fact]
    public void The_people_of_a_reporters_fronted_question_hold_nothing()
    {
        var positions = Read("Asked about a possible meeting between Vladimir Putin and Vladimir Zelensky, Peskov said such contacts were possible only at the final stage.").Positions;
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "talks", Stance: "conditional", Speaker: "Dmitry Peskov" });
        Assert.DoesNotContain(positions, p => p.Party == "ukraine");
    }

    [Fact]
    public void It_in_the_answer_to_a_fronted_question_is_what_was_asked_about() =>
        Assert.Contains(Read("Asked about the European reassurance force, Ushakov replied that there was “no sense” in even discussing it.").Positions,
            p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes" });

    [Fact]
    public void A_round_of_sanctions_is_not_a_round_of_talks() =>
        Assert.DoesNotContain(Read("Hungary said it would not back the fund unless its gas imports were exempted from the next round of sanctions.").Positions, p => p.Issue == "talks");

    [Theory]
    [InlineData("Dmitry Peskov, Kremlin spokesman, to reporters: “We will never accept NATO troops in Ukraine.”", "russia", "foreign_troops", "opposes")]
    [InlineData("A senior U.S. official, briefing reporters: “We can live with a referendum if it is quick, but we cannot wait a year.”", "us", "referendum", "conditional")]
    public void A_quotes_roundup_line_is_said_by_the_one_it_names_before_the_colon(string text, string party, string issue, string stance) =>
        Assert.Contains(Read(text).Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);

    [Fact]
    public void A_verb_after_but_keeps_the_subject_of_the_one_before()
    {
        var positions = Read("Putin also said Moscow would not object to Ukraine joining the European Union but would never accept NATO troops on Ukrainian soil.").Positions;
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes" });
        Assert.DoesNotContain(positions, p => p.Party is "europe" or "ukraine" && p.Issue == "foreign_troops");
    }

    [Fact]
    public void An_impersonal_passive_is_the_stance_of_its_that_clause()
    {
        var positions = Read("Negotiators from Russia, Ukraine and the United States met in Geneva on Monday. " +
            "It was also agreed in principle that both sides would extend the energy truce through the winter, said U.S. envoy Thomas Harwell.").Positions;
        Assert.Contains(positions, p => p is { Party: "russia", Issue: "ceasefire", Stance: "supports" });
        Assert.Contains(positions, p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports" });
        Assert.DoesNotContain(positions, p => p is { Party: "us", Issue: "ceasefire" });
    }

    [Fact]
    public void A_transliteration_the_pack_lists_for_the_same_person_is_the_right_speaker()
    {
        const string Text = "Ukraine wants a ceasefire now, Sergiy Kyslytsya said.";
        var gold = Evaluation.ReadGold(new StringReader(
            """{"item": "t", "kind": "position", "party": "ukraine", "issue": "ceasefire", "stance": "supports", "act": "demand", "speaker": "Sergiy Kyslytsya", "evidence": "Ukraine wants a ceasefire now, Sergiy Kyslytsya said.", "confidence": 1.0}"""));
        var report = Evaluation.Score([new ItemText("t", Text, new DateOnly(2028, 3, 2))], gold, OneItem.Extractor);
        Assert.Equal(1, report.SpeakerMatched);
        Assert.Equal(1.0, report.SpeakerAccuracy);
    }

    [Fact]
    public void He_after_a_conversation_is_its_subject_not_the_person_spoken_with()
    {
        var findings = Read("Donald Trump spoke with Vladimir Putin by phone on Tuesday and said afterward that he wanted a ceasefire.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports", Speaker: "Donald Trump" });
        Assert.DoesNotContain(findings.Positions, p => p.Party == "russia");
    }

    [Theory]
    [InlineData("Kyiv says it will not leave land that Russia has failed to take by force, although it has signalled it could accept a ceasefire along the current line.", "ukraine", "ceasefire", "supports")]
    [InlineData("The Senate's Russia sanctions bill is moving again, and the White House says it won't stand in the way of new sanctions.", "us", "sanctions", "supports")]
    public void It_after_a_clause_opener_or_its_own_speech_verb_is_the_party_speaking(string text, string party, string issue, string stance)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);
        Assert.DoesNotContain(findings.Positions, p => p.Party == "russia" && p.Issue == issue);
    }

    [Fact]
    public void A_quote_said_by_an_unnamed_description_is_the_last_speakers()
    {
        var findings = Read(
            "Italy will not send soldiers, Foreign Minister Antonio Tajani says in an interview. " +
            "“Our public opinion is clear,” the head of the Farnesina explains. " +
            "“Italy proposes a mechanism of mutual assistance modelled on Article 5.”");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "security_guarantees", Speaker: "Antonio Tajani" });
    }

    [Fact]
    public void Present_tense_reporting_verbs_name_the_speaker() =>
        Assert.Contains(Read("Tajani also confirms that Rome will vote in favour of the new package of sanctions against Moscow.").Positions,
            p => p is { Party: "europe", Issue: "sanctions", Stance: "supports", Speaker: "Antonio Tajani" });

    [Fact]
    public void An_apposition_may_carry_a_relative_clause() =>
        Assert.Contains(Read("Oleh Petrenko, the Ukrainian deputy minister who led the delegation, said Kyiv wants a ceasefire.").Positions,
            p => p is { Party: "ukraine", Issue: "ceasefire", Speaker: "Oleh Petrenko" });

    [Fact]
    public void A_city_that_would_host_the_talks_is_their_place() =>
        Assert.Contains(Read("Meloni met Zelensky in the morning. She confirmed that Rome would host talks between Ukrainian, American and European negotiators on 7 June.").Meetings,
            m => m.Place == "Rome");

    [Fact]
    public void A_person_introduced_with_a_party_is_known_by_surname_and_pronoun_later()
    {
        var findings = Read(
            "The new U.S. special envoy for Ukraine, Laura Whitcombe, held talks with a Ukrainian delegation in Geneva on Sunday. " +
            "Whitcombe said Washington would keep supplying air defense systems to Ukraine. " +
            "She declined to say whether the White House would back a European reassurance force.");
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "aid", Stance: "supports", Speaker: "Laura Whitcombe" });
        Assert.Contains(findings.Positions, p => p is { Party: "us", Issue: "foreign_troops", Stance: "undecided", Speaker: "Laura Whitcombe" });
    }

    [Fact]
    public void A_title_before_a_known_surname_is_that_person() =>
        Assert.Contains(Read("U.S. special envoy Elaine Marsh arrived in Kyiv. Special Envoy Marsh reaffirmed that the United States stands ready to provide security guarantees for Ukraine.").Positions,
            p => p is { Party: "us", Issue: "security_guarantees", Speaker: "Elaine Marsh" });

    [Fact]
    public void A_possessive_owns_a_noun_cue_across_an_adjective() =>
        Assert.Contains(Read("Umerov told reporters that Kyiv's first priority was an all-for-all prisoner swap.").Positions,
            p => p is { Party: "ukraine", Issue: "prisoner_exchange", Stance: "supports" });

    [Fact]
    public void He_after_a_named_host_and_an_unknown_guest_is_the_host()
    {
        var findings = Read("President Alexander Stubb received the American envoy Nathan Corliss in Helsinki on Friday. " +
            "He said he had told his guest that Finland would support binding guarantees for Ukraine.");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "security_guarantees", Speaker: "Alexander Stubb" });
    }

    [Fact]
    public void A_role_description_is_never_a_person_the_pack_does_not_know()
    {
        var findings = Read("Prime Minister Donald Tusk welcomed the talks in Geneva between Rustem Umerov and the American envoy Nathan Corliss. " +
            "Warsaw wants the frozen Russian assets to be used for Ukraine's reconstruction, the prime minister added.");
        Assert.Contains(findings.Positions, p => p is { Party: "europe", Issue: "frozen_assets", Speaker: "Donald Tusk" });
    }

    [Fact]
    public void A_capitals_label_with_a_title_is_the_spokesperson_and_the_installed_governors_speak_for_moscow()
    {
        var briefing = Read("Department Press Briefing - Deputy Spokesperson Tommy Pigott, Washington\n"
            + "QUESTION: Does the U.S. accept that sequencing?\n"
            + "MR PIGOTT: Our position is that a ceasefire should come as early as possible.");
        Assert.Contains(briefing.Positions, p => p is { Party: "us", Issue: "ceasefire", Stance: "supports", Speaker: "Tommy Pigott" });
        var governor = Read("The Russian-installed governor of the occupied part of the region, Vladimir Saldo, said on Tuesday that Moscow would insist on the whole of Kherson region becoming part of Russia under any settlement.");
        Assert.Contains(governor.Positions, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Vladimir Saldo" });
    }

    [Fact]
    public void The_partners_of_a_meeting_between_two_leaders_are_not_its_subject()
    {
        var found = Read("Ushakov said Moscow would study the new proposals carefully. "
            + "He repeated that a meeting between Putin and Zelenskyy was possible only at the final stage, to sign an agreement.").Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "talks", Stance: "conditional", Speaker: "Yuri Ushakov" });
        Assert.DoesNotContain(found, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_title_case_label_that_names_a_known_person_is_a_transcript_turn()
    {
        var reader = new Extractor(DomainPack.LoadDefault());
        var text = "The following are excerpts from Vladimir Putin's answers to journalists, as published by the Kremlin press service.\n"
            + "Question: Would you meet Zelensky?\n"
            + "Vladimir Putin: I can meet anyone. As for prisoners, we are ready to continue exchanges in the format all for all, we never refused this.\n"
            + "Moscow: the foreign ministry vows to answer any seizure of Russian assets.";
        var found = reader.Extract(new ItemText("t", text, new DateOnly(2026, 12, 2))).Positions;
        Assert.Contains(found, p => p is { Party: "russia", Issue: "prisoner_exchange", Stance: "supports", Speaker: "Vladimir Putin" });
    }

    [Fact]
    public void A_bare_office_is_the_person_named_before_who_holds_it()
    {
        var reader = new Extractor(DomainPack.LoadDefault());
        var day = new DateOnly(2026, 6, 3);
        var aide = reader.Extract(new ItemText("t", "Presidential aide Yuri Ushakov told reporters the talks were useful.\n"
            + "At the same time, the presidential aide emphasized that the withdrawal of Ukrainian troops from Donbas remains the key condition for a settlement.", day)).Positions;
        Assert.Contains(aide, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Yuri Ushakov" });

        var diplomacy = reader.Extract(new ItemText("t", "Foreign Minister Andrii Sybiha met Rubio on Monday.\n"
            + "The head of Ukrainian diplomacy emphasized that Ukraine will not withdraw its troops from the Donetsk region.", day)).Positions;
        Assert.Contains(diplomacy, p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Andrii Sybiha" });

        // The head of state is the president named before, not the last person named.
        var state = reader.Extract(new ItemText("t", "President Volodymyr Zelensky met Rutte on Monday.\n"
            + "The Head of State emphasized that Ukraine supports the framework agreement in its current form.", day)).Positions;
        Assert.Contains(state, p => p is { Party: "ukraine", Issue: "peace_plan", Speaker: "Volodymyr Zelenskyy" });
    }

    [Fact]
    public void A_surname_alone_is_the_person_the_item_named_in_full_without_a_title()
    {
        var teams = Read("The meeting was chaired by US envoy Mark Dunmore, with Pavel Zorin and Taras Lysak leading the Russian and Ukrainian teams. "
            + "Zorin told Russian reporters the talks had been useful. "
            + "He said a general ceasefire remained out of the question until Ukrainian forces left the Donbas.").Positions;
        Assert.Contains(teams, p => p is { Party: "russia", Issue: "territory", Stance: "supports", Speaker: "Pavel Zorin" });
        Assert.DoesNotContain(teams, p => p.Party == "us");

        // A clause's opening word is no first name, and a side told what it must do is not the speaker's.
        var profile = Read("When Pavel Zorin walked into the talks in January, few Western diplomats knew him. "
            + "In every round, Zorin has insisted that Ukraine must leave the Donbas. "
            + "He also said Russia would never accept European troops in Ukraine.").Positions;
        Assert.Contains(profile, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Pavel Zorin" });
        Assert.DoesNotContain(profile, p => p.Party == "ukraine");
    }

    [Fact]
    public void A_briefings_opening_line_gives_its_paragraphs_to_the_briefer_and_title_case_labels_make_a_transcript()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Briefing by Foreign Ministry Spokeswoman Nadia Orlova, Moscow, March 27 (excerpts)\nOn the talks in Muscat\n"
            + "We can confirm that our delegation will take part in the next round.\n"
            + "The deployment of troops of any NATO country on Ukrainian territory is unacceptable to us.\n"
            + "Question: What about the statements in Washington?\nNadia Orlova: We have seen them.\n"
            + "Sanctions are illegitimate and should be lifted completely.\nQuestion: And the prisoners?\nNadia Orlova: We support exchanges.",
            new DateOnly(2035, 3, 27))).Positions;
        Assert.Contains(findings, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Nadia Orlova" });
        Assert.Contains(findings, p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes", Speaker: "Nadia Orlova" });
    }

    [Fact]
    public void An_interviewee_who_will_lead_a_delegation_is_of_its_side_and_answers_are_no_topic_labels()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Presidential adviser Rodion Karpov, who will lead Russia's delegation at the second round of talks in Geneva, answered our questions.\n"
            + "Q: Will Russia accept European peacekeepers?\nA: No, and there will be no NATO troops in Ukraine under any flag.",
            new DateOnly(2035, 3, 27), "Rodion Karpov: 'We prefer the negotiating table'")).Positions;
        Assert.Contains(findings, p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Rodion Karpov" });
    }

    [Fact]
    public void A_signed_opinion_by_an_official_speaks_in_the_officials_voice_and_the_draft_it_reads_asks_for_its_provisions()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "By Wiktor Zalewski\nThe author is Poland's minister of foreign affairs.\n"
            + "But I have read the American framework with growing unease. It asks Ukraine to shrink its army.\n"
            + "Pressure on Moscow must not be eased while Russian missiles keep hitting Ukrainian cities.",
            new DateOnly(2035, 2, 15), "Opinion | Fix the American plan before anyone signs it")).Positions;
        Assert.Contains(findings, p => p is { Party: "europe", Issue: "sanctions", Stance: "supports", Speaker: "Wiktor Zalewski" });
        Assert.Contains(findings, p => p is { Party: "us", Issue: "army_size", Stance: "supports" });
        // (A reporter's byline alone gives no voice.)
        var report = OneItem.Read("By Anna Kovacs\nPressure on Moscow must not be eased while Russian missiles keep hitting Ukrainian cities.").Positions;
        Assert.DoesNotContain(report, p => p.Speaker == "Anna Kovacs");
    }

    [Fact]
    public void An_interview_translated_from_a_sides_language_is_with_that_sides_official()
    {
        var findings = OneItem.Extractor.Extract(new ItemText("t",
            "Translated from Ukrainian.\nForeign Minister Iryna Sokolova spoke to us in Kyiv on Saturday.\n"
            + "— Washington wants a cap on the army. Do you agree?\n— We will never accept a cap on the size of our armed forces.\n"
            + "— And the guarantees?\n— We need binding security guarantees before we sign anything.",
            new DateOnly(2035, 1, 13), "Iryna Sokolova: ‘There are points we will never sign’")).Positions;
        Assert.Contains(findings, p => p is { Party: "ukraine", Issue: "army_size", Stance: "opposes", Speaker: "Iryna Sokolova" });
    }

    [Fact]
    public void A_verbs_object_is_no_sayer_of_the_verb_joined_to_it_by_and() =>
        Assert.Contains(Read("Ukraine's foreign minister, Olha Marchuk, met the European delegation and said Kyiv was ready for a ceasefire.").Positions,
            p => p is { Party: "ukraine", Issue: "ceasefire", Stance: "supports", Speaker: "Olha Marchuk" });

    [Fact]
    public void In_his_words_makes_the_person_last_named_the_source() =>
        Assert.Contains(Read("Russian Deputy Foreign Minister Pavel Orekhov spoke to reporters on Friday. A lasting settlement, in his words, is impossible without the lifting of Western sanctions.").Positions,
            p => p is { Party: "russia", Issue: "sanctions", Stance: "opposes", Speaker: "Pavel Orekhov" });

    [Fact]
    public void A_note_on_the_author_closing_a_signed_piece_gives_the_author_a_side_unless_a_scholar_or_former_official()
    {
        const string body = "Peace cannot be bought with land\nBy Jakub Zaremba\nRussian, Ukrainian and American negotiators are talking again.\n"
            + "A ceasefire without guarantees behind it would not be peace.\nThat is why we support binding security guarantees for Ukraine.\n";
        Assert.Contains(Read(body + "Jakub Zaremba is Poland's minister of foreign affairs.").Positions,
            p => p is { Party: "europe", Issue: "security_guarantees", Speaker: "Jakub Zaremba" });
        Assert.DoesNotContain(Read(body + "Jakub Zaremba is a senior fellow and a former Polish official.").Positions, p => p.Speaker == "Jakub Zaremba");
    }

    [Fact]
    public void A_briefings_line_with_the_post_and_the_name_introduces_who_the_honorific_labels_are() =>
        Assert.Contains(Read("DEPARTMENT PRESS BRIEFING\nSpokesperson Owen Castellano\nMR CASTELLANO: Good afternoon, everyone.\n"
            + "QUESTION: Will the force go ahead?\nMR CASTELLANO: The United States is prepared to support a European-led force with intelligence and air defence.").Positions,
            p => p is { Party: "us", Issue: "foreign_troops", Stance: "supports", Speaker: "Owen Castellano" });

    [Fact]
    public void A_conjunction_ends_the_words_of_an_office_before_a_title() =>
        Assert.Contains(Read("Yesterday in London, the US envoy met leaders of the coalition of the willing and President Iryna Levadna of Ukraine, who said Kyiv would never give up Donetsk.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Iryna Levadna" });

    [Fact]
    public void According_to_him_keeps_the_person_he_points_back_to_as_the_last_voice() =>
        Assert.Contains(Read("Russia will study the American framework, presidential aide Pavel Vostrikov told reporters on Wednesday. "
            + "According to him, President Igor Semyonov will receive the U.S. envoy in Moscow on Tuesday. "
            + "The aide stressed that Moscow would not accept the deployment of any troops from NATO countries in Ukraine.").Positions,
            p => p is { Party: "russia", Issue: "foreign_troops", Stance: "opposes", Speaker: "Pavel Vostrikov" });

    [Fact]
    public void A_possessive_standing_for_a_team_led_by_someone_gives_the_name_after_by_its_side() =>
        Assert.Contains(Read("The US team is led by special envoy Grant Vellacott, Ukraine's by Oksana Hrytsak. “We will never give up a single village,” Hrytsak said.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Oksana Hrytsak" });

    [Fact]
    public void A_full_name_given_again_after_a_possessive_is_the_person_introduced() =>
        Assert.Contains(Read("Russian presidential aide Yevgeny Ostrakov arrived in Geneva on Monday. "
            + "Russia's Yevgeny Ostrakov calls the talks “businesslike” and says Moscow is ready to continue the trilateral format.").Positions,
            p => p is { Party: "russia", Issue: "talks", Stance: "supports", Speaker: "Yevgeny Ostrakov" });

    [Fact]
    public void One_who_follows_the_talks_is_the_she_that_comes_next_and_speaks_for_no_side()
    {
        var found = Read("President Iryna Levadna has said that she will not sign away land that Ukraine controls. "
            + "Nadia Ferrante, who follows the talks at a Lisbon think tank, thinks the next round will be the real test. "
            + "“Kyiv will not accept a ceasefire along the current line,” she said.").Positions;
        Assert.Contains(found, p => p is { Party: "ukraine", Issue: "territory", Speaker: "Iryna Levadna" });
        Assert.DoesNotContain(found, p => p.Issue == "ceasefire" && p.Speaker == "Iryna Levadna");
    }

    [Fact]
    public void A_president_with_no_country_after_a_sentence_about_one_party_alone_speaks_for_it() =>
        Assert.Contains(Read("The draft still asks Ukraine to pull its forces out of the Donbas. "
            + "President Iryna Levadna said she will never give up land her army controls.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Iryna Levadna" });

    [Fact]
    public void A_partys_adjective_standing_for_a_team_led_by_someone_gives_the_name_after_by_its_side() =>
        Assert.Contains(Read("The Russian delegation was again headed by presidential aide Yevgeny Ostrakov, the Ukrainian by Bohdan Skorynko. "
            + "Skorynko said his team would never give up Donetsk.").Positions,
            p => p is { Party: "ukraine", Issue: "territory", Stance: "opposes", Speaker: "Bohdan Skorynko" });
}
