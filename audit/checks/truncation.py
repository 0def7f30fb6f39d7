"""Truncation: text cut mid-word or mid-sentence, and insight extractions that no longer stand alone.

A text is cut when it ends on a word that is only the start of a word ("doing le", "the
alignm"), on a word that cannot end a sentence ("one of the"), or on a comma. The grammar of where
a clause can end is in `clause_end.py`; its words come from `rules/truncation.yaml` and wordfreq.
Every test looks at the last words only, so a corpus costs one short regex per text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter

from ..findings import Fix, Severity
from ..glossary import glossary
from ..wordlist import at_least, top_words
from .base import Rule, scalar_edit
from .misspelling import parse_other_meanings
from .sponsor_body import body_text, speech_text
from .clause_end import (_CLAUSE_WORDS, _DONE_CHARS, _LETTERS, TruncationWords, _done, _last_word, _plural_like, _verb_form,
                         cut_before_adverb, cut_ending, truncation_words)
from .. import regexcache

_WORD = regexcache.compile(r"[\w'’-]+")
# "we should | run that could ...": the extraction starts at the verb after a modal
# "the robots that win will be the | ones that learn ...": the extraction lost its noun's article
# "the biggest | risk in legal AI is ...": or its article and the one word after it, at a clause start
# ("this is | what ..." is no article: this, these and those are pronouns too)
_ARTICLE_BEFORE = regexcache.compile(r"(?<![\w'’-])(?:the|a|an|this|these|those|its|their|our|my|your)\s+$"
                             r"|(?:^|[.!?;:,]\s+)(?:the|a|an|its|their|our|my|your)\s+[\w'’-]+\s+$", re.I)
_MODAL_BEFORE = regexcache.compile(r"\b(?:should|must|can|could|will|would|need\s+to|have\s+to|ought\s+to|to)\s+$", re.I)
# (list key, item key) of the texts checked for cuts, in the order they are reported; NER windows
# are cut by design (at both ends, inside words: the pipeline's and the hand-written alike), so
# only the descriptive (LLM) entity contexts (without `position`) are checked
_FIELDS = (("quotes", "text"), ("quotes", "impact_reason"), ("insights", "text"), ("companies", "context"))


class TruncatedText(Rule):
    """## What it does
    Flags a quote, impact reason, insight, LLM entity context or summary that was cut, and a
    title that ends on the start of a word ("... Scaled to Forty Locati"; an NER transcript
    window is cut inside words at both ends by design and is not read). A text is cut when it ends on
    the start of a word or a name ("... going to be doing le", "... the alignm", "... we point
    Claud"), on a word that cannot end a sentence ("... one of the", "... and", "... that's"), or on
    a comma or dash; or a quote is shorter than its own `length` field and ends without a period.
    Speech leaves words out that it understands, so a quote is cut on a whole word only when its
    last clause stays open: a preposition outside a relative clause ("... comes down to"; not "the
    customers we sell to", "what they pay for", "the moat that nobody talks about"), 'to' for a
    left-out verb ("... we wanted the engineers to"; not "you don't have to"), an auxiliary after a
    noun ("... and the robots will"; not "I think they will", "more than the models can") or
    "has"/"have" after a pronoun, a relative pronoun after its noun ("the ones who", ", which"), ",
    then", "that this", a subject and an adverb ("... they always"); or when it ends on a word that
    wants the next one: a verb without its object after its subject ("... and said they needed";
    not "the product we need", "what they want", "it is needed"), the object of 'let' without its
    verb, an adjective after a determiner ("... we trained a single"; not "the best", "on our
    own"), an adverb of degree ("... were pretty"), a preposition after a noun that is no
    particle ("... is a wrapper around"; not "we turned it around"); a clause after 'is (that)' or
    a condition that lost its verb ("... the thing is they are", "If you give them tools, they
    will"), an auxiliary after a relative clause or a free relative ("the reason we built it was",
    "what we found was", "all you have to do is", "... have always been"), a subject pronoun,
    'when', 'while' or 'how' before their clause ("... and honestly I", "... is that you", "...
    works in production when"), an adjective after 'a' and an adverb ("... a really big", "an
    incredible"), 'that' after a noun ("... problems in biology that"), a relative clause after a
    comma whose verb lost its object ("..., which costs"), a main clause after a condition that is
    only its subject ("If the supplier is late, you"), 'worth' without what something is worth
    ("... a risk worth"; not "their own worth", "for what it's worth"). A negative subject or a
    pair of clauses may leave a verb's object out ("... and nobody replaces", "we ship, they
    copy"), and a name that is a word of English ends a sentence ("... runs on Neuron"; not "...
    in Bruss", "... at Ama" of Amazon). Fillers set off by commas
    (", you know,") are read past; speech that breaks off on a spaced dash ("and then —") is
    whole. A trail-off "..." after a word
    that cannot end a sentence is a cut ("... because..."; not "you get both..."), and so is a
    bracket or quotation opened and never closed. Texts ending in a period, question mark, quote or
    bracket are complete; quotes without a final period (the length/topics shape) are fine when
    their last word is whole, unless another text of the episode (an NER transcript window, the
    other pass's copy of the quote) shows the same words going on inside that word ("... the
    entire fund" where a window reads "the entire funding round"). An LLM entity context or an
    impact reason that ends on a word with no mark is cut when the episode's other ones (four or
    more, all but a fifth) end their sentences ("... menu changes and lab"). Where the file carries
    its transcript, a quote or insight ending on a word whose words the speaker says on in the same
    sentence is cut ("... the close goes from two weeks" | "to a few days"), and so is a quote that
    opens on a lowercase word the speaker said mid-sentence ("If AI does | in ten minutes ..."; not
    after "and", "but" or "because", which a whole clause may be quoted without). Word lists live in
    `rules/truncation.yaml`.

    ## Why it matters
    A cut quote misquotes the speaker and reads as a bug in the product.

    ## Example
    ```yaml
    quotes:
    - text: I think that there are a bunch of different labs that are going to be doing le   # flagged
    - text: I think that there are a bunch of different labs doing different things.        # fine
    ```

    ## Fix safety
    No fix: the missing words are not in the file.
    """

    code = "T701"
    name = "truncated-text"
    family = "truncation"
    severity = Severity.ERROR
    summary = "Text cut mid-word or mid-sentence (... doing le)"

    def check(self, batch):
        words, gl = truncation_words(batch.knowledge), glossary(batch.knowledge)
        vocab: dict[int, Counter] = {}  # id(episode) -> its words, counted (only where asked)
        joined: dict = {}  # id(episode) -> its texts (a list), then one a line, spaces collapsed (only where asked)
        reported: dict[int, set[str]] = {}  # episode's index -> the paths found cut
        for n, (ep, texts) in _unfinished_texts(batch):
            for path, text, length in texts:
                stripped = text.rstrip()
                if length == _WORD_ONLY:  # a title: only a cut word tells, or a heading that goes on from it
                    cut = _cut_word(path, stripped, words, gl, lambda w, ep=ep: _used_whole(batch, ep, w, vocab))
                    if cut is None and path == "title":
                        cut = _title_in_heading(ep, stripped)
                    if cut is None:
                        continue
                elif stripped.endswith(_TRAIL):  # "... and we keep choosing the wrong one because..."
                    body = stripped.rstrip(".…").rstrip()
                    cut = cut_ending(body, words, gl, prose=True, trailed=True) if body and body[-1] in _LETTERS else None
                    if cut is not None:
                        cut = (cut[0], len(stripped), cut[2] + ", and trails off")
                else:
                    cut = cut_ending(text, words, gl, prose=is_prose(path),
                                     used_whole=lambda w, ep=ep: _used_whole(batch, ep, w, vocab))
                if cut is None and length != _WORD_ONLY and stripped[-1:].isalpha():
                    cut = cut_before_adverb(text, words, gl, prose=is_prose(path),
                                            used_whole=lambda w, ep=ep: _used_whole(batch, ep, w, vocab))
                if cut is None and stripped[-1:].isdigit():
                    cut = _number_cut(stripped)
                if cut is None and not _done(stripped):
                    cut = _unbalanced(stripped)
                if cut is None and not _done(stripped):
                    cut = _continued_elsewhere(batch, ep, stripped, joined)
                if cut is None and stripped[-1:].islower() and not _done(stripped):
                    cut = _name_cut_short(batch, ep, stripped, joined)
                if cut is None and length is not None and length - len(text) >= 3 and not _done(text.rstrip()):
                    found = _last_word(text.rstrip())
                    if found is not None:  # the pipeline measured a longer text than the file holds
                        cut = (found[0], found[1], f"it is {length - len(text)} characters shorter than its "
                                                     f"length ({length}), and ends without a period")
                if cut is None and path == "summary" and stripped[-1:].islower():
                    cut = _unended_summary(stripped)
                if cut is None and path.endswith(_PEER_FIELDS) and stripped[-1:].isalnum():
                    cut = _unended_among_ended(ep, path, stripped)
                if cut is None:
                    continue
                if path not in ep.scalars:
                    continue
                if length != _WORD_ONLY and _ends_elsewhere(batch, ep, stripped, joined):
                    continue  # a transcript window ends the sentence where the text does ("... and nobody has. SMIC ...")
                a, b, why = cut
                start, end, _ = ep.locate(path, a, b)
                reported.setdefault(n, set()).add(path)
                yield ep.finding(self, path=path, start=start, end=end, evidence=text[a:b],
                                 message=f"{path.split('.')[-1].replace('_', ' ').capitalize()} is cut: {why}")
        # a quote or an insight whose words the file's transcript says on, in the same sentence
        # ("... the close goes from two weeks" where the speaker goes on "to a few days")
        for table in ("quotes", "insights"):
            for n, i, text in batch.rows(table, "ep", "index", "text"):
                path = f"{table}[{i}].text"
                if not isinstance(text, str) or path in reported.get(n, ()):
                    continue
                ep = batch.episodes[n]
                if (speech := speech_text(ep)) is None or path not in ep.scalars:
                    continue
                if (cut := _said_on(text, speech)) is None and (table == "insights" or (cut := _said_before(text, speech, words)) is None):
                    continue
                a, b, why = cut
                start, end, _ = ep.locate(path, a, b)
                yield ep.finding(self, path=path, start=start, end=end, evidence=text[a:b], message=f"Text is cut: {why}")
        # a quote or an insight cut at its start, inside a word ("obably the hardest part is ...",
        # "ernment doesn't know"): a lowercase first word that is no word of English nor a name, and
        # the end of a common one
        for table in ("quotes", "insights"):
            for n, i, text in batch.rows(table, "ep", "index", "text"):
                if not isinstance(text, str) or not text[:1].islower() or (cut := _cut_at_start(text, gl, words)) is None:
                    continue
                ep = batch.episodes[n]
                path = f"{table}[{i}].text"
                if path in ep.scalars:
                    start, end, _ = ep.locate(path, 0, len(cut))
                    yield ep.finding(self, path=path, start=start, end=end, evidence=cut,
                                     message=f"Text is cut: starts on {cut!r}, the end of a word cut off")
        # a quote cut at its start: a relative clause without the noun it tells of ("which is still
        # the best rehearsal space in the country"), no question ("which is better?")
        for n, i, text in batch.rows("quotes", "ep", "index", "text"):
            if (not isinstance(text, str) or not text[:1].islower() or text.split(None, 1)[0] not in words.relative_starts
                    or text.rstrip().endswith("?")):
                continue
            ep = batch.episodes[n]
            path = f"quotes[{i}].text"
            if path not in ep.scalars:
                continue
            word = text.split(None, 1)[0]
            start, end, _ = ep.locate(path, 0, len(word))
            yield ep.finding(self, path=path, start=start, end=end, evidence=word,
                             message=f"Text is cut: starts on {word!r}, a relative clause without the noun it tells of")
        for ep in batch.episodes:
            summary = ep.data.get("summary")
            if not isinstance(summary, str) or "#" not in summary or "summary" not in ep.scalars:
                continue
            for at, paragraph, before in (*((at, p, "its next heading") for at, p in _sections_cut_short(summary)),
                                          *((at, p, "its next item") for at, p in _items_cut_short(summary))):
                cut = cut_ending(paragraph, words, gl, prose=True,
                                 used_whole=lambda w, ep=ep: _used_whole(batch, ep, w, vocab))
                if cut is None:
                    continue
                a, b, why = cut
                start, end, _ = ep.locate("summary", at + a, at + b)
                yield ep.finding(self, path="summary", start=start, end=end, evidence=paragraph[a:b],
                                 message=f"Summary is cut before {before}: {why}")


_FIRST_WORD = regexcache.compile(r"[a-z]{2,}(?=[\s,;:.!?])")
_WORD_END_WORDS = 30_000  # the common words whose ends a cut start is looked up in
_NO_WORD_ZIPF = 1.5  # a first word rarer than this is no word of English


@lru_cache(maxsize=1)
def _word_ends() -> frozenset[str]:
    """The ends (three letters or more, not the whole word) of the most common English words."""
    return frozenset(w[i:] for w in top_words(_WORD_END_WORDS) if w.isalpha() and w.isascii()
                     for i in range(1, len(w) - 2))


def _cut_at_start(text: str, gl, words: TruncationWords) -> str | None:
    """The first word of `text` when it is the end of a cut word: lowercase letters, no English
    word and no name, the end of a common word ("obably" of "probably"), or a suffix that is no
    word by itself (`start_stubs`: "ing out the data labeling business")."""
    m = _FIRST_WORD.match(text)
    if m is None:
        return None
    word = m.group(0)
    if word in words.start_stubs:
        return word
    if len(word) < 3 or at_least(word, _NO_WORD_ZIPF) or gl.lookup(word) is not None or word not in _word_ends():
        return None
    return word


# a summary's last paragraph of at least this many words that ends on a bare lowercase word, after
# paragraphs that end their sentences, was cut
_UNENDED_WORDS = 8
_SENTENCE_END_BEFORE_BREAK = regexcache.compile(r"[.!?:)*”\"'’]\s*\n")


def _unended_summary(stripped: str) -> tuple[int, int, str] | None:
    """(start, end, why) when the summary's last paragraph, plain prose of `_UNENDED_WORDS` words
    or more, ends on a lowercase word with no mark after it while an earlier paragraph ends its
    sentence ("... anyone tracking whether the AI capex cycle can keep"): the LLM writes whole
    sentences, so the end was cut off; else None. A list item or a heading may end bare."""
    at = stripped.rfind("\n") + 1
    last = stripped[at:]
    if (at == 0 or last.lstrip()[:1] in ("#", "-", "*", "|", "+") or last.lstrip()[:2].rstrip(".").isdigit()
            or len(last.split()) < _UNENDED_WORDS or _SENTENCE_END_BEFORE_BREAK.search(stripped, 0, at) is None):
        return None
    found = _last_word(stripped)
    if found is None:
        return None
    return found[0], found[1], "its last paragraph ends mid-sentence, with no mark after its last word"


# an LLM entity context or impact reason that ends on a word or a number with no mark after it,
# where at least `_ENDED_PEERS` of the episode's others of its kind end their sentences and at most
# `_UNENDED_PEERS_SHARE` of them do not, was cut: the LLM writes its descriptions as whole sentences
# ("... answering questions about sales, menu changes and lab" among contexts that all end in a period)
_PEER_FIELDS = (".context", ".impact_reason")
_ENDED_PEERS = 4
_UNENDED_PEERS_SHARE = 0.2
_SENTENCE_MARKS = (".", "!", "?")


def _unended_among_ended(ep, path: str, stripped: str) -> tuple[int, int, str] | None:
    """(start, end, why) of the last word of `stripped`, the LLM entity context or impact reason at
    `path` ending on a word or a number with no mark, when the episode's other texts of its kind
    (LLM contexts: entries without a `position`; impact reasons) end their sentences, at least
    `_ENDED_PEERS` of them and all but `_UNENDED_PEERS_SHARE`; else None. An episode whose
    descriptions end bare as a habit tells nothing."""
    key, sub = ("companies", "context") if path.endswith(".context") else ("quotes", "impact_reason")
    peers = [item[sub] for item in ep.data.get(key) or ()
             if isinstance(item, dict) and isinstance(item.get(sub), str) and "position" not in item]
    others = len(peers) - 1
    ended = sum(1 for text in peers if text.rstrip().endswith(_SENTENCE_MARKS))
    if ended < _ENDED_PEERS or others - ended > _UNENDED_PEERS_SHARE * others:
        return None
    a = len(stripped)
    while a > 0 and (stripped[a - 1].isalnum() or stripped[a - 1] in "-'’$€£%"):
        a -= 1
    kind = "LLM entity contexts" if sub == "context" else "impact reasons"
    return a, len(stripped), f"it ends on {stripped[a:]!r} with no mark, where {ended} of the episode's " \
                             f"{others} other {kind} end their sentences"


_SPACES = regexcache.compile(r"\s+")
_SENTENCE_STOP = regexcache.compile(r"[.!?,;:]")
# a quote or an insight of at least this many words is looked up in the transcript (a short one
# recurs by chance)
_SAID_ON_WORDS = 4


def _said_on(text: str, speech: str) -> tuple[int, int, str] | None:
    """(start, end, why) of the last word of a quote or insight `text` ending on a word when the
    transcript `speech` says its words (spaces collapsed) and, wherever it does, goes on
    in the same sentence with no mark between ("... from two weeks" | "to a few days"): the text
    stops where the speaker did not. A speaker who goes on after a comma ("..., but ...") ended a
    clause; a text said nowhere, or of fewer than `_SAID_ON_WORDS` words, tells nothing."""
    words = _SPACES.sub(" ", text).strip()
    if len(words.split(" ")) < _SAID_ON_WORDS or not words[-1:].isalnum():
        return None  # (a text that ends its sentence ended it: "... after Llama 4." is the quote's own cut)
    i, more = speech.find(words), None
    if i == -1:
        return None
    while i != -1:
        after = speech[i + len(words):i + len(words) + 40]
        if not (after[:1].isalnum() or (after[:1] == " " and after[1:2].isalnum())):
            return None  # (said whole somewhere: "... two weeks." or "..., but")
        more = more or after
        i = speech.find(words, i + 1)
    stripped = text.rstrip()
    a = len(stripped)
    while a > 0 and (stripped[a - 1].isalnum() or stripped[a - 1] in "-'’$€£%"):
        a -= 1
    goes_on = " ".join(_SENTENCE_STOP.split(more, 1)[0].split()[:5])
    joint = "" if more[:1].isalnum() else " "
    return a, len(stripped), f"the transcript goes on '... {stripped[a:]}{joint}{goes_on}'"


def _said_before(text: str, speech: str, words: TruncationWords) -> tuple[int, int, str] | None:
    """(start, end, why) of the first word of a quote `text` that opens on a lowercase
    word (not "iPhone"-like) when the transcript `speech` says its words and, wherever it does,
    after other words of the same sentence ("If AI does | in ten minutes what used to take three
    hours"): the text starts where the speaker did not."""
    said = _SPACES.sub(" ", text).strip().rstrip(".!?…").rstrip()
    first = said.split(" ", 1)[0].rstrip(",;:")
    if len(said.split(" ")) < _SAID_ON_WORDS or not first.isalpha() or not first.islower():
        return None
    i, before = speech.find(said), None
    if i == -1:
        return None
    while i != -1:
        if i < 2 or speech[i - 1] != " " or not (speech[i - 2].isalnum() or speech[i - 2] == ","):
            return None  # (said at a sentence's start somewhere, or after a colon or a dash)
        prev = speech[max(0, i - 40):i - 1]
        if prev.rsplit(" ", 1)[-1].lower().rstrip(",") in words.quoted_clause_joins:
            return None  # ("and | we made a bet early that ...": a whole clause after its conjunction)
        before = before or prev
        i = speech.find(said, i + 1)
    lead = " ".join(_SENTENCE_STOP.split(before)[-1].split()[-5:])
    return 0, len(first), f"it starts on {first!r}, where the transcript says '{lead} {first} ...'"


_TRAIL = ("...", "…")
# the `length` given for a text that only a cut word at its end can show cut: a title (headline
# grammar: "What Comes After" is whole)
_WORD_ONLY = -1
# a title of fewer words than this is read whole
_TITLE_WORDS = 3
# a last word at least this frequent (Zipf) in English is whole: no cut-word test reads it as a stub
_PLAIN_WORD_ZIPF = 4.5


def _two_letter_stub(stripped: str, last: str, words: TruncationWords) -> bool:
    """Does a title of `_TITLE_WORDS` words or more end on two lowercase letters after an article
    that no two-letter noun is ("... is a feature, not a bu", "... Not a Bu"), or after a
    preposition that no word of English is ("... resale in Sp"), or on two such letters in lower
    case after a lowercase word ("... wish customers kn"): the start of a cut word?"""
    parts = stripped.split()
    if not (len(parts) >= _TITLE_WORDS and len(last) == 2 and last.isalpha() and last[1].islower()
            and last.lower() not in words.two_letter_nouns):
        return False
    before = parts[-2].lower()
    no_word = last.lower() not in words.function and last.lower() not in words.short \
        and not at_least(last.lower(), _PLAIN_WORD_ZIPF)
    # (after a preposition, any two letters that are no word of English: "... Designer Resale in Sp";
    # in lower case after a lowercase word, the same anywhere: "... what installers wish customers kn")
    # (or two consonants that only start words: "... Why Free Apps Are Never Fr")
    return before in ("a", "an", "the") or (before in words.prepositions and no_word) or (
        last.islower() and parts[-2].islower() and no_word) or (no_word and last.lower() in words.title_stub_onsets)


def _cut_word(path: str, stripped: str, words: TruncationWords, gl, used_whole) -> tuple[int, int, str] | None:
    """(start, end, why) when `stripped` ends on the start of a cut word or name ("... Scaled to
    Forty Locati", "... we had a massive outa", "... in Los Ang"), else None. A title's words are
    capitalised: its last word is read in lower case unless it is the start of a name."""
    if not stripped or not stripped[-1:].isalpha():
        return None
    last = stripped.rsplit(None, 1)[-1]
    if path == "title" and len(stripped.split()) >= _TITLE_WORDS:
        low = last.lower()
        before = stripped[:len(stripped) - len(last)].rstrip().rsplit(None, 1)[-1:]
        if low in words.title_dangling or (low == "to" and before and (
                before[0].lower() in words.wh or before[0].lower() in words.infinitive_verbs)):
            # ("How to", "What Advisors Want to": the headline's verb is cut off)
            a = len(stripped) - len(last)
            return a, len(stripped), f"ends on {last!r}, which ends no headline"
    if (path == "title" and (len(stripped.split()) < _TITLE_WORDS or len(last) < 3)
            and not _two_letter_stub(stripped, last, words)):
        return None  # ("x", "Part I", "Live at the Q": a short title or a last letter or two is no cut to tell)
    if len(last) >= 3 and last.isalpha() and at_least(last.lower(), _PLAIN_WORD_ZIPF):
        return None  # ("... in 18 months": a word this common is no stub; asked first, it spares the grammar)
    cut = cut_ending(stripped, words, gl, prose=True, used_whole=used_whole)
    if cut is None and path == "title":
        found = _last_word(stripped)
        if found is not None and found[1] == len(stripped):
            word = stripped[found[0]:]
            if word[0].isupper() and word[1:].islower() and gl.lookup(word) is None:
                # "How a Small Bakery Scaled to Forty Locati": title case, not a name
                cut = cut_ending(stripped[:found[0]] + word.lower(), words, gl, prose=True, used_whole=used_whole)
    if cut is None or "the start of" not in cut[2]:
        return None  # (a word that cannot end a sentence ends a headline or a window whole)
    return cut


def _used_whole(batch, ep, word: str, vocab: dict[int, Counter]) -> bool:
    """Does the episode use `word` whole, inside some text of it (not as the last word of a text)?

    A cut leaves the start of a word that the episode does not use on its own; the field's terms
    that are rare in general English ("compute", "infra", "repo", "eval") recur inside an
    episode's quotes and contexts. A text's last word does not count: the two passes of the
    pipeline often copy one cut quote, stub and all. Counted for an episode only when one of its
    texts ends on such a word."""
    counts = vocab.get(id(ep))
    if counts is None:
        counts = vocab[id(ep)] = Counter()
        for e, _, text, kind in batch.texts():
            if e is ep:
                # (a summary's paragraphs and list items end like texts: "... someone accoun" before
                # its next heading uses no word "accoun")
                for piece in _SUMMARY_PIECES.split(text) if kind == "summary" and "\n" in text else (text,):
                    found = _WORDS.findall(piece.lower())
                    counts.update(found[:-1] if piece.rstrip()[-1:].isalnum() else found)
        # the names of the episode's entities ("... a round led by Accel" where Accel is one)
        for c in (ep.data or {}).get("companies") or ():
            if isinstance(c, dict) and isinstance(c.get("name"), str):
                counts.update(_WORDS.findall(c["name"].lower()))
        # an episode in another language (rules/misspelling.yaml `other_language_words`, several
        # of them) uses its words whole however rare they are in English ("... statt Modelle")
        foreign = batch.knowledge.get("misspelling", parse_other_meanings, required=False).foreign
        if (sum(1 for w in foreign if w in counts) >= _FOREIGN_EPISODE_WORDS
                and sum(counts[w] for w in foreign if w in counts) >= _FOREIGN_SHARE * sum(counts.values())):
            # (not an English episode with a greeting in French: "merci d'être là. Avec plaisir")
            counts = vocab[id(ep)] = _EveryWord()
    return counts[word.lower()] >= 1


class _EveryWord(Counter):
    """The word counts of an episode in another language: every word is used whole."""

    def __missing__(self, key) -> int:
        return 1


# how many different words of other languages make an episode one of another language
_FOREIGN_EPISODE_WORDS = 5
# and the share of its words they are at least (function words are a third of a text in German or French)
_FOREIGN_SHARE = 0.05


_WORDS = regexcache.compile(r"[^\W_]+")
# the end of a text searched for in the episode's other texts: this many characters at most, and
# at least _MIN_TAIL (a shorter end recurs by chance)
_TAIL = 30
_MIN_TAIL = 20


def _end_tail(stripped: str) -> str | None:
    """The end of a text looked for in the episode's other texts, as written: its last _TAIL
    characters from a word's start, None when shorter than _MIN_TAIL (a shorter end recurs by chance)."""
    tail = stripped[-_TAIL:]
    if " " in tail and len(tail) == _TAIL:
        tail = tail[tail.index(" ") + 1:]
    return tail if len(tail) >= _MIN_TAIL else None


def _episode_text(batch, ep, joined: dict) -> str | None:
    """The texts of episode `ep`, one a line, as written, and its body; `joined` keeps each episode's, gathered in
    one pass over the batch's texts when first asked (and joined when first asked of the episode:
    collapsing every text's spaces cost 2 ms an episode)."""
    if not joined:
        for e, _, t, _ in batch.texts():
            joined.setdefault(id(e), []).append(t)
    big = joined.get(id(ep))
    if isinstance(big, list):
        # (and the transcript of the file's body, where it carries one: the quotes' own sentences)
        big = joined[id(ep)] = "\n".join([*big, body_text(ep)])
    return big


def _continued_elsewhere(batch, ep, stripped: str, joined: dict) -> tuple[int, int, str] | None:
    """A text whose end recurs in another text of its episode (an NER entity's transcript window,
    the other pass's copy of a quote) with more letters of its last word right after it was cut
    inside that word ("... in the entire fund" where a window reads "the entire funding round"):
    the cut is visible in the file itself, though the stub is a word."""
    if not stripped[-1:].isalpha():
        return None
    tail = _end_tail(stripped)
    if tail is None:
        return None
    big = _episode_text(batch, ep, joined)
    if big is None:
        return None
    i = big.find(tail)
    while i != -1:
        nxt = big[i + len(tail):i + len(tail) + 12]
        if nxt[:1].isalpha():
            found = _last_word(stripped)
            if found is None:
                return None
            more = _WORDS.match(nxt)
            return (found[0], found[1], f"its last word {stripped[found[0]:found[1]]!r} goes on as "
                                        f"{stripped[found[0]:found[1]] + more.group()!r} in another text of the episode")
        i = big.find(tail, i + 1)
    # the last two words alone, where another text goes on with a word's other half, no ending of
    # English ("... lost on our legacy mono" where an insight reads "a legacy monolith"; not "the
    # open source" beside "open sourced")
    pair = _LAST_TWO.search(stripped)
    if pair is None or len(pair.group()) < _MIN_PAIR or not pair.group().rsplit(" ", 1)[1].islower():
        return None  # (a name's first part is `_name_cut_short`'s: "... out of Google Deep")
    phrase = pair.group()
    i = big.find(phrase)
    while i != -1:
        more = _WORDS.match(big, i + len(phrase))
        if (more is not None and (i == 0 or not big[i - 1].isalnum()) and len(more.group()) >= 3
                and more.group().lower() not in _ENDINGS and more.group().isalpha()):
            found = _last_word(stripped)
            if found is None:
                return None
            return (found[0], found[1], f"its last word {stripped[found[0]:found[1]]!r} goes on as "
                                        f"{stripped[found[0]:found[1]] + more.group()!r} in another text of the episode")
        i = big.find(phrase, i + 1)
    return None


def _title_in_heading(ep, title: str) -> tuple[int, int, str] | None:
    """A title that a heading of the summary holds with more words after it ("## Podcast Episode
    Summary: Export Controls, Smuggled GPUs, and the Fight Over Compute" for the title "..., and
    the Fight Over"): the title was cut where the heading goes on."""
    summary = ep.data.get("summary")
    if not isinstance(summary, str) or "#" not in summary or len(title) < _MIN_TAIL:
        return None
    i = summary.find(title)
    while i != -1:
        line_start = summary.rfind("\n", 0, i) + 1
        more = _WORDS.match(summary, i + len(title) + 1) if summary[i + len(title):i + len(title) + 1] == " " else None
        if summary.startswith("#", line_start) and more is not None:
            found = _last_word(title)
            if found is not None:
                return found[0], found[1], f"the summary's heading goes on as {title[found[0]:] + ' ' + more.group()!r}"
        i = summary.find(title, i + 1)
    # the title's last words, the last cut inside a word the heading writes whole ("... and
    # competing with Harv" where the heading reads "... and competing with Harvey")
    words = title.split()
    if len(words) < 3 or not words[-1].isalpha():
        return None
    tail = " ".join(words[-3:])
    i = summary.find(tail)
    while i != -1:
        end = i + len(tail)
        line_start = summary.rfind("\n", 0, i) + 1
        if (summary.startswith("#", line_start) and (i == 0 or not summary[i - 1].isalnum())
                and (rest := _WORDS.match(summary, end)) is not None and rest.group().isalpha()):
            return (len(title) - len(words[-1]), len(title),
                    f"ends on {words[-1]!r}, which the summary's heading writes {words[-1] + rest.group()!r}")
        i = summary.find(tail, i + 1)
    return None


def _ends_elsewhere(batch, ep, stripped: str, joined: dict) -> bool:
    """Does another text of the episode (an NER entity's transcript window) hold the text's end,
    its last _MIN_TAIL characters or more, with a sentence's end right after it? The speaker
    ended the sentence there, whatever its grammar looks like."""
    tail = _end_tail(stripped)
    if tail is None or not tail[-1:].isalpha():
        return False
    big = _episode_text(batch, ep, joined)
    if big is None:
        return False
    i = big.find(tail)
    while i != -1:
        after = big[i + len(tail):i + len(tail) + 3]
        if after[:1] in (".", "!", "?") and (len(after) < 2 or after[1] in " \n\"'”’)"):
            return True
        i = big.find(tail, i + 1)
    return False


_LAST_TWO = regexcache.compile(r"[^\W\d_]{2,} [^\W\d_]{3,}$")
_MIN_PAIR = 10  # characters of two last words that recur by chance less often than a cut
# what English adds to a whole word (a plural, a tense, an adverb): no other half of a cut word
_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers", "ly", "est", "ness", "ment", "ments", "ity")


# a capitalised last word at least this frequent (Zipf) in English is a word ("Hugging", "Deep"),
# not a short form of a name ("Sonara" of "Sonara Health")
_NAME_WORD_ZIPF = 3.0


def _name_cut_short(batch, ep, stripped: str, joined: dict) -> tuple[int, int, str] | None:
    """A text ending on a word of English, capitalised inside its sentence, that starts a longer
    name of one of the episode's entities where that name's next word or capital starts, was cut
    inside the name ("... with the folks at Hugging" in an episode naming Hugging Face; "... the
    new paper from Google Deep" and Google DeepMind). Not when the episode's texts use the words
    on their own ("our fabs in Taiwan and ..." in an episode naming Taiwan Semiconductor), nor a
    name's rare word ("we partnered with Sonara" for Sonara Health: a short form of the name)."""
    found = _last_word(stripped)
    if found is None or found[1] != len(stripped):
        return None
    a, q, _ = found
    word = stripped[a:q]
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return None
    prev = stripped[max(0, a - 40):a].split()[-1:]
    if prev and prev[0][:1].isupper() and prev[0][1:].isalpha() and prev[0] != "I":
        phrase, a = prev[0] + " " + word, a - len(prev[0]) - 1  # "Google Deep"
        if stripped[a:q] != phrase:
            return None  # (more than one space between them)
    elif prev and prev[0][:1].islower():
        phrase = word  # "at Hugging"
    else:
        return None  # the sentence's first word
    if not at_least(word.lower(), _NAME_WORD_ZIPF):
        return None
    names = {c["name"] for c in ep.data.get("companies") or () if isinstance(c, dict) and isinstance(c.get("name"), str)}
    if phrase in names:
        return None
    words = truncation_words(batch.knowledge)
    rests = {n[len(phrase):] for n in names if n.startswith(phrase) and len(n) > len(phrase)
             and (n[len(phrase)] == " " or n[len(phrase)].isupper())
             and n[len(phrase):].strip().lower() not in words.name_suffixes}  # ("from Scale" of Scale AI)
    if not rests or glossary(batch.knowledge).lookup(phrase) is not None:
        return None  # ("at Google" in an episode naming Google DeepMind: a name of its own)
    big = _episode_text(batch, ep, joined)
    if big is None:
        return None
    i = big.find(phrase)
    while i != -1:
        after = big[i + len(phrase):i + len(phrase) + 40]
        if not (i and big[i - 1].isalnum()) and after[:1] not in ("\n", "") and not after[:1].isalpha() \
                and not any(after.startswith(r) for r in rests):
            return None  # the episode says the words on their own
        i = big.find(phrase, i + 1)
    name = min(phrase + r for r in rests)
    return a, q, f"ends on {phrase!r}, the start of the name {name!r} cut short"


# a number whose last group after a thousands comma has one or two digits ("... picked a little
# over 2,4"): its digits were cut ("1,2" as a list of two is written "1, 2")
_CUT_NUMBER = regexcache.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*,\d{1,2}$")


def _number_cut(stripped: str) -> tuple[int, int, str] | None:
    m = _CUT_NUMBER.search(stripped[-24:])
    if m is None:
        return None
    a = len(stripped) - 24 + m.start() if len(stripped) > 24 else m.start()
    return a, len(stripped), f"ends on {m.group()!r}, a number cut inside its digits"


def _unbalanced(stripped: str) -> tuple[int, int, str] | None:
    """A text that opened a bracket or a quotation and ends (on a word) before closing it was cut."""
    if "(" in stripped and stripped.count("(") > stripped.count(")"):
        what = "a bracket"
    elif '"' in stripped and stripped.count('"') % 2:
        what = "a quotation"
    elif "“" in stripped and stripped.count("“") - stripped.count("€“") > stripped.count("”"):
        what = "a quotation"  # (not the "“" of mojibake "â€“", an en dash read as Windows-1252)
    else:
        return None
    found = _last_word(stripped)
    if found is None:
        return None
    return found[0], found[2], f"it opens {what} that it never closes"


def _number_end(text: str) -> bool:
    """Does `text`, ending on a digit, end on a number that may be cut ("... over 2,4", "... the
    top 1", "..., only 3")? (Asked of the few texts that end on a digit.)"""
    return "," in text[-3:] or " " in text[-3:-1]


_PRICE_CUTS = ("$0.", "€0.", "£0.", "¥0.")  # "... it costs about $0.": a price cut at its decimal point
# a text whose last character (before trailing space) is one of these, or that is blank, is
# neither cut (`cut_ending`) nor shorter than its length without a period: T701 skips it
_FINISHED = _DONE_CHARS | {""}
# the tables and columns of _FIELDS
_TABLE_OF = {"quotes": "quotes", "insights": "insights", "companies": "entities"}


# a summary's paragraph and the heading of the next section after it ("... and the rest of the\n\n### 6.")
# where a summary's paragraph or list item ends: a blank line, or a line break before a list marker or heading
_SUMMARY_PIECES = regexcache.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[*+-]|\d+[.)]|#{1,6})[ \t])")
_SECTION_BREAK = regexcache.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*#{1,6}[ \t]")
_PARAGRAPH_BREAK = regexcache.compile(r"\n[ \t]*\n")


def _sections_cut_short(summary: str):
    """(offset, text) of each paragraph of a summary that a heading follows and that does not end
    complete: a section cut mid-sentence before the next one (the summary's own end is T701's
    usual text). A heading or a table row is no paragraph."""
    start = 0  # where the paragraph before the heading starts: after the last blank line before it
    for m in _SECTION_BREAK.finditer(summary):
        end = m.start()
        for b in _PARAGRAPH_BREAK.finditer(summary, start, end):
            start = b.end()
        at, start = start, summary.rfind("\n", 0, m.end()) + 1  # (the next paragraph starts at this heading at the latest)
        if not summary[end - 1:end].isalpha():
            continue  # (a paragraph ends complete on punctuation, a digit, a quote or a bracket)
        paragraph = summary[at:end]
        if paragraph.lstrip()[:1] in ("#", "|") or len(paragraph.split()) < 4:
            continue
        yield at, paragraph


# a summary's list item: its marker, a bold label maybe, its text to the line's end
_LIST_ITEM = regexcache.compile(r"(?m)^[ \t]*(?:[*+-]|\d+[.)])[ \t]+(?:\*\*[^*\n]{1,80}\*\*:?[ \t]*)?(?P<text>[^\n]*?)[ \t]*$")


def _items_cut_short(summary: str):
    """(offset, text) of each item of a summary's list that another item or a heading follows and
    whose text of five words or more ends on a letter ("**Review bottleneck:** AI-generated diffs
    are larger, which shifts the" before the next item): an item cut mid-sentence. The summary's own
    end is T701's usual text; an item of a few words is a label's value ("**Guest:** Priya Raman")."""
    if "\n" not in summary:
        return
    end = len(summary.rstrip())
    for m in _LIST_ITEM.finditer(summary):
        text = m.group("text")
        if m.end("text") >= end or not text[-1:].isalpha() or len(text.split()) < 5:
            continue
        nxt = summary[m.end():].lstrip()
        if nxt[:1] in ("*", "-", "+", "#") or nxt[:1].isdigit():
            yield m.start("text"), text


def _unfinished_texts(batch):
    """Per episode of the batch (in order), the texts T701 checks, as (path, text, length): each
    list item's text of `_FIELDS` (an NER entry's context aside) and the summary last; `length`
    is a quote's own length field, None elsewhere. Only texts not ending complete are given:
    the other ones cannot be cut. The texts are read from
    the batch's tables and tested with one rstrip each; only the few left are looked up."""
    found: dict[int, list[tuple[str, str, int | None]]] = {}
    for key, sub in _FIELDS:
        rows = batch.rows(_TABLE_OF[key], "ep", "index", sub)
        # (the last character first: most texts end on a period, few on a space)
        for n, i, text in [r for r in rows if isinstance(r[2], str) and (r[2][-1:] not in _FINISHED or r[2].endswith(_TRAIL)
                                                                          or (r[2][-1:].isdigit() and _number_end(r[2]))
                                                                          or r[2].endswith(_PRICE_CUTS))]:
            if (text.rstrip()[-1:] in _FINISHED and not text.endswith(_TRAIL) and not text.endswith(_PRICE_CUTS)
                    and not (text[-1:].isdigit() and _number_end(text))):
                continue
            item = batch.episodes[n].data[key][i]
            if key == "companies" and "position" in item:
                continue
            length = item.get("length") if key == "quotes" and sub == "text" else None
            found.setdefault(n, []).append((f"{key}[{i}].{sub}", text, length if isinstance(length, int) else None))
    for n, ep in enumerate(batch.episodes):
        texts = found.get(n, [])
        summary = ep.data.get("summary")
        if isinstance(summary, str) and (summary.rstrip()[-1:] not in _FINISHED or summary.endswith(_TRAIL)):
            texts.append(("summary", summary, None))
        title = ep.data.get("title")
        if isinstance(title, str) and title.rstrip()[-1:].isalpha():
            texts.append(("title", title, _WORD_ONLY))
        if texts:
            yield n, (ep, texts)


def is_prose(path: str) -> bool:
    """Is the text at `path` the LLM's own writing (impact reason, entity context, summary)?"""
    return path == "summary" or path.endswith((".impact_reason", ".context"))


def _goes_on(text: str, end: int) -> bool:
    """Does the sentence of `text` go on after offset `end` (space, then a letter or digit)?"""
    rest = text[end:end + 3]
    return rest[:1].isspace() and rest.lstrip()[:1].isalnum()


# an extraction of this many words at most that stops before an auxiliary of its text is that
# auxiliary's subject ("open source models", "startups that own their data" | will ...)
_SUBJECT_WORDS = 6
_SHORT_PIECE = 4  # words: at most this many from the middle of a text, opening on a function word, are a piece
# T702: a piece this long (words) from the middle of a sentence that is a noun or gerund phrase is a
# phrase of its own (headline-like), not a fragment
_LONG_PIECE = 7
# ... opening on an article or a quantifier, or a gerund
_PHRASE_OPENER = regexcache.compile(r"(?:an?|more|most|many|several|some|few|fewer|every|each|both)\s|[a-z]+ing\s", re.I)


def _stops_short(extracted: str, text: str, at: int, words: TruncationWords) -> str | None:
    """Why an extraction that stops inside a sentence of its text (`_goes_on`) is a fragment, or
    None: it ends on a word that wants the words after it ("... so they can", "..., which will",
    "... recomputing them"), or it starts inside the sentence too, right after a content word
    (not at its start, after punctuation, a modal, a function word or a word that opens a
    clause): a piece from its middle ("open | models will close the gap with closed | models")."""
    last = _CLAUSE_WORDS.findall(extracted[-30:].lower().replace("’", "'"))
    if extracted[-1:].isdigit():
        last.append("0")  # (a number ends it: "... will ease in 2026" does not stop on 'in')
    ahead = _CLAUSE_WORDS.match(text[at + len(extracted):].lstrip().lower())
    if ahead and ahead.group() in words.conjunctions and ", " in extracted and text[at + len(extracted)] == " ":
        item = _CLAUSE_WORDS.findall(extracted[extracted.rindex(", ") + 2:].lower().replace("’", "'"))
        if 1 <= len(item) <= 4 and not any(w in words.auxiliaries or w in words.subjects or w in words.verb_s_forms
                                           or w in words.past_verbs or w.endswith("ed") for w in item):
            # "the libraries, the compilers" of "... comes from the libraries, the compilers and
            # a decade of habits": a list whose last item the extraction lost (not "yes, models
            # will improve" of "yes, models will improve and ...": a clause)
            return f"it stops inside a list of its text, before {ahead.group()!r} and its last item"
    if (ahead and ahead.group() in words.auxiliaries and len(_WORD.findall(extracted)) <= _SUBJECT_WORDS
            and not any(w in words.auxiliaries or w in words.subjects for w in last)):
        # "open source models" of "the future of open source models is that ...": a subject, and
        # the extraction stops before its verb
        return f"it stops before {ahead.group()!r}, the verb of its subject"
    if (last and last[-1] in words.object_prepositions and ahead
            and (ahead.group() in words.determiners or ahead.group() in words.number_words or ahead.group().endswith("ing"))):
        # "... the customer's own documents before | signing anything": the preposition lost its object
        return f"it stops between {last[-1]!r} and {ahead.group()!r}, its object"
    if (last and (last[-1] in words.prepositions or last[-1] in words.object_prepositions) and ahead
            and extracted[-1:].isalpha() and text[at + len(extracted):].lstrip()[:1].isupper()):
        # "... may come from Chinese labs like | MiniMax": the preposition lost the name it governs
        return f"it stops between {last[-1]!r} and the name after it, its object"
    if last and (last[-1] in words.function or last[-1] in words.auxiliaries or last[-1] in words.subjects
                 or last[-1] in words.objects or last[-1] in words.relatives
                 or (last[-1] in words.transitive  # (not "... matched what agronomists saw": 'what' is its object)
                     and not any(w in words.free_relatives or w in ("which", "whom") for w in last[-4:-1])
                     # (nor "... cut ingest costs | before any migration", "... share one copy | of the
                     # data": a preposition or a conjunction next, so no object is missing)
                     and not (ahead and ahead.group() not in words.verb_particles and (
                         ahead.group() in words.prepositions or ahead.group() in words.object_prepositions
                         or ahead.group() in words.conjunctions))
                     # (nor "... beat large ones on cost": after a preposition or a determiner it is a noun)
                     and not (len(last) > 1 and (last[-2] in words.prepositions or last[-2] in words.determiners)))
                 or ((last[-1] in words.attributive or last[-1] in words.indefinite_adjectives)
                     and len(last) > 1 and last[-2] in words.determiners)  # ("a single |"; not "are moving faster |")
                 or last[-1] in words.determiners or last[-1] in words.intensifiers) and not (
            # (an indefinite pronoun as a preposition's object is whole: "rates go up for everyone")
            len(last) > 1 and last[-1] in words.indefinites and last[-2] in words.prepositions) and not (
            # (and an object pronoun after a verb or a preposition: "until a customer requires it")
            len(last) > 1 and (last[-1] in words.objects or last[-1] in words.object_forms) and (
                last[-2] in words.prepositions or last[-2] in words.transitive or last[-2] in words.verb_s_forms
                or last[-2] in words.past_verbs)):
        return f"it stops before the words its last word {last[-1]!r} needs"
    head = text[:at].rstrip()
    if at > 0 and head[-1:].isalnum() and not _MODAL_BEFORE.search(text, 0, at) and not _after_fronted_phrase(text, at, words):
        prev = _CLAUSE_WORDS.findall(head[-20:].lower().replace("’", "'"))
        if (prev and prev[-1] not in words.clause_openers and prev[-1] not in words.function
                and prev[-1] not in words.stance_verbs and prev[-1] not in words.clause_verbs):
            # (after a function word it starts a phrase: "the future of | the technology ..."; after
            # a verb of saying a clause: "the guest says | open models will catch up")
            return "it is a piece from the middle of a sentence of its text, cut between two words of a phrase"
    rest = text[at + len(extracted):].lstrip().lower().replace("’", "'")
    ahead = _CLAUSE_WORDS.match(rest)
    if ahead and (((ahead.group() in words.past_verbs or ahead.group().endswith(("ed", "en")))
                   and _AGENT_AFTER.match(rest, ahead.end()))
                  or (ahead.group() in words.time_adverbs and _TIME_AFTER.match(rest, ahead.end()))):
        # "... exposed to marketplace terms | set by the platform owner", "... fail on cognitive
        # load | long before they fail on scale": a phrase of its own after the clause
        return None
    if (ahead and ahead.group() in words.verb_particles and len(last) >= 3 and last[-2] in words.determiners
            and last[-3] not in words.function and last[-3] not in words.prepositions
            and _PARTICLE_END.match(rest, ahead.end())):
        # "the ones who can break a problem | down clearly": the phrasal verb lost its particle
        return f"it stops before {ahead.group()!r}, the particle of its verb {last[-3]!r}"
    if ahead and last and _content_word(ahead.group(), words) and _content_word(last[-1], words):
        # "memory bandwidth will limit | inference throughput by 2027": the extraction tore a phrase
        # apart (not "... will commoditize basic chat | within two years": a phrase it can stop before)
        return f"it stops between {last[-1]!r} and {ahead.group()!r}, inside a phrase of its text"
    return None


# after a participle that follows an extraction, its agent ("terms | set by the owner"); after an
# adverb of time (rules/truncation.yaml `time_adverbs`), its preposition ("load | long before they
# fail"): a phrase that attaches to the whole clause, which may stop before it
_AGENT_AFTER = regexcache.compile(r"\s+by\s+(?:the|a|an|its|their|our|each|every|one|[a-z]+s)\b"
                                  # or the participle's place, cost or time ("one enormous model | trained
                                  # at enormous cost", "... | built in Shenzhen")
                                  r"|\s+(?:at|in|on|for|with|from|over|under)\s+(?:the\s+|a\s+|an\s+)?[a-z]+")
# what ends a verb's particle: the clause's end, a conjunction or an adverb ("break it down | clearly")
_PARTICLE_END = regexcache.compile(r"\s*(?:$|[,.;:!?)]|(?:and|or|but|so|then|[a-z]+ly)\b)")
_TIME_AFTER = regexcache.compile(r"\s+(?:before|after|since|until)\b")


def _after_fronted_phrase(text: str, at: int, words: TruncationWords) -> bool:
    """Does the sentence of `text` open with a phrase of time or place that ends right before
    offset `at` ("within five years | most radiology reports will ...", "in Lagos | most shops
    ..."): a preposition, then determiners, numbers and nouns only? A clause starts after it."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
    head = _CLAUSE_WORDS.findall(text[start:at].lower().replace("’", "'"))
    if not (2 <= len(head) <= 5) or head[0] not in words.fronted or head[-1] in words.function:
        return False
    return not any(w in words.auxiliaries or w in words.subjects or w in words.past_verbs or w.endswith("ed")
                   or w in words.verb_s_forms or w in words.relatives for w in head[1:])


def _last_sentence_opens(extracted: str, text: str, at: int, words: TruncationWords) -> str | None:
    """Why an extraction whose last sentence is only the first words of a sentence of its text is
    a fragment ("... past the risk committee. After that" of "... committee. After that, losses
    dropped"): up to three words with no verb, and the text's sentence goes on after a comma."""
    if ". " not in extracted and "? " not in extracted and "! " not in extracted:
        return None
    cut = max(extracted.rfind(". "), extracted.rfind("? "), extracted.rfind("! "))
    last = _CLAUSE_WORDS.findall(extracted[cut + 2:].lower().replace("’", "'"))
    rest = text[at + len(extracted):at + len(extracted) + 4]
    if not (1 <= len(last) <= 3) or rest[:1] not in (",", ";", ":", "—", "–") or not rest[1:].strip()[:1].isalnum():
        return None
    if any(w in words.auxiliaries or w in words.be_forms or w.endswith("ed") or w in words.past_verbs
           or w in words.verb_s_forms or "'" in w for w in last):
        return None
    return f"its last sentence {extracted[cut + 2:]!r} is only the start of a sentence of its text"


def _torn_from_its_noun(extracted: str, text: str, at: int, words: TruncationWords) -> str | None:
    """Why an extraction from inside its text that is an aside or a relative clause without the
    noun it is about is a fragment ("not the doctors" of "... when the nurses, not the doctors,
    choose ...", "where mistakes are cheap" of "... billing, where mistakes are cheap, ..."), or None."""
    first = _CLAUSE_WORDS.match(extracted[:16].lower())
    if first is None or not (first.group() in words.aside_openers or first.group() in words.relatives):
        return None  # (most extractions open otherwise: asked first, it is the cheap test)
    ws = _CLAUSE_WORDS.findall(extracted[:80].lower().replace("’", "'"))
    if len(ws) < 2:
        return None
    head = text[:at].rstrip()
    prev = _CLAUSE_WORDS.findall(head[-24:].lower().replace("’", "'"))
    if (ws[0] in words.aside_openers and ws[1] in words.determiners and len(_WORD.findall(extracted)) <= 6
            and head.endswith(",")):
        return f"it is an aside of its text ({ws[0]!r} and a noun phrase), no statement"
    if ws[0] in words.relatives and ws[0] != "that" and (
            head.endswith(",") or (head[-1:].isalpha() and prev and prev[-1] not in words.function
                                   and prev[-1] not in words.clause_verbs and prev[-1] not in words.wh_verbs
                                   and prev[-1] not in words.reporting and prev[-1] not in words.stance_verbs)):
        return f"it opens with {ws[0]!r}, a relative clause without the noun it is about"
    return None


def _complement_alone(extracted: str, text: str, at: int, words: TruncationWords) -> str | None:
    """Why an extraction that is only the noun phrase after its text's 'is' or 'are' is a fragment
    ("the real moat" of "In enterprise software, distribution is the real moat, not the model"):
    it names what the subject is, without the subject; or None."""
    first = _CLAUSE_WORDS.match(extracted[:12].lower())
    if first is None or first.group() not in words.determiners:
        return None  # (most extractions open otherwise: asked first, it is the cheap test)
    prev = _CLAUSE_WORDS.findall(text[max(0, at - 24):at].lower())
    if len(prev) > 1 and prev[-1] in words.skip_adverbs:
        prev.pop()  # "... is actually | a data problem"
    if not prev or prev[-1] not in ("is", "are", "was", "were") or not text[:at].rstrip()[-1:].isalpha():
        return None
    ws = _CLAUSE_WORDS.findall(extracted.lower().replace("’", "'"))
    if len(ws) > _SUBJECT_WORDS or any(w in words.auxiliaries or w in words.subjects or w in words.relatives
                                       or w in words.past_verbs or w in words.verb_s_forms for w in ws):
        return None  # ("... is the models that win": a clause of its own)
    return f"it is only what its text's {prev[-1]!r} says the subject is, without the subject"


def _content_word(w: str, words: TruncationWords) -> bool:
    """Is `w` a word inside a phrase, no word that opens a phrase or clause a sentence can stop
    before (a function word, a preposition, a conjunction, an adverb, a time word)?"""
    return not (w in words.function or w in words.prepositions or w in words.object_prepositions
                or w in words.stranding or w in words.dangling
                or w in words.adjunct_starts or w in words.subordinators or w in words.clause_openers
                or w in words.relatives or w in words.conjunctions or w in words.end_adverbs
                or w in words.clause_final or w in words.skip_adverbs or w in words.phrase_prepositions
                or w in words.auxiliaries or w in words.subjects or (len(w) > 4 and w.endswith(("ly", "er"))))


def _starts_inside(text: str, at: int, words: TruncationWords) -> bool:
    """Does an extraction that runs to the end of its text start right after a content word of the
    same sentence ("companies should delete | features that ...", "... hiring a designer first |
    helped the company ..."), not after punctuation, a function word, a modal, an adverb or a verb
    of saying ("the guest argues | open models ...")?"""
    head = text[:at].rstrip()
    if not head[-1:].isalpha() or _MODAL_BEFORE.search(text, 0, at) or _after_fronted_phrase(text, at, words):
        return False
    prev = _CLAUSE_WORDS.findall(head[-24:].lower().replace("’", "'"))
    if not prev:
        return False
    p = prev[-1]
    return not (p in words.clause_openers or p in words.function or p in words.stance_verbs or p in words.clause_verbs
                or p in words.reporting or p in words.that_verbs or p in words.conjunctions
                or p in words.prepositions or p in words.stranding or p in words.adjunct_starts
                or p in words.skip_adverbs or (len(p) > 4 and p.endswith("ly")))


# a text of this many words at least, fewer English function words than _ENGLISH_SHARE of them and
# fewer common English words than _COMMON_SHARE of its words of four letters or more, is in another language ("Las empresas
# pequeñas deben invertir en datos antes de contratar ..."; not "Despite raising huge rounds, most
# labs still lose money on every query": few function words, all of them common words)
_FOREIGN_MIN_WORDS = 8
_ENGLISH_SHARE = 0.1
_COMMON_SHARE = 0.5
_COMMON_ZIPF = 3.0


def _english(text: str, words: TruncationWords) -> bool:
    """Is `text` English, as far as T702's grammar can tell: a short text, or one with English
    function words (the, of, to, is, ...) or common English words enough?"""
    ws = _WORD.findall(text.lower())
    if len(ws) < _FOREIGN_MIN_WORDS or sum(w in words.function for w in ws) >= _ENGLISH_SHARE * len(ws):
        return True
    long = [w for w in ws if len(w) >= 4]  # (short words of other languages are English words too: de, la, en)
    return sum(at_least(w, _COMMON_ZIPF) for w in long) >= _COMMON_SHARE * len(long)


def _predicate_of_its_subject(extracted: str, text: str, at: int, words: TruncationWords, gl) -> bool:
    """Is the extraction the whole predicate of its sentence's main clause, from its finite verb to
    the clause's end ("spend more time listening than pitching" of "The best sales teams | spend
    more time listening than pitching, and they close faster."): the verb after a plural noun or a
    pronoun, no subordinate or relative clause before it, and an end that wants nothing more? An
    insight's extraction may leave out its subject; what it claims is whole."""
    end = at + len(extracted)
    if text[end:end + 1] not in (",", ";", ".", "!", "?", ""):
        return False  # (the clause goes on)
    ws = _CLAUSE_WORDS.findall(extracted[:30].lower().replace("’", "'"))
    head = text[:at].rstrip()
    start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind(", "), head.rfind("; ")) + 1
    subject = _CLAUSE_WORDS.findall(head[start:].lower().replace("’", "'"))
    if not ws or not (2 <= len(subject) <= 6):
        return False
    first, prev = ws[0], subject[-1]
    if not (first in words.verb_s_forms or first in words.past_verbs
            or (_verb_form(first, words) and ((prev.endswith("s") and not prev.endswith("ss")) or prev in words.subjects))):
        return False
    if any(w in words.relatives or w in words.subordinators or w in words.adjunct_openers or w in words.auxiliaries
           or w in words.prepositions or w in words.verb_s_forms or w in words.past_verbs for w in subject):
        return False  # ("the teams that ship | ...", "after the launch | ...": no plain subject)
    if subject[0] not in words.determiners and subject[0] not in words.quantifiers_as_subjects and len(subject) > 3:
        return False
    return cut_ending(extracted, words, gl, prose=True) is None


def _subject_lost(text: str, at: int, words: TruncationWords) -> str | None:
    """Why an extraction that starts right after the subject of a subordinate clause ("... before
    we | pick a vendor") or after a relative pronoun and its auxiliary ("an asset that is |
    versioned and tested") is a fragment: its verb lost its subject and the clause its head."""
    head = text[:at].rstrip()
    if not head[-1:].isalpha():
        return None
    prev = _CLAUSE_WORDS.findall(head[-24:].lower().replace("’", "'"))
    if not prev:
        return None
    if (prev[-1] in words.adjunct_openers or prev[-1] in words.time_subordinators) and prev[-1] != "so":  # ("So | the moat is ...")
        # "... every model update before | they ship to customers": the subordinate clause without
        # the main clause it belongs to
        return f"it starts after {prev[-1]!r}: a subordinate clause without its main clause"
    if len(prev) < 2:
        return None
    if prev[-1] in words.personal and (prev[-2] in words.adjunct_openers or prev[-2] in words.time_subordinators
                                       or prev[-2] in words.subordinators):
        return f"it starts after {prev[-2] + ' ' + prev[-1]!r}, inside a clause whose subject it lost"
    if prev[-2] in ("that", "which", "who") and (prev[-1] in words.be_forms or prev[-1] in words.auxiliaries) \
            and "'" not in prev[-1]:
        return f"it starts after {prev[-2] + ' ' + prev[-1]!r}, a relative clause whose subject it lost"
    first = _CLAUSE_WORDS.match(text[at:at + 20].lower())
    if (prev[-1] in ("who", "which") or (prev[-1] == "that" and prev[-2] in words.relative_heads)) \
            and prev[-2] not in words.function and prev[-2] not in words.clause_verbs and prev[-2] not in words.that_verbs \
            and prev[-2] not in words.wh_verbs and prev[-2] not in words.reporting and prev[-2] not in words.stance_verbs \
            and first is not None and first.group() not in words.subjects and first.group() not in words.determiners:
        # "the ones that | integrate into existing workflows", "founders who | ship weekly": the
        # predicate of a relative clause, without the noun it is about
        return f"it starts after {prev[-2] + ' ' + prev[-1]!r}, a relative clause without the noun it is about"
    return None


def _subject_and_verb(first: str, extracted: str, words: TruncationWords) -> bool:
    """Is an extraction that opens with a quantifier ("most", "every", "many") a main clause, its
    subject and a verb ("most restaurant failures come from bad leases" of "In her experience,
    most ..."), or a clause before a subordinate one ("many volunteers leave because ...")? Its
    text's opening phrase before the comma is no part it needs. So is "there is ..." ("If ..., there
    is a better way to ..."), and a quantifier after "at least" or "at most" ("at least one big game
    ships with ...")."""
    said = _CLAUSE_WORDS.findall(extracted[:80].lower().replace("’", "'"))
    if first == "there" and len(said) > 1 and (said[1] in words.be_forms or said[1] in words.auxiliaries):
        return True
    if first == "at" and len(said) > 3 and said[1] in ("least", "most"):
        first, said = said[2], said[2:]
    if first not in words.determiners and first not in words.quantifiers_as_subjects:
        return False
    return any(w in words.auxiliaries or w in words.be_forms or w in words.past_verbs or w in words.verb_s_forms
               or _verb_form(w, words) or (w.endswith("ed") and i > 1) or (w in words.adjunct_openers and i > 1)
               for i, w in enumerate(said[1:8], 1))


def _main_clause_after_fronted(first: str, extracted: str, text: str, at: int, words: TruncationWords) -> bool:
    """Is an extraction that opens with a quantifier the rest of its sentence after a fronted
    phrase of place, time or view and its comma ("most small gyms fail in their second year" of
    "In the owner's view, most small gyms fail ...")? That phrase is no part the clause needs."""
    if first not in words.determiners and first not in words.quantifiers_as_subjects:
        return False
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
    head = _CLAUSE_WORDS.findall(text[start:at].lower())
    rest = text[at + len(extracted):].strip()
    return bool(head) and head[0] in words.fronted and text[start:at].count(",") == 1 and rest[:1] in ("", ".", "!", "?")


def _clause_of_its_own(extracted: str, words: TruncationWords) -> bool:
    """Is the extraction a clause that stands alone, whatever its text went on with or began
    with: a subject (no preposition, conjunction, relative or subordinator first), then a finite
    verb among its next words (an auxiliary, a form of 'be', an -s form, an irregular past, or a
    verb the word classes know right after a plural noun or a pronoun), and a last word that wants
    nothing after it (no function word, preposition, pronoun, transitive verb but its participle,
    nor a verb right after a modal: "companies should treat" is cut)? "juniors are squeezed", "AI video
    is used for cleanup and rotoscoping", "Tallyho is the only finance tool you need" stand alone,
    though their text says more around them."""
    ws = _CLAUSE_WORDS.findall(extracted.lower().replace("’", "'"))
    if len(ws) < 3:
        return False
    first, last = ws[0], ws[-1]
    if (first in words.prepositions or first in words.conjunctions or first in words.relatives
            or first in words.subordinators or first in words.adjunct_openers or first in words.time_subordinators
            or first in words.auxiliaries or first in words.be_forms or _verb_form(first, words)):
        return False
    if (last in words.function or last in words.prepositions or last in words.determiners or last in words.auxiliaries
            or last in words.subjects or last in words.objects or last in words.relatives or last in words.conjunctions
            or (last in words.transitive and not last.endswith("ed")) or last in words.be_forms
            or last in words.object_prepositions or last in words.possessive_own
            or (ws[-2] in words.auxiliaries and ws[-2] not in words.be_forms)):
        return False  # (a verb right after a modal may want its object: "companies should treat")
    for i, w in enumerate(ws[1:8], 1):
        prev = ws[i - 1]
        if prev in words.relatives or prev in words.subordinators:
            return False  # the verb of a clause inside the subject ("the teams that ship ...")
        if (w in words.auxiliaries or w in words.be_forms or w in words.verb_s_forms or w in words.past_verbs
                or (_verb_form(w, words) and (prev.endswith("s") and not prev.endswith("ss")
                                              or prev in words.subjects or (len(prev) > 4 and prev.endswith("ly"))))):
            return True
        if _bare_verb_after_plural(ws, i, words):
            return True
    return False


def _bare_verb_after_plural(ws: list[str], i: int, words: TruncationWords) -> bool:
    """Is `ws[i]` the present verb of a plural subject the word classes do not know as a verb
    ("terminals | cause more outages", "unit economics only | work at fleet sizes"): a plain word
    (no function word, plural or -ly adverb) after a plural noun (past the skip adverbs between
    them), followed by a determiner, a preposition or a comparative amount?"""
    w = ws[i]
    if (len(w) < 3 or not w.isalpha() or w in words.function or w in words.prepositions or w in words.determiners
            or w in words.conjunctions or w in words.subjects or w in words.objects or _plural_like(w)
            or w.endswith("ly") or i + 1 >= len(ws)):
        return False
    k = i - 1
    while k > 0 and ws[k] in words.skip_adverbs:
        k -= 1
    after = ws[i + 1]
    return (k < i and _plural_like(ws[k]) and ws[k] not in words.function
            and (after in words.determiners or after in words.prepositions or after in words.comparative_amounts))


# what `_piece_of_a_clause` asks about: 'of', 'that', and the determiners a noun phrase opens with
_PIECE_OPENERS = frozenset(("of", "that", "a", "an", "one", "the", "some", "each", "every", "several", "its",
                            "their", "our", "his", "her", "my", "your"))


def _piece_of_a_clause(extracted: str, text: str, words: TruncationWords) -> str | None:
    """Why an extraction taken from after a word of its text is a piece of a clause, not a
    statement, or None: it opens with 'of' ("of the leaders we interviewed": the word it belongs
    to is gone), with 'that' and the subject of its clause ("that the founders who actually ...":
    a clause without the main clause it depends on), or it is a noun phrase after 'a', 'an',
    'one', 'the', 'some', 'each', 'every', 'several' or a possessive with no verb in it ("a broken charger" of "He
    returned a broken charger to the store twice ...", "one Paris lab" of "... at least one Paris
    lab will train a model ...")."""
    first = _CLAUSE_WORDS.match(extracted[:8].lower())
    if first is None or first.group() not in _PIECE_OPENERS:
        return None  # (most extractions open otherwise: asked first, it is the cheap test)
    ws = _CLAUSE_WORDS.findall(extracted.lower().replace("’", "'"))
    if len(ws) < 2:
        return None
    if ws[0] == "of":
        return "it opens with 'of', without the word it belongs to"
    if ws[0] == "that":
        if ws[1] != "one" and (ws[1] in words.determiners or ws[1] in words.personal) and ws[1] not in words.demonstratives:
            return f"it opens with {'that ' + ws[1]!r}, a clause without the main clause it depends on"
        return None
    if (len(ws) > 8 or "," in extracted or len(_WORD.findall(text)) < len(_WORD.findall(extracted)) + 3
            or not text.rstrip()[-1:] in ".!?"):
        return None
    after_preposition = False
    for i, w in enumerate(ws[1:], 1):
        if (w in words.auxiliaries or w in words.be_forms or w in words.subjects or w in words.relatives
                or w in words.past_verbs or w in words.verb_s_forms or w in words.clause_verbs or "'" in w
                or (w.endswith("ed") and ws[i - 1] not in words.determiners and ws[i - 1] not in words.prepositions and i > 1)
                or w in words.conjunctions):
            return None  # a verb, a clause or a list: maybe a statement
        if w in words.prepositions:
            after_preposition = True
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and not after_preposition and i > 1:
            return None  # ("a founder wins": maybe a verb)
    return f"it is only a noun phrase of its text ({ws[0]!r} and a noun), no statement"


def _last_word_whole_in(extracted: str, text: str) -> bool:
    """Does `text` hold the extraction's last word as a whole word?"""
    last = extracted.rstrip(" .!?…").rsplit(None, 1)[-1:]
    if not last or not last[0].isalnum():
        return False
    i = text.find(last[0])
    while i != -1:
        j = i + len(last[0])
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "-'’")) and not (j < len(text) and (text[j].isalnum() or text[j] == "-")):
            return True
        i = text.find(last[0], i + 1)
    return False


def _find(text: str, part: str) -> int:
    i = text.find(part)
    return i if i != -1 else text.lower().find(part.lower())


# an episode whose insights' extractions are all short pieces of their texts (at least
# `_KEY_PHRASES` of them, none over `_KEY_PHRASE_MOST` words, half at most `_KEY_PHRASE_MEDIAN`)
# writes key phrases ("Automating your compliance" of "Automating your compliance is the fastest
# way to unblock enterprise deals ..."), not sentences: a piece is a fragment there only when cut
# inside a word or on a word that cannot end it ("define what the", "AI makes")
_KEY_PHRASES = 4
_KEY_PHRASE_MOST = 9
_KEY_PHRASE_MEDIAN = 5


def _key_phrase_episodes(rows) -> set[int]:
    """The indexes of the episodes among the insight rows (ep, field, text, extracted) whose
    extractions are key phrases: `_KEY_PHRASES` or more (a whole text aside), each shorter than its text and of
    `_KEY_PHRASE_MOST` words at most, their median of `_KEY_PHRASE_MEDIAN` at most."""
    sizes: dict[int, list[int]] = {}
    for ep_i, _, text, extracted in rows:
        if isinstance(extracted, str) and isinstance(text, str) and extracted.strip() != text.strip().rstrip(".!?"):
            n = len(extracted.split())  # (a short insight may be its own key phrase)
            sizes.setdefault(ep_i, []).append(n if n < len(text.split()) else _KEY_PHRASE_MOST + 1)
    return {ep_i for ep_i, ns in sizes.items() if len(ns) >= _KEY_PHRASES and max(ns) <= _KEY_PHRASE_MOST
            and sorted(ns)[(len(ns) - 1) // 2] <= _KEY_PHRASE_MEDIAN}


class FragmentaryExtraction(Rule):
    """## What it does
    Flags an insight whose `extracted` is a fragment of its `text` that no longer stands alone:
    a word or two of a long text ("AI"), a piece cut mid-word, a piece that lost the words its
    grammar needs ("run that could improve the performance of the ad system": the verb lost its
    object; "of the new models ..."; "ones that learn" from "... the ones that learn": the
    noun lost its article), a piece that opens with 'of' or with 'that' and its subject ("that the
    vendors who actually ship": a clause without the main clause it depends on), a noun phrase
    after 'a' with no verb of a sentence ("a broken charger"), or a piece ending on a word that
    cannot end a sentence. A main clause that stands alone is no fragment, though its text went on
    ("the team rewrote the ingestion layer in Go" of "So the team rewrote ..., which cut costs").
    An episode whose extractions are all key phrases (four or more short pieces, none over nine
    words, half of five or fewer) wrote them so by design: there only a piece cut inside a word or
    on a word that cannot end it ("define what the", "AI makes") is a fragment.
    Patterns live in `rules/truncation.yaml`.

    ## Why it matters
    `extracted` is what lists and cards show; a fragment says nothing or says something else.

    ## Example
    ```yaml
    insights:
    - text: the future of AI is less about answering questions and more about being a coworker.
      extracted: AI                                  # flagged
    - text: we should at least be able to have a conversation with them.
      extracted: at least be able to have a conversation with them   # fine
    ```

    ## Fix safety
    Unsafe: the fix replaces `extracted` with the insight's whole `text`, which may be longer
    than the extraction meant to be.
    """

    code = "T702"
    name = "fragmentary-extraction"
    family = "truncation"
    severity = Severity.WARNING
    summary = "Insight extraction that is a fragment of its text (extracted: AI)"
    fixable = "unsafe"

    def check(self, batch):
        words, gl = truncation_words(batch.knowledge), glossary(batch.knowledge)
        rows = batch.rows("insights", "ep", "field", "text", "extracted")
        phrases = _key_phrase_episodes(rows)
        for ep_i, fld, text, extracted in rows:
            if not (isinstance(extracted, str) and isinstance(text, str)):
                continue
            why = self.fragment(extracted.strip(), text.strip(), words, gl)
            if why is None or (ep_i in phrases and "middle of a word" not in why
                               and cut_ending(extracted.strip(), words, gl, prose=True) is None):
                continue  # (an episode's key phrases are short pieces by design: only a cut word or an end tells)
            ep = batch.episodes[ep_i]
            path = f"{fld}.extracted"
            if path not in ep.scalars:
                continue
            value = ep.scalars[path].value
            lead = len(value) - len(value.lstrip())
            start, end, _ = ep.locate(path, lead, lead + len(value.strip()))
            edits = scalar_edit(ep, path, 0, len(value), text.strip())
            fix = Fix("unsafe", "Replace with the insight's text", tuple(edits), (path,)) if edits else None
            yield ep.finding(self, path=path, start=start, end=end, evidence=value.strip(), fix=fix,
                             message=f"Extraction {value.strip()[:60]!r} is a fragment of its text: {why}")

    @staticmethod
    def fragment(extracted: str, text: str, words: TruncationWords, gl) -> str | None:
        if not extracted or extracted == text:
            return None
        n_ex = len(_WORD.findall(extracted))
        if n_ex <= 2 and (n_text := len(_WORD.findall(text))) >= 8:  # (the text's words only then)
            return f"{n_ex} word{'s' if n_ex > 1 else ''} of a {n_text}-word text"
        at = _find(text, extracted)
        if at != -1:
            end = at + len(extracted)
            if at > 0 and text[at - 1].isalnum() and extracted[0].isalnum():
                return "it starts in the middle of a word"
            if end < len(text) and text[end].isalnum() and extracted[-1].isalnum():
                return "it ends in the middle of a word"
        why = FragmentaryExtraction._grammar(extracted, text, at, words, gl)
        # (the grammar is English: "deben | invertir en datos" is no piece of a phrase; asked of a
        # fragment found only, it costs nothing on the others)
        return why if why is None or _english(text, words) else None

    @staticmethod
    def _grammar(extracted: str, text: str, at: int, words: TruncationWords, gl) -> str | None:
        """Why the extraction found at `at` in its text (-1: not found) lost the words its grammar needs."""
        n_ex = len(_WORD.findall(extracted))
        if at != -1:
            if at > 0 and extracted[0].isalpha() and _ARTICLE_BEFORE.search(text, 0, at):
                return "it starts after the article of its first noun, which it lost"
            if at > 0 and extracted[0].isalpha() and (why := _subject_lost(text, at, words)) \
                    and not _clause_of_its_own(extracted, words):
                return why
            if at > 0 and extracted[0].isalpha() and text[at - 1:at].isspace() and text[:at].rstrip()[-1:].isalpha() \
                    and (why := _piece_of_a_clause(extracted, text, words)):
                return why
        if words.lead_fragment.search(extracted) and (at == -1 or _MODAL_BEFORE.search(text, 0, at)):
            return "its first words lost what their grammar needs"
        first = _CLAUSE_WORDS.match(extracted[:10].lower())
        if (at != -1 and first and first.group() in words.adjunct_openers and "," not in extracted
                and len(_WORD.findall(text)) >= len(_WORD.findall(extracted)) + 2):
            # "because labeling medical images is expensive" of "Because ..., teams should ...":
            # an adjunct without the main clause of its text
            return f"it opens with {first.group()!r} and lost the main clause of its text"
        if at != -1 and (why := _last_sentence_opens(extracted, text, at, words)):
            return why
        if at > 0 and (why := _torn_from_its_noun(extracted, text, at, words)):
            return why
        if at > 0 and (why := _complement_alone(extracted, text, at, words)):
            return why
        if (at > 0 and n_ex <= _SHORT_PIECE and first and first.group() in words.function
                and _goes_on(text, at + len(extracted)) and len(_WORD.findall(text)) >= 2 * n_ex + 4):
            # "as model providers" of "Seed valuations will compress as model providers absorb
            # ...": a few words from the middle of the text, opening on a function word
            return f"it is {n_ex} words from the middle of its text, opening on {first.group()!r}"
        if at != -1 and _goes_on(text, at + len(extracted)):
            why = _stops_short(extracted, text, at, words)
            # (a clause of its own that stops inside a phrase of its text tore the phrase: "memory
            # bandwidth will limit inference | throughput" is a fragment still)
            if why and (why.startswith("it stops between") or not _clause_of_its_own(extracted, words)):
                return why
        elif (at > 0 and _starts_inside(text, at, words) and not _clause_of_its_own(extracted, words)
              and not _predicate_of_its_subject(extracted, text, at, words, gl)
              and not (n_ex >= _LONG_PIECE and _PHRASE_OPENER.match(extracted))):
            # (not a longer noun or gerund phrase, which a reader takes alone as a headline: "a
            # small number of people supervising a large number of agents", "regulating the
            # companies that are trying to be careful"; "will set the price ..." lost its subject)
            return "it is a piece from the middle of a sentence of its text, without its start"
        if at > 0 and first and (first.group() in words.conjunctions or (
                (first.group() in words.prepositions or first.group() in words.adjunct_starts)
                and text[:at].rstrip().endswith(",") and "," not in extracted
                and not _subject_and_verb(first.group(), extracted, words)
                and not _main_clause_after_fronted(first.group(), extracted, text, at, words))):
            # "but the best ones start with a spreadsheet", "per task completed rather than per seat"
            # of "..., but ...", "..., per ...": a piece that opens after its text's first clause
            return f"it opens with {first.group()!r} and lost the clause of its text before it"
        # (an extraction that stops only before its text's final period ends where the text does)
        text_end = len(text.rstrip().rstrip(".!?…").rstrip())
        # (an extraction that ends where a word of its text ends has no cut word: "... migrate from
        # pip-tools to uv" of "... to uv to cut ...", "... with Vanta" of "... with Vanta to close ...")
        # (and a reworded one whose last word its text holds whole: "keep a clean cap table with
        # Carta" of "Use Carta to keep a clean cap table ...")
        whole = (not text[at + len(extracted):at + len(extracted) + 1].isalnum() if at != -1
                 else _last_word_whole_in(extracted, text))
        cut = cut_ending(extracted, words, gl, prose=at != -1 and at + len(extracted) < text_end,
                         whole_last=whole)
        if cut is not None and not (at != -1 and at + len(extracted) >= text_end):
            return cut[2]
        return None
