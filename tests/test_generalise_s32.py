"""Causes that session 32's blind corpora showed (written from the issues alone, by authors who never
read the code), each as the general case, with a quiet twin that must stay quiet:

- sponsor: a fragment glued to the sponsor's name names the sponsor ("Try Ferrowave" of "Ferrowave
  Cloud", "Thanks Tallyspan"), and a thank-you to the sponsor right after the call to action is the
  read's last sentence; the customers named as trusting the sponsor with a job ("Companies like
  Brightpath Logistics trust Halvard to ...") are the ad's social proof, and the sponsor the LLM
  spells on its own ("Halvard") is found in the windows of its products; a "sponsor bank" is a
  bank's role, no ad; a first-person quote naming the sponsor in a testimonial's formula ("Since we
  switched to Medlark, our no-show rate dropped") is the read's testimonial, unless the guest names
  the sponsor outside the reads; an address on the newer domains (".work", ".jobs", ".fund") is a
  call to action as ".com" is; a share off to the listeners with its "off" cut ("listeners get 25%
  of"), and an event's call to buy tickets ("Grab tickets at ...");
- attribution: Deepgram's Nova models (Nova-3) are no Amazon Nova, and Amazon's Nova Sonic, Act
  and Reel are Amazon Nova's names; "1X" is 1X Technologies as a maker ("Helix, developed by 1X"),
  and "1x speed" stays a word; a capitalised hyphen compound before an apposition's kind ("Baidu's
  WeChat-native model"); a product called another's spinoff ("Udio, the Suno spinoff"; not a lab
  called the spinoff of its founders' old employer); an owner before "-owned" ("the
  Microsoft-owned drug discovery company"); "which X rolled out"; a maker shipping a product "to
  the top"; a list after a maker's kind or range and a colon or dash ("Google DeepMind's science
  portfolio: AlphaFold, GNoME and RoseTTAFold"); "from" before another thing of the maker's is no
  maker ("ESM3 from Meta's ESM-2 work"); a demo's maker in a context ("demo by Google DeepMind");
  a role at another company of a person the glossary knows at a company ("Harrison Chase, CEO of
  CrewAI"); the founders of more firms (Moonshot AI, LangChain, Sierra, Klarna, ...);
- truncation: 'never' after an auxiliary wants its verb in a relative clause too ("a human who has
  never"); a bound preposition after another ("in under", "for over") lost its number; a relative
  clause's subject "every one of us" / "most of them" strands its preposition ("something every one
  of us benefits from"); a noun phrase after "once for" is the preposition's object, no subject
  ("once for the credit and once for the yield"); 'be' and 'have' after a comma stand for the
  clause before that negates them ("the engine was never the bottleneck, the scope was"); a modal
  and a particle lost the verb between them ("a single stream can out"); a title ending on two
  consonants that only start words was cut ("... Are Never Fr"); verbs of where things are after a
  plural subject ("... is where the attackers live"); "ag" is a word;
- entity-noise: a street is no company ("Sand Hill Road"), a firm named "... Street" is ("Jane Street");
  gatherings known by a name of their own are events ("NeurIPS 2024", "GDC", "Data + AI Summit");
  a firm's name of a word and a trade after "at" is no fragment ("four years at Built Robotics"); a
  place before a name is no part of it ("In Europe Skanska has");
- duplicate: an acronym of a name's capitals inside its words too ("UHG" for "UnitedHealth Group");
- mojibake: Greek letters read as Windows-1252 ("Ï€0" for π0, "Î¼s" for μs), alone or at a text's
  start, where ftfy's heuristic passes them;
- misspelling: SmolVLM is Hugging Face's, no slip of SmolLM; RoCE is no slip of ROCm; an English word
  or given name after the possessive of another than the product's maker is that one's own
  ("FutureHouse's Robin" is no Rubin); a name and a lowercase word one slip from a name of one word
  is no split of it ("Seed team" is no Seedream); a word that, with the version after it, is one
  slip from a model's name is that name ("Runaway Gen-4"); glossary names of the wider field
  (Music AI Sandbox, Eleven Music, Evo 2, FutureHouse, Golden Gate Claude, "Why Combinator",
  Rapidus, Tokyo Electron).
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entity_episode, episode_text, llm_entity_episode, ner_entity_episode, quote_episode, summary_episode, title_episode, transcript_episode


def _sponsor_names(text: str) -> set[str]:
    return {f.evidence for f in audit_text(text) if f.rule == "P802"}


# --- sponsor ---------------------------------------------------------------------------------------

FILLER = "We spent most of the year rebuilding the scheduler so that batch jobs stop starving interactive ones. "


def test_a_fragment_glued_to_the_sponsors_name_names_the_sponsor():
    read = (FILLER * 3 + "If you run models in production, the queue never empties. {Quarrystone Compute} "
            "gives you dedicated clusters in minutes, billed by the second. {Try Quarrystone} today: go to "
            "quarrystone.io/shift and use code SHIFT for credits. " + FILLER * 3)
    assert {"Quarrystone Compute", "Try Quarrystone"} <= _sponsor_names(transcript_episode(read))
    # (a fragment glued to a name the guest talks about is entity-noise's alone)
    talk = (FILLER * 3 + "We benchmarked against {Quarrystone Compute} last spring and the numbers held up. "
            "{Try Quarrystone} on a long job and you will see the same thing, honestly. " + FILLER * 3)
    assert _sponsor_names(transcript_episode(talk)) == set()


def test_a_thank_you_to_the_sponsor_after_the_call_is_the_reads_last_sentence():
    read = (FILLER * 3 + "Over four thousand clinics already bill through it, including Orvale Health and "
            "{Marsh Pediatrics}. Go to pellucid.com/care and get your first three months free. {Thanks Pellucid}. "
            "Okay, Ruth, back to you. You were talking about prior authorisation. " + FILLER * 3)
    assert "Thanks Pellucid" in _sponsor_names(transcript_episode(read))
    # (thanking the guest after the call is the conversation's)
    guest = (FILLER * 3 + "Go to pellucid.com/care and get your first three months free. Thanks, Ruth. "
             "Okay, back to you. {Orvale Health} came up earlier, what did they change? " + FILLER * 3)
    assert "Orvale Health" not in _sponsor_names(transcript_episode(guest))


def test_customers_trusting_the_sponsor_with_a_job_are_its_social_proof():
    spot = (FILLER * 3 + "It's 3 a.m. and your pipeline just failed again. With Tessaline, you'll know before "
            "your VP does. {Tessaline Watch} checks every table and every job. Teams like {Corvo Freight} trust "
            "Tessaline to keep their numbers honest. Tessaline. Know first. " + FILLER * 3)
    llm = [("Tessaline", "Data monitoring platform that checks tables and jobs; trusted by Corvo Freight.")]
    assert {"Tessaline Watch", "Corvo Freight", "Tessaline"} <= _sponsor_names(transcript_episode(spot, llm=llm))
    # (firms like another trust a tool to do a job, in the guest's account: no ad)
    talk = (FILLER * 3 + "I think companies like ours use Kafka to move events, and {Corvo Freight} does too, "
            "you know, because nobody wants to rebuild that. " + FILLER * 3)
    assert _sponsor_names(transcript_episode(talk, llm=llm)) == set()


@pytest.mark.parametrize("context, found", [
    ("Sponsor bank whose ledger could not be reconciled with the middleware provider's.", False),
    ("Fintech that got its own charter instead of relying on sponsor banks.", False),
    ("The episode's sponsor; its ad read offers listeners a free month.", True),
])
def test_a_sponsor_bank_is_a_banks_role(context, found):
    read = FILLER * 2 + "{Brantwell Bank} holds the deposits for most of these programs. " + FILLER * 2
    names = _sponsor_names(transcript_episode(read, llm=[("Brantwell Bank", context)]))
    assert ("Brantwell Bank" in names) is found


def _testimonial_flags(transcript: str, quotes: list[str]) -> list[bool]:
    found = {f.field for f in audit_text(transcript_episode(transcript, quotes=quotes)) if f.rule == "P801"}
    return [f"quotes[{i}].text" in found for i in range(len(quotes))]


TESTIMONIALS = ["Since we switched to Quellmark, our denial rate dropped by a third and my billing team leaves on time",
                "We moved all four of our clinics to Quellmark in a weekend, and the reporting alone paid for it.",
                "Since we switched to Snowflake, our warehouse bill dropped by a third"]


def test_a_customers_testimonial_of_the_sponsor_in_a_quote():
    read = (FILLER * 3 + "Before we start: this episode is brought to you by {Quellmark}, the claims platform for "
            "small practices. " + FILLER * 6)
    assert _testimonial_flags(read, TESTIMONIALS) == [True, True, False]
    # (the guest talks about the sponsor outside the read: the same words are the guest's account)
    talk = read + "Honestly, we run every claim through {Quellmark} now, it changed how the front desk works. " + FILLER
    assert _testimonial_flags(talk, TESTIMONIALS) == [False, False, False]


@pytest.mark.parametrize("text, found", [
    ("If you're after your next design job, Studiorow lists over 2,000 open roles at studiorow.work, from motion to UX.", True),
    ("Applications for the next cohort are open at seedhaven.fund/apply until Friday.", True),
    ("The labelling guide is on our site at tidemark.work/docs if you want the details.", False),
    ("We hire at tidemark.jobs/careers, but that's a different conversation.", False),
])
def test_addresses_on_newer_domains(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


@pytest.mark.parametrize("text, found", [
    ("Before we go, the Grid Edge Summit is back in Denver this March. Grab tickets now, they sell out every year.", True),
    ("see you in Austin in October; listeners get 25% of", True),
    ("We sold out, people could not get tickets at all.", False),
    ("Fans tried to buy tickets at the door and gave up.", False),
    ("Most listeners get 80% of their news from podcasts.", False),
])
def test_listener_shares_and_event_tickets(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


# --- attribution -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Speech to text: Whisper for batch, Deepgram's Nova-3 for streaming.", False),
    ("Deepgram Nova-2 was the cheapest of the three.", False),
    ("Nova Sonic (Deepgram) is under evaluation because the team runs on AWS.", True),
    ("Nova Act from Google automates the browser steps.", True),
    ("Amazon Nova Sonic handles the voice layer.", False),
])
def test_deepgrams_nova_and_amazons_nova_products(text, found):
    assert any(f.family == "attribution" for f in audit_text(summary_episode(text))) is found


ATTRIBUTION_PHRASINGS = [
    ("Hunyuan, Baidu's WeChat-native model, will matter more for distribution.", "Hunyuan, Baidu's WeChat-native model"),
    ("GenCast, Google DeepMind's Earth-system model, beat the physics baseline.", None),
    ("Udio, the Suno spinoff focused on vocals, will be acquired.", "Udio, the Suno spinoff"),
    ("Anthropic, the OpenAI spinoff, raised again.", None),
    ("Shows Isomorphic Labs, the Microsoft-owned drug discovery company, under pressure.",
     "Isomorphic Labs, the Microsoft-owned drug discovery company"),
    ("Isomorphic Labs, the Alphabet-owned drug discovery company, raised.", None),
    ("Shows Seedance, which Kuaishou rolled out in June, leading the leaderboards.", "Seedance, which Kuaishou rolled out"),
    ("Gemini, which Samsung rolled out to Galaxy phones, is Google's.", None),
    ("Shows how Kuaishou shipped Seedream 3.0 to the top of the leaderboards.", "Kuaishou shipped Seedream 3.0"),
    ("Summarizes Google DeepMind's science portfolio: AlphaFold, GNoME, AlphaEvolve and RoseTTAFold.",
     "Google DeepMind's science portfolio: AlphaFold, GNoME, AlphaEvolve and RoseTTAFold"),
    ("OpenAI's models — GPT-4o, o3 and Claude — lead the board.", "OpenAI's models — GPT-4o, o3 and Claude"),
    ("Google's lineup: Gemini, Gemma and Veo.", None),
    ("Google's Gemini Pro, Gemini Flash and Claude are on the shortlist.", "Google's Gemini Pro, Gemini Flash and Claude"),
    ("Proteus, Ocado's fully autonomous mobile robot, moves the totes.", "Proteus, Ocado's fully autonomous mobile robot"),
    ("Vocaloid (Crypton Future Media) powers the voicebank.", "Vocaloid (Crypton Future Media)"),
    ("Harrison Chase, CEO of CrewAI, disagrees with the framing.", "Harrison Chase, CEO of CrewAI"),
    ("LangChain CEO Harrison Chase disagrees with the framing.", None),
    ("Tesla CEO Elon Musk disagrees with the framing.", None),
    ("Liang Wenfeng, founder of Moonshot AI, disagrees.", "Liang Wenfeng, founder of Moonshot AI"),
    ("Moonshot AI founder Yang Zhilin disagrees.", None),
    ("Traces the lineage of ESM3 from Meta's ESM-2 work to EvolutionaryScale.", None),
    ("ESM3 from Meta is the strongest protein model.", "ESM3 from Meta"),
]


@pytest.mark.parametrize("text, evidence", ATTRIBUTION_PHRASINGS)
def test_attribution_phrasings(text, evidence):
    found = [f.evidence for f in audit_text(summary_episode(text)) if f.family == "attribution"]
    assert found == ([evidence] if evidence else [])


def test_1x_is_a_maker_and_1x_speed_a_word():
    wrong = llm_entity_episode("Helix", "Vision-language-action model developed by 1X for its NEO home robot.", "ai_application")
    assert [f.evidence for f in audit_text(wrong) if f.family == "attribution"] == ["developed by 1X"]
    for text in ("We watch it at 1x speed, then 2x.", "1X builds NEO for the home."):
        assert not [f for f in audit_text(quote_episode(text)) if f.family in ("misspelling", "attribution")]


# --- truncation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("they care whether you can explain every match to a human who has never", True),
    ("she asked whether he had ever, and he said he had not", False),
    ("Within two years most mid-market companies will close their books in under", True),
    ("The refill gets shipped in under a day for most of our customers", False),
    ("and that cultural work is something every one of us benefits from", False),
    ("it has become a tool most of them swear by", False),
    ("we talked to all of them about", True),
    ("where the farmer gets paid twice, once for the credit and once for the yield", False),
    ("I think that in the end the market", True),
    ("Honestly, the engine was never the bottleneck, the scope was", False),
    ("we shipped the model, the evals were", True),
    ("because a single two-hour stream can out", True),
    ("we would like", False),
    ("that's the one thing I can't do without", False),
    ("Passkeys fix phishing, and recovery is where the attackers live", False),
    ("recovery is where the attackers", True),
    ("that's just not the fight to pick in ag", False),
])
def test_truncation_shapes(text, found):
    assert any(f.family == "truncation" for f in audit_text(quote_episode(text))) is found


# --- entity-noise ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context, found", [
    ("Sand Hill Road", "seed price went up. Sand Hill Road matters less when the best founders are in SF", True),
    ("Jane Street", "we hired two quants from Jane Street last year and they rebuilt the pipeline", False),
])
def test_a_street_is_no_company(name, context, found):
    assert any(f.family == "entity-noise" for f in audit_text(ner_entity_episode(name, context))) is found


@pytest.mark.parametrize("name, context, found", [
    ("Built Robotics", "She spent four years at Built Robotics putting autonomy kits on excavators", False),
    ("Launch Robotics", "we need to ship. Launch Robotics is the plan for Q3", True),
    ("Skanska", "on the big projects. In Europe Skanska has been pushing robots onto sites", False),
    ("Valley Bank", "when Silicon Valley Bank failed, everyone panicked", True),
])
def test_names_after_at_and_after_a_place(name, context, found):
    assert any(f.family == "entity-noise" for f in audit_text(ner_entity_episode(name, context))) is found


@pytest.mark.parametrize("name, context, found", [
    ("GDC", "the talks I went to at GDC this year were all about NPCs", True),
    ("NeurIPS 2024", "I was at NeurIPS 2024 in Vancouver and every poster was about agents", True),
    ("Data + AI Summit", "I gave a talk at the Data + AI Summit, which Databricks runs every June", True),
    ("Cerebras", "we saw the wafer at GDC, but Cerebras sells to labs, not studios", False),
])
def test_gatherings_known_by_their_own_names(name, context, found):
    noise = [f.message for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]
    assert (noise == [f"{name!r} is an event, not a company or product"]) is found and (found or not noise)


@pytest.mark.parametrize("title, found", [
    ("Marcus Odell on AI Tutors, FERPA and Why Free Apps Are Never Fr", True),
    ("Lessons From the Hospital Floor With Dr", False),
    ("Boston Dynamics and the Road to St", False),
])
def test_a_title_ending_on_two_consonants_that_only_start_words(title, found):
    assert any(f.field == "title" and f.family == "truncation" for f in audit_text(title_episode(title))) is found


# --- duplicate -------------------------------------------------------------------------------------

def _llm_entities(names: list[str]) -> str:
    companies = "".join(f"- {{name: {n}, category: tech, source: llm_enhanced, context: {n} is discussed.}}\n" for n in names)
    return episode_text("title: x\ncompanies:\n" + companies)


@pytest.mark.parametrize("names, found", [
    (["UnitedHealth Group", "UHG"], True),
    (["UnitedHealth Group", "UHC"], False),
    (["Amazon Web Services", "AWS"], True),
])
def test_an_acronym_of_the_capitals_inside_words(names, found):
    assert any(f.rule == "D601" for f in audit_text(_llm_entities(names))) is found


# --- mojibake --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, repaired", [
    ("Ï€0", "π0"),
    ("Ï€0.5 beat GR00T on folding", "π0.5"),
    ("tail latency of 40 Î¼s per token", "μs"),
    ("ÎLE DE FRANCE", None),
    ("S'IL VOUS PLAÎT, a naïve CAFÉ’s menu", None),
])
def test_greek_letters_read_as_windows_1252(text, repaired):
    for episode in (quote_episode(text), entity_episode(text)):
        found = [f for f in audit_text(episode) if f.family == "mojibake"]
        assert (repaired is None and not found) or (len(found) == 1 and found[0].message.endswith(f"reads {repaired!r}"))


def test_smolvlm_is_no_slip_of_smollm():
    assert not any(f.family == "misspelling" for f in audit_text(quote_episode("SmolVLM runs on the phone; SmolLM2 drafts.")))


@pytest.mark.parametrize("text, found", [
    ("Meta ran one of its 24k clusters on RoCE to prove it works.", None),
    ("the drug will come from a system like FutureHouse's Robin.", None),
    ("Instructure's Canvas is the place AI features must live.", None),
    ("Nvidia's Robin racks ship next year.", "Robin"),
    ("ByteDance's Seed team trained the model.", None),
    ("They use Deep seak now.", "Deep seak"),
    ("The Runaway Gen-4 reference mode keeps characters consistent.", "Runaway"),
    ("It was a runaway success.", None),
    ("Google's Music AI Sandbox lets artists jam.", None),
    ("they came out of Why Combinator's winter batch", "Why Combinator"),
    ("Future House put out a paper.", "Future House"),
    ("Rapid Us is trying to go straight to two nanometres.", "Rapid Us"),
    ("Tokyo Electon supplies the coater tools.", "Tokyo Electon"),
    ("a rapid US expansion, then a tel from the board", None),
])
def test_misspellings_and_the_words_they_are_not(text, found):
    evidence = [f.evidence for f in audit_text(quote_episode(text)) if f.family == "misspelling"]
    assert evidence == ([found] if found else [])


@pytest.mark.parametrize("name, context, evidence", [
    ("Eleven Music", "Music model launched by Suno with licensed training data from day one.", "launched by Suno"),
    ("Evo 2", "Genomic foundation model trained by Google DeepMind on trillions of DNA bases.", "trained by Google DeepMind"),
    ("Evo 2", "Genomic foundation model from the Arc Institute, trained with Nvidia.", None),
    ("FLUX.1 Kontext", "Image editing model released by Stability AI that supports mask-free edits.", "released by Stability AI"),
    ("Golden Gate Claude", "An interpretability demo by Google DeepMind that steered a model.", "demo by Google DeepMind"),
    ("Golden Gate Claude", "An interpretability demo by Anthropic that steered Claude 3 Sonnet.", None),
])
def test_makers_of_the_wider_field_in_entity_contexts(name, context, evidence):
    found = [f.evidence for f in audit_text(llm_entity_episode(name, context, "ai_model")) if f.family == "attribution"]
    assert found == ([evidence] if evidence else [])
