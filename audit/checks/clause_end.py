"""Where a clause can end: the grammar T701 reads the last words of a text with.

Spoken quotes and written LLM text both end mid-clause when they are cut, and both leave words
out that a reader understands ("the customers we sell to", "you don't have to"). The tests here
decide, from the last few words only, whether a text ended or was cut: a word that is only the
start of a word ("doing le"), a word that cannot end a sentence ("one of the"), or a clause that
stays open (a verb without its object, an auxiliary without its verb, a preposition outside a
relative clause). The word classes live in `rules/truncation.yaml` (`TruncationWords`); word
frequencies come from wordfreq (`audit.wordlist`). `truncation.py` holds the rules that use them.
"""

from __future__ import annotations

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from ..wordlist import RARE_WORD_LIST, SortedWords, at_least, sorted_words, zipf, zipf_above
from .misspelling import is_common_word, matcher_for
from .. import regexcache


# A text is done when it ends (before trailing space) on one of these; it is cut when it ends on
# a word ([A-Za-z][A-Za-z'’]*), then maybe space and one of _CUT_PUNCT. Both are tests of the end
# of the text, done with string operations: a regex anchored at $ would be tried at every position.
_DONE_CHARS = frozenset('.!?…"”’)]*0123456789%')
_CUT_PUNCT = frozenset(",;:(-–—")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_CHARS = _LETTERS | {"'", "’"}
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
# "... and | it": a subject right after a conjunction, and nothing after it
_PARTICLE_BEFORE = regexcache.compile(r"(?:\bso|ing|\blog|\bsign|\bmove|\bgo|\bcarry|\bhold|\bcome|\bgive|\bturn)\s+$", re.I)  # a text ending on these may have trailed off on a word that cannot end it
_CLAUSE_START_BEFORE = regexcache.compile(r"\b(?:and|but|so|because|if|when|while|whether|although|though|unless|until|since)\s+(?:then\s+)?$", re.I)  # ("... and then | it")
_LABEL_BEFORE = regexcache.compile(r"\b[A-Z][a-z]+\s+$")


@dataclass
class TruncationWords:
    dangling: set[str]
    prose_dangling: set[str]  # words that end no written sentence (an LLM's prose, a piece of a text)
    short: set[str]
    lead_fragment: re.Pattern
    filler: re.Pattern | None = None  # ", you know,": a filler set off by commas
    stranding: set[str] = field(default_factory=set)  # prepositions speech strands only in a relative clause
    auxiliaries: set[str] = field(default_factory=set)  # end a clause only after a pronoun ("I think they will")
    subjects: set[str] = field(default_factory=set)  # pronouns that are subjects
    infinitive_verbs: set[str] = field(default_factory=set)  # "want to", "have to": 'to' stands for a verb
    # the word classes of the grammar tests of `_speech_cut` (see rules/truncation.yaml)
    embedding: set[str] = field(default_factory=set)  # embedding_words
    negating: set[str] = field(default_factory=set)  # negating_words
    objects: set[str] = field(default_factory=set)  # object_words
    skip_adverbs: set[str] = field(default_factory=set)  # skip_adverbs
    hedges: set[str] = field(default_factory=set)  # hedge_phrases: "it kind of | is"
    two_letter_nouns: set[str] = field(default_factory=set)  # two_letter_nouns: "an ox" ends a title whole
    function: set[str] = field(default_factory=set)  # function_words
    relatives: set[str] = field(default_factory=set)  # relative_pronouns
    quantifiers: set[str] = field(default_factory=set)  # quantifiers
    wh: set[str] = field(default_factory=set)  # wh_words
    prepositions: set[str] = field(default_factory=set)  # prepositions
    wh_verbs: set[str] = field(default_factory=set)  # wh_verbs
    perfect: set[str] = field(default_factory=set)  # perfect_auxiliaries
    complementizers: set[str] = field(default_factory=set)  # complementizers
    demonstratives: set[str] = field(default_factory=set)  # demonstratives
    object_forms: set[str] = field(default_factory=set)  # subject pronouns that are objects too ("I love it too")
    clause_openers: set[str] = field(default_factory=set)  # "make sure | the model": a clause that wants its verb
    determiners: set[str] = field(default_factory=set)  # start a noun phrase ("the", "our", "every")
    past_verbs: set[str] = field(default_factory=set)  # irregular past forms: "that the market | grew" is whole
    that_verbs: set[str] = field(default_factory=set)  # "which means | that": 'that' opens a clause
    that_subjects: set[str] = field(default_factory=set)  # "and that was | that": 'that' is a pronoun
    gap_openers: set[str] = field(default_factory=set)  # "what we listen | to": a clause with an object gap
    # the word classes of `_open_phrase` (see rules/truncation.yaml)
    transitive: set[str] = field(default_factory=set)  # "... and said they | needed": the object is missing
    causative: set[str] = field(default_factory=set)  # "... they let | researchers": the verb is missing
    be_forms: set[str] = field(default_factory=set)  # "it is | needed": a passive
    clause_verbs: set[str] = field(default_factory=set)  # "said | they needed": a clause, not a relative one
    attributive: set[str] = field(default_factory=set)  # "we trained a | single": the noun is missing
    adjective_prepositions: set[str] = field(default_factory=set)  # "a lot of | synthetic"
    degree: set[str] = field(default_factory=set)  # "... were honestly | pretty": the adjective is missing
    phrase_prepositions: set[str] = field(default_factory=set)  # "a wrapper | around": the object is missing
    possessive_own: set[str] = field(default_factory=set)  # "on their | own" is whole
    object_gaps: set[str] = field(default_factory=set)  # "what they | want": the object is the gap
    particles: set[str] = field(default_factory=set)  # "we logged | in": an adverb particle after a verb
    particle_words: set[str] = field(default_factory=set)  # "logged", "early": a final particle after one is whole
    ly_adjectives: set[str] = field(default_factory=set)  # "it was | costly": -ly words that are no adverbs
    end_adverbs: set[str] = field(default_factory=set)  # "they did | too": adverbs that end a clause
    verb_s_forms: set[str] = field(default_factory=set)  # "the assistant | gives": -s forms that are no nouns
    whole_words: set[str] = field(default_factory=set)  # "a Slack | bot": short rare terms that are whole
    indefinites: set[str] = field(default_factory=set)  # "something to think | about": the object of the final preposition
    no_gap_openers: set[str] = field(default_factory=set)  # "how developers build on | top of": a clause without a gap
    indefinite_adjectives: set[str] = field(default_factory=set)  # "an incredible": no noun after 'a'
    intensifiers: set[str] = field(default_factory=set)  # "a really | big": the last word is an adjective
    noun_suffixes: tuple[str, ...] = ()  # "biology | that": a relative 'that' after a noun
    adjective_suffixes: tuple[str, ...] = ()  # "a domestic | stack that": an adjective before its noun
    clause_final: set[str] = field(default_factory=set)  # "comes out | we replace": no noun, no relative clause after it
    subordinators: set[str] = field(default_factory=set)  # "... works in production | when"
    no_gap_before_subordinator: set[str] = field(default_factory=set)  # "not until", "since when"
    relative_nouns: set[str] = field(default_factory=set)  # "the kind of thing | that"
    quantifiers_as_subjects: set[str] = field(default_factory=set)  # "matters | most is": an adverb after a verb
    comparative_intensifiers: set[str] = field(default_factory=set)  # "a much | more"
    approximators: set[str] = field(default_factory=set)  # "on | about": a number is missing
    gerund_verbs: set[str] = field(default_factory=set)  # "we started | using": the gerund's verb
    free_relatives: set[str] = field(default_factory=set)  # "what we found | was"
    since_enders: set[str] = field(default_factory=set)  # "ever | since"
    objects_wanting: set[str] = field(default_factory=set)  # "let | anyone", "give | them"
    measure_nouns: set[str] = field(default_factory=set)  # "about that | a lot": an amount
    main_verbs: set[str] = field(default_factory=set)  # "what we do | is": auxiliaries that are main verbs there
    copula_that: set[str] = field(default_factory=set)  # "the thing is | they are": a clause after a copula
    conditions: set[str] = field(default_factory=set)  # "if you give them tools, | they will": a condition's main clause
    wh_openers: set[str] = field(default_factory=set)  # "look at how | these models": a clause that wants its verb
    tough: set[str] = field(default_factory=set)  # "great to work | with": the infinitive's object is the gap
    result_degree: set[str] = field(default_factory=set)  # "so cheap that | people stopped worrying about"
    copulas: set[str] = field(default_factory=set)  # "... the interconnect | becomes": no complement
    sentence_adverbs: set[str] = field(default_factory=set)  # "... and | suddenly": an adverb before its clause
    conjunctions: set[str] = field(default_factory=set)  # and, but, or, nor
    standalone_adverbs: set[str] = field(default_factory=set)  # "not yet, but | eventually" is whole
    result_wh: set[str] = field(default_factory=set)  # "what struck me was | how"
    ordinals: set[str] = field(default_factory=set)  # "in the | first": the ordinal's noun is missing
    personal: set[str] = field(default_factory=set)  # "... and | it was": personal pronouns
    adverbial_openers: set[str] = field(default_factory=set)  # "why | people are": no gap for 'be'
    reporting: set[str] = field(default_factory=set)  # "... and he | said": what was said is missing
    focus_adverbs: set[str] = field(default_factory=set)  # "... but only | when": a focus on a clause that is missing
    object_optional: set[str] = field(default_factory=set)  # "we're | hiring", "to | raise": no object needed
    negative_subjects: set[str] = field(default_factory=set)  # "... and nobody | replaces": the act happens not at all
    word_endings: tuple[str, ...] = ()  # "interpretabil" + "ity": the start of a rare word
    number_words: set[str] = field(default_factory=set)  # "a three-week | trial": a number makes a compound an adjective
    relative_starts: set[str] = field(default_factory=set)  # "| which is still the best ...": a quote's start cut off
    distributive: set[str] = field(default_factory=set)  # "one of | each", "a dollar | each": a share that needs no noun
    compound_heads: set[str] = field(default_factory=set)  # "a usage-based | plan": the last parts of compound adjectives
    question_nouns: set[str] = field(default_factory=set)  # "the question is | why": a wh-word that ends it
    stance_verbs: set[str] = field(default_factory=set)  # "the guest argues | that ...": an extraction may start after one
    adjunct_starts: set[str] = field(default_factory=set)  # "... basic chat | within two years": a phrase the clause can stop before
    adjunct_openers: set[str] = field(default_factory=set)  # "because ...", "despite ...": an adjunct that wants its main clause
    quoted_clause_joins: set[str] = field(default_factory=set)  # "and | we made a bet ...": a quoted clause may leave it out
    # the word classes of `_open_pair` and the stranding test of `cut_ending` (see rules/truncation.yaml)
    never_stranded: set[str] = field(default_factory=set)  # "... instead | of": no clause strands it
    between_whole: set[str] = field(default_factory=set)  # "between | us": one term is enough
    between_adverb: set[str] = field(default_factory=set)  # "somewhere in | between": an adverb
    make_forms: set[str] = field(default_factory=set)  # "it | made our models look"
    linking: set[str] = field(default_factory=set)  # "... made our models | look": wants what it links to
    stranded_last: frozenset[str] = frozenset()  # the last words of `never_stranded`
    whole_phrase_last: frozenset[str] = frozenset()  # the last words of `whole_phrases`
    # the word classes of the tr17 tests (see rules/truncation.yaml)
    derived_endings: set[str] = field(default_factory=set)  # "the procure|ment": a derivation the last word starts
    be_adverbs: set[str] = field(default_factory=set)  # "... is just": an adverb after 'be' without its complement
    progressive_stems: set[str] = field(default_factory=set)  # "... the emails were | land": an -ing form cut to its stem
    progressive_be: set[str] = field(default_factory=set)  # the forms of 'be' before such a stem
    wh_object_verbs: set[str] = field(default_factory=set)  # "... so I know what": 'what' without its clause
    partitives: set[str] = field(default_factory=set)  # "a lot of | the farmers ...": a quantity before a subject
    pp_prepositions: set[str] = field(default_factory=set)  # "the biggest risk | to the company": a phrase after a noun
    gerund_prepositions: set[str] = field(default_factory=set)  # "without | deleting": wants the verb's object
    possessives: set[str] = field(default_factory=set)  # "inside the tool | our customer": a relative clause's subject
    unmarked_plurals: set[str] = field(default_factory=set)  # "where most people | meet AI": a plural without -s, its verb after it
    plural_subject_verbs: set[str] = field(default_factory=set)  # "when the complaints | start": a plural's verb, no noun
    singular_numbers: set[str] = field(default_factory=set)  # "one | month": a number before a singular noun
    unit_nouns: set[str] = field(default_factory=set)  # "a two | year": a unit of measure that modifies a noun
    clause_only_verbs: set[str] = field(default_factory=set)  # "I think | the companies ...": a clause follows
    aside_openers: set[str] = field(default_factory=set)  # "the nurses, | not the doctors, |": an aside
    whole_phrases: set[str] = field(default_factory=set)  # "per se", "in C": a short last word made whole
    passive_phrases: set[str] = field(default_factory=set)  # "paid for": whole after 'is', 'being', 'not'
    passive_last: frozenset[str] = frozenset()  # the prepositions of `passive_phrases`
    compound_ends: set[str] = field(default_factory=set)  # "drug-|like", "follow-|up": a compound's whole last part
    no_before: set[str] = field(default_factory=set)  # "... policies that | no": 'no' wants its noun
    negative_contractions: set[str] = field(default_factory=set)  # "didn'|t": a contraction cut after its apostrophe
    partitive_heads: set[str] = field(default_factory=set)  # "a lot | of them will": a quantity, the subject
    object_prepositions: set[str] = field(default_factory=set)  # "... documents before | signing": wants its object
    subject_relatives: set[str] = field(default_factory=set)  # "the companies | that win": a relative clause's subject
    approximate_prepositions: set[str] = field(default_factory=set)  # "about | forty": before a number
    fronted: set[str] = field(default_factory=set)  # "within five years | most reports will ...": a phrase before the clause
    too_intensifiers: set[str] = field(default_factory=set)  # "far | too": 'too' of degree, wanting its adjective
    opening_phrases: set[str] = field(default_factory=set)  # "... so that", "in order to": a clause or verb wanted
    opening_last: frozenset[str] = frozenset()  # the last words of `opening_phrases`
    preposition_verbs: set[str] = field(default_factory=set)  # "we fine-tuned it | on": no particle after their object
    naming: set[str] = field(default_factory=set)  # "a company | called": the name is missing
    reflexives: set[str] = field(default_factory=set)  # "speak for | themselves": a verb stands before one
    object_pronouns: set[str] = field(default_factory=set)  # "... monthly | us": no pronoun after an adjective
    so_degree_verbs: set[str] = field(default_factory=set)  # "... looked | so": 'so' of degree, wanting its adjective
    name_suffixes: set[str] = field(default_factory=set)  # "Scale | AI": a short form of a name drops it
    title_dangling: set[str] = field(default_factory=set)  # "... and What | to": no headline ends on one
    title_stub_onsets: set[str] = field(default_factory=set)  # "... Are Never | Fr": two letters that only start words
    start_stubs: set[str] = field(default_factory=set)  # "ing | out the data ...": a word's ending, no word itself
    end_prefixes: set[str] = field(default_factory=set)  # "... embarrassing to | pre": a word's start, no word itself
    bare_object_nouns: set[str] = field(default_factory=set)  # "left | room | for": a verb's bare noun of an idiom
    modal_stranded: set[str] = field(default_factory=set)  # "... can | out": no clause ends on one after a modal
    relative_auxiliaries: set[str] = field(default_factory=set)  # "who had | spent": a relative's own auxiliaries
    relative_objects: set[str] = field(default_factory=set)  # "who spent a year on | it": a relative's object pronouns
    do_forms: set[str] = field(default_factory=set)  # "... the ones who upgraded | did": 'do' stands for any verb
    pronoun_or_determiner: set[str] = field(default_factory=set)  # "his": a pronoun after 'be', else a determiner
    closing_prepositions: set[str] = field(default_factory=set)  # "after": an adverb only after a time word
    closing_before: set[str] = field(default_factory=set)  # "soon | after", "look | after": whole
    possessive_pronoun_before: set[str] = field(default_factory=set)  # "a friend of | his": the pronoun
    possessive_ellipsis: set[str] = field(default_factory=set)  # "better than | Google's": the possessive is whole
    contraction_stems: set[str] = field(default_factory=set)  # "let's": a contraction, no possessive
    apostrophe_names: set[str] = field(default_factory=set)  # "McDonald's": a name, no possessive
    scale_words: set[str] = field(default_factory=set)  # "million": a number's scale word
    scale_short: set[str] = field(default_factory=set)  # "mil", "bn": a scale word's whole short form
    ed_nouns: set[str] = field(default_factory=set)  # "a hundred", "a thread": nouns in -ed
    relative_heads: set[str] = field(default_factory=set)  # "the ones | that": 'that' after them is a relative
    whole_superlatives: set[str] = field(default_factory=set)  # "we did our best": a superlative that is whole
    contact_heads: set[str] = field(default_factory=set)  # "the only asset | the medium has": a relative clause's noun after it
    nominal_conjunctions: set[str] = field(default_factory=set)  # "a big if": a conjunction used as a noun
    time_comparatives: set[str] = field(default_factory=set)  # "for much longer": a comparative that is whole
    noun_determiners: set[str] = field(default_factory=set)  # "the", "our": determiners that are no pronoun
    # the word classes of the tr22 tests (see rules/truncation.yaml)
    linking_forms: set[str] = field(default_factory=set)  # "... made the answers look | slightly": wants its adjective
    have_most: set[str] = field(default_factory=set)  # "the one that has | the most": wants the noun it has most of
    superlative_amounts: set[str] = field(default_factory=set)  # "most", "least", "fewest"
    comparative_amounts: set[str] = field(default_factory=set)  # "is | a lot more": a comparison after 'be'
    bare_be: set[str] = field(default_factory=set)  # "be", "is", "was": 'be' without a contraction
    percentile_heads: set[str] = field(default_factory=set)  # "in the top | 1": a share cut before its '%'
    time_subordinators: set[str] = field(default_factory=set)  # "only after | we had": a clause, not a gap
    be_degree: set[str] = field(default_factory=set)  # "... tends to be | much": wants its comparative
    obligation_verbs: set[str] = field(default_factory=set)  # "... the outputs have to | be": wants its complement
    approximate_openers: set[str] = field(default_factory=set)  # "somewhere | around": wants its number
    correlatives: set[str] = field(default_factory=set)  # "where you | either": wants its 'or'
    amount_verbs: set[str] = field(default_factory=set)  # "is worth | at least": wants the amount
    amount_limits: set[str] = field(default_factory=set)  # "least", "most" of "at least", "at most"
    determiner_adjectives: set[str] = field(default_factory=set)  # "the | only": wants its noun
    past_closing: set[str] = field(default_factory=set)  # "... we had seen it | before": an adverb only about the past
    past_closing_whole: set[str] = field(default_factory=set)  # "never", "than": make a final 'before' an adverb
    object_that_verbs: set[str] = field(default_factory=set)  # "told | them | that": an object, then a clause
    not_adverbs: set[str] = field(default_factory=set)  # "... was not | exactly": wants what it grades
    ellipsis_openers: set[str] = field(default_factory=set)  # "..., but it | hasn't": the verb is the clause's before
    ellipsis_adverbs: set[str] = field(default_factory=set)  # "my team would | too": the verb is understood
    ellipsis_comparisons: set[str] = field(default_factory=set)  # "before the analysts | did": the verb is the clause's before
    modals: set[str] = field(default_factory=set)  # "if you can automate it, you | should"
    how_amounts: set[str] = field(default_factory=set)  # "... is how | much": wants its clause
    you_openers: set[str] = field(default_factory=set)  # "... exactly what | you": 'you' the subject of their clause
    verb_particles: set[str] = field(default_factory=set)  # "set | up the cluster": a phrasal verb's particle
    time_adverbs: set[str] = field(default_factory=set)  # "load | long before they fail": before a phrase of time


# TruncationWords' word classes -> their keys in rules/truncation.yaml (lowercased, ’ as ')
_WORD_CLASSES = {
    "stranding": "stranding_prepositions", "auxiliaries": "auxiliaries", "subjects": "subject_pronouns",
    "infinitive_verbs": "infinitive_verbs", "embedding": "embedding_words", "negating": "negating_words",
    "objects": "object_words", "skip_adverbs": "skip_adverbs", "hedges": "hedge_phrases",
    "two_letter_nouns": "two_letter_nouns", "function": "function_words",
    "relatives": "relative_pronouns", "quantifiers": "quantifiers", "wh": "wh_words", "prepositions": "prepositions",
    "wh_verbs": "wh_verbs", "perfect": "perfect_auxiliaries", "complementizers": "complementizers",
    "demonstratives": "demonstratives", "object_forms": "object_forms", "clause_openers": "clause_openers",
    "determiners": "determiners", "past_verbs": "past_verbs", "that_verbs": "that_verbs",
    "that_subjects": "that_subjects", "gap_openers": "gap_openers",
    "transitive": "transitive_verbs", "causative": "causative_verbs", "be_forms": "be_forms",
    "clause_verbs": "clause_verbs", "attributive": "attributive_adjectives",
    "adjective_prepositions": "adjective_prepositions", "degree": "degree_adverbs",
    "phrase_prepositions": "phrase_prepositions", "possessive_own": "possessive_own", "object_gaps": "object_gap_words",
    "particles": "particles", "particle_words": "particle_words", "ly_adjectives": "ly_adjectives",
    "end_adverbs": "end_adverbs", "verb_s_forms": "verb_s_forms", "whole_words": "whole_words",
    "indefinites": "indefinite_pronouns", "no_gap_openers": "no_gap_openers",
    "copula_that": "copula_complements", "conditions": "condition_openers",
    "indefinite_adjectives": "indefinite_adjectives", "intensifiers": "intensifiers",
    "clause_final": "clause_final_adverbs", "subordinators": "subordinators",
    "no_gap_before_subordinator": "subordinator_enders", "relative_nouns": "relative_nouns",
    "quantifiers_as_subjects": "quantifier_subjects",
    "comparative_intensifiers": "comparative_intensifiers", 
    "approximators": "approximators", "gerund_verbs": "gerund_verbs", "free_relatives": "free_relatives", "measure_nouns": "measure_nouns",
    "since_enders": "since_enders", "objects_wanting": "verbs_wanting_more_than_an_object",
    "main_verbs": "free_relative_verbs",
    "wh_openers": "wh_openers", "tough": "tough_adjectives", "result_degree": "result_degree_words",
    "copulas": "copula_verbs", "sentence_adverbs": "sentence_adverbs", "conjunctions": "conjunctions", "standalone_adverbs": "standalone_adverbs",
    "result_wh": "result_wh", "ordinals": "ordinals", "personal": "personal_pronouns",
    "adverbial_openers": "adverbial_openers", "reporting": "reporting_verbs",
    "object_optional": "object_optional_verbs", "focus_adverbs": "focus_adverbs", "negative_subjects": "negative_subjects",
    "number_words": "number_words", "distributive": "distributive_pronouns", "relative_starts": "relative_starts", "compound_heads": "compound_adjective_heads",
    "stance_verbs": "stance_verbs", "question_nouns": "question_nouns", "adjunct_starts": "adjunct_starts", "adjunct_openers": "adjunct_openers", "quoted_clause_joins": "quoted_clause_joins",
    "never_stranded": "never_stranded_prepositions", "between_whole": "between_whole_words",
    "between_adverb": "between_adverb_words", "make_forms": "make_forms", "linking": "linking_verbs",
    "derived_endings": "derived_word_endings", "be_adverbs": "be_adverbs", "progressive_stems": "progressive_stems", "progressive_be": "progressive_be", "wh_object_verbs": "wh_object_verbs",
    "partitives": "partitive_openers", "pp_prepositions": "noun_phrase_prepositions", "gerund_prepositions": "gerund_prepositions", "possessives": "possessive_determiners",
    "singular_numbers": "singular_numbers", "unit_nouns": "unit_nouns", "clause_only_verbs": "clause_only_verbs", "aside_openers": "aside_openers", "whole_phrases": "whole_final_phrases", "passive_phrases": "passive_prepositional_verbs", "compound_ends": "compound_final_words", "no_before": "no_determiner_before", "negative_contractions": "negative_contractions", "partitive_heads": "partitive_heads", "object_prepositions": "object_prepositions", "subject_relatives": "subject_relatives", "approximate_prepositions": "approximate_prepositions", "fronted": "fronted_phrase_prepositions",
    "too_intensifiers": "too_intensifiers", "opening_phrases": "clause_opening_phrases", "preposition_verbs": "preposition_verbs",
    "naming": "naming_participles", "reflexives": "reflexive_pronouns", "object_pronouns": "object_pronouns",
    "so_degree_verbs": "so_degree_verbs", "name_suffixes": "name_suffixes", "title_dangling": "title_dangling_words", "title_stub_onsets": "title_stub_onsets", "start_stubs": "start_stubs", "end_prefixes": "end_prefixes", "bare_object_nouns": "bare_object_nouns", "modal_stranded": "modal_stranded",
    "relative_auxiliaries": "relative_auxiliaries", "relative_objects": "relative_objects", "do_forms": "do_forms",
    "pronoun_or_determiner": "pronoun_or_determiner", "possessive_pronoun_before": "possessive_pronoun_before",
    "possessive_ellipsis": "possessive_ellipsis_words", "contraction_stems": "possessive_contraction_stems",
    "apostrophe_names": "apostrophe_names", "scale_words": "scale_words", "scale_short": "scale_abbreviations",
    "ed_nouns": "ed_nouns", "relative_heads": "relative_heads", "nominal_conjunctions": "nominal_conjunctions", "time_comparatives": "time_comparatives", "whole_superlatives": "whole_superlatives", "contact_heads": "contact_head_words", "noun_determiners": "noun_determiners",
    "closing_prepositions": "closing_prepositions", "closing_before": "closing_prepositions_whole_after",
    "linking_forms": "linking_verb_forms", "have_most": "have_most_verbs", "superlative_amounts": "superlative_amounts",
    "comparative_amounts": "be_comparative_amounts", "bare_be": "bare_be_forms", "percentile_heads": "percentile_heads",
    "time_subordinators": "time_subordinators", "be_degree": "be_degree_words", "obligation_verbs": "obligation_verbs",
    "approximate_openers": "approximate_openers", "correlatives": "correlative_firsts",
    "amount_verbs": "amount_verbs", "amount_limits": "amount_limits", "determiner_adjectives": "determiner_adjectives",
    "past_closing": "past_closing_prepositions", "past_closing_whole": "past_closing_whole_words",
    "object_that_verbs": "object_that_verbs", "not_adverbs": "not_adverbs",
    "ellipsis_openers": "ellipsis_openers", "ellipsis_adverbs": "ellipsis_adverbs", "ellipsis_comparisons": "ellipsis_comparisons", "unmarked_plurals": "unmarked_plurals", "plural_subject_verbs": "plural_subject_verbs", "modals": "modal_auxiliaries", "how_amounts": "how_amounts",
    "you_openers": "clause_openers_before_you", "verb_particles": "verb_particles", "time_adverbs": "time_adverbs",
}


def parse_truncation(data, where: str) -> TruncationWords:
    data = data or {}
    expect(data, dict, where, "truncation")
    known_keys(data, {"version", "dangling_words", "prose_dangling_words", "short_words", "lead_fragments",
                      "transitive_stems", "noun_suffixes", "adjective_suffixes", "fillers", "word_endings", *_WORD_CLASSES.values()}, where, "truncation")
    leads = str_list(data.get("lead_fragments"), where, "lead_fragments")
    for i, p in enumerate(leads):
        try:
            regexcache.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: lead_fragments[{i}]: invalid regular expression: {exc}") from None
    classes = {attr: _lower_set(data, key, where) for attr, key in _WORD_CLASSES.items()}
    for stem in _lower_set(data, "transitive_stems", where):
        classes["transitive"].update(verb_forms(stem))
    classes["transitive"].update(classes["verb_s_forms"])
    classes["so_degree_verbs"] = {f for stem in classes["so_degree_verbs"] for f in verb_forms(stem)}
    classes["stranded_last"] = frozenset({phrase.rsplit(" ", 1)[-1] for phrase in classes["never_stranded"]})
    classes["whole_phrase_last"] = frozenset({phrase.rsplit(" ", 1)[-1] for phrase in classes["whole_phrases"]})
    classes["passive_last"] = frozenset({phrase.rsplit(" ", 1)[-1] for phrase in classes["passive_phrases"]})
    classes["opening_last"] = frozenset({phrase.rsplit(" ", 1)[-1] for phrase in classes["opening_phrases"]})
    classes["noun_suffixes"] = tuple(sorted(_lower_set(data, "noun_suffixes", where)))
    classes["adjective_suffixes"] = tuple(sorted(_lower_set(data, "adjective_suffixes", where)))
    classes["word_endings"] = tuple(sorted(_lower_set(data, "word_endings", where)))
    # longest first, ties in a fixed order: the pattern's text is the same in every process (the
    # compiled-regex cache is keyed by it; a set's order changes with the string hash seed)
    fillers = sorted(_lower_set(data, "fillers", where), key=lambda f: (-len(f), f))
    classes["filler"] = (regexcache.compile(r",\s*(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fillers)
                                    + r")\s*,(?=\s)", re.I) if fillers else None)
    return TruncationWords(
        dangling={w.lower() for w in str_list(data.get("dangling_words"), where, "dangling_words")},
        prose_dangling={w.lower() for w in str_list(data.get("prose_dangling_words"), where, "prose_dangling_words")},
        short={w.lower() for w in str_list(data.get("short_words"), where, "short_words")},
        lead_fragment=regexcache.compile("|".join(f"(?:{p})" for p in leads) or r"(?!x)x", re.I),
        **classes,
    )


def verb_forms(stem: str) -> set[str]:
    """A verb stem and its regular forms: -s, -ed and -ing ("handle": handles, handled, handling;
    "deploy": deploys, deployed, deploying; "reach": reaches). Irregular and doubled forms are
    listed in rules/truncation.yaml as words of their own."""
    if stem.endswith(("s", "sh", "ch", "x", "z")):
        third = stem + "es"
    elif stem.endswith("y") and stem[-2:-1] not in tuple("aeiou"):
        third = stem[:-1] + "ies"
    else:
        third = stem + "s"
    if stem.endswith("e"):
        past, ing = stem + "d", (stem + "ing" if stem.endswith("ee") else stem[:-1] + "ing")
    elif stem.endswith("y") and stem[-2:-1] not in tuple("aeiou"):
        past, ing = stem[:-1] + "ied", stem + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    return {stem, third, past, ing}


def _lower_set(data, key: str, where: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in str_list(data.get(key), where, key)}


def truncation_words(knowledge: Knowledge) -> TruncationWords:
    return knowledge.get("truncation", parse_truncation, required=False)


def _done(stripped: str) -> bool:
    """Does the text (without trailing space) end complete: on . ! ? … a quote, bracket, * or digit?"""
    return bool(stripped) and stripped[-1] in _DONE_CHARS


def _last_word(stripped: str) -> tuple[int, int, int] | None:
    """(a, q, b) when the text (without trailing space) ends on a word stripped[a:q], then maybe
    space and a comma, semicolon, colon, bracket or dash ending at b (b == q without one)."""
    q = len(stripped)
    b = q
    if q and stripped[-1] in _CUT_PUNCT:
        q = len(stripped[:-1].rstrip())
    else:
        b = -1
    a = q
    while a > 0 and stripped[a - 1] in _WORD_CHARS:
        a -= 1
    if a > 0 and stripped[a - 1].isalpha():
        return None  # the end of a word with a letter beyond ASCII ("este año", "in Zürich"): no stub of an English word
    while a < q and stripped[a] not in _LETTERS:
        a += 1  # a word starts with a letter
    if a == q:
        return None
    return a, q, (q if b == -1 else b)


@lru_cache(maxsize=1)
def _common_words() -> tuple[str, ...]:
    """The 40,000 most common English words (letters only), sorted: words sharing a prefix are
    neighbours, so one bisection finds them (a set of all their prefixes took 0.1 s to build).
    A tuple of their own: 2 MB, and looked up often enough that indexing should cost nothing."""
    return tuple(sorted_words(40000))


@lru_cache(maxsize=1)
def _common_set() -> frozenset[str]:
    """The words of `_common_words`, as a set."""
    return frozenset(_common_words())


def is_word_start(low: str, more: int = 2) -> bool:
    """Is `low` the start of a common word at least `more` letters longer ("alignm" of "alignment")?"""
    words = _common_words()
    i = bisect_left(words, low)
    while i < len(words) and words[i].startswith(low):
        if len(words[i]) >= len(low) + more and (words[i] != low + "s" or _clipped_before_s(low)):
            return True  # (a plural is no longer word, unless the word without its s is a clipping: "alway")
        i += 1
    return False


# the words an unlisted stub is looked up among ("Telek" of "telekom", "Ofq" of "ofqual", "micromo"
# of "micromolar"): wordfreq's list this far down, read only when a text ends on an unlisted word
_RARE_WORDS = RARE_WORD_LIST


@lru_cache(maxsize=1)
def _rare_words() -> SortedWords:
    return sorted_words(_RARE_WORDS, ascii_only=True)


def unlisted_word_start(low: str) -> bool:
    """Is `low` (three letters at least) in none of wordfreq's English words, but the start of
    one at least two letters longer (not its plural)? A name or word cut short is no word at all
    ("Deutsche Telek", "runs on Kuberne", "which Ofq"); a rare whole name is mostly listed
    ("Tallinn", "Adebayo") or starts no word ("Vanderlande")."""
    if len(low) < 3 or not low.isascii() or zipf(low) > 0:
        return False
    for word in _rare_words().starting_with(low):
        if len(word) >= len(low) + 2 and word not in (low + "es", low + "'s"):
            return True
    return False


# a word that its form with a final s outnumbers this much (Zipf) is that word cut before the s
# ("alway" 2.6 of "always" 6.1), no singular of a plural ("hyperscaler", "embedder")
_CLIPPED_S_MARGIN = 2.0
# a common word after a determiner or a number that a derivation outnumbers this much (Zipf) is
# the start of that derivation ("the procure|ment", "three differ|ent"; not "my mom", "the sign")
_DERIVED_MARGIN = 0.5
# a rare lowercase word this long at least that a word one or two letters longer outnumbers this
# much (Zipf) is that word cut ("forge" 3.4 of "forget" 5.2; not "hyperscaler", "orchard")
# a noun after a number above one is singular only when it is this much (Zipf) more common than
# its plural ("people"/"peoples", "percent"/"percents"); else the plural's s was cut ("month")
_PLURAL_MARGIN = 1.0
_CLIPPED_MIN = 5
_CLIPPED_ZIPF = 4.0
_CLIPPED_MARGIN = 1.5


# a word of three letters after a determiner rarer than this ("yea" 4.3) is cut when one more letter
# makes a word this much (Zipf) more common ("year" 6.0), not its plural ("the fee": "feel" 5.6 is
# less than 1.5 above it; "the tea", "the man", "the car" are whole)
_THREE_AFTER_DETERMINER_ZIPF = 4.5
_ONE_LETTER_MARGIN = 1.5


def _one_letter_more(low: str) -> str | None:
    """The word `low` and one more letter (not an s) that is `_ONE_LETTER_MARGIN` more common
    than `low`, or None."""
    z = zipf(low)
    best, best_z = None, None
    for c in "abcdefghijklmnopqrtuvwxyz":
        longer = low + c
        if at_least(longer, z + _ONE_LETTER_MARGIN) and (best_z is None or zipf(longer) > best_z):
            best, best_z = longer, zipf(longer)
    return best


def _clipped_before_s(low: str) -> bool:
    z = zipf_above(low + "s", _CLIPPED_S_MARGIN + _CLIPPED_FLOOR)
    return z is not None and not at_least(low, z - _CLIPPED_S_MARGIN)


# the least Zipf value the frequency tests read: wordfreq's list is read from its most common
# words down, and reading it whole costs ~150 ms, ten times reading it down to 3
_CLIPPED_FLOOR = 3.0


# a word of three letters rarer than this is mostly a clipped word ("tha", "pla", "mod", "hos"),
# when a longer word it starts is this much (Zipf) more common than it ("that" 7.0 of "tha" 3.6,
# "model" 5.1 of "mod" 3.9), or a term of the field is (`whole_words`: "eval" of "eva"): a rare
# whole word starts no commoner one ("wax", "yak", "npm", "sow", "meh"), or one hardly commoner
# ("hen" 3.6, "henry" 4.7)
_THREE_LETTER_ZIPF = 4.0
_THREE_LETTER_MARGIN = 1.2
# (the rarest Zipf read for a three-letter word: wordfreq's list is read down to it, not whole)
_THREE_LETTER_FLOOR = 2.0
# a longer word rarer than this that starts a common word is a stub ("telem" 1.1, "bruss" 1.2);
# from it up, the margin above decides ("cron" 2.5 of "cronies" 3.0 is whole)
_RARE_STUB_FLOOR = 1.5
# a word of this many letters at least this frequent is a whole word, though rarer than a common
# one and the start of a longer word ("consolidate", "automate", "iterate"); cut stubs this long
# are no words ("hallucin", "observab", Zipf 0; "performa" 1.97)
_LONG_WORD = 7
_LONG_WORD_ZIPF = 2.0
# a lowercase word rarer than this that an ending makes a word at least this frequent is the start
# of a rare word ("interpretabil" of "interpretability", Zipf 1.5)
_RARE_WORD_ZIPF = 1.0
_WHOLE_ENDINGS = ("ers", "ing", "ed", "ion", "ity", "ness", "ment")  # a rare word ending so is whole ("hyperscalers")


def _word_before(stripped: str, a: int) -> str:
    """The word before offset `a`, lowercased ("" at the start)."""
    prev = stripped[max(0, a - 30):a].split()
    return prev[-1].lower() if prev else ""


_HYPHEN_HEAD = regexcache.compile(r"[A-Za-z]+\Z")  # the part of a compound before its last hyphen
_COMPOUND_WORD_ZIPF = 3.0  # a compound's parts written together this common are a word ("coop" 3.2)


def _share_before(stripped: str, a: int, words) -> bool:
    """Do the words before offset `a` give an amount that a final "each" shares out: "of" ("one of
    | each"), a number ("two | each", "$5 | each"), or a noun after one ("a dollar | each", "three
    points | each")?"""
    prev = stripped[max(0, a - 40):a].split()[-2:]
    if not prev:
        return False
    last, first = prev[-1].lower(), prev[0].lower() if len(prev) == 2 else ""
    number = lambda w: w in words.number_words or any(c.isdigit() for c in w)
    return last == "of" or number(last) or (last.isalpha() and (first in ("a", "an") or number(first)))


def _lower_before(stripped: str, a: int) -> bool:
    """Is the word before offset `a` lowercase ("in | Bruss"; not "Brad | Pitt")?"""
    prev = stripped[max(0, a - 30):a].split()
    return bool(prev) and prev[-1][:1].islower()


# the words of a text's last clause (after the last , ; : . ! ? or bracket), lowercased, ' for ’
_CLAUSE_WORDS = regexcache.compile(r"[a-z][a-z']*(?:-[a-z][a-z']*)*")  # ("trade-off" is one word)
_LEADING_DIGIT = regexcache.compile(r"\d")
_CLAUSE_END = regexcache.compile(r"[,;:.!?()\[\]\"“”—–]")


def _is_subject(words: list[str], k: int, prepositions: set[str]) -> bool:
    """Is the pronoun words[k] a subject, not the object of a preposition ("the pressure on it")?"""
    return k == 0 or words[k - 1] not in prepositions


def _last_clause(text: str, a: int) -> list[str]:
    """The words of the clause that ends at text[a:] (its last word included), lowercased (a
    copy: the tests of one text ask for it several times, and some change what they get)."""
    return list(_clause_words(text, a))


@lru_cache(maxsize=4)  # (the calls for one text only: a corpus seldom repeats a text)
def _clause_words(text: str, a: int) -> tuple[str, ...]:
    start = 0
    for m in _CLAUSE_END.finditer(text, max(0, a - 300), a):
        start = m.end()
    return tuple(_CLAUSE_WORDS.findall(text[start:].lower().replace("’", "'")))


def _speech_cut(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a quote (speech, which strands prepositions and leaves out verbs after a pronoun)
    that ends on the word text[a:] = `low` was cut, or None: a preposition outside a relative
    clause ("... come down to"; not "the customers we sell to"), 'to' after a verb that wants
    another ("we wanted people to"; not "you don't have to"), an auxiliary after a noun
    ("... and the humans will"; not "I think they will", "more than the models can"), a
    demonstrative after a complementizer ("... predicted that this"), ', then'."""
    low = low.replace("’", "'")
    ended = low  # (the text's last word: an adverb after the auxiliary is read past below)
    if (low not in words.stranding and low not in words.auxiliaries and low not in words.demonstratives
            and low not in words.relatives and low not in words.skip_adverbs and low != "then"
            and low not in ("be", "been", "not") and not _ly_adverb(low, words)):
        return None
    clause = _last_clause(text, a)
    if not clause or clause[-1] != low:
        return None
    if low == "not":  # "... the results were | not": the auxiliary's test ("I hope not", "whether or not" pass)
        if len(clause) < 2 or clause[-2] not in words.auxiliaries:
            return None
        clause, low = clause[:-1], clause[-2]
        negated = True
    else:
        negated = low.endswith(("n't", "n’t"))  # "... training costs aren't"
    if low in ("be", "been"):
        # "... and the results have been", "... the costs will be": the auxiliary and its 'be'
        # lost their complement; "that's how it's always been", "the way it should be" are whole
        # (only the words after the last 'that' count: "... when we realized that the evals we had
        # been" lost its complement, the 'when' is another clause's)
        tail = clause[len(clause) - 1 - clause[::-1].index("that"):] if "that" in clause[:-1] else clause
        if (low == "be" and len(clause) > 3 and clause[-2] == "to" and clause[-3] in words.obligation_verbs
                and "way" not in clause and "?" not in text[:a] and not words.negating.intersection(clause)
                and not any(w in words.gap_openers or w in words.wh for w in tail)):  # ("you don't have to be")
            # "... and said the model's outputs have to be": the obligation lost its complement
            # (not "the way it has to be", "what it needs to be")
            return f"ends on {clause[-3] + ' to be'!r}, without what it has to be"
        if len(clause) < 2 or words.embedding.intersection(tail) or "way" in clause or "?" in text[:a]:
            return None
        j = len(clause) - 2
        while j > 0 and _adverb(clause[j], words):
            j -= 1  # "... has always | been"
        prev = clause[j]
        if low == "been" and (prev in words.perfect or prev.endswith(("'ve", "'s"))):
            if _BE_BEFORE_COMMA.search(text[max(0, a - 300):a]):  # (the last clauses only: a bounded scan)
                return None  # "software is the moat, it always has been": the first clause says what
            return f"ends on {prev + ' been'!r}, without what it has been"
        if low == "be" and prev in words.auxiliaries and prev not in words.perfect:
            clause, low = clause[:-1], prev  # "... the costs will | be": the auxiliary's test
        else:
            return None
    if low in words.skip_adverbs or _ly_adverb(low, words):  # "... the scaling laws have already"
        while clause and (clause[-1] in words.skip_adverbs or _ly_adverb(clause[-1], words)):
            clause = clause[:-1]
        if (clause and clause[-1] in words.auxiliaries and (low not in words.end_adverbs or low == "already")
                and (not words.embedding.intersection(clause[:-1]) or low == "ever" or low == "never")):
            # ('ever' and 'never' after an auxiliary want their verb in any clause: "... whether
            # royalties will ever", "... to a human who has never")
            # "... the model was only", "... the results were consistently": the auxiliary lost
            # the verb or complement the adverb stood before
            return f"ends on {clause[-1] + ' ' + low!r}, an auxiliary and an adverb without what follows"
        if (clause and clause[-1] in words.copulas and low not in words.end_adverbs
                and not words.embedding.intersection(clause[:-1])):
            # "... the classifier became considerably": 'become' lost the complement the adverb
            # stood before
            return f"ends on {clause[-1] + ' ' + low!r}, 'become' and an adverb without what follows"
        if (clause and clause[-1] in words.subjects
                and not (clause[-1] == "there" and len(clause) > 1 and clause[-2] in words.be_forms)  # ("we were there already")
                # ("learns to do it badly": an infinitive's object and its manner)
                and not (len(clause) >= 3 and clause[-3] == "to" and clause[-1] in ("it", "this", "that", "you"))
                and (_is_subject(clause, len(clause) - 1, words.prepositions)
                     # "... faster than we ever", "as good as they really": the comparison's clause
                     # lost its verb (not "more than ever", "than they too")
                     or (len(clause) >= 2 and clause[-2] in ("than", "as") and low not in words.end_adverbs))
                and (clause[-1] not in words.object_forms or len(clause) == 1 or clause[-2] in words.function
                     # "the tool you never": a pronoun after its relative clause's noun is its subject
                     or (low not in words.end_adverbs and _noun_before_pronoun(clause, words)))):
            return f"ends on {clause[-1] + ' ' + low!r}, a subject without its verb"  # "... they always"
        if (low in words.skip_adverbs and low not in words.end_adverbs and len(clause) >= 2
                and clause[-1] in ("that", "this") and clause[-2] in words.conjunctions):
            return f"ends on {' '.join(clause[-2:] + [low])!r}, a subject without its verb"  # "..., and that really"
        if low in words.skip_adverbs and low not in words.end_adverbs and (np := _subordinate_subject(clause, words)):
            # "... the question is whether customers actually", "because the models never": a
            # clause after its opener with only its subject and an adverb
            return f"ends on {' '.join(np + [low])!r}, a subject without its verb"
        if (low in words.skip_adverbs and low not in words.end_adverbs and 2 <= len(clause) <= 4
                and clause[-1] not in words.function and (clause[0] in words.determiners or clause[0] in words.quantifiers_as_subjects
                                                           or clause[0] in words.conjunctions or clause[0] == "so")):
            np = clause[1:] if clause[0] in words.conjunctions or clause[0] == "so" else clause
            if (2 <= len(np) <= 3 and (np[0] in words.determiners or np[0] in words.quantifiers_as_subjects)
                    and all(w not in words.function for w in np[1:])):
                # "... so most requests never": a subject and an adverb without the verb
                return f"ends on {' '.join(np + [low])!r}, a subject without its verb"
        if (low in words.skip_adverbs and low not in words.end_adverbs and len(clause) >= 4
                and (k := max((i for i, w in enumerate(clause) if w in ("and", "but", "so")), default=-1)) >= 1
                and 2 <= len(np := clause[k + 1:]) <= 3 and np[0] in words.determiners
                and all(w not in words.function for w in np[1:])):
            # "... overnight and the reviewers basically": the clause after "and" with only its
            # subject and an adverb
            return f"ends on {' '.join(np + [low])!r}, a subject without its verb"
        if not clause or clause[-1] not in words.auxiliaries:
            return None
        low = clause[-1]
    before = clause[:-1]
    prev = before[-1] if before else ""
    if low == "that" and prev in words.that_verbs and (len(before) < 2 or before[-2] not in words.that_subjects):
        if prev not in words.be_forms and prev not in words.copula_that and (
                prev in words.clause_verbs or prev.endswith("ed") or prev in ("mean", "means", "meant")) and any(
                w in ("never", "not", "nobody") or w.endswith(("n't", "n’t")) for w in before[:-1]):
            return None  # "I can't believe that", "I would never have believed that": 'that' is the object
        return f"ends on {prev + ' that'!r}, before the clause it introduces"  # "... which means that"
    if (low == "that" and len(before) >= 2 and prev in words.objects
            and (before[-2] in words.clause_verbs or before[-2] in words.object_that_verbs)
            and not any(w in ("never", "not", "nobody") or w.endswith(("n't", "n’t")) for w in before)):
        # "... I told them that", "we showed them that": the clause the verb reports is missing
        return f"ends on {' '.join(before[-2:] + ['that'])!r}, before the clause it introduces"
    if low in words.relatives:
        if not before and low != "that" and text[:a].rstrip().endswith(","):
            return f"ends on ', {low}', a relative clause without its words"  # "..., which"
        if prev in words.demonstratives and (low != "that" or prev != "this"):
            # "... rated higher than those which", "these that": the pronoun and its relative
            # clause without its words
            return f"ends on {prev + ' ' + low!r}, a relative clause without its words"
        if prev and prev not in words.function and (prev not in words.wh_verbs or (
                low == "that" and len(before) > 1 and before[-2] in words.determiners)) and (  # ("the idea that")
                low != "that" or (len(before) > 1 and before[-2] in words.quantifiers)
                or (len(before) > 2 and before[-3] in words.quantifiers and _adjective(before[-2], words)
                    and not prev.endswith("ed") and prev not in words.past_verbs)  # "a domestic stack that"
                or (len(prev) > 5 and prev.endswith(words.noun_suffixes))  # "problems in biology that"
                or prev in words.relative_nouns or prev in words.indefinites or _name_before(text, a)  # "the kind of thing that", "something that"
                or (len(before) > 1 and len(before[-2]) > 4 and before[-2].endswith("ing") and before[-2] not in words.function
                    and prev.endswith("s") and not prev.endswith(("ss", "us", "is")) and prev not in words.verb_s_forms
                    and prev not in words.that_verbs and prev not in words.clause_verbs)  # "writing prompts that": a gerund's object
                or (len(before) > 1 and before[-2] in words.prepositions and before[-2] != "to"
                    and not prev.endswith("ing"))):  # "a great fit for teams that"
            return f"ends on {prev + ' ' + low!r}, a relative clause without its words"
        return None
    if low == "then":
        if text[:a].rstrip().endswith(","):
            return "ends on ', then', before the clause it introduces"
        return None
    if low in words.demonstratives:
        if prev in words.complementizers:
            return f"ends on {prev + ' ' + low!r}, a clause without its verb"
        return None
    if low in words.auxiliaries:
        if text[a:a + 1].isupper() and low.isalpha() and (head := text[:a].rstrip()) and head[-1:].islower():
            # "they sign in May", "ask Will": capitalised after a lowercase word, a name, no
            # auxiliary (a title capitalises every word: "Why The Models Will" keeps its cut)
            return None
        if _elliptical(text, a, before, low, negated, ended, words):
            return None  # "..., but it hasn't", "and most of my team would too": the verb was said before
        if (low in ("have", "has", "had") and len(before) >= 3 and _positive(before[-1]) == "do"
                and before[-2] in words.subjects and before[-3] not in words.function):
            return None  # "a lot of compute we don't have": 'have' the verb after 'do', its object the noun before
        if (low in ("have", "has", "had") and len(before) >= 3 and before[-1] in words.subjects
                and before[-2] in ("and", "but", "or") and before[-3] in words.transitive):
            return None  # "the chip everyone wants and nobody has": 'have' the verb, its object the gap both verbs share
        k = len(before) - 1
        while k >= 0:  # back over adverbs and hedges: "it really | is", "for them it kind of | is"
            if before[k] in words.skip_adverbs:
                k -= 1
            elif k >= 1 and f"{before[k - 1]} {before[k]}" in words.hedges:
                k -= 2
            elif k >= 2 and f"{before[k - 2]} {before[k - 1]} {before[k]}" in words.hedges:
                k -= 3
            else:
                break
        if k > 0 and before[k] in words.auxiliaries and before[k] not in words.perfect and low in words.perfect:
            k -= 1  # "... the whole market will | have": the modal's subject
        if k > 0 and before[k] == "else" and before[k - 1] in words.subjects:
            k -= 1  # "nobody else | would"
        partitive = False
        if k > 1 and before[k] in words.objects and before[k - 1] == "of" and (
                before[k - 2] in words.quantifiers_as_subjects or before[k - 2] in words.partitive_heads):
            partitive = before[k - 2] in words.partitive_heads  # "a lot of them | will", "half of them | should"
            k -= 2  # "some of them | will": the quantifier is the subject
        subject = before[k] if k >= 0 else ""
        pronoun = partitive or (subject in words.subjects and _is_subject(before, k, words.prepositions))  # not "... the pressure on it is"
        if (pronoun and not partitive and k > 0 and subject in words.quantifiers_as_subjects and before[k - 1] not in words.function
                and before[k - 1] not in words.clause_verbs and not _adverb(before[k - 1], words)
                and before[k - 1] not in words.sentence_adverbs):
            pronoun = False  # "the thing that matters most | is": 'most' is an adverb there ("honestly | some" is a subject)
        opener = _subject_opener(before, k, pronoun, words)
        if opener and "?" not in text[:a] and not (pronoun and (_antecedent(text, a, low) or low.endswith("n't"))):
            # "... the thing is they are", "... is that the real bottleneck is": a clause after
            # 'is (that)' that lost its verb or complement (no question before it answers)
            return f"ends on {opener + ' ' + subject + ' ' + low!r}, a clause without its verb or complement"
        if (subject in words.demonstratives or subject == "that") and k > 0 and before[k - 1] in words.prepositions:
            # "... the hardest part about all of this is": 'this' is the preposition's object
            return f"ends on {before[k - 1] + ' ' + subject + ' ' + low!r}, an auxiliary without its verb"
        if (subject in words.relatives and subject in words.object_gaps and k > 0 and before[k - 1] not in words.function
                and "how" not in before[max(0, k - 4):k - 1]  # ("people underestimate how much work that is")
                and before[k - 1] not in words.indefinites and before[k - 1] not in words.clause_verbs and before[k - 1] not in words.that_verbs
                and before[k - 1] not in words.wh_verbs and not _antecedent(text, a, low)):
            # "... is a system that can", "the models which will": a relative clause after its
            # noun, with its auxiliary and no verb
            return f"ends on {before[k - 1] + ' ' + subject + ' ' + low!r}, a relative clause without its verb"
        j = k - 1  # back over the subject's noun phrase: "if | the length specifier | is" (three words at most)
        while j > 0 and j >= k - 3 and before[j] not in words.function and before[j] not in words.determiners \
                and not before[j].endswith(("ed", "ing")) and before[j] not in words.adverbial_openers:
            j -= 1
        if (low in words.be_forms and subject not in words.personal and k > 0 and subject not in words.function and (
                before[k - 1] in words.adverbial_openers
                or (k > 1 and before[k - 1] in words.determiners and before[k - 2] in words.adverbial_openers)
                or (j < k - 1 and j > 0 and before[j] in words.determiners and before[j] not in words.demonstratives
                    and before[j - 1] in words.adverbial_openers))):
            # "... I get why people are", "... because the models were": a clause whose opener is
            # no gap of 'be' lost its complement ("that's what the models are" is whole)
            return f"ends on {' '.join(before[k - 1:] + [low])!r}, 'be' without its complement"
        whole = _CLAUSE_END.search(text, 0, a) is None
        rel = _subject_relative_before(before, words, whole)
        if rel and (whole or low not in words.do_forms):  # ("Some never upgraded. The ones that upgraded early did": 'did' stands for 'upgraded')
            # "... the people who stayed were", "the companies that raised too much will": the
            # subject with its relative clause, and its auxiliary without what follows
            return f"ends on {rel + ' ' + low!r}, an auxiliary without its complement"
        if not pronoun and _condition_before_subject(before, k, words) and not _antecedent(text, a, low):
            # "If the gas turbines arrive on schedule the site should": a condition with its verb,
            # then the main clause's subject and its auxiliary, with no comma between them
            return f"ends on {subject + ' ' + low!r}, the main clause of a condition without its verb"
        if _embedded(before, words):
            return None  # "more than the models can", "nobody knows whether it will"
        if (low in words.main_verbs and k > 0 and subject not in words.function
                and _free_relative_before(before, k, words)):
            return None  # "that's what langcodes does", "..., which the old parser had": 'do' or 'have' is the verb, its object the gap
        if (subject in words.particles or subject in words.prepositions) and subject != "to" or (
                subject in words.main_verbs and k >= 1
                and (before[k - 1] in words.subjects or before[k - 1] in words.auxiliaries or before[k - 1] == "to")):
            # "... the things we realized early on | was": a relative clause ended on its particle
            # or preposition ("a good problem to | have" is an infinitive), or on its verb 'do' or
            # 'have' ("what we do | is", "the best thing you can do | is", "all you have to do | is"),
            # and the auxiliary after it lost its complement
            return f"ends on {subject + ' ' + low!r}, an auxiliary without its complement"
        if (pronoun and k > 0 and subject in words.object_forms
                and (before[k - 1] not in words.function or before[k - 1] in words.main_verbs)
                and before[k - 1] not in words.clause_verbs and before[k - 1] not in words.wh_verbs
                and (before[k - 1] in words.past_verbs or before[k - 1] in words.transitive
                     or (before[k - 1].endswith("ed") and not before[k - 1].endswith("eed")))):
            # "... the reason we built it was": 'it' is the verb's object; the subject of 'was' is
            # the noun before, and 'was' lost its complement
            return f"ends on {before[k - 1] + ' ' + subject + ' ' + low!r}, an auxiliary without its complement"
        if (pronoun and k == 0 and len(before) == 1 and "?" not in text[:a] and not _antecedent(text, a, low)
                and _after_full_condition(text, a, words)
                and not any(w in words.modals for w in _CLAUSE_WORDS.findall(text[:a].lower().replace("’", "'")))):
            # "If you give the models tools, they will": the main clause of a condition lost its
            # verb; "if they can, they will" has its verb in the condition
            return f"ends on {subject + ' ' + low!r}, the main clause of a condition without its verb"
        if (pronoun and low in words.be_forms and subject in words.personal and k > 0
                and (before[k - 1] in words.conjunctions or before[k - 1] in words.adverbial_openers)
                and "?" not in text[:a]
                and not any(w in words.be_forms and w in words.auxiliaries
                            for w in _CLAUSE_WORDS.findall(text[:a].lower().replace("’", "'"))[:-1])):
            # "... and it was", "... because they are": 'be' without its complement and no 'be'
            # before it that it repeats ("it was hard, and it still is")
            return f"ends on {subject + ' ' + low!r}, 'be' without its complement"
        if pronoun and low in words.perfect and not (
                k > 0 and ((before[k - 1] not in words.function and before[k - 1] not in words.time_subordinators)
                           or before[k - 1] in words.object_gaps
                           or before[k - 1] in words.quantifiers_as_subjects)) and not _antecedent(text, a, low):
            # (not "the only one we have", "that's all we had": 'have' is the verb, its object the gap)
            return f"ends on {subject + ' ' + low!r}, an auxiliary without its verb"  # "... it has"
        if (not before and text[:a].rstrip().endswith(",") and "," in text[:a].rstrip()[:-1]
                and low not in ("do", "does", "did") and "?" not in text[:a] and not _antecedent(text, a, low)):
            # "And the big banks, to be fair to them, | have": the subject stands before an aside
            # set off by commas, and its auxiliary lost its verb (a whole clause has its subject
            # after the comma: "if they can, they will"; "nobody approved it, but the board, to
            # its credit, did": 'do' and a repeated auxiliary stand for an earlier verb)
            return f"ends on {', ' + low!r}, an auxiliary whose subject stands before an aside, without its verb"
        if not subject or pronoun or (subject in words.function and subject not in words.subjects):
            return None  # "I think they will", "yes we can": the verb is understood
        if low in words.perfect and k >= 2 and (d := next((j for j in range(k - 1, max(0, k - 4) - 1, -1)
                                                          if before[j] in words.determiners), None)) is not None \
                and d >= 1 and (before[d - 1] in words.relative_nouns
                                or (d >= 2 and before[d - 1] not in words.function and before[d - 1].isalpha()
                                    and (before[d - 2] in words.contact_heads or before[d - 2] in words.whole_superlatives))) \
                and not any(w in words.function for w in before[d + 1:k]):
            # (any noun after 'only', 'same', 'first' or a superlative: "the only asset the medium has";
            # not "next" or "last", of time: "By next year the whole industry will have")
            return None  # "the kind every art school had": 'have' the verb of a relative clause, its object the gap
        if negated and ("," in text[:a] or ";" in text[:a] or ". " in text[:a]) and sum(
                _positive(w, words) == _positive(low, words) for w in _CLAUSE_WORDS.findall(
                text[:a].lower().replace("’", "'"))) >= (1 if low.endswith(("n't", "n’t")) else 2):
            # (before a final 'not', the text holds the auxiliary itself; before "isn't", not)
            # "Talk is cheap, compute is not", "The models are good enough; the data is not",
            # "Grasping is solved. Placing isn't": the negated auxiliary repeats the clause or
            # sentence before (any form of 'be' repeats 'be')
            return None
        return f"ends on {subject + ' ' + low!r}, an auxiliary without its verb"
    # a preposition
    if low == "on" and "from" in before[-4:-1] and before[-1] not in words.function:
        return None  # "the top seller from April on", "from day one on": a time from which on
    if low in words.particles and (prev in words.particle_words or _ing_of(prev, words.particle_words) or prev in words.objects
                                   or (prev in words.object_forms and len(before) > 1)) and not (
            (prev in words.objects or prev in words.object_forms) and len(before) > 1
            and low in ("on", "in") and before[-2] in words.preposition_verbs) and not (  # ("we fine-tuned it | on": the data is missing)
            prev == "one" and len(before) > 1 and (before[-2] in words.determiners or before[-2] in words.ordinals
                                                   or _adjective(before[-2], words))):  # ("the larger one | on": a noun)
        return None  # "we logged in", "early on", "we turned it on": an adverb particle
    if low == "to" and prev in words.bare_be and prev in words.auxiliaries and len(before) >= 2 and before[-2] not in words.function:
        # "... the most important thing is to", "the goal was to": 'be' and the infinitive that
        # names what something is, without its verb ("the best place I have ever been to" is whole)
        return f"ends on {prev + ' to'!r}, without the verb that follows"
    if low == "to" and prev in words.infinitive_verbs:
        if words.negating.intersection(before) or prev in ("want", "wants", "wanted", "like", "love", "hate"):
            return None  # "you don't have to", "if you want to", "I'd love to"
        opened = before[:-1]
        for j in range(len(opened) - 1, 0, -1):
            if opened[j] == "that" and opened[j - 1] in words.copula_that:
                opened = opened[j + 1:]  # "what I tell every founder is that | you need to": the free relative is the subject
                break
        if len(before) >= 3 and before[-2] in words.subjects and (
                (before[-3] in words.adjunct_openers and before[-3] != "so") or before[-3] in words.adverbial_openers):
            return None  # "... whenever we need to", "if you have to": the condition leaves its verb out
        if any(w in words.gap_openers and not (w in ("as", "like") and j + 1 < len(opened)
                                                 and opened[j + 1] in words.noun_determiners)  # ("as a CEO": a role)
               for j, w in enumerate(opened)):
            return None  # "the model did what it was supposed to", "as fast as we need to"
        if clause[0] == "but" and len(before) >= 2 and _subject_of(before, len(before) - 1, words):
            return None  # "nobody wanted to, but we had to": the contrast gives the verb
        return f"ends on {prev + ' to'!r}, without the verb that follows"
    if low == "to" and prev in ("than", "order"):
        return f"ends on {prev + ' to'!r}, without the verb that follows"  # "... easier to sell to them than to"
    if low == "to" and prev in words.objects:
        return f"ends on {prev + ' to'!r}, without the verb that follows"
    if (low == "to" and len(before) >= 2 and prev not in words.function and prev not in words.infinitive_verbs
            and (before[-2] == "for" or (len(before) >= 3 and before[-3] == "for"
                                          and (before[-2] in words.determiners or before[-2] in words.attributive)))):
        return f"ends on {'for ... ' + prev + ' to'!r}, without the verb that follows"  # "easier for developers to"
    if low == "of" and len(clause) == 2 and before[0] in ("kind", "sort"):
        return None  # "it works, kind of": a hedge
    if len(before) >= 2 and before[-2] == "worth" and before[-1].endswith("ing"):
        return None  # "something worth thinking about", "a fight worth having": the gap is worth's
    if len(before) >= 4 and before[-3] == "to" and before[-2] == "be":
        before = before[:-2] + before[-1:]  # "a lot to be excited | about" as "a lot to excite about"
    if (len(before) >= 4 and before[-3] == "to" and before[-4] in words.indefinites
            and (before[-1] in words.object_forms or before[-1] in words.objects) and before[-2] not in words.function):
        return None  # "nothing to compare it to", "no one to hand them to": the verb's object, then the gap
    if len(before) >= 3 and before[-2] == "to" and (
            before[-3] in words.indefinites or before[-3] in words.tough  # "great to work with"
            or before[-3] in words.relative_nouns  # "a lot of time to worry about", "the place to start from"
            or (len(before) >= 4 and before[-4] in words.be_forms and before[-3] not in words.function  # "is crazy to think about"
                and before[-3] not in words.infinitive_verbs and before[-3] not in words.past_verbs
                and not before[-3].endswith("ed"))  # (not "it is designed to work with", "be able to get to")
            or (before[-3] not in words.function and before[-3] not in words.infinitive_verbs
                and before[-3] not in words.past_verbs and not before[-3].endswith("ed")
                and any(len(before) >= n and (before[-n] in words.determiners
                                              or (before[-n] in words.prepositions and before[-n] not in ("to", "of")
                                                  and before[-3].endswith("s")))
                        and all(w not in words.function for w in before[1 - n:-3]) for n in (4, 5)))):
        return None  # "something to think about", "a tool to build with", "with profits to point to": the noun is the object
    # (a clause after 'how', 'if', 'when', 'because' strands no preposition: "... how quickly
    # developers started building on top of"; only the words after the last one count)
    if "one" in before[1:]:
        i = before.index("one", 1)
        if before[i - 1] == "no":
            before = before[:i - 1] + ["nobody"] + before[i + 1:]  # "something no one had planned for" as "nobody"
    if "of" in before[1:-1]:
        i = before.index("of", 1)
        if (before[i + 1] in words.objects or before[i + 1] == "you") and (before[i - 1] in words.quantifiers_as_subjects or (
                before[i - 1] == "one" and i >= 2 and before[i - 2] == "every")):
            # "something every one of us benefits from", "a tool most of them swear by": the
            # relative clause's subject, as "everyone"
            # (with its verb after it, not after a preposition: "... to most of them | through")
            at = i - 2 if before[i - 1] == "one" and before[i - 2] == "every" else i - 1
            if i + 2 < len(before) and at >= 1 and before[at - 1] not in words.prepositions:
                before = before[:at] + ["everyone"] + before[i + 2:]
    first = 1 + max((k for k, w in enumerate(before) if w in words.no_gap_openers), default=0)
    # (a subject relative after its noun has its gap in its subject: "the library that handles
    # retries for" strands nothing, and a noun or subject before it licenses nothing after it)
    subject_relative = _after_subject_relative(before, first, words)
    first = max(first, subject_relative)
    for k in range(first, len(before)):
        if _relative_without_that(before, k, words):
            return None  # "the questions analysts at the bank kept asking about", "the one issue management kept returning to"
        if before[k] in words.subjects and _clause_closed(before[k + 1:], words):
            continue  # "what we're selling is peace of mind for": the clause with the gap ended before
        if before[k] in words.quantifiers_as_subjects and before[k - 1] not in words.function:
            continue  # "... now building some | kind of": a determiner after a verb, no subject
        verb_after = (k + 1 < len(before) and ((before[k + 1] not in words.prepositions
                                                and before[k + 1] not in words.determiners
                                                and before[k + 1] not in words.conjunctions)  # ("a flaky one | and")
                                               or subject_only(before[k], words))) or before[k].endswith(_VERB_CONTRACTIONS)
        # (not "we benchmarked it | on a bunch of": a pronoun before a preposition is an object)
        if before[k] == "one" and (before[k - 1] in words.determiners or before[k - 1] in words.ordinals
                                   or _adjective(before[k - 1], words) or before[k - 1] in words.indefinite_adjectives):
            continue  # "the second one | is about": a noun phrase, no subject pronoun
        if before[k] in words.subjects and verb_after and (
                before[k - 1] in words.gap_openers
                or (before[k - 1] not in words.function and before[k - 1] not in words.clause_verbs
                    and (before[k - 1] not in words.clause_final or (k >= 2 and before[k - 2] in words.possessives))
                    and before[k] != "there"  # ("the part of my week | I look forward to": 'my week' is no time adverb)
                    and not _ly_adverb(before[k - 1], words)  # ("and eventually | we settled on": no noun)
                    and before[k - 1] not in words.adjunct_openers and before[k - 1] not in words.adverbial_openers
                    and before[k - 1] not in words.subordinators and before[k - 1] not in words.conjunctions
                    and before[k - 1] not in words.time_subordinators)):  # ("although | they're focused on", "before | you write a line of")
            # (not "I think | we're going to look back on this as": a clause verb's complement;
            # nor "at the end of the day | it's about"; nor "within a week | there were thousands of")
            return None  # "the customers we sell to", "what we listen to", "where we're at": a stranded preposition
        if (before[k] in words.subjects and verb_after and k >= 1 and before[k - 1] in words.relatives
                and _relative_after_noun(before, k, text, a, words)):
            return None  # "the moat that nobody talks about": a relative clause after its noun
        if (k >= 1 and before[k - 1] in words.relatives and before[k] not in words.verb_s_forms
                and before[k] not in words.linking_forms  # ("which sounds | high until you compare it to")
                and (_plural_noun(before[k], words) or (_plural_like(before[k]) and before[k] not in words.function))
                and (j := _past_adverbs(before, k + 1, words)) < len(before)
                and before[j] not in words.function and before[j] not in words.prepositions
                and before[j] not in words.determiners and not _plural_noun(before[j], words)
                and _relative_after_noun(before, k, text, a, words)):
            return None  # "the mainline that cadets actually believe in": a plural noun the relative's subject
        if ((before[k] in words.determiners or before[k] in words.quantifiers_as_subjects) and k + 2 < len(before)
                and k >= 2 and before[k - 1] in words.relatives
                and before[k - 2] not in words.function and before[k - 2] not in words.that_verbs):
            return None  # "the infrastructure that this stuff depends on", "that all of this rests on"
        if (before[k] in words.determiners and before[k] not in ("a", "an", "the") and k >= 2 and k + 2 < len(before)
                and before[k - 2] in words.determiners and before[k - 1] not in words.function):
            return None  # "the thing every lab is competing for": a noun, then its relative clause's subject
        if (before[k] in ("a", "an", "the") and k >= 2 and k + 3 < len(before) and before[k - 1] in words.relative_nouns
                and any(w in words.auxiliaries for w in before[k + 2:])):
            return None  # "the only thing a label lawyer will ever ask about": its relative clause's subject
        if (before[k] == "the" and k >= 2 and k + 2 < len(before) and before[k - 1] in words.relative_nouns
                and _plural_like(before[k + 1]) and all(_adverb(w, words) for w in before[k + 2:-1])
                and before[-1] not in words.function and before[-1] not in words.determiners):
            return None  # "the only thing the players (ever) argue about": a plural subject and its verb
        if (k >= 2 and k + 1 < len(before) and before[k - 1] not in words.function
                and not before[k - 1].endswith("ly")  # "how quickly developers started building on top of"
                and (_plural_noun(before[k], words)
                     or (before[k] in words.determiners and before[k] not in ("a", "an", "the") and k + 2 < len(before)))
                and (before[k + 1] not in words.function  # ("a product doctors can actually rely on": a modal first)
                     or (before[k + 1] in words.auxiliaries and k + 2 < len(before) and _plural_noun(before[k], words)))
                # (the determiner's noun phrase runs up to the noun: not "my mind was watching | our
                # team work with", where a verb stands between them)
                and any(before[j] in words.determiners and not any(w in words.function or w in words.auxiliaries
                                                                   for w in before[j + 1:k])
                        for j in range(max(0, k - 4), k - 1))):
            return None  # "the tool developers actually pay for", "the first product our users fell in love with"
        if (before[k - 1] in words.wh and k + 1 < len(before) and before[k] not in words.auxiliaries
                and k != subject_relative  # ("defined by who | controls the market for": 'who' is the subject)
                and not _subject_relative(before, k, words)
                # (not "what really changed my mind was ...", "what happened was ...": the wh-word is
                # its clause's subject, a verb or an adverb right after it, and leaves no gap)
                and not _wh_subject(before, k, words)
                and not _noun_phrase_only(before[k:], words)):  # (not "where the number | of": no verb strands it)
            # (not a subject relative: "developers who have never written a query without",
            # "founders who remind the partner of")
            return None  # "what the clients are paying for"
    q = 1 if clause[0] in words.conjunctions or clause[0] == "so" else 0
    if len(clause) > q + 3 and clause[q] in words.wh and clause[q + 1] in words.auxiliaries and (
            clause[q + 2] in words.subjects or clause[q + 2] in words.determiners or clause[q + 2] == "that"):
        # "what are you waiting for", "who do we report to", "where did the first half million come
        # from": a question, the wh-word its gap
        return None
    if low == "by" and _after_be(clause, words) and _contact_relative(clause, words):
        return None  # "the vendor the startup was eventually acquired by": a relative clause without its 'that'
    if len(clause) > 2 and clause[-2] in words.bare_object_nouns and _contact_relative(clause, words):
        return None  # "the model the opinion left room for": an idiom's preposition, stranded by its relative clause
    return f"ends on {low!r}, a preposition without its object"


def _comparative(low: str) -> bool:
    """Is `low`, ending in -er, the comparative of a common adjective ("larger", "bigger",
    "cheaper"; not "power", "customer")?"""
    for stem in (low[:-1], low[:-2], low[:-3] if low[-3:-2] == low[-4:-3] else ""):
        if len(stem) >= 3 and at_least(stem, _COMPARATIVE_STEM_ZIPF):
            return True
    return False


_COMPARATIVE_STEM_ZIPF = 3.5


def _noun_phrase_only(ws: list[str], words: TruncationWords) -> bool:
    """Are `ws`, the words between a wh-word and a final preposition, only an article or a
    possessive and its noun ("where | the number | of"), with no room for a verb that strands the
    preposition ("what the clients | pay for", "what this | means for")?"""
    return len(ws) == 2 and ws[0] in words.noun_determiners


def _wh_subject(before: list[str], k: int, words: TruncationWords) -> bool:
    """Is the wh-word before[k - 1] the subject of its clause, a past verb, an -s verb or a linking
    verb right after it (adverbs aside: "what (really) changed my mind was ...", "which sounds
    high until ...")? Then it leaves no gap for a final preposition."""
    while k < len(before) - 1 and _adverb(before[k], words):
        k += 1
    w = before[k]
    return (w in words.past_verbs or (w.endswith("ed") and not w.endswith("eed"))
            or w in words.verb_s_forms or w in words.linking_forms)  # ("..., which sounds high until ...")


def _quotative_like(text: str, a: int, words: TruncationWords) -> bool:
    """Does the text end on a subject, 'be', maybe adverbs and 'like' ("... and I was like", "it's
    almost like"), or on 'like' after an indefinite or a verb that is no subject's 'like' ("something
    like", "it looks like", "we spent like"), with no wh-word whose gap 'like' fills ("that's what
    it was like", "what it looked like")?"""
    clause = _last_clause(text, a)
    j = len(clause) - 2
    while j > 0 and (_adverb(clause[j], words) or clause[j] in words.approximators):
        j -= 1
    if j >= 0 and (clause[j] in words.indefinites or clause[j] in words.linking_forms or clause[j] in words.past_verbs
                   or clause[j].endswith("ed")) and not any(w in words.wh or w in words.gap_openers for w in clause[:j]):
        return True  # "we have something like", "it looks like", "we spent like": the approximation or comparison lost its words
    if j < 0 or clause[j] not in words.be_forms or any(w in words.wh or w in words.gap_openers for w in clause[:j]):
        return False
    return clause[j] in words.subjects or clause[j].endswith(_VERB_CONTRACTIONS) or (j > 0 and clause[j - 1] in words.subjects)


def _after_be(clause: list[str], words: TruncationWords) -> bool:
    """Does `clause` end on 'be', maybe adverbs, a word and its last word ("was eventually acquired | by")?"""
    j = len(clause) - 3
    while j > 0 and _adverb(clause[j], words):
        j -= 1
    return j >= 0 and clause[j] in words.be_forms


def _passive_without_agent(text: str, a: int, words: TruncationWords) -> str | None:
    """Why a text ending on 'by' after 'be' and a participle ("... the team that built it was led
    by", "got acquired by") was cut, or None: outside a relative clause whose object is the gap
    ("the lab it was funded by", "what it was inspired by", "the firm that it was sold by")."""
    before = _last_clause(text, a)[:-1]
    if len(before) < 2:
        return None
    j = len(before) - 1
    while j > 0 and _adverb(before[j], words):
        j -= 1
    part = before[j]
    if not (part.endswith(("ed", "en")) or part in words.past_verbs) or part in words.be_forms:
        return None
    j -= 1
    while j > 0 and _adverb(before[j], words):
        j -= 1
    if j < 0 or before[j] not in words.be_forms:
        return None
    for r in range(j - 1, -1, -1):
        w = before[r]
        if w in words.relatives or w in words.gap_openers:
            if before[r + 1] in words.subjects or before[r + 1] in words.determiners:
                return None  # ("that it was sold by")
            break
    if _contact_relative(before + ["by"], words):
        return None  # "the paper our whole approach was inspired by"
    s = before[j - 1] if j >= 1 else ""
    if s in words.subjects and j >= 2 and before[j - 2] not in words.function and not (
            before[j - 2] in words.past_verbs or before[j - 2].endswith("ed")):
        return None  # "the company it was acquired by": a relative clause without its 'that'
    return f"ends on {' '.join(before[j:] + ['by'])!r}, a passive without its agent"


_VERB_CONTRACTIONS = ("'re", "'s", "'m", "'ve", "'d", "'ll")
# a clause with 'be', then a comma or a conjunction and a last clause of a pronoun, an adverb of
# time or certainty and "has been": that clause leaves out what the first one says ("software is
# the moat, it always has been", "it was hard, and it's never been")
_BE_BEFORE_COMMA = regexcache.compile(
    r"(?i)\b(?:is|are|was|were|it's|that's)\b[^,;.!?]*(?:,\s*(?:and|but)?|\band\b|\bbut\b)\s*"
    r"(?:it|they|that|this|he|she|we|you|i)(?:'s|'ve)?\s+(?:always|never|ever|still|really|certainly|definitely|also)"
    r"(?:\s+(?:has|have|had))?\s+$")


# a subject relative clause before a final auxiliary: at most this many words after its pronoun
# ("the engineers who | spent a year on the old pipeline | would")
_RELATIVE_MAX = 12


def _subject_relative_before(before: list[str], words: TruncationWords, whole: bool = False) -> str:
    """The words of a noun and its subject relative clause that make up all of `before` from the
    noun on ("the people | who stayed", "companies that raised too much"), before a final
    auxiliary, else "": the clause has its verb and object, so the auxiliary is the main clause's
    and lost its complement. Not after a word that embeds the whole ("I wonder where the people
    who stayed were"), nor when the relative has an auxiliary of its own ("those who can, will").
    A longer relative clause, one with its own perfect or passive auxiliary before its verb ("who
    had already been burned by a bad summary | would") or with a pronoun for its object, counts
    only when the noun phrase opens the text (`whole`: no earlier clause whose verb a final
    auxiliary could stand for: "Not everyone liked it, but the users who had asked for it did")."""
    for r in range(len(before) - 2, 0, -1):
        if before[r] in ("who", "that"):
            break
    else:
        return ""
    noun, rest = before[r - 1], before[r + 1:]
    # the relative's own perfect or passive auxiliaries and adverbs before its verb ("who had
    # already been burned"): with its verb after them, the clause is whole ("those who can, will"
    # has none)
    v = 0
    while v < len(rest) - 1 and (rest[v] in words.relative_auxiliaries or (v and _adverb(rest[v], words))):
        v += 1
    verb, after = rest[v], rest[v + 1:]
    if v and not (verb.endswith(("ed", "en", "wn")) or verb in words.past_verbs):  # (a participle: "shown")
        return ""  # "who had | the keys", "who were | sure": no verb after the auxiliary
    if (v or len(rest) > 4 or not words.relative_objects.isdisjoint(after)) and not (
            whole and all(w in words.determiners or w in words.quantifiers_as_subjects for w in before[:r - 1])
            and not any(w in words.past_verbs or w in words.clause_verbs or w in words.that_verbs for w in after)):
        return ""  # (a second verb: "... who had spent a year on it knew it | would" is another clause's)
    if (noun in words.function or noun in words.personal or noun in words.clause_verbs or noun in words.that_verbs
            or verb in words.function or verb in words.subjects or verb in words.determiners
            or verb in words.auxiliaries or _adverb(verb, words) or len(rest) > _RELATIVE_MAX
            or any(w in words.auxiliaries or w in words.function and w not in words.prepositions
                   and w not in words.determiners and w not in words.relative_objects for w in after)
            or not (verb.endswith(("ed", "s")) or verb in words.past_verbs or (v and verb.endswith(("en", "wn"))))):
        return ""
    if any(w in words.embedding or w in words.wh or w in words.complementizers for w in before[:r - 1]):
        return ""
    return " ".join(before[r - 1:])


def _free_relative_before(before: list[str], k: int, words: TruncationWords) -> bool:
    """Does a wh-word whose clause has its object gap stand right before the subject before[k],
    maybe with its noun and the subject's determiner between ("what | langcodes", "whatever
    hardware | the customer", "which | the old parser")?"""
    for j in range(k - 1, max(-1, k - 5), -1):
        w = before[j]
        if w in ("what", "whatever", "whichever") or (w == "which" and j == k - 1):
            return True  # ('which' further back is a relative whose verb may be left out: "which the board almost did")
        if (w in words.function and w not in words.determiners) or w in words.auxiliaries or _clear_verb(w, words) \
                or _adverb(w, words) or w in words.prepositions:
            return False
    return False


def _noun_before_pronoun(clause: list[str], words: TruncationWords) -> bool:
    """Is the pronoun clause[-1] after a noun that has its determiner ("the tool | you", "all the
    edge cases | you"): the subject of a relative clause, not a verb's object ("I love | you")?"""
    if len(clause) < 3 or clause[-2] in words.function or _adverb(clause[-2], words) or _clear_verb(clause[-2], words):
        return False
    if clause[-2] in words.relative_nouns and clause[-3] in words.determiners:
        return True
    for j in range(len(clause) - 3, max(-1, len(clause) - 6), -1):
        if clause[j] in words.determiners and clause[j] not in ("that", "this"):
            return clause[-2].endswith("s") or clause[-2] in words.relative_nouns
        if clause[j] in words.function or _clear_verb(clause[j], words) or clause[j] in words.transitive:
            return False
    return False


def _opener_noun_phrase(clause: list[str], words: TruncationWords) -> list[str]:
    """The opener and noun phrase when `clause` ends in a clause opener ('because', 'whether',
    'if', 'that' ...) and a plural noun phrase with no verb ("because | first impressions", "if
    | the costs", "whether | big companies"), else []. A bare plural counts only with a plural ending
    of people or groups ("because | customers"; not "because reasons"); a word before the noun
    only as an adjective or a determiner ("because data matters" has its verb)."""
    noun = clause[-1] if clause else ""
    if (len(noun) <= 3 or not noun.endswith("s") or noun.endswith(("ss", "us", "is", "'s")) or noun in words.function
            or noun in words.subjects or noun in words.verb_s_forms or noun in words.that_verbs
            or noun in words.past_verbs or _adverb(noun, words) or noun in words.indefinites):
        return []
    for n in (3, 2, 1):
        if len(clause) < n + 1:
            continue
        opener, np = clause[-n - 1], clause[-n:]
        if (opener not in words.adverbial_openers and opener not in words.complementizers) or opener in ("that", "where"):
            continue  # ('that' and 'where' may be a determiner or a relative: "where the magic happens")
        if opener in words.time_subordinators and opener not in words.adverbial_openers:
            continue  # ("the year before | last": 'before' may be a preposition)
        if opener == "since" and _perfect_clause(clause[:-n], words):
            continue  # ("has been promised since | the nineties": in a perfect, 'since' is a preposition of time)
        # (listed adjectives only: an ending like -ic reads "magic" as one; 'one' is a pronoun: "if one exists")
        modifier = lambda w: w in words.attributive or w in words.ordinals or (w in words.number_words and w != "one")
        if n == 1 and not _plural_noun(noun, words):
            continue
        if n == 2 and not ((np[0] in words.determiners and np[0] not in ("a", "an", "this", "that"))
                           or modifier(np[0])):
            continue
        if n == 3 and not (np[0] in words.determiners and np[0] not in ("a", "an", "this", "that") and modifier(np[1])):
            continue
        return [opener] + np
    return []


def _subordinate_subject(clause: list[str], words: TruncationWords) -> list[str]:
    """The opener and subject when `clause` (its final adverbs taken off) ends in a subordinate
    clause that is only its opener and a plural subject: 'whether', 'because', 'if' and the like,
    then a bare plural ("whether | developers") or a determiner and a plural ("because | the
    models"), else []: a plural after a determiner is a noun, not a verb in -s."""
    for n in (2, 1):
        if len(clause) < n + 1:
            continue
        opener, np = clause[-n - 1], clause[-n:]
        if opener not in words.no_gap_openers and opener not in words.complementizers:
            continue
        if n == 2 and (np[0] not in words.determiners or np[0] in ("this", "that", "a", "an")):
            continue
        noun = np[-1]
        if (len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "'s"))
                and noun not in words.function and noun not in words.verb_s_forms and noun not in words.that_verbs
                and noun not in words.subjects and noun not in words.past_verbs and not _adverb(noun, words)
                and (n == 2 or _plural_noun(noun, words))):
            return [opener] + np
    return []


def _object_gap_before(before: list[str], words: TruncationWords) -> bool:
    """Is the direct object of a verb after `before` a gap: a free relative ("whatever context you |
    give them", "what we | gave them") or a relative clause without 'that' after its noun ("the
    credits we | give them")? Then "give them" ends whole; "... and we give them" lost the thing given."""
    if any(w in ("what", "whatever", "whichever") for w in before):
        return True
    k = len(before) - 1
    while k > 0 and _adverb(before[k], words):
        k -= 1
    if k < 1 or before[k] not in words.subjects or before[k] in ("it", "there", "one"):
        return False
    head = before[k - 1]
    return not (head in words.function or head in words.conjunctions or head in words.clause_verbs
                or head in words.that_verbs or head in words.wh_verbs or head in words.reporting
                or head in words.prepositions or head in words.subordinators or head in words.adjunct_openers
                or head in words.no_gap_openers or head in words.sentence_adverbs or _adverb(head, words)
                or head in words.auxiliaries or head in words.past_verbs or _past_form(head) or not head.isalpha())


def _past_closing(stripped: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on `low` ('before') was cut, or None: it is an adverb ('earlier') only in
    a clause about the past ("we had seen it before", "nobody tried that before"), after 'never',
    'ever' or a comparison ("than before", "as I said before"), or after a word of time or
    measure ("the night before", "two weeks before"); in a clause in the present, after a modal
    or in an infinitive it lost its object or clause ("... engineers review every prompt
    change before", "... we always run the eval suite before")."""
    clause = _last_clause(stripped, a)
    if len(clause) < 3:
        return None
    prev = clause[-2]
    if (prev in words.closing_before or prev in words.number_words or prev.rstrip("s") in words.measure_nouns
            or prev in words.past_verbs or _past_form(prev) or _adverb(prev, words)):
        return None
    if any((w in words.past_verbs and w not in words.auxiliaries) or w in words.past_closing_whole
           or (_past_form(w) and not (i and (clause[i - 1] in words.determiners or clause[i - 1] in words.quantifiers
                                             or clause[i - 1] in words.prepositions)))  # (not "every generated migration")
           or w in ("was", "were")
           or ((w in words.perfect or w.endswith(("'ve", "'d"))) and _participle_after(clause, i + 1, words))
           for i, w in enumerate(clause[:-1])):
        return None
    return f"ends on {prev + ' ' + low!r}, a preposition without its object"


def _participle_after(clause: list[str], i: int, words: TruncationWords) -> bool:
    """Is clause[i] (adverbs passed over) a past participle: 'have' there is the perfect's
    ("we have never tried", "they've seen"), not the verb of having ("we have a policy")?"""
    while i < len(clause) - 1 and _adverb(clause[i], words):
        i += 1
    w = clause[i] if i < len(clause) else ""
    if w in words.past_verbs or w in words.past_closing_whole or _past_form(w) or w.endswith(("en", "wn")):
        return True
    # after 'had' a verb is its participle, even one that looks like its stem ("we had always run")
    j = i - 1
    while j > 0 and _adverb(clause[j], words):
        j -= 1
    return (j >= 0 and (clause[j] in ("had", "hadn't") or clause[j].endswith("'d")) and w.isalpha()
            and w not in words.function and w not in words.determiners and w not in words.objects and w not in words.quantifiers)


def _past_form(w: str) -> bool:
    """Does `w` look like a past in -ed ("tried", "shipped"; not "need", "red", "speed")?"""
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed")


def _clear_verb(w: str, words: TruncationWords) -> bool:
    """Is `w` a finite verb by its form alone: an auxiliary or modal, an irregular past, a past
    in -ed, or a listed -s form ("kept", "will", "relied", "gives")?"""
    return (w in words.auxiliaries or w in words.past_verbs or w in words.verb_s_forms
            or (len(w) > 4 and w.endswith("ed") and w not in words.ed_nouns))


def _after_subject_relative(before: list[str], first: int, words: TruncationWords) -> int:
    """The index after the last subject relative word of `before` (from `first` on): 'that',
    'who' or 'which' after a noun with a verb right after it ("the library | that | handles retries for",
    "founders | who | pitched"), else 0. A final preposition after such a clause has no gap to
    strand into ("the library that handles retries for" is cut), so only the words after it may
    license one ("the company that makes the chips everyone relies on")."""
    for r in range(len(before) - 2, max(first, 1) - 1, -1):
        rel = before[r]
        if rel not in ("that", "who", "which"):
            continue
        prev = before[r - 1]
        if rel == "that" and (prev in words.function or prev in words.that_verbs or prev in words.clause_verbs
                              or prev in words.wh_verbs or prev in words.reporting or prev in words.stance_verbs
                              or prev in words.copula_that or _adverb(prev, words)):
            return 0  # "said that", "so that", "is that": 'that' opens a clause
        v = r + 1
        while v < len(before) - 1 and _adverb(before[v], words):
            v += 1
        verb = before[v]
        nxt = before[v + 1] if v + 1 < len(before) else ""
        if verb in words.subjects or verb in words.determiners or verb in words.function and verb not in words.auxiliaries:
            return 0  # "the moat that | nobody talks about": the subject is its own, the gap the object
        if (_clear_verb(verb, words)
                or (len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is"))
                    and not _plural_noun(verb, words) and verb not in words.indefinites
                    and (nxt in words.prepositions or nxt in words.determiners or nxt in words.stranding))):
            # (an -s word is a verb before a preposition or a determiner: "that sits | on",
            # "that makes | the"; "that banks | rely on" has a noun for its subject)
            if verb in words.be_forms or verb in words.perfect or verb in ("gets", "got", "get"):
                return 0  # "a problem that is talked about", "that gets written about": a passive's gap
            return r + 1
        return 0
    return 0


# prepositions that open a phrase after the subject of a relative clause without 'that'
# ("the questions analysts | at the bank | kept asking about"): not 'of', 'to', 'than', 'like'
_SUBJECT_PP_SKIP = ("of", "to", "than", "like", "as")


def _relative_after_noun(before: list[str], k: int, text: str, a: int, words: TruncationWords) -> bool:
    """Does the relative word before[k - 1] follow a noun, not a verb or a preposition, so that its
    clause may leave the final preposition's object in the gap ("the moat that | nobody talks
    about")? A relative word that opens the clause after a comma has its noun before the comma
    ("It was the price, not the product, | that customers complained about")."""
    if k == 1:
        return before[0] in _CLAUSE_RELATIVES and _CLAUSE_END.search(text, max(0, a - 300), a) is not None
    prior = before[k - 2]
    return (prior not in words.function and prior not in words.that_verbs and prior not in words.auxiliaries
            and prior not in words.prepositions and prior not in words.time_subordinators  # ("before that | I was at")
            and not (k >= 3 and before[k - 3] in words.result_degree))  # ("so cheap that people stopped worrying about")


# the relative words that open a clause after a comma, its noun before the comma
_CLAUSE_RELATIVES = ("that", "which", "whom")


def _relative_without_that(before: list[str], k: int, words: TruncationWords) -> bool:
    """Does before[k] start the subject of a relative clause without 'that' after its noun, the
    final preposition's object being that noun: a noun phrase (a determiner or an indefinite
    pronoun, a noun, maybe 'of' and a noun: "the type of problem"), then the relative's subject (a
    bare noun, a determiner and a noun, or a pronoun, maybe with a phrase after it: "nobody on
    the team", "analysts at the bank"), then a verb ("the one issue | management | kept
    returning to", "something | lawmakers | will need to deal with", "a rival | the
    team | keeps an eye on")? The noun phrase must stand after a verb, 'be' or a preposition
    (not "and the marketing team kept coming back to", whose noun phrase is the subject)."""
    w = before[k]
    if k < 1 or not w.isalpha() and "'" not in w:
        return False
    # the subject: a pronoun, a noun, or a determiner and a noun
    s = k
    if w in words.determiners:
        if w in ("that", "this") or k + 1 >= len(before) or before[k + 1] in words.function:
            return False
        s = k + 1
        if s + 2 < len(before) and (before[s] in words.attributive or before[s] in words.possessive_own):
            s += 1  # "something | the whole town | looks forward to": an adjective before the subject's noun
        elif (s + 2 < len(before) and before[s + 2] in words.auxiliaries and before[s].isalpha()
              and before[s] not in words.function and before[s + 1] not in words.function
              and not _clear_verb(before[s], words) and not _clear_verb(before[s + 1], words)):
            s += 1  # "something | an engineering team | can act on": a noun before the subject's noun
    elif ((w in words.function and not (w in words.subjects and w in words.indefinites))
          or _adverb(w, words) or _clear_verb(w, words) or w in words.prepositions):
        return False  # (an indefinite pronoun is a subject: "the example | everyone in the firm | keeps ...")
    subj = before[s]
    if (subj in words.function and subj not in words.subjects) or _adverb(subj, words) or _clear_verb(subj, words):
        return False
    if subj in words.subjects and subj in ("it", "there", "this", "that", "one"):
        return False
    v = s + 1
    pp = False
    if v < len(before) - 1 and before[v] in words.prepositions and before[v] not in _SUBJECT_PP_SKIP:
        e = v + 1
        if e < len(before) and before[e] in words.determiners:
            e += 1
        n = 0
        while e < len(before) - 1 and n < 2 and before[e] not in words.function and not _clear_verb(before[e], words) \
                and not _adverb(before[e], words):
            if n and before[e].endswith("s") and not before[e].endswith("ss") and not subj.endswith("s"):
                break  # "everyone in the partnership | keeps": a singular subject's verb in -s after the phrase's noun
            e += 1
            n += 1
        if n == 0:
            return False
        v, pp = e, True
    skipped = False
    while v < len(before) - 1 and _adverb(before[v], words):
        v, skipped = v + 1, True
    if v >= len(before):
        return False
    verb = before[v]
    if (verb in words.function and verb not in words.auxiliaries or verb in words.determiners or verb in words.prepositions
            or verb in words.particles or verb in words.stranding or subj in words.transitive):
        return False  # ("in the pipeline | comes down to": a verb in -s and its particle, no subject)
    plural = subj.endswith("s") and not subj.endswith(("ss", "us", "is"))
    if not (_clear_verb(verb, words)
            or ((subj not in words.subjects or subj in words.indefinites) and not plural and verb.endswith("s")
                and not verb.endswith("ss") and (subj in words.indefinites or not _plural_noun(verb, words)))  # "the team | keeps", "everybody | worries"
            or (((plural and _plural_noun(subj, words)) or subj in words.subjects or skipped or pp) and not verb.endswith("s")
                and not verb.endswith("ing"))):  # "engineers | love", "nurses never | have"
        return False
    # the noun phrase the relative clause follows
    head = k - 1
    noun = before[head]
    if noun in words.indefinites and noun not in ("more", "less", "much", "lot", "lots"):
        return True  # "something lawmakers will need to deal with"
    if (noun in words.function or noun in words.determiners or _adverb(noun, words) or _clear_verb(noun, words)
            or noun in words.clause_verbs or noun in words.that_verbs or noun in words.wh_verbs
            or noun in words.reporting or not noun.isalpha()):
        return False
    for j in range(head - 1, max(-1, head - 8), -1):
        x = before[j]
        if j == head - 1 and noun.endswith("s") and (x in words.be_forms or x in words.prepositions and x != "of"):
            return True  # "there were | shortcuts | nobody on the team had heard of": a bare plural
        if x in words.determiners and x not in ("that", "this", "these", "those"):
            i = j - 1
            while i > 0 and _adverb(before[i], words):
                i -= 1  # ("which is exactly | the kind of call nurses never have time for")
            lead = before[i] if i >= 0 else ""
            if lead == "of" and j > 1 and before[j - 2] not in words.function and before[j - 2].isalpha():
                continue  # "the part | of the stack | customers in retail care about": the noun phrase goes on before
            return bool(lead) and (lead in words.be_forms or lead in words.prepositions and lead != "of"
                                   or lead == "as" or _clear_verb(lead, words) or lead in words.transitive)
        if j == head - 1 and x in words.indefinites and x not in ("more", "less", "much", "lot", "lots"):
            return True  # "something | procurement | teams at big agencies struggle with": a compound subject
        if x == "of" and j > 0 and before[j - 1] not in words.function:
            continue  # "the type | of | problem"
        if x in words.function or _clear_verb(x, words) or _adverb(x, words):
            return False
    return False


def _subject_relative(before: list[str], k: int, words: TruncationWords) -> bool:
    """Is before[k - 1] ('who', 'which') the subject of its relative clause after a noun
    ("founders who | remind the partner of", "the ones who | believed in"): the word after it
    is its verb, not a subject of its own ("the people who | we sell to")? Such a clause has no
    gap for a final preposition."""
    return (before[k - 1] in ("who", "which") and k >= 2 and before[k - 2] not in words.function
            and before[k] not in words.determiners and before[k] not in words.subjects
            and before[k] not in words.quantifiers_as_subjects and not _plural_noun(before[k], words))


# the endings of plural nouns for people and groups, the usual subjects of a relative clause
# without 'that' ("the tool developers pay for"); a verb's -s ("the pipeline comes down to") has none
_PLURAL_SUBJECT_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ees", "ians", "ams", "ies", "ics", "ups", "etes", "ysts", "ans")


def _past_adverbs(ws: list[str], j: int, words: TruncationWords) -> int:
    """The index of the first word from `j` on that is no adverb."""
    while j < len(ws) and _adverb(ws[j], words):
        j += 1
    return j


def _plural_noun(word: str, words: TruncationWords) -> bool:
    """Does `word` look like a plural noun that can be a relative clause's subject ("customers",
    "developers", "teams", "companies")?"""
    return len(word) > 4 and word.endswith(_PLURAL_SUBJECT_ENDINGS) and word not in words.function


def _subject_of(before: list[str], k: int, words: TruncationWords) -> bool:
    """Is a subject pronoun right before before[k] (adverbs passed over)?"""
    j = k - 1
    while j >= 0 and _adverb(before[j], words):
        j -= 1
    return j >= 0 and before[j] in words.subjects and _is_subject(before, j, words.prepositions)


def _ing_of(w: str, stems: set[str]) -> bool:
    """Is `w` the -ing form of one of `stems` ("stepping" of "step", "logging" of "log", "moving"
    of "move")?"""
    if len(w) < 6 or not w.endswith("ing"):
        return False
    stem = w[:-3]
    return stem in stems or stem + "e" in stems or (stem[-1:] == stem[-2:-1] and stem[:-1] in stems)


def _embedded(before: list[str], words: TruncationWords) -> bool:
    """Do the words before a final auxiliary open an embedded or compared clause that it ends
    ("more than the models can", "what the answer is")? Not 'so' before an adverb ("the reason
    it worked so well | was"), nor 'what' whose clause has its subject and verb ("what we found | was")."""
    for j, w in enumerate(before):
        if w not in words.embedding:
            continue
        if w in ("so", "like") and (j == 0 or (j == 1 and before[0] in words.conjunctions)):
            continue  # "so the way we think about pricing | is": a discourse marker, no clause
        nxt = before[j + 1] if j + 1 < len(before) else ""
        if w == "so" and nxt and nxt not in words.function and nxt not in words.subjects:
            continue
        if (w == "as" and j > 0 and nxt in ("the", "a", "an")
                and (before[j - 1].endswith("ed") or before[j - 1] in words.past_verbs)):
            continue  # "described as the vendor that most of the clinics | were": a role, no comparison
        if w in words.free_relatives and nxt and nxt not in words.function and nxt not in words.subjects \
                and len(before) >= j + 2:
            continue  # "what makes this so hard | is": the free relative is the subject
        if (w in words.free_relatives and nxt in words.subjects and _is_subject(before, j + 1, words.prepositions)
                and len(before) == j + 3 and (before[j + 2] not in words.function or before[j + 2] in words.main_verbs)
                and not _adverb(before[j + 2], words)):
            continue
        return True
    return False


# the subject between an ellipsis opener and the final auxiliary: this many words at most
_ELLIPSIS_SUBJECT = 4


def _elliptical(text: str, a: int, before: list[str], aux: str, negated: bool, ended: str, words: TruncationWords) -> bool:
    """Is the final auxiliary (its clause's words `before` it) one of verb-phrase ellipsis, its verb
    said before it: the text ends on 'too' or 'either' after it ("most of my team would too"), or
    its clause opens with a contrast ('but', 'yet', 'though') or, negated, with 'and', then only
    its subject, after a clause with a verb ("... would recover by now, but it hasn't", "the
    prototype flew and the idea didn't")? "... and the robots will" keeps its cut."""
    if ended in words.ellipsis_adverbs:
        return True
    for j in range(len(before) - 1, max(-1, len(before) - 2 - _ELLIPSIS_SUBJECT), -1):
        if before[j] in words.ellipsis_comparisons and j + 1 < len(before) and j > 0 and not any(
                x in words.auxiliaries or x in words.past_verbs or x.endswith("ed") or x in words.verb_s_forms
                or (x in words.function and x not in words.determiners) for x in before[j + 1:]):
            # "the traders saw it months before the analysts did": a comparison's subject and the
            # auxiliary standing for the verb of the clause it compares with
            return True
    for j in range(len(before) - 1, max(-1, len(before) - 2 - _ELLIPSIS_SUBJECT), -1):
        w = before[j]
        if not (w in words.ellipsis_openers or (negated and w in words.conjunctions)):
            continue
        subject = before[j + 1:]
        if (len(subject) > 1 and (subject[0] in words.past_verbs or subject[0] in words.verb_s_forms
                                  or (subject[0].endswith("ed") and len(subject[0]) > 4))
                and _CLAUSE_WORDS.findall(text[:a].lower().replace("’", "'")).count(subject[0]) >= 2):
            # "... proved the demand was there and proved the cost base wasn't": the verb said
            # again, the auxiliary ending its second complement
            subject = subject[1:]
        if not subject or any(x in words.auxiliaries or x in words.past_verbs or x.endswith("ed") or x in words.verb_s_forms
                              for x in subject):
            return False
        i = len(before) - j  # (the opener's place counted from the end of the text's words)
        head = _CLAUSE_WORDS.findall(text[:a].lower().replace("’", "'"))
        head = head[:len(head) - i]
        if _positive(aux, words) == "be":
            # 'be' stands for 'be' only ("the chips were ready, but the compiler wasn't"; "we
            # shipped the model, but the evals were" lost its complement)
            return any(_positive(x, words) == "be" for x in head[-12:])
        return any(x in words.auxiliaries or x in words.past_verbs or x in words.verb_s_forms
                   or (x.endswith("ed") and len(x) > 4) or (x == "to" and n + 1 < len(head) and head[n + 1] not in words.function)
                   for n, x in enumerate(head[-12:], len(head) - min(12, len(head))))
    return _contrast_after_punctuation(text, a, aux, words) or _answer_to_negation(text, a, aux, words)


_CLAUSE_MARKS = ",;:—–"  # the marks that set a clause against the one before it


def _answer_to_negation(text: str, a: int, aux: str, words: TruncationWords) -> bool:
    """Is the final auxiliary, with only its subject in a sentence of its own, the same auxiliary
    as one negated in the sentence before it, its verb or complement the one negated there ("The
    data is not the bottleneck anymore. Interpretation is", "Most vendors don't publish their
    evals. Our lab does")? "The model is fast and the cost is" keeps its cut: nothing was negated."""
    head = text[:a].rstrip()
    mark = max(head.rfind(". "), head.rfind("; "), head.rfind("! "))
    if mark == -1:
        return False
    subject = _CLAUSE_WORDS.findall(head[mark + 1:].lower().replace("’", "'"))
    if not (1 <= len(subject) <= _ELLIPSIS_SUBJECT) or any(
            x in words.auxiliaries or x in words.past_verbs or x in words.verb_s_forms
            or (x in words.function and x not in words.determiners) for x in subject):
        return False
    start = max(head.rfind(". ", 0, mark), head.rfind("; ", 0, mark), head.rfind("! ", 0, mark), head.rfind("? ", 0, mark))
    prior = _CLAUSE_WORDS.findall(head[start + 1:mark].lower().replace("’", "'"))
    stem = _positive(aux, words)
    return any(_positive(x, words) == stem and (x.endswith("n't") or (i + 1 < len(prior) and prior[i + 1] in ("not", "never")))
               for i, x in enumerate(prior))


def _contrast_after_punctuation(text: str, a: int, aux: str, words: TruncationWords) -> bool:
    """Is the final 'do' or modal the ellipsis of a clause set against the one before it by a
    comma or semicolon alone ("the tools don't matter, the intention does", "which I never open;
    the scheduler does"): after the mark only its subject, a noun phrase of a determiner and at
    most three more words, none a verb, and a verb in the clause before? Not 'be' or 'have',
    whose final form more often lost its complement or participle, unless the clause before
    negates the same one ("the engine was never the bottleneck, the scope was")."""
    stem = _positive(aux, words)
    if stem not in ("do", "can", "will", "would", "could", "should", "might", "must", "be", "have"):
        return False
    head = text[:a].rstrip()
    mark = max(head.rfind(c) for c in _CLAUSE_MARKS)  # the last mark before the subject
    if mark == -1:
        return False
    if stem in ("be", "have"):
        prior = _CLAUSE_WORDS.findall(head[:mark].lower().replace("’", "'"))[-12:]
        if not any(_positive(x, words) == stem and (x.endswith("n't") or (i + 1 < len(prior) and prior[i + 1] in ("not", "never")))
                   for i, x in enumerate(prior)):
            return False
    subject = _CLAUSE_WORDS.findall(head[mark + 1:].lower().replace("’", "'"))
    if not (2 <= len(subject) <= _ELLIPSIS_SUBJECT and subject[0] in words.determiners) or any(
            x in words.auxiliaries or x in words.past_verbs or x in words.verb_s_forms or x in words.function
            for x in subject[1:]):
        return False
    before = _CLAUSE_WORDS.findall(head[:mark].lower().replace("’", "'"))[-12:]
    return any(x in words.auxiliaries or x in words.negative_contractions or x in words.past_verbs
               or x in words.verb_s_forms or (x.endswith("ed") and len(x) > 4)
               or (k > 0 and before[k - 1] in words.subjects and x not in words.function)
               for k, x in enumerate(before))


def _antecedent(text: str, a: int, aux: str) -> bool:
    """Does the text before offset `a` hold the auxiliary `aux` (or its negation, or it without
    its negation) that a final one repeats: "Everyone assumes we can't. The truth is we can"?"""
    stem = _positive(aux)
    return any(_positive(w) == stem for w in _CLAUSE_WORDS.findall(text[:a].lower().replace("’", "'")))


def _positive(aux: str, words: TruncationWords | None = None) -> str:
    """An auxiliary without its negation and tense: "can't" -> "can", "won't" -> "will", "hasn't"
    -> "have"; with `words`, any form of 'be' -> "be" too ("are" -> "be")."""
    if aux.endswith("n't"):
        aux = {"can't": "can", "won't": "will", "shan't": "shall"}.get(aux, aux[:-3])
    if words is not None and aux in words.be_forms:
        return "be"
    return {"has": "have", "had": "have", "does": "do", "did": "do"}.get(aux, aux)  # (one verb for "has done it, but we have")


def _condition_before_subject(before: list[str], k: int, words: TruncationWords) -> bool:
    """Does the clause open with a condition ('if', 'when', 'once') whose words run up to a
    content word, right after which the noun phrase of the subject before[k] starts ("if the
    turbines arrive on schedule | the site")? 'I wonder if the site' has no condition before it."""
    if k < 4 or before[k] in words.function:
        return False
    lead = 1 if before[0] in words.conjunctions or before[0] == "so" else 0
    if before[lead] not in words.conditions:
        return False
    j = k
    while j > lead and before[j - 1] not in words.function and before[j - 1] not in words.determiners:
        j -= 1
    d = j - 1
    if d < lead + 3 or before[d] not in words.determiners or before[d] in ("that", "this", "those", "these"):
        return False
    prior = before[d - 1]
    if prior in words.function or prior in words.determiners or prior in words.transitive or prior in words.clause_verbs:
        return False  # ("if you give | the team ...": the verb's object, not a new subject)
    return not any(w in words.embedding or w in words.relatives for w in before[lead + 1:d])


def _subject_opener(before: list[str], k: int, pronoun: bool, words: TruncationWords) -> str:
    """'is' or 'is that' when the subject before[k] of a final auxiliary opens a clause after a
    copula ("the thing is | they are", "is that | the real bottleneck is"), else ""."""
    if k < 1:
        return ""
    j = k
    if not pronoun:  # back over the subject's noun phrase ("the real bottleneck")
        while j > 0 and (before[j - 1] in words.determiners or before[j - 1] not in words.function):
            j -= 1
        if j == k or before[j] not in words.determiners:
            return ""
    head = before[j - 1] if j else ""
    if head == "that" and j > 1 and before[j - 2] in words.copula_that:
        return " ".join(before[j - 2:k])
    if head in words.copula_that and head in words.be_forms and pronoun and subject_only(before[k], words):
        return head
    return ""


def subject_only(w: str, words: TruncationWords) -> bool:
    """Is `w` a pronoun that is only a subject ("they", "we"; not "it", "you")?"""
    return w in words.subjects and w not in words.object_forms


def _after_full_condition(text: str, a: int, words: TruncationWords) -> bool:
    """Does the clause ending at text[a:] follow, after a comma, a clause that opens with 'if',
    'when' or 'once' and ends on a content word ("If you give these models tools, | ...")?"""
    comma = -1
    for m in _CLAUSE_END.finditer(text, max(0, a - 300), a):
        comma = m.start() if m.group() == "," else -1
    if comma < 1:
        return False
    prior = _last_clause(text[:comma], comma)
    if len(prior) < 3:
        return False
    lead = prior[1] if prior[0] in ("and", "but", "so") else prior[0]
    return lead in words.conditions and prior[-1] not in words.function and prior[-1] not in words.auxiliaries \
        and prior[-1] not in words.infinitive_verbs


def _clause_closed(tail: list[str], words: TruncationWords) -> bool:
    """Do the words after a subject pronoun hold a second verb, an auxiliary after a content word
    ("we're really selling | is peace of mind"): the clause of the pronoun ended before them."""
    if any(w in words.auxiliaries and tail[j - 1] not in words.function and tail[j - 1] not in words.auxiliaries
           and not _adverb(tail[j - 1], words) and tail[j - 1] not in words.subjects
           for j, w in enumerate(tail) if j):
        return True
    # "what we really needed back then | was a customer willing to": the pronoun's verb came
    # first (a past form), so an auxiliary after an adverb is the next clause's
    v = 0
    while v < len(tail) and _adverb(tail[v], words):
        v += 1
    if v >= len(tail) or not (tail[v] in words.past_verbs or (tail[v].endswith("ed") and tail[v] not in words.function)):
        return False
    return any(w in words.auxiliaries and tail[j - 1] not in words.relatives and tail[j - 1] not in words.auxiliaries
               and tail[j - 1] not in words.subjects for j, w in enumerate(tail) if j > v + 1)


def _open_clause(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on the content word text[a:] = `low` was cut, or None: it ends on the
    subject of a clause that never gets its verb -- a word that opens a clause, a determiner and
    one or two words ("... make sure the model", "... whether the system", "... is that the
    onboarding flow"; not "... that the customer decides", "... if the market grew")."""
    if low in words.function or not words.clause_openers:
        return None
    tail = text[max(0, a - 40):a].lower().split()  # (a determiner one or two words back, or 'of'/'for', else no clause)
    if (tail and tail[-1] in ("whether", "because") and low.isalpha() and low not in words.subjects
            and low not in words.end_adverbs and low not in words.conjunctions and not _adverb(low, words)):
        # "... ending with a debate about whether scaling": the opener and a bare subject, without its verb
        return f"ends on {tail[-1] + ' ' + low!r}, a clause without its verb"
    if not tail or (tail[-1] not in words.determiners and (len(tail) < 2 or tail[-2] not in words.determiners)
                    and tail[-1] not in ("of", "for") and (len(tail) < 2 or tail[-2] not in ("of", "for"))
                    and (len(tail) < 4 or tail[-3] not in words.determiners
                         or (tail[-4] not in words.clause_openers and tail[-4] not in words.wh_openers))):
        return None
    clause = _last_clause(text, a)
    if len(clause) < 3 or clause[-1] != low.replace("’", "'"):
        return None
    if len(clause) >= 5 and clause[-2] in ("of", "for") or len(clause) >= 6 and clause[-3] in ("of", "for") \
            and clause[-2] in words.determiners:
        # "... whether the next generation of chips": the subject's noun phrase ends on its
        # preposition's object, and the clause lost its verb
        p = len(clause) - 2 if clause[-2] in ("of", "for") else len(clause) - 3
        for d in (p - 1, p - 2, p - 3):
            if d < 1 or clause[d] not in words.determiners or any(w in words.function for w in clause[d + 1:p]):
                continue
            if any(w.endswith("s") and not w.endswith("ss") for w in clause[d + 1:p - 1]):
                break  # "when the cooperatives | pay for them": a plural subject, then its verb
            if _clause_opener(clause, d - 1, words) and d - 1 >= 0:
                return f"ends on {' '.join(clause[d - 1:])!r}, a clause without its verb"
            break
    for n in (1, 2):
        if len(clause) < n + 2:
            break
        det, opener = clause[-n - 1], clause[-n - 2]
        if det in words.determiners and _clause_opener(clause, len(clause) - n - 2, words):
            noun = clause[-n:]
            if n == 2 and (low.endswith(("s", "ed")) or low in words.past_verbs or noun[0] in words.function
                           or noun[0] in words.unmarked_plurals) \
                    and not (noun[0] in words.attributive or noun[0] in words.indefinite_adjectives):
                return None  # "... that the customer decides": the verb is there ("that the closed labs" has none)
            if n == 2 and low in words.plural_subject_verbs and _plural_like(noun[0]) and noun[0] not in words.function:
                return None  # "... that's when the complaints start": a plural subject and its verb
            if noun[-1] in words.measure_nouns and det in ("a", "an"):
                return None  # "I think about that a lot": an amount, not the clause's subject
            if noun[-1] == "way" and det == "the" and opener == "that":
                return None  # "we learned that the hard way": 'that' is the object, "the hard way" how
            if any(w in words.function or w in words.auxiliaries for w in noun):
                return None
            return f"ends on {opener + ' ' + det + ' ' + ' '.join(noun)!r}, a clause without its verb"
    if len(clause) >= 5 and clause[-4] in words.determiners and _clause_opener(clause, len(clause) - 5, words):
        # "... when our only GPU cluster": the opener, a determiner and three words, none of them a
        # verb ("whether the new model scales", "when the team got bigger" have theirs)
        noun = clause[-3:]
        if not any(w in words.function or w in words.auxiliaries or w.endswith(("s", "ed")) or _ly_adverb(w, words)
                   or w in words.past_verbs or w in words.transitive for w in noun) \
                and not any(w in words.unmarked_plurals for w in noun[:-1]):  # ("where most people meet AI")
            return f"ends on {' '.join(clause[-5:])!r}, a clause without its verb"
    return None


def _clause_opener(clause: list[str], j: int, words: TruncationWords) -> bool:
    """Does clause[j] open a clause that wants its subject and verb after it: a clause opener
    ("whether", "make sure"), a wh-word ("how", "why", "where", "when") or 'how' and its
    adjective ("... depends on how fast | the hardware")?"""
    if j < 0:
        return False
    w = clause[j]
    if (w in words.clause_openers or w in words.wh_openers
            or (j > 0 and clause[j - 1] == "how" and w not in words.function and w not in words.determiners)
            or (j > 1 and clause[j - 2] == "how" and clause[j - 1] in ("many", "much") and w not in words.function)):
        return True
    # "that | within five years | every knowledge worker": a prepositional phrase between the
    # opener and the subject
    for p in range(j, max(0, j - 4), -1):
        if clause[p] in words.prepositions or clause[p] in words.stranding:
            if p == j:
                return False  # "once | for | the yield": the words after it are the preposition's object
            if p > 1 and clause[p - 1] == "that" and (
                    _object_that(clause[p - 2], words) or _verb_of_an_object_that(clause, p - 2, words)):
                return False  # "we put | that | in the contract": 'that' is the verb's object
            return (p > 0 and clause[p] != "of" and clause[p - 1] in words.clause_openers
                    and not any(x in words.function and x not in words.determiners for x in clause[p + 1:j + 1]))
    return False


def _verb_of_an_object_that(clause: list[str], v: int, words: TruncationWords) -> bool:
    """Is clause[v], before 'that' and a preposition, a verb by what stands before it (an
    auxiliary, "to", "just" or a subject: "you cannot just throw | that into a vision
    transformer"), one that takes no clause ("said that in 2020 ...")? Then 'that' is its object."""
    if v < 1:
        return False
    verb, before = clause[v], clause[v - 1]
    return ((before in words.auxiliaries or before in ("to", "just") or before in words.subjects)
            and verb.isalpha() and verb not in words.function and verb not in words.clause_verbs
            and verb not in words.that_verbs and verb not in words.wh_verbs)


def _object_that(verb: str, words: TruncationWords) -> bool:
    """Is 'that' after `verb` its object ("put that", "did that"), no clause opener ("said that")?"""
    return ((verb in words.transitive or verb in words.main_verbs or verb in words.past_verbs
             or (verb.endswith(("s", "ed")) and not verb.endswith("ss") and verb not in words.function))
            and verb not in words.clause_verbs and verb not in words.that_verbs and verb not in words.wh_verbs)


def _compound_adjective(w: str, words: TruncationWords) -> bool:
    """Is the hyphenated `w` an adjective that wants its noun: a number and a unit ("three-week",
    "five-year"; not "one-off"), or a compound on an adjectival head ("usage-based",
    "customer-facing", "long-term")? Compound nouns ("trade-off", "co-founder") are neither."""
    parts = w.split("-")
    if len(parts) < 2:
        return False
    if (len(parts) == 2 and parts[0] in words.number_words and parts[1] not in words.function
            and parts[1] not in words.particles and parts[1] not in ("off", "up", "out", "down", "away", "back")
            and parts[1] not in words.number_words):
        return True
    return parts[-1] in words.compound_heads


def _adjective(w: str, words: TruncationWords) -> bool:
    """Is `w` an adjective before a noun, listed ("new", "single") or by its ending ("domestic",
    "regional", "expensive")?"""
    return w in words.attributive or (len(w) > 4 and w.endswith(words.adjective_suffixes) and w not in words.function)


def _ly_adverb(w: str, words: TruncationWords) -> bool:
    """Is `w` an adverb in -ly ("consistently"), not an adjective ("costly", "likely")?"""
    return len(w) > 4 and w.endswith("ly") and w not in words.ly_adjectives and w not in words.function


def _adverb(w: str, words: TruncationWords) -> bool:
    """Is `w` an adverb passed over to find the verb's subject ("they mostly | want")?"""
    return w in words.skip_adverbs or (len(w) > 4 and w.endswith("ly") and w not in words.function)


# a superlative and its noun ("the least glamorous thing"): a later "one of the most ..." may leave the noun out
_SUPERLATIVE_AND_NOUN = regexcache.compile(r"\b(?:the|our|their|its|my|your)\s+(?:(?:most|least)\s+[a-z]+|[a-z]+est)\s+[a-z]+",
                                           re.I)


def _elided_superlative(text: str, a: int, before: list[str]) -> bool:
    """Does "... and one of the most <adjective>" at `a` stand beside a superlative and its noun
    earlier in its sentence ("the least glamorous thing in our company and one of the most
    valuable"): the noun is said once, left out the second time."""
    if len(before) < 5 or before[-5] not in ("and", "but", "yet"):
        return False
    start = max(text.rfind(". ", 0, a), text.rfind("? ", 0, a), text.rfind("! ", 0, a)) + 1
    return _SUPERLATIVE_AND_NOUN.search(text, start, a) is not None


def _open_phrase(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on the whole word text[a:] = `low` was cut, or None: the word wants the
    word after it, and its clause does not let it go without -- a verb that wants its object after
    its subject ("... and said they needed", "... the agents needed"; not "the product we need",
    "what they want", "if you need", "a real need", "it is needed"), an object of 'let' without its
    verb ("... they let researchers"), an adjective after a determiner ("... we trained a single";
    not "the best", "on their own"), an adverb of degree ("... were honestly pretty"), a
    preposition after a noun that is no particle ("... a wrapper around"; not "we played around")."""
    low = low.replace("’", "'")
    clause = _last_clause(text, a)
    if len(clause) < 2 or clause[-1] != low:
        return None
    before = clause[:-1]
    prev = before[-1]
    if low not in words.function and (prev == "single" and low.endswith("est") or before[-2:] == ["single", "most"]
                                      or (before[-4:] == ["one", "of", "the", "most"]
                                          and not _elided_superlative(text, a, before))):
        # "... the single biggest", "... one of the most important": a superlative without its noun
        return f"ends on {' '.join(before[-3:] + [low])!r}, an adjective without its noun"
    if clause in (["the", "more"], ["the", "less"]) and text[:a].rstrip()[:-3].rstrip().endswith(","):
        # "The bigger the model, the more": the second half of a comparison without its words
        return f"ends on ', the {low}', a comparison without its words"
    if (len(before) >= 2 and before[-2] in words.causative and before[-2] in words.objects_wanting
            and (prev in words.determiners or prev not in words.function) and low.endswith("s")
            and low not in words.function and low not in words.transitive):
        # "... lets small startups", "... let the researchers": the object of 'let' without its verb
        return f"ends on {' '.join(before[-2:] + [low])!r}, an object without the verb that follows it"
    if low == "sure" and prev == "making":
        j = len(before) - 2
        while j >= 0 and _adverb(before[j], words):
            j -= 1  # "we're just | making sure"
        if j < 0 or before[j] not in words.be_forms or before[j] not in words.subjects:
            return "ends on 'making sure', before the clause it opens"  # "... the hard part was making sure"
    if low in words.attributive:
        if low in words.possessive_own and len(before) > 1 and (before[-2] in words.prepositions or before[-2] == "as"):
            return None  # "on their own", "on the whole", "as a whole"
        if low == "own" and prev in words.possessives:
            return None  # "we decided to build our own", "... vs our own": a pronoun
        if prev in words.determiners or prev in words.adjective_prepositions:
            return f"ends on {prev + ' ' + low!r}, an adjective without its noun"
    if (len(low) > 4 and low.endswith("er") and low not in words.time_comparatives and prev in words.comparative_intensifiers
            and len(before) > 1 and before[-2] in words.prepositions and _comparative(low)):
        return f"ends on {' '.join(before[-2:] + [low])!r}, a comparative without its noun"  # "... compete with much larger"
    if (len(low) > 4 and low.endswith("est") and prev in words.possessives | {"its"} and low not in words.whole_superlatives
            and (len(before) < 2 or before[-2] != "at")):
        return f"ends on {prev + ' ' + low!r}, an adjective without its noun"  # "... they'll tell you their biggest"
    if prev in ("a", "an") and low in words.indefinite_adjectives:
        return f"ends on {prev + ' ' + low!r}, an adjective without its noun"  # "... has been an incredible"
    if low in words.naming and _named_after_verb(before, words):
        # "was a logistics firm called", "with a startup named", "it was something called" (not
        # "then a customer called": the noun phrase is its subject)
        return f"ends on {before[-1] + ' ' + low!r}, without the name"
    if low in ("more", "less") and (prev in ("a", "an") or (len(before) > 1 and before[-2] in ("a", "an")
                                                             and prev in words.comparative_intensifiers)):
        return f"ends on {' '.join(before[-2:] + [low]) if prev not in ('a', 'an') else prev + ' ' + low!r}, a comparison without its adjective"  # "... a much more"
    if prev in ("a", "an") and (low in words.intensifiers or low in words.comparative_intensifiers or low in words.degree
                                or _ly_of_adjective(low, words)):
        return f"ends on {prev + ' ' + low!r}, an adverb without its adjective and noun"  # "... is a completely"
    if low == "too" and prev in words.too_intensifiers and not (
            prev == "way" and len(before) > 1 and before[-2] not in words.be_forms):  # ("I feel the same way too")
        return f"ends on {prev + ' too'!r}, an adverb of degree without its adjective"  # "... were far too"
    j = len(before) - 1  # back over the adverbs between the determiner and the last word ("a much more | reliable")
    while j > 0 and (before[j] in words.intensifiers or _ly_adverb(before[j], words) or before[j] in ("more", "less")
                     or before[j] in words.comparative_intensifiers):
        j -= 1
    if (j < len(before) - 1 and before[j] in words.determiners and low not in words.function
            and not (before[j + 1] == "very" and before[j] == "the")
            and not (before[j + 1] in ("more", "less") + tuple(words.comparative_intensifiers) and before[j] not in ("a", "an"))):
        # "... a really big": an adverb between a determiner and the last word makes it an adjective
        return f"ends on {' '.join(before[j:] + [low])!r}, an adjective without its noun"
    if low in words.degree and prev != "not":
        return f"ends on {low!r}, an adverb of degree without its adjective"
    if prev in words.linking_forms and low not in words.end_adverbs and (
            low in words.intensifiers or low in words.comparative_intensifiers):
        return f"ends on {prev + ' ' + low!r}, an adverb of degree without its adjective"  # "... look slightly"
    if low in words.be_degree and prev in words.bare_be and not any(w in words.negating for w in before):
        return f"ends on {prev + ' ' + low!r}, a degree without its comparative"  # "... tends to be much"
    if low in words.correlatives and prev in words.subjects and (
            prev not in words.object_forms or (len(before) > 1 and (before[-2] in words.relatives or before[-2] in words.complementizers
                                                                   or before[-2] in words.conjunctions))):
        return f"ends on {prev + ' ' + low!r}, a subject without its verb"  # "... the kind of thing where we either"
    if low in words.approximate_prepositions and prev in words.approximate_openers:
        return f"ends on {prev + ' ' + low!r}, an approximation without its number"  # "... is somewhere around"
    if prev == "let's" or (len(before) > 1 and before[-2] == "let's" and _adverb(prev, words)):
        if _adverb(low, words) or low in words.skip_adverbs:
            return f"ends on {' '.join(before[before.index('let') if 'let' in before else -1:] + [low])!r}, 'let's' without its verb"
    if low in words.determiner_adjectives and prev in words.determiners:
        return f"ends on {prev + ' ' + low!r}, an adjective without its noun"  # "... vertical integration is the only"
    if low in words.superlative_amounts and prev == "the" and len(before) > 1 and before[-2] in words.have_most:
        return f"ends on {' '.join(before[-2:] + [low])!r}, an amount without its noun"  # "... the one that has the most"
    if low in ("more", "less") and len(before) > 1:
        n = 2 if " ".join(before[-2:]) in words.comparative_amounts else 1 if prev in words.comparative_amounts else 0
        if (n and len(before) > n and before[-n - 1] in words.bare_be
                and (len(before) == n + 1 or before[-n - 2] not in words.gap_openers and before[-n - 2] not in words.relatives
                     and before[-n - 2] not in ("there", "this", "that", "it's"))):
            # "... it turned out to be a lot more", "... is way less": the comparison lost its adjective
            return f"ends on {' '.join(before[-n - 1:] + [low])!r}, a comparison without its adjective"
    if (low in ("more", "less") and len(before) >= 2 and before[-2] in words.make_forms
            and (prev in words.objects or prev in words.object_forms)):
        # "... to make it more", "... made them less": the object's comparative lost its adjective
        return f"ends on {' '.join(before[-2:] + [low])!r}, a comparison without its adjective"
    if low == "so" and before:
        j = len(before) - 1
        while j > 0 and before[j] in words.skip_adverbs and before[j] not in words.end_adverbs:
            j -= 1  # "... was just | so"
        v = before[j]
        if (v in words.be_forms and v not in ("be", "been", "being")) or v in words.so_degree_verbs:
            # "... the retention numbers looked so", "... and it was so": 'so' of degree after
            # 'be' or a linking verb, without its adjective ("I think so", "if so" are whole)
            return f"ends on {v + ' so'!r}, an adverb of degree without its adjective"
    if low in words.phrase_prepositions:
        # after a noun phrase that is the clause's subject or follows 'be' ("... is a wrapper around"),
        # a conjunction or a preposition ("... and the open questions around"); after an object it is
        # a particle ("we turned the company around")
        for d in (len(before) - 2, len(before) - 3):
            if d < 0 or before[d] not in words.determiners or any(w in words.function for w in before[d + 1:]):
                continue
            k = d - 1
            while k >= 0 and _adverb(before[k], words):
                k -= 1
            if k < 0 or before[k] in words.be_forms or (
                    before[d] in words.noun_determiners and (before[k] in words.conjunctions or before[k] in words.prepositions)):
                return f"ends on {' '.join(before[d:] + [low])!r}, a preposition without its object"
    if ((low in words.objects or low in words.indefinites) and prev in words.objects_wanting
            and not (prev not in words.causative and _object_gap_before(before[:-1], words))):
        return f"ends on {prev + ' ' + low!r}, a verb without what it gives or lets its object do"  # "... to let anyone", "give them"
    if (prev in words.causative and low.endswith("s") and low not in words.function
            and low not in words.objects and low not in words.transitive):
        return f"ends on {prev + ' ' + low!r}, an object without the verb that follows it"
    if low == "be" and prev == "to":
        verb = before[-2] if len(before) > 1 else ""
        if (verb in ("have", "has", "had", "need", "needs", "needed", "got", "going", "gonna", "supposed")
                and len(before) > 2 and (before[-3] in words.subjects
                                         or (verb == "going" and before[-3] in words.be_forms))  # "... is going to be"
                and not words.negating.intersection(before) and "way" not in before  # ("the way it has to be")
                and not any(w in words.object_gaps and not (w == "that" and j and before[j - 1] in words.clause_verbs)
                            for j, w in enumerate(before))):  # ("thinking that | this was going to be")
            return f"ends on {' '.join(before[-3:] + [low])!r}, without what it should be"  # "... we have to be"
        # "... wanted every prompt to be": a verb that wants another, its object, 'to be' and no complement
        for v in range(len(before) - 3, max(-1, len(before) - 6), -1):
            if before[v] in words.infinitive_verbs and before[v] not in words.auxiliaries:
                np_words = before[v + 1:-1]
                if (np_words and (np_words[0] in words.determiners or np_words[0] in words.objects)
                        and not any(w in words.function for w in np_words[1:])
                        and not words.negating.intersection(before)):
                    return f"ends on {' '.join(before[v:] + [low])!r}, without what it should be"
                break
        return None
    if low not in words.transitive:
        return None
    if len(before) >= 2 and before[-2] == "no" and low.endswith("ed") and (
            before[-1] != "longer" or len(before) == 2 or before[-3] in words.be_forms
            or text[:a].rstrip()[:-len("no longer")].rstrip().endswith(",")):
        # "..., no longer needed", "it is no longer supported", "no changes needed": a passive
        # participle (not "the team no longer wanted": a verb after its subject)
        return None
    if low.endswith("s") and before and (before[-1] in words.quantifiers or before[-1] in words.quantifiers_as_subjects):
        return None  # "included in all copies", "any updates": a plural noun after its quantifier
    k = len(before) - 1
    while k >= 0 and _adverb(before[k], words):
        k -= 1
    if k < 0:
        return None
    infinitive = before[k] == "to"
    if low in words.object_optional and (infinitive or low.endswith("ing")):
        return None  # "we're still hiring", "we decided to raise"
    if infinitive:  # "we want to make" as "we make"; not "there's a lot to take", "you don't have to"
        if k and before[k - 1] in words.objects and not words.negating.intersection(before) \
                and not any(w in words.object_gaps for w in before[:k - 1]) \
                and not (k > 1 and before[k - 2] == "for"):  # ("expensive for them to produce": the gap of 'expensive')
            return f"ends on {before[k - 1] + ' to ' + low!r}, a verb without its object"  # "pushing us to add"
        if not (k and before[k - 1] in words.infinitive_verbs) or words.negating.intersection(before):
            return None
        low = before[k - 1] + " to " + low
        k -= 2
        while k >= 0 and _adverb(before[k], words):
            k -= 1
        if k < 0:
            return None
    if low.endswith("ing") and before[k] in words.gerund_verbs and k:  # "we started | using" as "we use"
        low = before[k] + " " + low
        k -= 1
        while k >= 0 and _adverb(before[k], words):
            k -= 1
        if k < 0:
            return None
    progressive = low.endswith("ing") and before[k] in words.be_forms  # "the team is | handling"
    if progressive and before[k] not in words.subjects:
        k -= 1
        while k >= 0 and _adverb(before[k], words):
            k -= 1
        if k < 0:
            return None
    if before[k] in words.auxiliaries and before[k] not in words.be_forms:  # "you will | need"
        k -= 1
        while k >= 0 and _adverb(before[k], words):
            k -= 1
        if k < 0:
            return None
    if (k and before[k] in words.subjects and before[k - 1] in words.subjects
            and not (before[k - 1] == "one" and k >= 2 and before[k - 2] in words.determiners)
            and not (before[k] not in words.quantifiers_as_subjects and before[k - 1] in words.indefinites)):
        k -= 1  # "we all | want": the subject is "we" (not "the one | everyone used": 'one' is a noun;
        # nor "all | you need": 'all' the free relative's head, 'you' its subject)
    subject = before[k]
    if (subject in ("that", "which", "who") and k > 0 and not infinitive and not progressive
            and all(_adverb(w, words) for w in before[k + 1:])  # ("something that actually | takes")
            and before[k - 1] not in words.function and before[k - 1] not in words.object_gaps
            and before[k - 1] not in words.clause_verbs and before[k - 1] not in words.that_verbs
            and before[k - 1] not in words.wh_verbs and not _adverb(before[k - 1], words)):
        # "... a supercomputer in Finland that uses", "the ones that make": a subject relative
        # whose verb lost its object (not "whatever that means", "I know that makes")
        return f"ends on {' '.join(before[k - 1:] + [low])!r}, a verb without its object"
    if (subject in ("which", "who") and k == 0 and not infinitive and not progressive
            and low not in words.that_verbs and _after_comma(text, a, len(before))):
        # "..., which costs", "..., who brings": the subject of a relative clause set off by a
        # comma, and its verb lost its object
        return f"ends on {', ' + ' '.join(before + [low])!r}, a verb without its object"
    if (subject in words.determiners or subject in words.prepositions
            or (subject in words.be_forms and not ((infinitive or progressive) and subject in words.subjects))
            or (subject in words.function and subject not in words.subjects)):
        return None  # "a real need", "for want", "it is needed", "give and take"
    if (_adjective(subject, words) or subject in words.quantifiers) and not (k and before[k - 1] in words.subjects):
        return None  # "by other means", "new means": after an adjective or a determiner, the word is its noun
    if any(w in words.object_gaps
           and not (w == "that" and j and (before[j - 1] in words.that_verbs or before[j - 1] in words.clause_verbs
                                           or before[j - 1] in words.clause_final))
           and not _gap_filled(before, j, k, words)
           and not (w in words.relatives and before[j + 1] in words.auxiliaries)  # "which is why ..."
           for j, w in enumerate(before[:k])):
        return None  # "what they want", "if you need", "the thing that we need"; not "the plan is that we'll need"
    if subject in words.objects and k and before[k - 1] in words.causative:
        return f"ends on {before[k - 1] + ' ' + subject + ' ' + low!r}, a verb without its object"  # "lets them control"
    if subject not in words.subjects and not (infinitive or progressive or low.endswith("ed") and not low.endswith("eed")
                                              or low in words.past_verbs or low in words.verb_s_forms):
        return None  # "the user needs", "a quick take": maybe a noun
    if not (infinitive or progressive) and (subject in words.negative_subjects or (subject == "one" and k and before[k - 1] == "no")):
        return None  # "... and nobody replaces", "no one checks": the act does not happen at all, its object goes unsaid
    if (not (infinitive or progressive) and low not in words.clause_verbs and subject in words.personal
            and _parallel_clause(text, a, before, k, words)):
        return None  # "we ship, they copy", "we ship again and they copy": the object of both left out
    ahead = before[k - 1] if k else ""
    if low in words.copulas and subject not in words.subjects:
        # "... eventually the interconnect becomes": a copula after a noun wants its complement
        # (a relative clause on it has a pronoun: "the company it becomes")
        return f"ends on {subject + ' ' + low!r}, a verb without its complement"
    if subject == "one" and k >= 2 and ahead not in words.function and before[k - 2] in words.determiners:
        ahead = ""  # "... because the old one kept": 'one' is the noun of its phrase, the subject
    if (ahead and ahead not in words.function and ahead not in words.determiners
            and (ahead not in words.clause_verbs or (k >= 2 and before[k - 2] in words.noun_determiners))  # ("the bet | we're making")
            and ahead not in words.clause_final):
        # ("... a new model comes out | we replace": no noun ends in 'out', 'now' or 'again')
        return None  # "the product we need", "the tools developers wanted": a relative clause after its noun
    if ahead in words.determiners and k >= 2:
        noun = before[k - 2]  # "the feature our users wanted": the determiner's noun phrase is the subject
        if (noun not in words.function and noun not in words.determiners and noun not in words.clause_verbs
                and noun not in words.objects and noun not in words.transitive and noun not in words.object_forms):
            return None
    if ahead in words.indefinites and ahead not in ("more", "less", "much", "lot", "lots"):
        return None  # "it is all you need": a free relative, 'all' its object (as "everything you need")
    return f"ends on {subject + ' ' + low!r}, a verb without its object"


def _plural_like(w: str) -> bool:
    """Does `w` end like a plural noun ("players", "nurses"; not "process", "bonus", "analysis")?"""
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))


def _verb_form(w: str, words: TruncationWords) -> bool:
    """Is `w` a verb the word classes know ("come", "run", "use", "said")?"""
    return (w in words.transitive or w in words.particle_words or w in words.progressive_stems
            or w in words.preposition_verbs or w in words.clause_verbs)


def _perfect_clause(clause: list[str], words: TruncationWords) -> bool:
    """Is the clause in a perfect tense ("prices have gone up every year since", "we've been
    profitable since")? A final 'since' there is the adverb 'since then', no subordinator."""
    return any(w in words.perfect or w.endswith("'ve") or w == "been" for w in clause[:-1])


def _condition_sentence(stripped: str, a: int, words: TruncationWords) -> bool:
    """Does the sentence that ends at offset `a` open with a condition ("If ...", "and when ...")?"""
    start = max(stripped.rfind(". ", 0, a), stripped.rfind("? ", 0, a), stripped.rfind("! ", 0, a)) + 1
    ws = _CLAUSE_WORDS.findall(stripped[start:start + 40].lower())[:2]
    if ws and ws[0] in words.conjunctions:
        ws = ws[1:]
    return bool(ws) and ws[0] in words.conditions


def _worth_alone(stripped: str, a: int, words: TruncationWords) -> str | None:
    """Why a text ending on 'worth', the adjective that wants what something is worth, was cut
    ("... a risk worth", "... it was worth"), or None: the noun ("their own worth", "net worth",
    "ten dollars' worth") and the gap of a clause ("for what it's worth", "more than it's worth")
    are whole."""
    clause = _last_clause(stripped, a)
    before = clause[:-1]
    if (not before or before[-1] in words.determiners or before[-1] in words.possessives or before[-1] in words.possessive_own
            or stripped[a - 1:a] in ("-", "'", "’") or before[-1].endswith("'s") or before[-1].rstrip("s") in words.unit_nouns
            or _LEADING_DIGIT.search(stripped[max(0, a - 12):a].split()[-1] if stripped[max(0, a - 12):a].split() else "")):
        return None  # "their (own) worth", "a dollar's worth", "ten dollars worth", "64KB worth": the noun
    if any(w in words.gap_openers or w in words.wh_openers for w in before) or before[-1] in ("net", "much", "many"):
        return None
    return f"ends on {before[-1] + ' worth'!r}, without what it is worth"


def _after_comma(text: str, a: int, n: int) -> bool:
    """Do the `n` words before offset `a` (the clause's words before its last one) follow a comma?"""
    head = text[:a].rstrip()
    for _ in range(n):
        head = head[:len(head) - len(head.split()[-1])].rstrip() if head.split() else head
    return head.endswith(",")


def _parallel_clause(text: str, a: int, before: list[str], k: int, words: TruncationWords) -> bool:
    """Does the clause of the final verb, whose subject before[k] is a pronoun, follow a comma or a
    conjunction after a clause of a pronoun and a verb alone ("we ship, | they copy", "we ship
    again and | they copy")? Both leave out the object they share: the pair is whole."""
    if k:
        if before[k - 1] not in words.conjunctions:
            return False
        prior = before[:k - 1]
    else:
        prior = []
    if not prior:  # the clause opens the text's last clause: the one before it ends on a comma
        head = text[:a].rstrip()
        for _ in range(len(before)):
            head = head[:len(head) - len(head.split()[-1])].rstrip() if head.split() else head
        if not head.endswith(","):
            return False
        prior = _CLAUSE_WORDS.findall(head[-60:-1].lower().replace("’", "'"))
        if prior and prior[-1] in words.conjunctions:
            return False
    j = len(prior) - 1
    while j >= 0 and (prior[j] in words.end_adverbs or _adverb(prior[j], words)):
        j -= 1
    return (j >= 1 and prior[j - 1] in words.personal and prior[j] not in words.function
            and prior[j] not in words.auxiliaries and prior[j] not in words.be_forms and prior[j] not in words.determiners)


def _open_tail(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on text[a:] = `low` was cut, or None: an adverb that stands before a
    clause after a conjunction or a complementizer ("... and suddenly", "... because honestly";
    not "slowly but surely"), a wh-word after 'is' whose subject is a relative or a free relative
    (", which is why", "what struck me was how"), or ", which" and a verb that takes a clause
    before a final 'that' (", which tells you that")."""
    low = low.replace("’", "'")
    if (low not in words.sentence_adverbs and low not in words.result_wh and low != "that" and low != "what"
            and low not in words.ordinals and low not in words.auxiliaries and low not in words.that_verbs
            and not low.endswith("'s")):
        return None
    clause = _last_clause(text, a)
    if len(clause) < 2 or clause[-1] != low:
        return None
    prev = clause[-2]
    if clause[0] == "which" and len(clause) == 2 and (low in words.auxiliaries or low in words.that_verbs):
        return f"ends on {'which ' + low!r}, a relative clause without its complement"  # "..., which was"
    if low == "what" and prev in words.be_forms and prev in words.auxiliaries:
        return f"ends on {prev + ' what'!r}, a clause without its words"  # "... batching is what"
    if low == "what" and prev in words.prepositions and prev != "for":  # ("... and for what": rhetorical)
        return f"ends on {prev + ' what'!r}, a clause without its words"  # "... a summary of what"
    if (low in words.ordinals and prev == "the" and len(clause) > 2 and clause[-3] in words.prepositions
            and clause[-3] != "to"):
        return f"ends on {' '.join(clause[-3:])!r}, an ordinal without its noun"  # "... in the first"
    if (low.endswith("'s") and len(low) > 3 and low[:-2] not in words.function and prev in words.determiners
            and not (len(clause) > 2 and (clause[-3] in ("at", "to") or clause[-3] in words.be_forms))):  # ("it's the company's")
        return f"ends on {prev + ' ' + low!r}, a possessive without its noun"  # "... with a customer's"
    if (low in words.copula_that and low in words.be_forms and len(clause) >= 4
            and (clause[0] in words.free_relatives or (clause[0] in words.conjunctions and clause[1] in words.free_relatives))
            # (a concessive free relative after the clause it qualifies is whole: "..., whatever the
            # interpretation is"; "Whatever the market misses is" alone lost its complement)
            and not (clause[0].endswith("ever") and "," in text[:a])):
        return f"ends on {low!r}, after a clause that is its subject ('{' '.join(clause[:2])} ...')"  # "What the market misses about Nvidia is"
    if low not in words.sentence_adverbs and low not in words.result_wh and low != "that":
        return None
    if low in words.sentence_adverbs:
        j = len(clause) - 2
        while j > 0 and clause[j] in words.sentence_adverbs:
            j -= 1  # "... and then suddenly"
        p = clause[j]
        if ((p in words.conjunctions or (p in words.complementizers and p not in ("that", "since")))
                and not (p in ("but", "or", "nor") and low in words.standalone_adverbs)  # "not yet, but eventually"
                and not (j > 0 and _ly_adverb(clause[j - 1], words))):  # ("slowly but surely")
            return f"ends on {' '.join(clause[j:])!r}, an adverb without the clause it opens"
        return None
    if low in words.result_wh:
        if len(clause) >= 3 and clause[-2] in words.copula_that and clause[-2] in words.be_forms and (
                (len(clause) == 3 and clause[0] in words.relatives and clause[0] != "that")
                or clause[0] in words.free_relatives
                or (clause[0] in words.conjunctions and clause[1] in words.free_relatives)):
            return f"ends on {' '.join(clause[-2:])!r}, before the clause it opens"  # ", which is why"
        if (len(clause) >= 4 and clause[-2] in words.copula_that and clause[-2] in words.be_forms
                and clause[0] in words.determiners and clause[0] not in words.demonstratives
                and not words.question_nouns.intersection(clause[:-2]) and "?" not in text[:a]
                and not any(w in words.function and w not in words.prepositions and w not in words.determiners
                            and w not in words.personal for w in clause[1:-2])):
            # "The biggest surprise for me was how": a noun phrase, 'be' and the wh-word of the
            # clause that was to be its complement (not "the question is why", "that's how")
            return f"ends on {' '.join(clause[-2:])!r}, before the clause it opens"
        return None
    if (3 <= len(clause) <= 4 and clause[0] == "which" and clause[1] not in words.function
            and (len(clause) == 3 or clause[2] in words.objects or clause[2] in words.object_forms)):
        return f"ends on {' '.join(clause)!r}, before the clause it introduces"  # ", which tells you that"
    return None


def _said_or_subject_alone(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on text[a:] = `low` was cut, or None: a conjunction, a pronoun and a
    verb of saying or thinking without what was said ("... and he said", "... but I think"; not
    "..., and I know", a filler), or, after a condition and a comma, the main clause's subject
    alone ("When you look at the economics, the margins")."""
    low = low.replace("’", "'")
    if low in words.function or (low not in words.reporting and "," not in text[max(0, a - 40):a]):
        return None
    clause = _last_clause(text, a)
    if not clause or clause[-1] != low:
        return None
    if low in words.reporting and len(clause) >= 3 and clause[-2] in words.personal:
        j = len(clause) - 3
        while j > 0 and (clause[j] in words.skip_adverbs or clause[j] == "then"):
            j -= 1  # "... and then he said", "... and now it says"
        if clause[j] in words.conjunctions or clause[j] in words.adverbial_openers:
            return f"ends on {' '.join(clause[j:])!r}, without what was said or thought"
    if (2 <= len(clause) <= 3 and clause[0] in words.determiners and clause[0] not in words.quantifiers_as_subjects
            and (len(clause) == 2 or clause[1] in words.attributive or clause[1] in words.indefinite_adjectives)
            and not low.endswith(("ed", "er")) and low not in words.past_verbs and not _adverb(low, words)
            and low not in ("more", "less", "worse")  # ("if you add more data, the better": a comparison)
            and _after_full_condition(text, a, words)):
        return f"ends on {' '.join(clause)!r}, the subject of a condition's main clause without its verb"
    return None


_BREAK = regexcache.compile(r"[,;:—–()\"“”]")


_FIRST_WORD = regexcache.compile(r"\s*([A-Za-z][A-Za-z'’]*)")  # the first word of a sentence


def _sentence_without_main_clause(text: str, a: int, words: TruncationWords) -> str | None:
    """Why a text whose last sentence (read from its first word) has no main clause was cut, or
    None: only a subordinate clause (`_lone_subordinate`) or only a subject (`_subject_sentence`)."""
    lo = max(0, a - 100)  # (no sentence of these shapes is longer)
    start = max(text.rfind(". ", lo, a), text.rfind("? ", lo, a), text.rfind("! ", lo, a)) + 2
    if start < 2 and lo > 0:
        return None
    m = _FIRST_WORD.match(text, start if start > 1 else 0)
    if m is None:
        return None
    first = m.group(1).lower().replace("’", "'")
    if first in words.adjunct_openers:
        return _lone_subordinate(text, text[m.start(1):], words)
    if first in words.determiners:
        return _subject_sentence(text[m.start(1):], first, words)
    rest = text[m.start(1):]
    if first in words.sentence_adverbs or first in words.conjunctions or first == "so":
        rest = rest[m.end(1) - m.start(1):]  # "Honestly | I think ...", "And | I think ..."
        m = _FIRST_WORD.match(rest)
        if m is None or _BREAK.match(rest, m.end(1)):
            return None
        first = m.group(1).lower().replace("’", "'")
        rest = rest[m.start(1):]
    if first in words.personal:
        # "I think | the companies that win in AI": a clause after a verb that takes only a clause
        ws = _CLAUSE_WORDS.findall(rest[:40].lower().replace("’", "'"))[:3]
        if len(ws) >= 3 and ws[1] in words.clause_only_verbs:
            n = 3 if ws[2] == "that" else 2
            for _ in range(n):
                rest = rest[_FIRST_WORD.match(rest).end():]
            m2 = _FIRST_WORD.match(rest)
            if m2 and m2.group(1).lower() in words.determiners:
                return _subject_sentence(rest[m2.start(1):], m2.group(1).lower(), words)
    return None


def _lone_subordinate(text: str, sentence: str, words: TruncationWords) -> str | None:
    """Why a text whose last sentence is only a subordinate clause was cut, or None: it opens with
    a subordinator and a subject pronoun and ends with no main clause after it ("If you want to",
    "When we started", "Because they were"); not when a second subject follows ("If it works it
    works") or a second verb ("When we launched the numbers exploded")."""
    if _BREAK.search(sentence) or "?" in text[:len(text) - len(sentence)]:
        return None  # ("Why? Because we could")
    ws = _CLAUSE_WORDS.findall(sentence.lower().replace("’", "'"))
    if not (2 <= len(ws) <= 7) or ws[0] not in words.adjunct_openers or ws[0] in ("so", "despite"):
        return None
    if ws[1] not in words.personal and not ws[1].endswith(_VERB_CONTRACTIONS):
        return None
    rest = ws[2:]
    if rest[-1:] == ["to"] or rest[-2:] == ["to", "be"]:
        return None  # "If you want to (be)": a verb left out after 'to', whole on its own (see _speech_cut)
    if any(w in words.subjects or w in words.personal for w in rest):
        return None
    v = 0
    while v < len(rest) - 1 and (_adverb(rest[v], words) or rest[v] in words.ordinals):
        v += 1  # "When we | first met": the verb after its adverbs
    if any(w.endswith("ed") or w in words.past_verbs or w in words.auxiliaries or w in words.verb_s_forms
           for w in rest[v + 1:]):
        return None
    return f"ends on {' '.join(ws)!r}, a subordinate clause without its main clause"


def _subject_sentence(sentence: str, first: str, words: TruncationWords) -> str | None:
    """Why a text whose last sentence is only a noun phrase, the subject of a verb that never
    comes, was cut, or None: a determiner and nouns ("The reason enterprise AI adoption"), maybe
    with a relative clause of its own subject and verb ("The best researchers I know") and a
    subordinate clause after it ("The first thing I do when I meet a founder"), and no 'be' or
    auxiliary for the noun phrase ("The thing I love is the team" is whole)."""
    if _BREAK.search(sentence):
        return None
    ws = _CLAUSE_WORDS.findall(sentence.lower().replace("’", "'"))
    for part in (words.partitives if "of" in ws[1:4] else ()):  # "A lot of the farmers we work with": the quantity before the subject
        n = part.count(" ") + 1
        if " ".join(ws[:n]) == part and len(ws) > n and ws[n] in words.determiners and ws[n] not in ("a", "an"):
            ws = ws[n:]
            break
    else:
        if first in ("a", "an"):
            return None
    if len(ws) < 3 or ws[0] not in words.determiners or ws[0] in ("a", "an"):
        return None
    p = 1
    while p < len(ws) and not (ws[p] in words.function or ws[p] in words.auxiliaries or ws[p] in words.personal
                               or ws[p].endswith("n't")  # ("the numbers don't lie": 'do' and its verb)
                               or ws[p].endswith("ed") or ws[p] in words.past_verbs or _adverb(ws[p], words)
                               or ws[p] in words.transitive or ws[p] in words.verb_s_forms):
        p += 1
    noun = ws[1:p]
    if not noun or len(noun) > 4 or words.reflexives.intersection(ws):
        return None  # ("the numbers speak for themselves": a reflexive's verb is there)
    if any((_plural_like(w) or w in words.unmarked_plurals) and _verb_form(n, words) for w, n in zip(noun, noun[1:])):
        return None  # ("the regulars come in on weekends": a verb after a plural noun is its verb)
    if p == len(ws):
        if len(noun) >= 2 and not any(w.endswith("s") for w in noun[1:]):  # (not "our team ships fast")
            return f"ends on {' '.join(ws)!r}, a noun phrase without its verb"  # "The reason enterprise AI adoption"
        return None
    if (ws[p] in words.pp_prepositions and not any(w.endswith(("s", "ing")) for w in noun[1:])  # (not "the money goes to")
            and _verbless_phrases(ws[p:], words)):
        # "The biggest risk to the company right now", "Our translation error rate on medical
        # Arabic": a noun phrase and its prepositional phrases, the subject of a verb that never comes
        return f"ends on {' '.join(ws)!r}, a noun phrase without its verb"
    if (ws[p] in words.subject_relatives and p + 1 < len(ws) and len(noun) >= 1
            and not any(w.endswith(("s", "ing")) for w in noun[1:]) and ws[p + 1] not in words.function
            and ws[p + 1] not in words.auxiliaries and not _adverb(ws[p + 1], words)
            and (p + 2 == len(ws) and len(noun) >= 2 or _verbless_phrases(ws[p + 2:], words))):
        # "the companies that win in AI": a noun phrase and its relative clause of one verb, and
        # the verb of the noun phrase never comes
        return f"ends on {' '.join(ws)!r}, a noun phrase and its relative clause without their verb"
    if ws[p] not in words.personal or ws[p] == "it":
        return None
    q = p + 1
    while q < len(ws) and _adverb(ws[q], words):
        q += 1
    if q >= len(ws) or (ws[q] in words.function or ws[q] in words.auxiliaries) and ws[q] not in words.main_verbs:
        return None  # ("the way I | see it" ends on its object; "the first thing I | do when ..." on its verb)
    rest = ws[q + 1:]
    if not rest and len(noun) < 2:
        return None  # "The money we spent": an answer or an exclamation, maybe (tests/test_recall_ext13.py)
    if rest and rest[0] in words.pp_prepositions and (
            _verbless_phrases(rest, words) or (len(rest) >= 3 and _verbless_phrases(rest[1:], words))):
        # "A lot of the farmers we work with in Punjab": the relative clause strands its
        # preposition, a phrase of place or time follows, and the subject's verb never comes
        return f"ends on {' '.join(ws)!r}, a noun phrase and its relative clause without their verb"
    if rest and (rest[0] not in words.subordinators and rest[0] not in words.adjunct_openers
                 or any(w in words.be_forms or w in words.auxiliaries for w in rest)):
        return None
    return f"ends on {' '.join(ws)!r}, a noun phrase and its relative clause without their verb"


def _verbless_phrases(ws: list[str], words: TruncationWords) -> bool:
    """Are `ws` only prepositional phrases ("to the company right now", "on medical Arabic", "in
    Punjab"): a preposition, then determiners, numbers and nouns, no verb, and maybe a final time
    adverb? A word in -s or -ing after a noun may be a verb ("of inference drops"): not such."""
    if ws and ws[-1] in words.clause_final:
        ws = ws[:-1]
        if ws and (ws[-1] == "right" or ws[-1] in words.demonstratives or ws[-1] in words.ordinals):
            ws = ws[:-1]  # "right now", "this winter", "last year"
    if len(ws) < 2 or ws[0] not in words.pp_prepositions or ws[-1] in words.function:
        return False
    prev = ""
    for w in ws:
        if w in words.pp_prepositions or w in words.determiners or w in words.number_words:
            prev = "f"
            continue
        if (w in words.function or w in words.auxiliaries or w in words.personal or w in words.subjects
                or w.endswith("ed") or w in words.past_verbs or _adverb(w, words) or w in words.transitive
                or w in words.verb_s_forms or w in words.clause_final or w in words.end_adverbs
                or "'" in w or w in words.conjunctions):
            return False
        if prev == "n" and w.endswith(("s", "ing")):
            return False
        prev = "n"
    return prev == "n"


_CONJ_AFTER = regexcache.compile(r"\s*(?:and|but|so)\s", re.I)


def _coordinated_subject(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on text[a:] = `low` was cut, or None: its last clause, after a comma and
    'and', 'but' or 'so' (or after a semicolon), is only a noun phrase, the subject of a clause
    that lost its verb ("..., so our revenue", "..., and the honest answer", "...; every one").
    Not a list ("Python, Rust, and the JVM": the part before the comma is one short item), nor an
    amount ("and a half", "and a lot"), nor a noun phrase that may end on its verb ("and the
    model works")."""
    c = max(text.rfind(",", max(0, a - 60), a), text.rfind(";", max(0, a - 60), a))
    if c == -1 or (text[c] == "," and _CONJ_AFTER.match(text, c + 1) is None):
        return None  # (the clause of at most five words starts after one, and after a comma with its conjunction)
    low = low.replace("’", "'")
    if (low in words.function or low in words.prepositions or low in words.auxiliaries or _adverb(low, words)
            or low in words.end_adverbs or low in words.clause_final or low in words.measure_nouns
            or low.endswith("ed") or low in words.past_verbs or low in words.transitive):
        return None
    clause = _last_clause(text, a)
    if not (2 <= len(clause) <= 5) or clause[-1] != low:
        return None
    if clause[-2:] == ["a", "half"] or clause[-2:] == ["and", "half"]:
        return None  # "two and a half"
    head = text[:a].rstrip()
    cut = None
    for m in _CLAUSE_END.finditer(text, max(0, a - 300), a):
        cut = m
    if cut is None or cut.group() not in ",;":
        return None
    conj = clause[0] if clause[0] in ("and", "but", "so") else ""
    if cut.group() == "," and not conj:
        return None  # "We built it in a week, our first product": an apposition
    np = clause[1:] if conj else clause
    if (len(np) == 1 and conj and (low in words.quantifiers_as_subjects or low == "half") and low not in ("all", "others")
            or (len(np) <= 2 and conj in ("but", "so") and text[a:a + 1].isupper() and words.personal.isdisjoint(np))):
        # "..., but half", "..., but Swahili": a quantifier or a name, the subject of a clause
        # without its verb ("... and others", "warts and all" are whole)
        pass
    elif not (2 <= len(np) <= 4) or np[0] not in words.determiners:
        return None
    rest = np[1:]
    if any((w in words.function and w != "one") or w in words.auxiliaries or _adverb(w, words) for w in rest):
        return None
    if len(rest) >= 2 and low.endswith("s"):
        return None  # "and the model works"
    if cut.group() == ",":
        before = head[:cut.start()]
        prior = 0
        for m in _CLAUSE_END.finditer(before, max(0, len(before) - 300)):
            prior = m.end()
        part = before[prior:].lower().replace("’", "'").split()
        if conj == "and" and len(part) < 5:
            return None  # "Python, Rust, and the JVM": a list
        if conj == "but" and any(w == "not" or w.endswith("n't") for w in part):
            return None  # "it's not the model, but the data"
        if conj == "but" and low in ("one", "ones") and np[0] in ("a", "an"):
            return None  # "it's a hard problem, but a fun one": the noun phrase says what the first clause's subject is
    return f"ends on {' '.join(clause)!r}, a subject without its verb"


def _bare_subject(text: str, a: int, word: str, words: TruncationWords) -> str | None:
    """Why a text ending on a subject pronoun text[a:] = `word` was cut, or None: 'I' that is no
    part of a comparison, an inversion or a pair ("... and honestly I"; not "better than I",
    "so do I", "my cofounder and I"), or 'you'/'it' right after a word that opens a clause
    ("... because you", "... is that you")."""
    if word not in ("I", "you", "it") and not (word.islower() and word in words.subjects
                                               and word not in words.personal and word not in words.dangling):
        return None  # (and "... is that nobody", "... because people": a subject of no person)
    clause = _last_clause(text, a)
    if not clause or clause[-1] != word.lower():
        return None
    before = clause[:-1]
    k = len(before) - 1
    while k >= 0 and _adverb(before[k], words):
        k -= 1
    p = before[k] if k >= 0 else ""
    if word == "I":
        if p in words.gap_openers or p in words.auxiliaries or p == "do" or p in words.prepositions:
            return None  # "better than I", "as I", "so do I", "between you and I"
        if p in ("and", "or", "nor") and k > 0 and (before[k - 1] not in words.function
                                                   or before[k - 1] in words.subjects or before[k - 1] in words.objects):
            return None  # "my cofounder and I", "between you and I"
        return f"ends on {' '.join(before[k:] + ['I']) if p else 'I'!r}, a subject without its verb"
    if k != len(before) - 1:
        return None
    if (p in words.complementizers and p != "that") or p in words.wh_openers or (p == "so" and k == 0) or (
            k > 0 and before[k - 1] == "how" and p not in words.function) or (
            p == "that" and k > 0 and (before[k - 1] in words.copula_that or before[k - 1] in words.clause_verbs)):
        return f"ends on {p + ' ' + word!r}, a clause without its verb"  # "... is that you", "... is how it"
    return None


def _gap_filled(before: list[str], j: int, k: int, words: TruncationWords) -> bool:
    """Did the clause that the word before[j] opens ("what", "when", "that") end before the subject
    before[k] of the final verb: a copula after its subject and verb ("what we did | was we took"),
    or a subject of its own and a verb that takes no clause ("when you put them in production |
    you need"; not "the thing people told us | they wanted")?"""
    for m in range(j + 1, k):
        w = before[m]
        if w in words.copula_that and w in words.be_forms and m >= j + 3:
            return True
        if (w in words.subjects and _is_subject(before, m, words.prepositions) and m + 1 < k
                and before[m + 1] not in words.function and before[m + 1] not in words.clause_verbs
                and before[m + 1] not in words.wh_verbs and not _adverb(before[m + 1], words)
                and before[m + 1] not in words.be_forms and not before[m + 1].endswith("ing")
                and m + 2 < k):
            return True
    return False


def cut_before_adverb(text: str, words: TruncationWords, gl, prose: bool = False, used_whole=None) -> tuple[int, int, str] | None:
    """(start, end, why) of a text that ends on an adverb after an auxiliary that lost its verb or
    complement ("... the people who signed at the peak are now"), judged as if it ended on the
    auxiliary: asked where `cut_ending` finds the text whole."""
    stripped = text.rstrip()
    found = _last_word(stripped)
    if found is None or found[2] != found[1] or found[1] != len(stripped):
        return None
    a, q, _ = found
    word = stripped[a:q]
    if (word.lower() not in words.skip_adverbs or word.lower() in words.end_adverbs
            or _word_before(stripped, a).lower().replace("’", "'") not in words.auxiliaries):
        return None  # (an adverb that ends an elliptical clause: "and my parents did too")
    inner = cut_ending(stripped[:a].rstrip(), words, gl, prose, False, used_whole)
    if inner is not None and ("auxiliary" in inner[2] or "'be'" in inner[2]):
        return inner[0], q, f"{inner[2]}, then {word!r}"
    return None


# a web address's last part at a text's end: after a slash or a dot inside a word, or after a spoken "slash" or "dot"
_URL_TAIL = regexcache.compile(r"(?:\w[/.]|\b(?i:slash|dot)\s+)[\w-]+\Z")


def cut_ending(text: str, words: TruncationWords, gl, prose: bool = False,
               trailed: bool = False, used_whole=None, whole_last: bool = False) -> tuple[int, int, str] | None:
    """(start, end, why) of the evidence when `text` ends cut, else None. `prose`: the text is
    written (an LLM's impact reason, context or summary), not speech, or it is a piece that stops
    before its text ends: a stranded preposition ("what we listen to") ends no such sentence.
    `trailed`: the text went on with "..." after it: only a word that cannot end a sentence
    tells a cut ("... and we keep choosing the wrong one because..."); a short or rare word
    before the dots is a name or a term ("gcc...", "sockaddr_un ..."), and capitals are code
    ("ORDER BY ..."). `used_whole(word)`: does the text's episode use the word inside a text? Such
    a rare word is a term of the episode ("compute", "infra"), not the start of a cut word.
    `whole_last`: the last word is known whole (an extraction that ends where a word of its text
    ends): no reason that it is a word cut short."""
    if whole_last:
        used_whole = _any_word
    stripped = text.rstrip()
    if not stripped:
        return None
    if _URL_TAIL.search(stripped):
        return None  # an address's last part, written or said, is no word ("at tessellate.io/soa", "pagewell.io slash diff")
    if _done(stripped):
        if stripped[-1].isdigit() or (stripped[-1] == "." and stripped[-2:-1].isdigit()):
            return _number_cut(stripped, words)
        return None
    found = _last_word(stripped)
    if found is None:
        if (stripped[-1] in "$€£¥&" and stripped[-2:-1].isspace() and stripped[-3:-2].isalnum()
                and (stripped[-1] != "$" or stripped.count("$") % 2)):  # ("$Id: ... Exp $" is a pair)
            # "... for under $", "... research &": a price without its number, a pair without its second
            what = "a price without its number" if stripped[-1] in "$€£¥" else "a pair without its second part"
            return len(stripped) - 1, len(stripped), f"ends on {stripped[-1]!r}, {what}"
        if stripped[-1] in ",;:" and stripped[-2:-1].isalnum():
            # "... when I pitched the idea in 2018,": a number, then the comma of a clause that goes on
            a = len(stripped) - 1
            while a > 0 and not stripped[a - 1].isspace():
                a -= 1
            return a, len(stripped), f"ends on {stripped[a:]!r}, in the middle of a sentence"
        return None
    a, q, b = found
    if a > 1 and stripped[a - 1] == "-" and stripped[a - 2].isalpha() and stripped[a:q].lower() in words.compound_ends:
        return None  # the end of a hyphenated compound ("drug-like", "follow-up", "built-in"), no stranded word
    if a and stripped[a - 1].isdigit():
        return None  # letters after a digit end a token ("GPT-4o", "H100s", "10x"), not a cut word
    if b == q and a >= 2 and stripped[a - 1] == "." and stripped[a - 2].isalnum():
        return None  # a file's extension or a domain ("in settings.py", "src/attention.c", "acme.ai")
    word, punct = stripped[a:q], b != q
    low = word.lower()
    if trailed and (punct or word.isupper() or (a and stripped[a - 1] in "_/.")):
        return None
    if trailed and low in ("in", "on") and _PARTICLE_BEFORE.search(stripped, 0, a):
        return None  # "filling in...", "and so on...": a particle
    if punct and not prose and _speech_dash(stripped):
        return None  # "... and then —": a speaker breaking off, not a cut (a comma still is)
    if punct:
        return a, b, f"ends on {stripped[a:b]!r}, in the middle of a sentence"
    if low == "so" and stripped[:a].rstrip().endswith(",") and len(stripped[:a].split()) >= 3:
        return a, b, "ends on ', so', before the clause it introduces"  # "... from thousands to a dozen, so"
    if low == "you" and (opener := _word_before(stripped, a).lower()) in words.you_openers:
        # "... which is exactly what you": 'you' the subject of the clause the word opens, without its verb
        return a, b, f"ends on {opener + ' you'!r}, a subject without its verb"
    if low == "of" and (prev := _word_before(stripped, a).lower()) and (
            prev in words.quantifiers_as_subjects or prev in words.measure_nouns or prev in words.partitive_heads):
        # "... with adapters it covers most of": a quantifier without what it counts
        return a, b, f"ends on {prev + ' of'!r}, a quantifier without what it counts"
    if len(word) >= 2 and word.isupper() and _word_before(stripped, a).isalpha() and len(_word_before(stripped, a)) >= 2 \
            and stripped[:a].split()[-1:] != [] and stripped[:a].split()[-1].isupper():
        return None  # "... with an ORDER BY", "... a GROUP BY": capitals after capitals are code, not speech
    if word[-1:] in "'’" and len(word) >= 3:
        stem = low[:-1].replace("’", "'")
        if stem + "'t" in words.negative_contractions or stem in words.subjects:
            # "... basically didn'", "... and we'": a contraction cut after its apostrophe
            return a, b, f"ends on {word!r}, a contraction cut short"
    if low in words.object_pronouns and word.islower():
        before = _word_before(stripped, a)
        if (before in words.determiners or before in words.number_words or before in words.attributive
                or (before in words.ly_adjectives and before.endswith("ly") and not before.endswith(("ply", "lly")))):
            # "... more than seven hundred million monthly us", "... the us": a pronoun after a
            # determiner or an adjective is the start of a word ("users", "usage")
            return a, b, f"ends on {before + ' ' + word!r}, the start of a cut word"
    if low == "no" and _word_before(stripped, a).replace("’", "'") in words.no_before:
        return a, b, f"ends on {_word_before(stripped, a) + ' no'!r}, a determiner without its noun"
    if (len(word) == 2 and word[0].isupper() and word[1].islower() and _word_before(stripped, a) in words.determiners
            and gl.lookup(word) is None and low not in words.short and not whole_last):
        return a, b, f"ends on {_word_before(stripped, a) + ' ' + word!r}, the start of a cut name"  # "... and then the Se"
    if word == "A" and (prev_word := _word_before(stripped, a)) and prev_word.islower() and prev_word.isalpha():
        return None  # "S&P has it at A", "graded it an A": a capital letter after a lowercase word is a grade
    if len(word) == 1 and word.isupper() and word != "I" and _LABEL_BEFORE.search(stripped, 0, a):
        # "Series A", "Plan B": a letter that labels the name before it ("... on Hugging F": a name cut)
        return _glossary_name_cut(stripped, a, q, word, gl)
    if low in words.whole_phrase_last and (_word_before(stripped, a).replace("’", "'") + " " + low) in words.whole_phrases:
        return None  # "per se", "in C", "et al": a short last word that its phrase makes whole
    if low in words.passive_last and (prev := _word_before(stripped, a).lower()) \
            and (prev + " " + low) in words.passive_phrases:
        at = a - len(prev) - 1
        while (third := _word_before(stripped, at).lower().replace("’", "'")) and _ly_adverb(third, words):
            at -= len(third) + 1  # ("is being quietly paid for")
        if third in words.be_forms or third in ("not", "never"):
            return None  # "what is being paid for", "talked about but not paid for": a passive, its object the subject
    if ((low in words.approximators or low in words.approximate_prepositions)
            and _word_before(stripped, a) in words.prepositions and _word_before(stripped, a) != "like"):
        # ('like' may be the verb: "the thing I like about"; "in under", "for over": the number lost)
        return a, b, f"ends on {_word_before(stripped, a) + ' ' + low!r}, a preposition without its object"  # "on roughly"
    if low in words.modal_stranded and (modal := _word_before(stripped, a)) in words.modals \
            and _word_before(stripped, a - len(modal) - 1) not in words.wh:
        # "... a single stream can out", "... so the model will in": a modal and a particle, the
        # verb between them lost (not a question's "what can it be used for" answered: "what can | in")
        return a, b, f"ends on {modal + ' ' + low!r}, a modal without its verb"
    if low == "between" and _word_before(stripped, a) == "in":
        return None  # "somewhere in between": an adverb
    if low in words.subjects and _inverted(stripped, a, words):
        return None  # "and so do we", "as do they", "neither can I": the subject after its auxiliary
    if (low not in words.dangling and ("whose" in stripped[max(0, a - 80):a] or (prose and low in words.prose_dangling))
            and _object_relative(_last_clause(stripped, a), words)):
        return None  # "a nonprofit whose pilot the guest took part in": the relative's object is the gap
    if prose and low in words.prose_dangling and low in words.stranding and _contact_relative(_last_clause(stripped, a), words):
        return None  # "the model the team currently relies on": a relative clause without its 'that'
    if low in words.nominal_conjunctions and (before := _word_before(stripped, a)) and (
            before in words.attributive or before in words.indefinite_adjectives):
        return None  # "it's a big if": the conjunction used as a noun after its adjective
    if prose and low in words.prose_dangling and low in words.stranding and _free_relative_object(_last_clause(stripped, a), words):
        return None  # "... what the founders signed up to": 'what' is the preposition's object
    if low in words.distributive and _share_before(stripped, a, words):
        return None  # "ten thousand of each", "a dollar each", "$5 each": the share of each one
    if low in words.dangling or (prose and low in words.prose_dangling):
        return a, b, f"ends on {word!r}, which cannot end a sentence"
    if low in words.closing_prepositions:
        prev = _word_before(stripped, a).replace("’", "'")
        if (prev and prev not in words.closing_before and prev not in words.number_words
                and prev.rstrip("s") not in words.measure_nouns and not _adverb(prev, words)
                and not _LEADING_DIGIT.match(prev)):
            # "... only started trusting the drafts after": 'after' lost its object or clause
            # ("soon after", "two years after", "the kids we look after" are whole)
            return a, b, f"ends on {prev + ' ' + low!r}, a preposition without its object"
    if low in words.past_closing and (why := _past_closing(stripped, a, low, words)):
        return a, b, why
    if low in words.pronoun_or_determiner:
        clause = _last_clause(stripped, a)
        k = len(clause) - 2
        while k >= 0 and _adverb(clause[k], words):
            k -= 1
        if k >= 0 and clause[k] not in words.be_forms and clause[k] not in words.possessive_pronoun_before:
            # "... it confirmed his": a possessive after a verb or noun lost its noun ("the choice
            # was ultimately his", "a friend of his", "hers and his" are whole)
            return a, b, f"ends on {clause[k] + ' ' + low!r}, a possessive without its noun"
    if low.endswith(("'s", "’s")) and len(low) > 3 and (why := _possessive_alone(stripped, a, low, gl, words)):
        return a, b, why
    before = _word_before(stripped, a)
    if low in words.stranded_last:
        for phrase in (before + " " + low, " ".join(stripped[max(0, a - 40):a].lower().split()[-2:] + [low])):
            if phrase in words.never_stranded:
                return a, b, f"ends on {phrase!r}, a preposition without its object"  # "... instead of"
    if low in words.opening_last:
        for phrase in (before + " " + low, " ".join(stripped[max(0, a - 40):a].lower().split()[-2:] + [low])):
            if phrase in words.opening_phrases:
                return a, b, f"ends on {phrase!r}, before the clause it opens"  # "... so that", "in order to"
    if before == "to" and word.islower() and _split_infinitive(stripped, a, low, words):
        return a, b, f"ends on {'to ' + low!r}, an infinitive without its verb"  # "... we used to completely"
    if low in ("it", "you") and before and before not in words.function:
        clause = _last_clause(stripped, a)
        if len(clause) >= 3 and clause[-3] in words.determiners and clause[-3] not in ("that", "this", "all"):
            # "... why the code it", "every time you": a relative clause that is only its subject
            return a, b, f"ends on {' '.join(clause[-3:])!r}, a clause without its verb"
    if (low in words.personal and low in words.object_forms and stripped[:a].rstrip().endswith(",")
            and _condition_sentence(stripped, a, words)):
        # "if you can't afford a data team, you": the main clause after a condition is only its subject
        return a, b, f"ends on {', ' + low!r}, the subject of a main clause without its verb"
    if low == "worth" and (why := _worth_alone(stripped, a, words)):
        return a, b, why
    if low == "being" and _word_before(stripped, a) in words.stranding:
        return a, b, f"ends on {_word_before(stripped, a) + ' being'!r}, without what it is"  # "... thanked us for being"
    if stripped.find("whose", max(0, a - 40), a) != -1:
        clause = _last_clause(stripped, a)
        r = len(clause) - 1 - clause[::-1].index("whose") if "whose" in clause else -1
        tail = clause[r + 1:]
        if (r >= 0 and 1 <= len(tail) <= 2 and not any(w in words.function or w in words.auxiliaries
                                                         or w.endswith("ed") or w in words.past_verbs
                                                         or _adverb(w, words) for w in tail)
                and not (len(tail) == 2 and tail[-1].endswith("s"))):
            # "... a giant one whose failures": a relative clause that is only its subject
            return a, b, f"ends on {' '.join(clause[r:])!r}, a relative clause without its verb"
    if (low in words.focus_adverbs or low == "not") and stripped[:a].rstrip().endswith(","):
        # "... per meeting, not", "... in your first week, even": the contrast or the focus after
        # the comma lost what it is about
        return a, b, f"ends on {', ' + low!r}, without what it is about"
    if a > 1 and stripped[a - 1] == "-" and stripped[a - 2].isalpha():
        # "... we had a three-week", "... a usage-based": a compound adjective after a determiner
        c = stripped.rfind(" ", 0, a) + 1
        compound = stripped[c:b].lower().replace("’", "'")
        d = c  # (back over the adverbs of degree: "the most | developer-friendly", "a truly | usage-based")
        while _word_before(stripped, d) in ("most", "more", "less", "least") or (
                _word_before(stripped, d) in words.intensifiers or _ly_adverb(_word_before(stripped, d), words)):
            d -= len(_word_before(stripped, d)) + 1
        if _word_before(stripped, d) in words.determiners and _compound_adjective(compound, words):
            return c, b, f"ends on {_word_before(stripped, c) + ' ' + compound!r}, an adjective without its noun"
        if (prose and _word_before(stripped, d) in words.prepositions and compound.endswith(("ing", "ed"))
                and compound.rsplit("-", 1)[-1] in words.compound_heads):
            # "... reducing hallucinations in customer-facing": a participle compound after a preposition
            return c, b, f"ends on {_word_before(stripped, c) + ' ' + compound!r}, an adjective without its noun"
    # the grammar tests read the text without the fillers set off by commas ("the models are,
    # you know, really" as "the models are really")
    clean, ca = stripped, a
    if words.filler is not None and "," in stripped[max(0, a - 300):a]:
        clean = words.filler.sub("", stripped[:a]) + stripped[a:]
        ca = a - (len(stripped) - len(clean))
    why = (_speech_cut(clean, ca, low, words) or _open_clause(clean, ca, low, words)
           or _open_phrase(clean, ca, low, words) or _open_pair(clean, ca, low, words))
    if why:
        return a, b, why
    if low == "it" and _CLAUSE_START_BEFORE.search(stripped, 0, a):
        return a, b, f"ends on {stripped[_CLAUSE_START_BEFORE.search(stripped, 0, a).start():b]!r}, a clause without its verb"
    if (low in words.indefinites and low in words.subjects and (m := _CLAUSE_START_BEFORE.search(stripped, 0, a))
            and (m.group().split()[0].lower() != "and" or len(m.group().split()) > 1)):
        # "... and then someone", "... but nobody", "... until somebody": the subject of a clause
        # that lost its verb ("my family and everyone", "we called someone" are whole)
        return a, b, f"ends on {stripped[m.start():b]!r}, a clause without its verb"
    why = (_bare_subject(clean, ca, word, words) or _open_tail(clean, ca, low, words)
           or _said_or_subject_alone(clean, ca, low, words)
           or (not prose and (_coordinated_subject(clean, ca, low, words)  # (speech: the LLM's prose has its verbs)
                              or _sentence_without_main_clause(clean, ca, words))))
    if why:
        return a, b, why
    # (each test first asks its last word's class: most texts reach none of them)
    why = ((low in words.be_adverbs and _be_adverb(stripped, a, low, before, words))
           or (low.endswith("ly") and _be_ly_adverb(clean, ca, low, words))
           or (low in words.progressive_stems and _progressive_stem(stripped, a, low, before, words))
           or (low == "what" and _wh_object(stripped, a, low, before, words))
           or (low.endswith("ing") and _gerund_without_object(low, before, words))
           or (before in words.possessives and _relative_subject_alone(clean, ca, low, words))
           or (low in words.prepositions and _passive_relative_stranded(clean, ca, low, words))
           or (low == "by" and _passive_without_agent(clean, ca, words)))
    if why:
        return a, b, why
    if low in words.subordinators:
        prev2 = stripped[max(0, a - 40):a].lower().replace("’", "'").split()
        if prev2 and prev2[-1] in words.focus_adverbs:
            return a, b, f"ends on {prev2[-1] + ' ' + low!r}, before the clause it opens"  # "... but only when"
        while len(prev2) > 1 and (prev2[-1] in words.end_adverbs or _adverb(prev2[-1], words)):
            prev2.pop()  # "we're not sure yet | when"
        prev2 = prev2[-2:]
        prev = prev2[-1] if prev2 else ""
        if not (prev in words.determiners or prev in words.wh_verbs or prev in words.no_gap_before_subordinator
                or prev in words.prepositions or prev in words.objects or prev in words.object_forms  # ("a question of when", "tell you when")
                or (low == "while" and len(prev2) == 2 and prev2[0] in words.determiners)  # ("a little while")
                or (low == "since" and _word_before(stripped, a) in words.since_enders)  # ("ever since")
                or (low == "since" and _perfect_clause(_last_clause(stripped, a), words))):  # ("... every year since")
            return a, b, f"ends on {low!r}, before the clause it opens"  # "... it only works in production when"
    if low in words.how_amounts and before == "how" and _word_before(stripped, a - 4).replace("’", "'") in words.be_forms:
        # "... what founders underestimate is how much": the clause after 'how much' is missing
        return a - 4, b, f"ends on {'how ' + low!r}, before the clause it opens"
    if low == "what" and before == "and":
        return a - 4, b, "ends on 'and what', a clause without its words"  # "... the mistakes they made, and what"
    if low in words.not_adverbs and before == "not" and len(stripped.split()) > 4 and (
            _word_before(stripped, a - 4) in words.be_forms or _word_before(stripped, a - 4) in words.auxiliaries):
        # "... which was not exactly", "and it's not quite": the negated grade lost what it grades
        # ("Not quite", "It is not quite" alone are a reply, whole)
        return a - 4, b, f"ends on {'not ' + low!r}, without what it is about"
    if low in words.focus_adverbs and before == "not" and _word_before(stripped, a - 4) in words.be_forms:
        # "... it's not just", "... the point is not only": the contrast lost what it is about
        return a - 4, b, f"ends on {'not ' + low!r}, without what it is about"
    if low == "like" and before in words.prepositions and before not in ("to", "like"):
        return a - len(before) - 1, b, f"ends on {before + ' like'!r}, a preposition without its object"  # "... went up by like"
    if low.endswith("s") and (np := _opener_noun_phrase(_last_clause(clean, ca), words)):
        return a, b, f"ends on {' '.join(np)!r}, a subject without its verb"  # "... because first impressions"
    if low == "like" and _quotative_like(stripped, a, words):
        return a, b, "ends on 'like', before the words it quotes or compares"  # "... and I was like"
    if low in words.amount_limits and before == "at" and _word_before(stripped, a - 3) in words.amount_verbs:
        # "... the market is worth at least": the amount is missing
        return a - 3, b, f"ends on {_word_before(stripped, a - 3) + ' at ' + low!r}, an amount without its number"
    if low == "yet" and before == "not" and _word_before(stripped, a - 4) in words.auxiliaries:
        # "... warns that most enterprises are not yet": the auxiliary lost its complement
        return a - 4, b, f"ends on {_word_before(stripped, a - 4) + ' not yet'!r}, without what is not yet so"
    if low == "though" and _word_before(stripped, a) in ("even", "as"):
        return a, b, f"ends on {_word_before(stripped, a) + ' though'!r}, before the clause it opens"
    if trailed:
        return None
    if word[:1].isupper() and word != "I" and word[1:2].isalpha() and _word_before(stripped, a) in words.clause_openers:
        clause = _last_clause(clean, ca)
        if (len(clause) >= 2 and clause[-2] in words.clause_openers and clause[-2] != "sure"
                and (clause[-2] != "that" or (len(clause) >= 3 and (clause[-3] in words.clause_verbs
                                                                    or clause[-3] in words.that_verbs)))):
            # "... you have to remember that Nvidia", "... because OpenAI": a name, the subject of
            # a clause that lost its verb
            return a, b, f"ends on {clause[-2] + ' ' + word!r}, a clause without its verb"
    if (word[:1].isupper() and word != "I" and word[1:2].isalpha() and _word_before(stripped, a) in words.wh_openers
            and stripped[:a].rstrip()[:-len(_word_before(stripped, a))].split()[-1:] != []
            and stripped[:a].rstrip()[:-len(_word_before(stripped, a))].split()[-1].lower().replace("’", "'") in words.be_forms):
        # "... is where Bangalore", "that's how OpenAI": 'be', a wh-word and a name, the subject of
        # the clause that lost its verb
        return a, b, f"ends on {_word_before(stripped, a) + ' ' + word!r}, a clause without its verb"
    if len(word) == 1 and word.isupper() and word not in "IA" and _word_before(stripped, a) in words.function:
        return a, b, f"ends on {word!r}, the start of a cut word"  # "... in plain E", "... on G"
    if not word.islower():
        if (len(word) >= 2 and word[0].isupper() and word[1:].islower() and not is_common_word(low)
                and gl.lookup(word) is None
                and ((_lower_before(stripped, a) and is_word_start(low, 1)) or unlisted_word_start(low))
                and not _named_word(low)):
            if _a_term(word, used_whole):
                return None
            return a, b, f"ends on {word!r}, the start of a cut name"  # "... in Bruss", "... a Slac"
        # the start of a glossary name ("... did we point Claud", "... signed with Anthrop"), no word
        # and no right spelling of its own (the misspelling family leaves such an ending to this one)
        if len(word) >= 3 and word not in gl.accepted and word in matcher_for(gl).cut_prefixes \
                and not is_common_word(low) and word not in _name_words(gl) and not _named_word(low) \
                and not whole_last and not (word.isupper() and low in words.whole_words):  # ("... in the IDE")
            return a, b, f"ends on {word!r}, the start of a name cut short"
        return _glossary_name_cut(stripped, a, q, word, gl)
    if a > 1 and stripped[a - 1] == " " and stripped[a - 2].isdigit() and any(
            w.startswith(low) and w != low for w in words.scale_words):
        if low in words.scale_short:
            return None  # "... about 40 mil", "$2 bn": a scale word's short form
        if len(low) >= 2:
            # "... 40 thous", "... about 3.5 milli": a number whose scale word was cut
            return a, b, f"ends on {low!r}, a number's scale word cut short"
    if gl.lookup(word) is not None:
        return None
    if word in words.end_prefixes and a > 0 and stripped[a - 1] == " " and not whole_last:
        # "... went from embarrassing to pre": a prefix, in lowercase, that no text ends on whole
        return a, b, f"ends on {word!r}, the start of a cut word"
    if len(low) <= 2 and low not in words.short and (len(low) == 1 or not _CONSONANTS.issuperset(low)
                                                      or is_word_start(low, 1)):
        # (two letters that start no word are a command or a code: "... through jq"; two with a
        # vowel start one, asked first: the word list is built only when needed)
        if a > 1 and stripped[a - 1] == "-" and (head := _HYPHEN_HEAD.search(stripped, 0, a - 1)) is not None \
                and at_least(head.group().lower() + low, _COMPOUND_WORD_ZIPF):
            return None  # the last part of a compound written whole ("the Saltmarsh Co-op": a coop)
        return None if whole_last else (a, b, f"ends on {word!r}, the start of a cut word")
    if ((len(low) == 3 and low not in words.whole_words and not at_least(low, _THREE_LETTER_ZIPF)
         and (_starts_commoner(low) or any(t.startswith(low) and len(t) > 3 for t in words.whole_words)))
            or (len(low) >= 4 and low not in words.whole_words and not is_common_word(low)
                and not (len(low) >= _LONG_WORD and at_least(low, _LONG_WORD_ZIPF))
                and ((is_word_start(low, 1) and _starts_commoner(low)) or unlisted_word_start(low)))
            or (len(low) >= 6 and low not in words.whole_words and not low.endswith(_WHOLE_ENDINGS)
                and not at_least(low, _RARE_WORD_ZIPF) and any(at_least(low + e, _RARE_WORD_ZIPF) for e in words.word_endings))):
        return None if _a_term(word, used_whole) else (a, b, f"ends on {word!r}, the start of a cut word")
    if (len(low) >= _CLIPPED_MIN and not is_common_word(low) and low not in words.whole_words
            and not at_least(low, _CLIPPED_ZIPF)):
        longer = _clipped_of(low)
        if longer and not _a_term(word, used_whole):  # (the episode's vocabulary is counted last: it costs)
            # "... should make the customer forge": a rare word that one or two more letters make a
            # far more common one ("forget"), cut
            return a, b, f"ends on {word!r}, the start of {longer!r} cut short"
    if before in ("a", "an") and len(low) >= 6 and low.endswith("ed") and low not in words.ed_nouns \
            and not low.endswith(("eed", "ead")) and word.islower():
        # "... for an undisclosed", "... we hired a dedicated": a participle after 'a' without its noun
        return a - len(before) - 1, b, f"ends on {before + ' ' + low!r}, an adjective without its noun"
    why = (before in words.number_words or before in words.approximators or before in words.approximate_prepositions
           or before[:1].isdigit()) and _number_without_unit(low, before, words)
    if why:
        if not _number_as_modifier(stripped, a, words):
            return a, b, why
        if low in words.unit_nouns:  # "we signed a two year": the measure lost the noun it describes
            return a, b, f"ends on {before + ' ' + low!r}, a measure after a determiner without the noun it describes"
    if (len(low) == 3 and before in words.determiners and low not in words.whole_words and word.islower()
            and not at_least(low, _THREE_AFTER_DETERMINER_ZIPF) and (longer := _one_letter_more(low)) is not None):
        # "... by the end of the yea": a word after a determiner that one more letter makes far
        # more common ("year"), cut
        return a, b, f"ends on {before + ' ' + word!r}, the start of {longer!r} cut short"
    if (len(low) >= 4 and low not in words.whole_words
            and (before in words.determiners or before in words.number_words
                 or ((before in words.attributive or before in words.possessive_own)
                     and _word_before(stripped, a - len(before) - 1) in words.determiners))):  # ("the whole invest")
        common = _common_set()
        for e in sorted(words.derived_endings):
            if low + e not in common:
                continue  # (a set lookup first: the frequency test costs more)
            z = zipf_above(low + e, _CLIPPED_FLOOR + _DERIVED_MARGIN)
            if z is not None and not at_least(low, z - _DERIVED_MARGIN) and not _a_term(word, used_whole):
                # "... the pilot is free and the procure", "... we tried three differ": a verb
                # after a determiner, the start of the noun or adjective made from it
                return a, b, f"ends on {before + ' ' + word!r}, the start of {low + e!r} cut short"
    return None


_PRICE_CUT = regexcache.compile(r"[$€£¥]0\.$")
_NUMBER_END = regexcache.compile(r"(,\s*)?([A-Za-z]+)\s+(\d+)$")


def _number_cut(stripped: str, words: TruncationWords) -> tuple[int, int, str] | None:
    """(start, end, why) when a text ending on a digit or on a digit and a period was cut inside
    its number: a price at its decimal point ("... it costs about $0."), a share before its '%'
    ("... in the top 1"), a count after ', only' that lost its verb ("Of the forty pilots, only 3")."""
    if stripped[-1] == ".":
        m = _PRICE_CUT.search(stripped, max(0, len(stripped) - 4))
        return (m.start(), len(stripped), f"ends on {m.group()!r}, a price cut at its decimal point") if m else None
    m = _NUMBER_END.search(stripped, max(0, len(stripped) - 30))
    if m is None:
        return None
    head = m.group(2).lower()
    if head in words.percentile_heads and m.group(3) == "1" and not m.group(1):
        return m.start(2), len(stripped), f"ends on {m.group(2) + ' 1'!r}, a share cut before its percent sign"
    if m.group(1) and head in words.focus_adverbs:
        return m.start(2), len(stripped), f"ends on {', ' + m.group(2) + ' ' + m.group(3)!r}, a count without its verb"
    return None


# a capitalised last word of four letters at least, this frequent (Zipf) in English and the start of
# no far commoner word, is a name made of that word ("runs on Neuron", "renders in Blender"), whole
# though it starts a longer word or name ("neuronal", "Neuronpedia"); a cut leaves a rarer stub or
# the start of a commoner word ("in Bruss", "at Ama" of Amazon, "in Mich" of Michigan)
_NAMED_WORD_ZIPF = 3.0


def _named_word(low: str) -> bool:
    return len(low) >= 4 and at_least(low, _NAMED_WORD_ZIPF) and not _starts_commoner(low)


def _starts_commoner(low: str) -> bool:
    """Is the rare `low` the start of a common word `_THREE_LETTER_MARGIN` (Zipf) more common
    than it, other than its plural ("pla" of "place", "alway" of "always"; not "wax" of "waxed",
    "cron" of "cronies")?"""
    floor = _THREE_LETTER_FLOOR if len(low) == 3 else _RARE_STUB_FLOOR
    z = zipf_above(low, floor)
    if z is None and len(low) > 3:
        return True  # (a longer word this rare is no word: "telem", "bruss")
    z = (z or floor) + _THREE_LETTER_MARGIN
    words_ = _common_words()
    i = bisect_left(words_, low)
    while i < len(words_) and words_[i].startswith(low):
        w = words_[i]
        if (len(w) > len(low) and (w not in (low + "s", low + "es") or _clipped_before_s(low))
                and at_least(w, z)):
            return True
        i += 1
    return False


def _clipped_of(low: str) -> str | None:
    """The common word of which `low` is the start, one or two letters shorter (not its plural),
    far more common than `low` ("forge" of "forget"), or None."""
    words_ = _common_words()
    i = bisect_left(words_, low)
    while i < len(words_) and words_[i].startswith(low):
        w = words_[i]
        if len(low) < len(w) <= len(low) + 2 and w != low + "s":
            z = zipf_above(w, _CLIPPED_FLOOR + _CLIPPED_MARGIN)
            if z is not None and not at_least(low, z - _CLIPPED_MARGIN):
                return w
        i += 1
    return None


def _number_as_modifier(stripped: str, a: int, words: TruncationWords) -> bool:
    """Does the number before the last word (which starts at offset `a`) follow a determiner, so
    that it and that word modify a noun ("a nine billion valuation", "a three hour meeting", "the
    two year plan"): the word takes no plural ending?"""
    low = stripped.lower()
    for _ in range(5):
        prev = _word_before(stripped, a)
        if not (prev in words.number_words or prev[:1].isdigit()):
            return prev in words.determiners
        a = max(0, low.rfind(prev, 0, a))
    return False


def _number_without_unit(low: str, before: str, words: TruncationWords) -> str | None:
    """Why a text ending on a number of more than one and a singular noun whose plural is a common
    word ("... in eighteen month"), or on an approximation and the start of a number word ("...
    by about fort"), was cut, or None. Not "two percent", "five people": their plural is rare."""
    if before in words.approximators or before in words.approximate_prepositions:
        if len(low) >= 3 and low not in words.number_words and any(
                n.startswith(low) and len(n) > len(low) for n in words.number_words):
            return f"ends on {before + ' ' + low!r}, a number cut short"
        return None
    if not (before in words.number_words and before not in words.singular_numbers) and not (
            before.isdigit() and 1 < len(before) < 4 and before != "1"):
        return None
    if low.endswith("s") or low in words.number_words or low in words.function or low in words.whole_words:
        return None
    z = zipf_above(low + "s", _CLIPPED_FLOOR)
    if z is not None and not at_least(low, z + _PLURAL_MARGIN):
        return f"ends on {before + ' ' + low!r}, a number and a noun that lost its plural ending"
    return None


def _passive_relative_stranded(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on a relative clause whose subject is its pronoun, a passive verb and a
    preposition was cut ("... run on software that was designed in"): the clause has no gap the
    preposition could strand, so its object is missing. None else."""
    if low not in words.prepositions:
        return None
    prev = _word_before(text, a)
    if not (prev.endswith("ed") or prev in words.past_verbs):
        return None
    clause = _last_clause(text, a)
    if len(clause) < 5 or clause[-1] != low:
        return None
    rel, be, verb = clause[-4], clause[-3], clause[-2]
    if (rel in words.subject_relatives and be in words.be_forms and be not in words.subjects
            and (verb.endswith("ed") or verb in words.past_verbs) and clause[-5] not in words.function):
        return f"ends on {' '.join(clause[-4:])!r}, a preposition without its object"
    return None


def _gerund_without_object(low: str, before: str, words: TruncationWords) -> str | None:
    """Why a text ending on a preposition and the -ing form of a verb that wants its object was
    cut ("... without deleting", "... by adding"), or None."""
    if low.endswith("ing") and low in words.transitive and before in words.gerund_prepositions:
        return f"ends on {before + ' ' + low!r}, a verb without its object"
    return None


def _relative_subject_alone(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on a preposition's noun and a possessive and noun, the subject of a
    relative clause without its verb, was cut ("... inside the tool our customer"), or None."""
    if low in words.function or low.endswith(("ed", "ing")) or _word_before(text, a) not in words.possessives:
        return None
    clause = _last_clause(text, a)
    if len(clause) < 5 or clause[-1] != low or clause[-2] not in words.possessives:
        return None
    noun, det, prep = clause[-3], clause[-4], clause[-5]
    if (det in words.determiners and prep in words.pp_prepositions and noun not in words.function
            and noun not in words.determiners and not _adverb(noun, words) and low not in words.function
            and not low.endswith(("ed", "ing")) and low not in words.possessive_own):
        return f"ends on {' '.join(clause[-4:])!r}, a relative clause without its verb"
    return None


def _be_adverb(text: str, a: int, low: str, before: str, words: TruncationWords) -> str | None:
    """Why a text ending on 'be' (or an auxiliary) and an adverb that wants what follows was cut
    ("... how much of enterprise sales is just", "... they will only"), or None."""
    if low not in words.be_adverbs:
        return None
    before = before.replace("’", "'")
    if before in words.be_forms or before in words.auxiliaries:
        return f"ends on {before + ' ' + low!r}, without what it says"
    return None


def _be_ly_adverb(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on 'be' and adverbs in -ly was cut ("... has been almost completely",
    "... the food was consistently"): the adverbs stood before what it is, or None. Not an
    adjective in -ly ("was costly", "the meetings are weekly": a time noun and -ly)."""
    if not _ly_adverb(low, words) or low[:-2] in words.unit_nouns or low[:-2] in words.measure_nouns:
        return None
    clause = _last_clause(text, a)
    j = len(clause) - 2
    while j >= 0 and _adverb(clause[j], words) and clause[j] not in words.function:
        j -= 1
    raw = text[:a].split()[j - len(clause) + 1:]  # (the words as written: "to be 0777 unconditionally" has a complement)
    if (j >= 0 and clause[j] in words.be_forms and clause[j] not in ("got", "gotten")
            and all(t.replace("'", "").replace("’", "").isalpha() for t in raw)):
        return f"ends on {' '.join(clause[j:])!r}, 'be' and an adverb without what it says"
    return None


_DO_BEFORE = regexcache.compile(r"(?i)\b(?:do|does|did|done|doing)\b")


def _progressive_stem(text: str, a: int, low: str, before: str, words: TruncationWords) -> str | None:
    """Why a text ending on 'be' and the bare form of a verb that is rarely a noun was cut ("...
    the onboarding emails were land", "... radiology is go"): the -ing form lost its ending. Not
    after 'do' ("what we do is build": the bare form is the cleft's verb), or None."""
    if before.replace("’", "'") not in words.progressive_be or _DO_BEFORE.search(text, 0, a):
        return None
    if low == "go" and text[:a].rstrip().lower().endswith("systems are"):
        return None  # "all systems are go": the idiom's adjective
    return f"ends on {before + ' ' + low!r}, 'be' and a bare verb: the start of {low!r} + '-ing' cut short"


def _wh_object(text: str, a: int, low: str, before: str, words: TruncationWords) -> str | None:
    """Why a text ending on a verb of knowing and 'what' was cut ("... so I know what"), or None:
    not "you know what", "I'll tell you what", nor a negated or conditional "I don't know what"
    (an answer that leaves the clause out on purpose)."""
    if low != "what" or before not in words.wh_object_verbs:
        return None
    clause = _last_clause(text, a)
    k = len(clause) - 3
    while k >= 0 and _adverb(clause[k], words):
        k -= 1  # "I finally | understood what"
    if k < 0 or clause[k] not in words.personal or clause[k] in ("you", "it", "there"):
        return None  # ("you know what", "nobody really knows what": the subject a person who tells)
    if any(w in words.negating or w.endswith("n't") for w in clause[:-1]):
        return None
    return f"ends on {' '.join(clause[-3:])!r}, 'what' without its clause"


def _split_infinitive(text: str, a: int, low: str, words: TruncationWords) -> bool:
    """Is text[a:] = `low` an adverb after the 'to' of an infinitive ("we used to completely",
    "the goal is to fully"), which wants its verb? An adverb is a listed one or an -ly word made
    from a common word ("complete", "full", "easy", "true", "simple"; not "comply", "apply"); the
    'to' follows a verb that takes an infinitive or a form of 'be' (not "from design to assembly")."""
    if low in words.end_adverbs or low in words.function:
        return False
    if low not in words.skip_adverbs and not _ly_of_adjective(low, words):
        return False
    prev = text[max(0, a - 40):a].lower().replace("’", "'").split()
    return len(prev) >= 2 and (prev[-2] in words.infinitive_verbs or prev[-2] in words.be_forms)


# the words between a free relative's subject and its final preposition: this many at most
_FREE_RELATIVE_SPAN = 4


def _free_relative_object(clause: list[str], words: TruncationWords) -> bool:
    """Does `clause` end in a free relative whose 'what' is the object of its final preposition:
    'what' or 'whatever', a subject (a pronoun, or a determiner and a noun), then up to a few
    words with a verb and no function word but a particle ("what the founders signed up | to",
    "whatever they asked | for", "what the model is good | at")? Not "what | to" (an infinitive's
    question) nor "what is important | to" ('what' is the subject)."""
    n = len(clause)
    for r in range(n - 3, max(-1, n - 4 - _FREE_RELATIVE_SPAN - 2), -1):
        if clause[r] not in words.free_relatives:
            continue
        j = r + 1
        if clause[j] in words.subjects:
            j += 1
        elif clause[j] in words.determiners and j + 1 < n - 1 and clause[j + 1] not in words.function:
            j += 2
        else:
            return False
        middle = clause[j:n - 1]
        if clause[-1] == "to" and middle and middle[-1] in words.infinitive_verbs:
            return False  # "what the team wanted | to": an infinitive without its verb
        return (1 <= len(middle) <= _FREE_RELATIVE_SPAN
                and not any(w in words.function and w not in words.particles and w not in words.auxiliaries for w in middle))
    return False


def _object_relative(clause: list[str], words: TruncationWords) -> bool:
    """Does `clause` end in a relative clause whose object is its relative word, with a subject
    and a verb of its own, so that a final verb or preposition has its object in the gap: "whose
    (tutoring) pilot | the guest | took part in", "a platform that | the team | builds on", "whose
    developer experience | the guest says they | copied"? Not "whose founders | left for" (the
    relative is the subject), nor "clear that the team relies on" ('that' opens a clause)."""
    last, n = clause[-1], len(clause)
    if not (last in words.prepositions or last in words.stranding or last in words.transitive
            or last in words.past_verbs or last.endswith("ed")):
        return False
    if last == "to" and n > 1 and (clause[-2] in words.tough or _adjective(clause[-2], words)):
        return False  # "chips that the guest said were fast but hard | to": the infinitive lost its verb
    for r in range(n - 3, 0, -1):
        rel = clause[r]
        if rel not in ("whose", "which", "whom", "that"):
            continue
        j = r + 1
        if rel == "whose":
            while (j < n - 2 and j <= r + 3 and clause[j] not in words.function and clause[j] not in words.determiners
                   and not (j > r + 1 and (clause[j] in words.past_verbs or clause[j].endswith("ed")))):
                j += 1  # the noun the relative word owns ("whose pricing | pressured": a verb ends it)
            if j == r + 1:
                return False
        elif (clause[r - 1] in words.function or clause[r - 1] in words.that_verbs or clause[r - 1] in words.clause_verbs
              or clause[r - 1] in words.reporting or clause[r - 1] in words.wh_verbs
              or clause[r - 1] in words.stance_verbs):  # ("the guest explains that the team pivoted ... with")
            return False
        if clause[j] in words.subjects and clause[j] not in ("it", "that", "this"):
            j += 1
        elif clause[j] in words.determiners and clause[j] not in ("that", "this") and j + 1 < n - 1 \
                and clause[j + 1] not in words.function:
            j += 2
            while j < n - 1 and clause[j] not in words.function and not (clause[j].endswith(("ed", "s")) or clause[j] in words.past_verbs):
                j += 1  # ("the guest's team | relies on")
        else:
            return False
        return j < n and clause[j] not in words.function
    return False


def _contact_relative(clause: list[str], words: TruncationWords) -> bool:
    """Does `clause` end in a relative clause without a relative word, after its noun: the noun,
    a subject (a pronoun, or a determiner and one to three words), maybe auxiliaries and adverbs,
    a verb and the stranded preposition whose object is the noun ("the model | the team |
    currently | relies | on", "a group | the guest | first | volunteered | with", "the tool | they
    | build | on")? Not "... when the guest talked about" (no noun before the subject), nor "...
    the guest's team switched to after" (a preposition is no verb)."""
    n = len(clause)
    j = n - 2
    if (n > 6 and (clause[j - 1] in ("a", "an") or clause[j - 1] in words.possessives or clause[j - 1] == "its")
            and clause[j] not in words.function
            and clause[j - 2] not in words.function and not _adverb(clause[j - 2], words)
            and clause[j - 2] not in words.prepositions and clause[j - 2] not in words.determiners):
        j -= 2  # "a rival the team keeps | an eye | on", "plays | a role | in": the verb and its object
        clause = clause[:j + 1] + clause[-1:]
        n = len(clause)
    elif n > 5 and clause[j] in words.bare_object_nouns and clause[j - 1] not in words.function \
            and clause[j - 1] not in words.determiners and not _adverb(clause[j - 1], words):
        j -= 1  # "the model the opinion left | room | for", "the data we took | care | of": an idiom's bare noun
        clause = clause[:j + 1] + clause[-1:]
        n = len(clause)
    if clause[-1] == "to" and (clause[j] in words.infinitive_verbs or clause[j] in words.reporting
                               or clause[j] in words.causative or clause[j] in words.objects_wanting):
        return False  # "the one rule every customer is told | to": the infinitive lost its verb
    if j < 3 or clause[j] in words.function or clause[j] in words.determiners or clause[j] in words.prepositions \
            or clause[j] in words.stranding or _adverb(clause[j], words):
        return False
    j -= 1
    if j > 2 and clause[j] == "to" and clause[j - 1] not in words.function:
        j -= 2  # "the company the guest | used to | work for"
    while j > 1 and (clause[j] in words.auxiliaries or _adverb(clause[j], words) or clause[j] in words.ordinals):
        j -= 1  # "... the guest has long | worked with", "the guest first | volunteered with"
    if clause[j] in words.subjects and clause[j] not in ("it", "there", "this", "that", "one"):
        j -= 1  # "the tool | they | build on", "a product | people | pay for"
    else:
        k = j
        while k > 0 and k > j - 3 and clause[k] not in words.function and clause[k] not in words.determiners:
            k -= 1  # "the | guest's team"
        if k == j or clause[k] not in words.determiners or clause[k] in ("that", "this", "these", "those"):
            return False
        j = k - 1
    if j < 0:
        return False
    head = clause[j]
    return not (head in words.function or head in words.determiners or head in words.prepositions
                or head in words.subordinators or head in words.conjunctions or head in words.clause_openers
                or head in words.wh or head in words.relatives or head in words.complementizers
                or head in words.no_gap_openers or head in words.adjunct_openers
                or head in words.stranding or head in words.transitive or head in words.clause_verbs
                or head in words.reporting or head in words.that_verbs or head in words.wh_verbs
                or _adverb(head, words) or head.endswith("ed") or head in words.past_verbs)


def _named_after_verb(before: list[str], words: TruncationWords) -> bool:
    """Do the words before a final 'called' or 'named' end on an indefinite pronoun or on 'a' and
    one to three nouns, right after 'be', a verb or a preposition ("was | a logistics firm")?"""
    if before and before[-1] in words.indefinites:
        j = len(before) - 1
    else:
        j = len(before) - 1
        while j > 0 and j >= len(before) - 3 and before[j] not in words.function:
            j -= 1
        if j == len(before) - 1 or before[j] not in ("a", "an"):
            return False
    if j < 1:
        return False
    w = before[j - 1]
    return w in words.be_forms or w in words.prepositions or w in words.transitive or w in words.past_verbs or w.endswith("ed")


def _ly_of_adjective(low: str, words: TruncationWords) -> bool:
    """Is `low` an -ly adverb made from a common word ("complete", "full", "easy", "true",
    "simple", "incredible"; not "comply", "apply", "family", "assembly")?"""
    if len(low) < 5 or not low.endswith("ly") or low.endswith("ply") or low in words.ly_adjectives:
        return False
    stems = (low[:-2], low[:-1], low[:-3] + "y", low[:-1] + "e", low[:-2] + "e")
    return any(len(st) >= 3 and is_common_word(st) for st in stems)


def _possessive_alone(stripped: str, a: int, low: str, gl, words: TruncationWords) -> str | None:
    """Why a text ending on a possessive noun or name after a word that is no determiner was cut
    ("... how quickly Nvidia's", "... integrated with Salesforce's"), or None: not after 'be', 'of',
    'and', 'than' ... , 'at' or 'to' ("a friend of Sam's", "lunch at Denny's"), nor in a clause
    that compares it with another possessive ("ours is faster than Google's"), nor a contraction
    ("let's") or a name that ends in "'s" ("McDonald's")."""
    key = low.replace("’", "'")
    stem = key[:-2]
    if not stem.replace("-", "").replace(".", "").isalpha() or stem in words.contraction_stems or stem in words.function \
            or stem in words.subjects or key in words.apostrophe_names:
        return None
    name = stripped[a:len(stripped) - 2]
    if not name[:1].isupper() or (name.isupper() and gl.lookup(name) is None):
        return None  # (a name's only: "window ID's", "the ioctl's" are plurals written with an apostrophe)
    clause = _last_clause(stripped, a)
    if len(clause) == 2 and clause[0] in words.conjunctions:
        clause = _CLAUSE_WORDS.findall(stripped[max(0, a - 120):].lower().replace("’", "'"))  # ", and | Amazon's"
    if len(clause) < 2 or clause[-1] != key or (len(clause) == 2 and clause[0] not in words.relatives):
        return None  # (a lone "Google's", or the clause's words differ from the text's: a hyphen, a digit)
    k = len(clause) - 2
    while k > 0 and _adverb(clause[k], words):
        k -= 1  # "the choice was ultimately | Jensen's"
    prev = clause[k]
    if prev in words.conjunctions and k == len(clause) - 2 and stripped[:a].rstrip()[:-len(prev)].rstrip().endswith(","):
        prev = ""  # ", and | Amazon's": a new clause (not "ours and | Google's")
    if prev == "of" and k > 0 and (clause[k - 1] in words.particles or clause[k - 1] in words.prepositions
                                   or clause[k - 1] in words.clause_final or clause[k - 1] in words.adjunct_starts):
        prev = ""  # "out of | Stanford's", "because of | Google's": a preposition, no "a friend of Sam's"
    if (clause[-2] in words.determiners or prev in words.be_forms or prev in words.possessive_pronoun_before
            or prev in ("at", "to") or any(w in words.possessive_ellipsis or (
                w.endswith("'s") and w[:-2] not in words.contraction_stems and w[:-2] not in words.function
                and w[:-2] not in words.subjects) for w in clause[:-1])):
        return None
    if gl.lookup(stripped[a:]) is not None:
        return None  # (a glossary name with its "'s")
    return f"ends on {clause[-2] + ' ' + stripped[a:]!r}, a possessive without its noun"


def _open_pair(text: str, a: int, low: str, words: TruncationWords) -> str | None:
    """Why a text ending on `low` is cut by a pair that wants its second half, or None: "between"
    with one term ("a real tension between shipping fast"; not "between teams", "between us",
    "somewhere in between"), or "make" with its object and a verb that wants its complement
    ("even when it made our own models look")."""
    if low in words.linking and any(w in text[max(0, a - 40):a] for w in ("mak", "made")):
        clause = _last_clause(text, a)
        for k in range(max(0, len(clause) - 5), len(clause) - 2):
            if (clause[k] in words.make_forms and clause[k + 1] not in ("sure", "up", "out")
                    and not any(w in ("how", "way", "what") for w in clause[:k])):  # "the way it makes me feel"
                return f"ends on {' '.join(clause[k:])!r}, without what it is made to {low}"
    if "between" not in text[max(0, a - 50):a]:
        return None
    clause = _last_clause(text, a)
    if "between" not in clause:
        return None
    r = len(clause) - 1 - clause[::-1].index("between")
    tail = clause[r + 1:]
    if (not 1 <= len(tail) <= 4 or (r and clause[r - 1] in words.between_adverb) or any(w in words.between_whole for w in tail)
            or any(len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in tail)):
        return None  # a plural is both terms: "between teams", "between the two companies"
    return f"ends on {' '.join(clause[r:])!r}, a 'between' without its second term"


def _name_before(text: str, a: int) -> bool:
    """Is the word before offset `a` a name inside its sentence ("a paper from DeepMind | that")?"""
    prev = text[max(0, a - 60):a].split()[-2:]
    return (len(prev) == 2 and prev[1][:1].isupper() and prev[1] != "I" and prev[1][1:2].isalpha()
            and prev[0][-1:] not in ".!?:\"“")


def _inverted(text: str, a: int, words: TruncationWords) -> bool:
    """Does the subject at text[a:] follow its auxiliary after 'so', 'neither', 'nor', 'as' or
    'than' ("so do we", "as do they", "than did we")?"""
    prev = text[max(0, a - 30):a].lower().replace("’", "'").split()[-2:]
    return len(prev) == 2 and prev[0] in ("so", "neither", "nor", "as", "than") and (
        prev[1] in words.auxiliaries or prev[1] == "do")


def _speech_dash(stripped: str) -> bool:
    """Does speech end on a dash set apart from its word ("and then —", "the context --", "is -")?
    A speaker breaks off there; a hyphen glued to a word ("state-of-") is still a cut."""
    if stripped[-1] in "—–":
        return True
    return stripped[-1] == "-" and stripped[-2:-1] in (" ", "-")


_NAME_WORDS: dict[int, tuple[object, frozenset[str]]] = {}
def _glossary_name_cut(stripped: str, a: int, q: int, word: str, gl) -> tuple[int, int, str] | None:
    """(start, end, why) when a text ends inside a glossary name of two words or more, in a word
    after its first ("... on Hugging F", "... with Sam Alt", "... to Google Cl"), else None."""
    if not word[:1].isupper() or a < 2 or stripped[a - 1] != " ":
        return None
    p = stripped.rfind(" ", 0, a - 1) + 1
    phrase = stripped[p:q]
    if phrase[:1].isupper() and phrase in _name_cuts(gl) and gl.lookup(phrase) is None:
        return p, q, f"ends on {phrase!r}, the start of a name cut short"
    return None


_NAME_CUTS: dict[int, tuple[object, frozenset[str]]] = {}


def _name_cuts(gl) -> frozenset[str]:
    """The starts of the glossary's names of two words or more, from any word on, that stop inside
    a word after the first, before a lowercase letter ("Hugging F", "Sam Alt", "Cloud Pl" of
    "Google Cloud Platform"; of a person's name two letters at least): a text ending on one
    stopped inside the name."""
    got = _NAME_CUTS.get(id(gl))
    if got is None or got[0] is not gl:
        cuts: set[str] = set()
        for form, entry in gl.accepted.items():
            words = form.split()
            # (one letter after a person's first name is an initial: "Eric S")
            shortest = 3 if entry.kind == "person" else 2
            for i in range(len(words) - 1):
                tail = " ".join(words[i:])
                first = tail.index(" ")
                cuts.update(tail[:n] for n in range(first + shortest, len(tail))
                            if tail[n].islower() and tail[n - 1].isalnum())
        got = _NAME_CUTS[id(gl)] = (gl, frozenset(cuts))
    return got[1]


def _name_words(gl) -> frozenset[str]:
    """The whole words of the glossary's names ("Sonnet" of "Claude 3.5 Sonnet"): a text ending
    on one ended on a name, though the word is also the start of a longer name ("Sonnet 4")."""
    got = _NAME_WORDS.get(id(gl))
    if got is None or got[0] is not gl:
        names: set[str] = set()
        for form in gl.accepted:
            names.update(form.split())
        got = _NAME_WORDS[id(gl)] = (gl, frozenset(names))
    return got[1]


def _any_word(_word: str) -> bool:
    return True


def _a_term(word: str, used_whole) -> bool:
    return used_whole is not None and used_whole(word)
