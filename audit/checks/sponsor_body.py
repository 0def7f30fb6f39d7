"""Ad reads in the file's Markdown body, where a file carries its transcript there.

The seed's files hold no transcript after the front matter, only the pipeline's HTML comments, and
the sponsor rules find ad reads in the NER entries' windows (`sponsor.find_ads`). Some files carry
a transcript excerpt in the body, with the ad reads whole. There an ad read is a stretch of a
paragraph that an announcement opens ("This episode is brought to you by Ramp", "Let me pause here
for a word from Ridgeline": `rules/sponsor.yaml` `opening_markers`), that holds a call to action
(an address, a code, a free trial: `closing_markers`) and that ends at the paragraph's end or where
the host turns back to the conversation ("Back to Gavin.": `end_markers`, `resumption`); an
announcement that ends its paragraph goes on into the next. A read whose call to action is not yet
said at its paragraph's end runs on over the next paragraphs of one voice (a host's read of two
paragraphs, or the announcer's turns after "Quick break, and then robots."), and a paragraph an
announcer voices ("**Announcer:** When it comes to hiring, ...") opens one. The rest of the body, without the
announcements and thanks outside the reads ("And thank you to our partners X and Y."), is the
conversation.

Quotes and insights whose words are those of a read and not of the conversation are ad copy
(P801), and entities named in the reads and nowhere in the conversation, the other quotes or the
title are the sponsors and the things of their ads (P802).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .. import regexcache

MIN_BODY = 400  # characters of body text (HTML comments left out) below which it holds no transcript
MAX_READ = 1500  # characters an ad read runs at most, where the body has no paragraphs to end it
COPY_SHARE = 0.6  # the share of a text's word 4-grams found in the reads that makes it their copy
MIN_GRAMS = 3  # and the fewest 4-grams a text must have for the share to say anything

_COMMENT = regexcache.compile(r"<!--.*?-->", re.S)
_HEADING = regexcache.compile(r"(?m)^#.*$")
# a blank line, or a line break before a speaker's label (a transcript of one turn a line,
# "[00:06:31] Patrick O'Shaughnessy: ...", has a paragraph a turn; a label is a timestamp or bold
# markup before a name, or up to four capitalised words, and its colon)
_PARAGRAPH_BREAK = regexcache.compile(
    r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:(?:\[[\d:.]{1,12}\][ \t]*(?:\*\*|__)?|\*\*|__)[A-Z][A-Za-z.'’ ()-]{0,40}?"
    r"(?::(?:\*\*|__)|(?:\*\*|__)?:)|[A-Z][A-Za-z.'’-]*(?: [A-Z(][A-Za-z.'’()-]*){0,3}:[ \t]))")
# the white space after a sentence's end; not after an initial ("J.P. Morgan") or a title ("Dr.")
_SENTENCE_BREAK = regexcache.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|vs)\.)(?<!\bMrs\.)[\"”’')\]]*\s+|^\s+")
_ALNUM = regexcache.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class BodyReads:
    reads: tuple[str, ...]  # the ad reads' texts
    talk: str  # the rest of the body: the conversation, the reads and announcements blanked out
    sponsors: frozenset[str]  # the names the announcements give ("brought to you by Ramp"), not in the talk
    grams: tuple[frozenset, frozenset] = (frozenset(), frozenset())  # the word 4-grams of the talk, of the reads


# a body this long (characters) is a transcript that can vouch for the spellings of what was said (M306)
MIN_TRANSCRIPT = 200


def body_text(ep) -> str:
    """The Markdown body after the front matter, its HTML comments and headings left out ("" when
    the file has none); cleaned once per episode, for every rule that reads it."""
    if not getattr(ep, "body_start", 0):
        return ""
    if (body := getattr(ep, "_body", None)) is not None:
        return body
    body = ep.text[ep.body_start:]
    if "<!--" in body:
        body = _COMMENT.sub(" ", body)
    if "#" in body:
        body = _HEADING.sub(" ", body)
    ep._body = body
    return body


# a transcript line's timestamp and speaker label ("[00:12:03] Kevin Roose:", "**Host:**")
_TURN_LABEL = regexcache.compile(r"^[ \t]*(?:\[[\d:.]{1,12}\][ \t]*)?(?:(?:\*\*|__)?[A-Z][A-Za-z.'’ ()-]{0,40}?"
                                 r"(?::(?:\*\*|__)|(?:\*\*|__)?:))?[ \t]*", re.M)
_SPACES = regexcache.compile(r"\s+")


def speech_text(ep) -> str | None:
    """The words the file's transcript says: its body (`body_text`) without the turns' timestamps
    and speaker labels, spaces collapsed; None when the body holds no transcript (fewer than
    `MIN_TRANSCRIPT` characters). Once per episode."""
    if ep._speech is None:
        body = body_text(ep)
        ep._speech = _SPACES.sub(" ", _TURN_LABEL.sub("", body)) if len(body) >= MIN_TRANSCRIPT else ""
    return ep._speech or None


def _sentence_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of text[start:stop], as spans of `text`: they end at . ! or ? before white
    space (a period inside "J.P." or "ramp.com" ends none); the white space between is left out."""
    out = []
    i = start
    for m in _SENTENCE_BREAK.finditer(text, start, stop):
        if m.start() > i:
            out.append((i, m.start()))
        i = m.end()
    if i < stop and not text[i:stop].isspace():
        out.append((i, len(text[:stop].rstrip())))
    return out


def find_body_reads(ep, kn, confirm: Callable[[str], bool], grams: Callable[[str], set]) -> BodyReads | None:
    """The ad reads of `ep`'s body, or None when the body holds no transcript or no read. A read
    opens at a sentence with an announcement (`kn.opening`), or at an announcer's paragraph, and
    runs to its paragraph's end, or to the host's turn back to the conversation, or MAX_READ
    characters on; an announcement that ends its paragraph ("Before we dive in, we want to thank
    our friends at X.") goes on into the next one, the read itself, and a read without its call
    to action yet runs on (`_run_on`). A read holds a call to action (`kn.closing`) and is one by the
    sponsor rules' own test, `confirm` (a strong marker that is no citation). `grams` gives a
    text's word 4-grams (the sponsor rules' shingles)."""
    if kn.opening is None or kn.closing is None:
        return None
    body = body_text(ep)
    if len(body.strip()) < MIN_BODY or (kn.opening.search(body) is None and _AD_VOICE_LINE.search(body) is None):
        return None
    paragraphs, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(body)))
    sentences = [(s, e, p) for p, (a, b) in enumerate(paragraphs) for s, e in _sentence_spans(body, a, b)]
    spans: list[tuple[int, int]] = []  # (start, stop) of each read
    k = 0
    # the paragraphs voiced by an announcer ("**Announcer:** When it comes to hiring, ..."): a read
    # opens at the first sentence of each, announced or not
    voiced = {p for p in range(len(paragraphs))
              if (m := _SPEAKER.match(body, paragraphs[p][0])) is not None and _AD_VOICE.fullmatch(m.group(1).strip())}
    while k < len(sentences):
        s, e, p = sentences[k]
        if (kn.opening.search(body, s, e) is None and not (p in voiced and (k == 0 or sentences[k - 1][2] != p))) \
                or _asks(body, s, e):
            k += 1
            continue
        last = k
        for n in range(k + 1, len(sentences)):
            s2, e2, p2 = sentences[n]
            if p2 != sentences[last][2] and last != k:  # the paragraph ended: so does the read
                break
            if s2 - s > MAX_READ or _turns_back(body, s2, e2, kn):
                break
            last = n
        if kn.closing.search(body, s, sentences[last][1]) is None:
            last = _run_on(body, sentences, k, last, kn)
        stop = sentences[last][1]
        if kn.closing.search(body, s, stop) is not None and confirm(body[s:stop]):
            last = _fine_print(body, sentences, _later_call(body, sentences, s, last, kn))
            stop = sentences[last][1]
            spans.append((s, stop))
            k = last + 1
        else:
            k += 1
    if not spans:
        return None
    # the talk: the body without the reads, nor the sentences outside them that are ad markers by
    # themselves ("And thank you to our partners X and Y.", "Before we start, a word from our
    # sponsors.", "... at mintmobile.com/pivot."; not "the hackathon OpenAI sponsored")
    talk = list(body)
    for s, stop in spans:
        talk[s:stop] = " " * (stop - s)
    announcements = []  # the sentences of the reads with an announcement
    for s, e, _ in sentences:
        if any(a <= s < b for a, b in spans):
            if kn.opening.search(body, s, e) is not None:
                announcements.append(body[s:e])
        elif confirm(body[s:e]):  # a thank-you, an announcement or a call to action, no talk
            talk[s:e] = " " * (e - s)
    talk_text = "".join(talk)
    sponsors = frozenset(name for sentence in announcements for name in _announced(sentence, kn)
                         if not mentions(name, talk_text))
    reads = tuple(body[s:stop] for s, stop in spans)
    return BodyReads(reads, talk_text, sponsors, (frozenset(grams(talk_text)), frozenset(grams("\n".join(reads)))))


def _run_on(body: str, sentences: list, k: int, last: int, kn) -> int:
    """The last sentence of a read that opens at sentences[k] and holds no call to action by
    sentences[last]: the read runs on over the next paragraphs, each a voice's turn ("Quick break,
    and then robots." then two turns of the announcer's; a host's read of two paragraphs, the offer
    in the second), to the end of the paragraph with the call, while no paragraph turns back to the
    conversation or holds unscripted speech, and within MAX_READ characters of the opening. With no
    call so found, `last` stands."""
    s, opened = sentences[k][0], sentences[k][2]
    # (the voice of the opening's paragraph; the run's paragraphs are all one voice's, and another
    # voice's only after an announcement at its paragraph's end: "Let's take a quick break. When
    # we come back, ...")
    opener = _speaker(body, opened, sentences)
    near_end = sum(1 for x in sentences[k + 1:last + 2] if x[2] == opened) <= 1
    voice = None
    for n, stop, who in _turns(body, sentences, last + 1):
        if voice is None:
            voice = who
            if who != opener and not near_end:
                return last
        a, b = sentences[n][0], sentences[stop][1]
        if who != voice or not _reads_on(body, sentences, n, stop, s, kn):
            return last
        if kn.closing.search(body, a, b) is not None:
            return stop
    return last


def _turns(body: str, sentences: list, n: int):
    """(first sentence, last sentence, speaker label) of each paragraph from sentences[n] on: a
    voice's turn, in a transcript of one turn a paragraph."""
    while n < len(sentences):
        p = sentences[n][2]
        stop = n
        while stop + 1 < len(sentences) and sentences[stop + 1][2] == p:
            stop += 1
        yield n, stop, _speaker(body, p, sentences)
        n = stop + 1


def _reads_on(body: str, sentences: list, n: int, stop: int, s: int, kn) -> bool:
    """Can a read that opened at `s` run on over the paragraph of sentences[n:stop + 1]: within
    MAX_READ characters of its opening, no turn back to the conversation at its start and no
    hedges of unscripted speech in it?"""
    a, b = sentences[n][0], sentences[stop][1]
    return b - s <= MAX_READ and not _turns_back(body, a, sentences[n][1], kn) and not _hedged(body, a, b, kn)


_LATER_CALL_TURNS = 3  # the most turns of the read's voice a later call to action may stand after the first


def _later_call(body: str, sentences: list, s: int, last: int, kn) -> int:
    """The last sentence of a read whose first call to action ends at sentences[last], where the
    same voice goes on reading, within a few turns and MAX_READ characters of its opening, to a
    later call ("... they'll replace them for free." then "Every pair is backed by a lifetime
    warranty." then "Go to shadyrays.com and use code ..."): the read runs to that one. Not past a
    turn of another voice, a turn back to the conversation or unscripted speech."""
    voice = _speaker(body, sentences[last][2], sentences)
    if voice is None:
        return last
    end = last
    for _, (n, stop, who) in zip(range(_LATER_CALL_TURNS), _turns(body, sentences, last + 1)):
        if who != voice or not _reads_on(body, sentences, n, stop, s, kn):
            break
        if kn.closing.search(body, sentences[n][0], sentences[stop][1]) is not None:
            end = stop
    return end


# the small print read after an ad's call to action ("Offer terms apply.", "Brokerage services
# are offered by X, member FINRA and SIPC.", "Taxes and fees extra. See site for details.")
_FINE_PRINT = regexcache.compile(
    r"(?i:\b(?:terms\s+(?:and\s+conditions\s+)?apply|restrictions\s+apply|conditions\s+apply|see\s+(?:site|website|"
    r"[\w.]+\.com)\s+for\s+(?:details|terms)|member\s+(?:FINRA|SIPC|FDIC)|FDIC[- ]insured|not\s+FDIC|"
    r"taxes\s+and\s+fees|not\s+(?:investment|financial|tax|legal)\s+advice|risk\s+of\s+loss|past\s+performance|"
    r"offer\s+(?:valid|ends|expires)|for\s+new\s+customers\s+only|new\s+customers\s+(?:on|only)|"
    r"(?:payment|purchase)\s+(?:of\s+[^.]{1,40}\s+)?required|subject\s+to\s+(?:approval|availability|change))\b)")


def _fine_print(body: str, sentences: list, last: int) -> int:
    """The last sentence of a read that ends at sentences[last] with its call to action, carried
    on over the small print that follows in the same voice (`_FINE_PRINT`), sentence by sentence,
    in its paragraph or the next ones of that voice."""
    voice = _speaker(body, sentences[last][2], sentences)
    n = last + 1
    while n < len(sentences):
        s, e, p = sentences[n]
        if p != sentences[last][2] and _speaker(body, p, sentences) != voice:
            break
        if _FINE_PRINT.search(body, s, e) is None:
            break
        last, n = n, n + 1
    return last


def _hedged(body: str, a: int, b: int, kn) -> bool:
    """Does body[a:b] hold the hedges of unscripted speech ("I think", "you know")? Not a question
    mark alone: an ad asks its own ("Hiring? Indeed is all you need.")."""
    return kn.unscripted is not None and any(m.group() != "?" for m in kn.unscripted.finditer(body, a, b))


# a paragraph's speaker label ("**Announcer:**", "[00:04:46] **Cade Massey:**", "RANJAN ROY:",
# "Keisha (listener):")
_SPEAKER = regexcache.compile(r"\s*(?:\[[\d:.]{1,12}\]\s*)?(?:\*\*|__)?([A-Z][A-Za-z.'’ ()-]{0,40}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)")


# the labels of a voice that reads ads, not a person of the conversation
_AD_VOICE = regexcache.compile(r"(?i:announcer|ad|ads|ad read|advert|advertisement|sponsor|sponsor read|promo|commercial|"
                               r"voice-?over|VO)")


_AD_VOICE_LINE = regexcache.compile(r"(?m)^\s*(?:\[[\d:.]{1,12}\]\s*)?(?:\*\*|__)?" + _AD_VOICE.pattern
                                    + r"(?::(?:\*\*|__)|(?:\*\*|__)?:)")


def _speaker(body: str, p: int, sentences: list) -> str | None:
    """The speaker label of the paragraph `p` (of its first sentence), or None."""
    first = next((x[0] for x in sentences if x[2] == p), None)
    if first is None:
        return None
    m = _SPEAKER.match(body, first)
    return m.group(1).strip() if m is not None else None


# the name an announcement gives after its marker, past a few lowercase words ("brought to you
# by Ramp", "a word from our friends at J.P. Morgan Payments"): capitalised words, initials too
_ANNOUNCED = regexcache.compile(r"(?:[\s,]+[a-z]+(?:['’]s)?){0,6}?[\s,]+((?:[A-Z][\w&'’-]*\.?|[A-Z]\.)(?:\s*[A-Z][\w&'’-]*\.?|\s*[A-Z]\.){0,3})")


def _announced(sentence: str, kn) -> list[str]:
    """The names the announcement in `sentence` gives as its sponsor."""
    out = []
    for m in kn.opening.finditer(sentence):
        if (n := _ANNOUNCED.match(sentence, m.end())) is not None:
            name = n.group(1).rstrip(".")
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            if len(name) >= 2:
                out.append(name)
    return out


def mentions(name: str, text: str) -> bool:
    """`name` as a whole word of `text` (a substring test first: most names are not there)."""
    if not isinstance(text, str) or name not in text:
        return False
    return word_pattern(name).search(text) is not None


@lru_cache(maxsize=4096)
def word_pattern(name: str) -> re.Pattern:
    """`name` as a whole word, compiled once per name (`re`'s own cache is looked up by the
    pattern's text, built anew at each call)."""
    # (the literal first, the test of the character before it after it: the engine then skips to
    # the name's occurrences in C, where a leading lookbehind is tried at every position)
    return re.compile(re.escape(name) + r"(?<![\w-]" + r"[\s\S]" * len(name) + r")(?![\w-])")


def _asks(text: str, s: int, e: int) -> bool:
    """Is the sentence a question (talk about ads, "Do you sponsor anything?"), no announcement?"""
    return text[s:e].rstrip("\"”’')] ").endswith("?")


def _turns_back(text: str, s: int, e: int, kn) -> bool:
    """Does the sentence turn back to the conversation ("Back to Gavin.", "And now, back to the
    show.")?"""
    sentence = text[s:e]
    return (kn.end.search(sentence) is not None
            or (kn.resumption is not None and kn.resumption.search(sentence) is not None))


def squashed(name: str) -> str:
    """`name` lowercase with every character but letters and digits taken out ("J.P. Morgan" ->
    "jpmorgan"), to compare it with an address."""
    return _ALNUM.sub("", name.lower())
