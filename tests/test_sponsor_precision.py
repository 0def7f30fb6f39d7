"""Precision of the sponsor family on editorial talk about the field.

"Powered by", "supported by", "presented by" and "use code" are ad copy in an ad read and plain
English everywhere else: before these tests, 12 of the 13 editorial sentences below were
flagged as ad-read content (P801) on their own. The markers now need the show as subject, the
phrase at a sentence start, or a promo code in capitals; the ad reads below stay flagged.
"""

from __future__ import annotations

from tests.conftest import findings_by_item

EDITORIAL = [
    "The claim is supported by many benchmarks and ablations.",
    "Apps powered by GPT-4 are everywhere now.",
    "The paper was presented by Google researchers at NeurIPS.",
    "SB 1047 was a bill sponsored by Senator Scott Wiener.",
    "The agent is powered by Claude and a vector database.",
    "This feature is supported by Nvidia hardware only.",
    "You can use code completion in Copilot for most languages.",
    "They use code generation models to write tests.",
    "Their chips, powered by TSMC's 3nm process, ship next year.",
    "With code interpreter, ChatGPT can run Python.",
    "Llama is supported by every major inference engine.",
]

ADS = [
    ("This episode is brought to you by Vanta, the compliance platform.", "Vanta"),
    ("This podcast is supported by Ramp, the corporate card that saves you money.", "Ramp"),
    ("Today's episode is powered by Lambda. Spin up GPUs in seconds.", "Lambda"),
    ("Supported by Notion. Try it free for your whole team.", "Notion"),
    ("Use code LEX for 20% off your first order.", None),
    ("Thanks to Linear for sponsoring this episode.", "Linear"),
]


def _sponsor(texts):
    return {i: [f.message for f in fs] for i, fs in findings_by_item(texts, "sponsor").items()}


def test_editorial_uses_of_ad_phrases_are_no_ad_reads():
    found = _sponsor(EDITORIAL)
    assert found == {}, {EDITORIAL[i]: m for i, m in found.items()}


def test_ad_reads_are_still_found_with_their_marker():
    found = _sponsor([t for t, _ in ADS])
    for i, (text, sponsor) in enumerate(ADS):
        assert i in found, text
        if sponsor:
            assert any("ad marker" in m for m in found[i]), (text, found[i])


def test_the_marker_names_the_sponsor_by_its_capitals():
    import yaml

    from audit.checks.sponsor import _marker_sponsor, parse_sponsor
    from tests.conftest import ROOT

    kn = parse_sponsor(yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8")), "sponsor.yaml")
    for text, sponsor in ADS:
        if sponsor:
            m = kn.strong.search(text)
            assert m is not None and _marker_sponsor(m) == sponsor, (text, m and m.group(0))
    # a lowercase word is no sponsor's name, whatever the case-insensitive match of the phrase
    assert kn.strong.search("Thanks to everyone for supporting the show.") is None


# A URL with a path and no call to action: an ad's landing page ('workos.com/radar') or a reference.
# On 71,000 sentences of package documentation, 123 of 162 P801 findings were references of these
# shapes: project and bug-tracker URLs on .org and .net, documentation and blog paths, numbered
# tickets.
REFERENCE_URLS = [
    "The bug is tracked at bugs.python.org/issue12345 and fixed upstream.",  # .org
    "The fix landed in gnu.org/software and debian.org/445481 took it.",
    "The spec is on w3.org/Graphics, and mirror.example.net/pub has copies.",  # .net
    "Anthropic explains tool use in claude.com/docs for developers.",  # documentation
    "The benchmark method is written up in openai.com/research last spring.",
    "Everything about the release is in mistral.ai/news this week.",
    "The crash was reported as crbug.com/681813 by a user.",  # a numbered ticket
]

LANDING_PAGES = [
    "WorkOS Radar stops bots. Learn more at workos.com/radar today.",
    "Spin up an H100 in seconds: lambda.ai/podcast has free credits.",
    "Get a free trial at vanta.com/lex. Vanta automates compliance.",
    "Give to effective charities: go to givewell.org/podcast now.",  # .org with a call to action
]


def test_reference_urls_are_no_ad_reads():
    found = _sponsor(REFERENCE_URLS)
    assert found == {}, {REFERENCE_URLS[i]: m for i, m in found.items()}


def test_landing_pages_are_ad_reads():
    found = _sponsor(LANDING_PAGES)
    assert sorted(found) == list(range(len(LANDING_PAGES))), found


def test_offer_code_is_a_marker_only_as_a_noun():
    # "offer code" joined the promo and discount codes in session 8: as a verb and its object it is
    # what tools do, not an ad ("Copilot and Cursor offer code completion")
    verbs = ["Both Copilot and Cursor offer code completion in the editor.", "Most IDEs now offer code search.",
             "Tools that offer code review are everywhere.", "We offer code reviews as a service."]
    nouns = ["Use offer code PODCAST for 20% off.", "The offer code is LATENT.", "Enter offer code AI20 at checkout."]
    assert _sponsor(verbs) == {}
    assert sorted(_sponsor(nouns)) == [0, 1, 2]


def test_a_title_sponsor_is_the_shows_own():
    assert _sponsor(["OpenAI was the title sponsor of the conference.",
                     "Nvidia became the founding sponsor of the lab."]) == {}
    assert sorted(_sponsor(["And now a message from our presenting sponsor, Vanta.",
                            "Today's title sponsor is Linear."])) == [0, 1]


def test_thanks_for_supporting_something_else_and_a_code_as_a_modifier_are_no_ad():
    # known false positives since session 7: thanked for supporting the research (not the show),
    # and a discount code as the modifier of another noun
    from tests.conftest import audit_text, episode_text
    import json

    texts = ["Thanks to Google for supporting the research, we could run the ablations.",
             "The discount code trick only works if you own the checkout flow.",
             "Promo code abuse cost them millions.",
             "Thanks to Acme for supporting us this season.",
             "Use the discount code POD for 20% off.",
             "Enter promo code at checkout."]
    fm = "title: x\nquotes:\n" + "".join(f"- text: {json.dumps(t)}\n  relevance_score: 5\n" for t in texts)
    found = audit_text(episode_text(fm), select=["P801"])
    assert sorted(int(f.field.split("[")[1].split("]")[0]) for f in found) == [3, 4, 5]
