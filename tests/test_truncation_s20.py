"""Session 20 (tr20): T701 on quotes cut after a word that cannot end them ('until'; 'north of';
a comparison's subject and adverb, "faster than we ever"; a stranded 'to' after a pseudo-cleft
whose free relative closed before it, "what we needed back then was a customer willing to"), and
the whole texts of near shapes that must stay quiet (a relative clause after "the only thing a
lawyer will ...", "our own" as a pronoun, an elliptic "it always has been" after a clause with
'be'). T702 stays quiet on an extraction whose last verb has 'what' as its object. One episode per
text, all run as one batch through the real rules; the word lists are in rules/truncation.yaml
(dangling_words, never_stranded_prepositions, skip_adverbs, end_adverbs, relative_nouns).
"""

import json


from tests.test_recall_extended8 import _episode
from tests.test_truncation_s10 import _truncation, quote_tests

CUT = [
    ("Most of the error left comes from inspections that nobody tells us about until", "until"),
    ("We only ever hired people who had worked up until", "until"),
    ("The first image we ever sold went to a cooperative just north of", "of"),
    ("The depot sits about an hour west of", "of"),
    ("The insurance side is growing much faster than we ever", "ever"),
    ("The second model was cheaper to run than they really", "really"),
    ("What we really needed back then was a customer willing to", "to"),
    # a noun with its adjective before 'that', a relative clause without its words
    ("They also pushed Huawei to build a domestic stack that", "that"),
    ("What the clinics needed was an internal tool that", "that"),
    # a verb after its subject and 'no longer' still wants its object
    ("After the migration we no longer needed", "needed"),
    # 'be' and a bare verb that is rarely a noun: its -ing form cut to the stem
    ("It turned out the onboarding emails from the new vendor were land", "land"),
    ("I think the next big shift we will see in radiology is go", "go"),
    # 'that' after a verb of saying or thinking without a negation opens its clause
    ("Two weeks into the pilot we realized that", "that"),
    ("Nobody on the board was sure that", "that"),
    # still cut: no ellipsis without a clause with 'be' and an adverb before it
    ("It is early, but we have been", "been"),
]

WHOLE = [
    "Clean data is the only thing a label lawyer will ever ask about",
    "That is the one problem the team is still stuck on",
    "After two failed vendors we decided to build our own",
    "We benchmarked it against the other vendors, Harvey vs CoCounsel vs our own",
    "Software is the moat, it always has been",
    "The market was brutal, and it's never been",
    "Nothing has changed since then, and it is better than ever",
    "What we needed back then was a place to sit in",
    # whole sentences of strangers' prose (changelogs, licences, documentation) without their period
    "Python 2 is no longer supported",
    "Drop the build dependency on the icon utilities, no longer needed",
    "Bumped the helper version, no changes needed",
    "Provided this notice is included in all copies",
    "The modified version must be labeled as such",
    "In BCP 47 you should use two-letter codes, and that's what langcodes does",
    # a negated verb of believing: 'that' is its object
    "I would never have believed that",
    "Honestly I can't believe that",
    # a cleft after 'do', an idiom, a verb that is often a noun
    "What we do all day is build",
    "The launch window opened and all systems are go",
    "The hard part of the whole job is work",
    # 'that' as the object of a verb after its subject
    "The regional teams loved that",
    "We were the only ones doing that",
]


test_cut_quote_flagged, test_whole_quote_quiet = quote_tests(CUT, WHOLE)


def _insight(text: str, extracted: str) -> str:
    return (f"- actionable: false\n  confidence: medium\n  extracted: {json.dumps(extracted)}\n"
            f"  text: {json.dumps(text)}\n  type: observation\n")


def test_extraction_whose_verb_has_what_for_object_is_whole():
    text = ("The cooperatives renewed because the yield maps matched what agronomists saw on the ground, "
            "season after season.")
    whole = _insight(text, "The cooperatives renewed because the yield maps matched what agronomists saw")
    # the same verb without 'what' before it still wants the object its text goes on with
    torn = _insight("The cooperatives renewed because agronomists saw the yield maps on the ground.",
                    "The cooperatives renewed because agronomists saw")
    found, _ = _truncation([_episode(insights=[whole]), _episode(insights=[torn])])
    assert found[0] == [], [(f.rule, f.message) for f in found[0]]
    assert [f.rule for f in found[1]] == ["T702"], [(f.rule, f.message) for f in found[1]]
