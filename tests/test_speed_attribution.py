"""A401's fast paths give exactly what the plain definitions give.

- the claim patterns are tried only where a maker or product name starts (`ClaimShapes.starts`),
  which finds the same claims as trying them at every position of the windows;
- the claim shapes are matched with their first names found in Python (`ClaimShapes.match`),
  and some rests split at their second name (`_SplitRest`), which matches as the one combined
  regex of the shapes (`ClaimShapes.plain_source`) does;
- whether a name without a capital ("xAI", "o1") occurs at all is asked of `other_probes` (each
  anchored at a rare character), which answer as a substring search of every such name does.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.checks import attribution as A
from audit.engine import discover
from audit.episode import load_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT

GL = glossary(Knowledge.load([]))
PATS = A.patterns_for(GL)
ORGS = sorted(PATS.org_forms)
PRODS = sorted(PATS.product_forms)
PLAIN_CLAIMS = __import__("re").compile(PATS.claims.plain_source())
GLUE = [" (", ") ", " ", "'s ", "’s new ", " by ", ", developed by ", " from ", " is a model from ",
        " is an open-source reasoning model by ", "-developed ", " developed ", " built its ", " versus ",
        " rival ", " 3.5 Pro ", "-4 ", " v2 ", ". ", ", ", "-", "\n", " which was made by ", " the ",
        " switched to ", " into ", " AI ", "x", "o1", "xAI", "a16z "]


@st.composite
def claim_texts(draw) -> str:
    pieces = []
    for _ in range(draw(st.integers(2, 12))):
        pieces.append(draw(st.sampled_from(ORGS) | st.sampled_from(PRODS) | st.sampled_from(["Grok", "it", "model"])))
        pieces.append(draw(st.sampled_from(GLUE)))
    return "".join(pieces)


def _plain_claims(text: str, names) -> list:
    """The windows of `_claims_in`, each searched at every position, on from the end of each claim
    (`finditer`), or from its product where the claim is a maker's name before its product
    (shape `org43`: "Amazon CodeWhisperer, Google's tool", whose product may start a claim of its own)."""
    out = []
    for lo, hi in A.claim_windows(text, names):
        pos = lo
        while (m := PLAIN_CLAIMS.search(text, pos, hi)) is not None:
            out.append(m)
            pos = m.start("prod43") if m.group("org43") is not None else max(m.end(), m.start() + 1)
    return out


def _same(fast, plain) -> None:
    assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in plain]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_texts())
@example("Baichuan AI A-100 by 01.AI (")  # a maker before its product, whose claim overlaps the first
def test_claims_at_name_starts_are_the_claims_of_the_windows(text):
    names = PATS._names(PATS.names, text)
    _same(list(A._claims_in(PATS, text, names)), _plain_claims(text, names))


def test_claims_of_real_texts():
    files = discover([ROOT / "examples"], ["*.md"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    checked = 0
    for _, _, texts in A._by_episode(batch):
        for text, names in zip(texts, PATS.names_in(texts)):
            fast = list(A._claims_in(PATS, text, names))
            _same(fast, _plain_claims(text, names))
            checked += len(fast)
    assert checked >= 2


def test_claims_found_by_starts():
    # a claim whose product is followed by a version the name scan does not take ("Llama4")
    for text in ["OpenAI (Gemini)", "Google's Claude", "Grok by Anthropic", "Qwen, developed by Microsoft",
                 "Claude is a model from OpenAI", "Google-developed Claude", "xx OpenAI (Gemini 1.5 Pro) yy"]:
        names = PATS._names(PATS.names, text)
        fast = list(A._claims_in(PATS, text, names))
        assert fast and [m.span() for m in fast] == [m.span() for m in _plain_claims(text, names)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(PATS.other_names) + ["o", "1", "x", "A", "I", "xA", "a1", "6z", " ",
                                                         "iPhon", "Phone", "nV", "11", "Labs", "o13"]),
                max_size=12).map("".join))
def test_other_probes_are_the_names_own_search(text):
    # (session 59: where a word starts, to `_NAME_END`, as `Patterns.names` finds a name; a plain
    # substring search found "fal" in "false")
    def found(f):
        start = r"(?<!\w)" if re.match(r"\w", f) else ""
        return re.search(start + re.escape(f) + A._NAME_END, text) is not None
    assert any(p.search(text) for p in PATS.other_probes) == any(found(f) for f in PATS.other_names)


def test_other_probes_cover_every_other_name():
    rng = random.Random(1)
    for f in PATS.other_names:
        text = "".join(rng.choice("abc ") for _ in range(20)) + " " + f + " end"
        assert any(p.search(text) for p in PATS.other_probes), f
        assert not any(p.search(text.replace(f, f[:-1] + " ")) for p in PATS.other_probes) or any(
            g in text.replace(f, f[:-1] + " ") for g in PATS.other_names)


PLAIN_ORGS = __import__("re").compile(rf"(?<![\w-])(?:{A.trie_pattern(ORGS)})(?!\w)")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_texts())
def test_maker_prefilter_is_the_plain_search(text):
    # A402 asks `orgs` whether a context names any maker: the look-behind after the first character
    # answers as the one before it
    for t in (text, text.lower(), "x" + text, "-" + text, text.replace(" ", "-")):
        assert (PATS.orgs.search(t) is None) == (PLAIN_ORGS.search(t) is None)


# names that are prefixes of other names ("Google" / "Google DeepMind"): where the shapes' tries
# must try the longer name first and the shorter one on backtracking
FORMS = sorted(set(ORGS) | set(PRODS))
PREFIXED = sorted({f for f in FORMS for g in FORMS if f != g and g.startswith(f)}
                  | {g for f in FORMS for g in FORMS if f != g and g.startswith(f)})
TIGHT_GLUE = GLUE + ["", "-", "'", "’", "'s", " (by ", " (from ", ")", " was developed by ", ", which is from ",
                     ", a product of ", ", the new chatbot from ", ", ", "'s flagship model", "’s model and ",
                     " is the newest model from ", " is a rival from ", "-built its ", " made the AI model ",
                     " 4", "4", "-4o", " Pro", " AI", "_", " into ", " from OpenAI ", "2.5 "]


@st.composite
def competing_texts(draw) -> str:
    """Texts where several shapes, and longer and shorter names, can match at one position."""
    pieces = []
    for _ in range(draw(st.integers(1, 10))):
        name = draw(st.sampled_from(PREFIXED) | st.sampled_from(ORGS) | st.sampled_from(PRODS))
        if draw(st.integers(0, 5)) == 0:
            name = name[:draw(st.integers(1, len(name)))]  # a prefix of a name, maybe no name
        pieces.append(name)
        pieces.append(draw(st.sampled_from(TIGHT_GLUE)))
    return "".join(pieces)


def _same_match(fast, plain) -> None:
    assert (fast is None) == (plain is None)
    if plain is not None:
        assert fast.span() == plain.span() and fast.group(0) == plain.group(0)
        assert fast.groupdict() == plain.groupdict()
        for name, value in plain.groupdict().items():
            assert fast.start(name) == plain.start(name), name
            assert fast.group(name) == value


def _match_everywhere(text: str, endpos: int | None = None) -> int:
    """`ClaimShapes.match` against the combined regex at every position of `text`; the matches."""
    endpos = len(text) if endpos is None else endpos
    found = 0
    for pos in range(len(text) + 1):
        plain = PLAIN_CLAIMS.match(text, pos, endpos)
        _same_match(PATS.claims.match(text, pos, endpos), plain)
        found += plain is not None
    return found


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(competing_texts(), st.integers(0, 40))
def test_claim_shapes_match_as_the_combined_regex(text, cut):
    _match_everywhere(text)
    _match_everywhere(text, max(0, len(text) - cut))  # an end position inside a name or a claim


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_texts())
def test_claim_shapes_match_as_the_combined_regex_on_claim_texts(text):
    _match_everywhere(text)


def test_claim_shapes_on_competing_names():
    # longer and shorter names, and several shapes, competing at one position
    found = 0
    for long in PREFIXED:
        for text in [f"{long} (Gemini)", f"{long}'s Claude", f"Grok by {long}", f"{long} (by OpenAI)",
                     f"{long}-developed Claude", f"{long} is a model from {long}", f"{long}4 (Google)",
                     f"{long}, a model from {long}", f"{long}, {long}'s flagship model",
                     f"{long}, developed by {long}"]:
            found += _match_everywhere(text)
    assert found > 100


def test_claim_shapes_on_real_texts():
    files = discover([ROOT / "examples"], ["*.md"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    found = 0
    for _, _, texts in A._by_episode(batch):
        for text in texts:
            if PATS.claims.starts.search(text):
                found += _match_everywhere(text)
    assert found >= 2


# A made-up glossary where makers and products share names and prefixes, so that shapes of
# both kinds, and longer and shorter names, compete at one position ("Acme (Nova)" is shape 1
# and shape 2; "Acme developed Gem (Nova)" is shape 6 with the maker "Acme" and shape 2 with
# the product "Acme developed Gem")
SYN_ORGS = {"Acme", "Acme Labs", "Open", "OpenAI", "Nova", "Gem Co"}
SYN_PRODS = {"Acme", "Acme 2", "Nova", "Nova Pro X", "Gem", "Gemini", "OpenAI Chat", "Acme developed Gem",
             "Acme Labs's"}
SYN = A._claim_shapes(SYN_ORGS, SYN_PRODS)
SYN_PLAIN = __import__("re").compile(SYN.plain_source())
SYN_GLUE = ["", " ", " (", ")", "(", " (by ", "'s ", "’ ", "-", " developed ", "-built the ", " by ",
            ", which was made by ", " from ", " is a new model from ", " is the ", " 2", " Pro", " Labs",
            " AI", ". ", "x", " into ", " developed Gem"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(SYN_ORGS | SYN_PRODS)) | st.sampled_from(SYN_GLUE), max_size=14).map("".join),
       st.integers(0, 12))
def test_claim_shapes_of_a_made_up_glossary(text, cut):
    for endpos in (len(text), max(0, len(text) - cut)):
        for pos in range(len(text) + 1):
            _same_match(SYN.match(text, pos, endpos), SYN_PLAIN.match(text, pos, endpos))


def test_claim_shapes_of_a_made_up_glossary_compete():
    # the first shape that matches wins, with the longest name it can take
    for text, group, name in [("Acme (Nova)", "org", "Acme"), ("Acme developed Gem (Nova)", "prod2", "Acme developed Gem"),
                              ("Acme Labs's Gem", "org3", "Acme Labs"), ("Acme Labs (Gem)", "org", "Acme Labs"),
                              ("Acme 2 by Nova", "prod4", "Acme 2"),
                              ("Acme 2x by Nova", "prod4", "Acme")]:  # "Acme 2" fails, "Acme" + version " 2x" does
        fast, plain = SYN.match(text, 0, len(text)), SYN_PLAIN.match(text, 0, len(text))
        _same_match(fast, plain)
        assert plain.group(group) == name, (text, plain.groupdict())


def test_names_compiled_only_for_names_without_a_capital():
    pats = A._patterns.__wrapped__(id(GL), GL)  # a fresh Patterns, `names` not yet compiled
    texts = ["OpenAI (Gemini) and Google's Claude", "", "Grok by Anthropic"]
    assert pats.names_in(texts) == [PATS._names(PATS.names, t) for t in texts]
    assert "names" not in vars(pats)
    texts.append("xAI's Grok and OpenAI's o1")
    assert pats.names_in(texts) == [PATS._names(PATS.names, t) for t in texts]
    assert "names" in vars(pats)
    assert [texts[-1][a:b] for a, b, _, _ in pats.names_in(texts)[-1]] == ["xAI", "Grok", "OpenAI", "o1"]


SPLIT_SHAPES = {"org", "prod2", "prod4", "prod5", "org6", "prod8", "prod12", "org14", "org15", "prod16", "org17", "prod18", "org19", "prod20", "prod22", "prod23", "org24", "org26", "prod27", "prod28", "org29", "prod35"}  # all but "org3", "prod7" and the rarely tried ones


def test_the_glossary_s_rests_are_split():
    # the equivalence tests above then cover the split rests
    split = {group for group, _, _, rest, _ in PATS.claims.shapes if rest is not None}
    assert split == SPLIT_SHAPES


# Made-up glossaries for the split rests: makers named like the connectives before a second name
# ("by", "from"), so that the split rest's later prefix (no "by") must be tried after the first
# fails; makers followed by a capitalised word after "from" (the guard); names like the words that
# the repeated parts of the prefixes take (qualifiers, kind words, "its"/"the", the words before
# "from"), so that several of the prefix's ends compete; and names that start with whitespace,
# where the rests must stay unsplit
SPLIT_GLOSSARIES = {
    "connectives": ({"by", "by Co", "from", "from Labs", "Acme", "Acme Labs", "Open"},
                    {"Nova", "Nova 2", "Gem", "by the way", "from"}),
    "words": ({"Acme", "Acme Labs", "by", "from", "the", "Open", "team"},
              {"AI", "AI Studio", "new", "new AI", "model", "models", "Nova", "Nova 2", "its", "the Gem", "open source",
               "Gem", "LLM", "family", "reasoning model"}),
    "whitespace": ({" Acme", "Acme", "by", "\tOpen"}, {" Nova", "Nova", "Gem", "\nGem 2"}),
}
SPLIT_GLUE = ["", " ", "  ", "\t", " (", "( ", ")", " )", " (by ", "(by  ", " (from ", "(from", " by ", " from ",
              ", which was made by ", ", developed by ", " was built by ", " is by ", " 2", " v3", " Pro", " Labs",
              " Co", "-", ". ", "x", "'s ", " is a model from ", " developed ", " Zeta", " zeta", "\n",
              "'s new ", "’s newest AI model ", "'s open-source ", " open source ", " AI ", " model ", " new ",
              "-developed ", " developed its ", " built the ", " trained their new ", " made the ", " is a ",
              " is the ", " was an ", " is an open model by the team from ", " was the first one of them by ",
              " into", " on ", " for", "s ", " latest ", " LLMs "]
# after a product and a comma, a maker's name and these ("Gemini, OpenAI's flagship model")
APPOSED = ["'s flagship model", "’s model and ", "'s model, or ", "'s AI", "'s tool", "'s new LLM.", "'s models"]


@pytest.mark.parametrize("name", sorted(SPLIT_GLOSSARIES))
def test_split_rests_of_made_up_glossaries(name):
    orgs, prods = SPLIT_GLOSSARIES[name]
    shapes = A._claim_shapes(orgs, prods)
    plain = __import__("re").compile(shapes.plain_source())
    split = {group for group, _, _, rest, _ in shapes.shapes if rest is not None}
    assert split == (set() if name == "whitespace" else SPLIT_SHAPES)
    names, words = sorted(orgs | prods), sorted(orgs | prods) + SPLIT_GLUE + [" (", " ( ", "("] * 3
    rng = random.Random(name)
    found = Counter()
    rng2 = random.Random(name + "apposition")
    for k in range(4000):
        text = "".join(rng.choice(names) + rng.choice(words) + rng.choice(["", "", ")", " )"])
                       for _ in range(rng.randint(1, 5)))
        if k % 4 == 0:  # a product, a comma and a maker's name ("Gemini, OpenAI's flagship model")
            text += (rng2.choice(sorted(prods)) + rng2.choice([", ", ",  ", ", the ", ",", ",\n"])
                     + rng2.choice(sorted(orgs) + names) + rng2.choice(APPOSED * 4 + words))
        for endpos in {len(text), max(0, len(text) - rng.randint(0, 8))}:
            for pos in range(len(text) + 1):
                m = plain.match(text, pos, endpos)
                _same_match(shapes.match(text, pos, endpos), m)
                if m is not None:
                    found.update(g for g in ("org2", "org4", "org5", "prod6", "org7", "org8") if m.group(g))
                    found["org"] += bool(m.group("org") and m.group("prod"))
    assert min(found[g] for g in ("org", "org2", "org4", "org8")) >= 10, found
    if name == "words":
        assert min(found[g] for g in ("org5", "prod6")) >= 10, found


def test_split_rests_connectives_compete():
    orgs, prods = SPLIT_GLOSSARIES["connectives"]
    shapes = A._claim_shapes(orgs, prods)
    plain = __import__("re").compile(shapes.plain_source())
    for text, group, name in [("Nova (by Acme)", "org2", "Acme"), ("Nova (by)", "org2", "by"),
                              ("Nova (by Co)", "org2", "by Co"), ("Nova (from Labs)", "org2", "from Labs"),
                              ("Nova by Acme", "org4", "Acme"), ("Nova from Acme", "org4", "Acme"),
                              ("Gem from Acme Labs", "org4", "Acme Labs"), ("Gem by Acme Labs", "org4", "Acme Labs"),
                              ("Gem from Acme Labs Zeta", None, None),
                              ("Gem from Open Zeta", None, None), ("Gem by Open Zeta", "org4", "Open")]:
        fast, m = shapes.match(text, 0, len(text)), plain.match(text, 0, len(text))
        _same_match(fast, m)
        assert (m.group(group) if m else None) == name, (text, m and m.groupdict())
