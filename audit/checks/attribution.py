"""Attribution: a product or model tied to the wrong maker, judged by the glossary's maker/parent chain."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, compress, groupby, islice
from operator import is_not, itemgetter

from ..findings import Fix, Severity
from ..glossary import MADE_KINDS, ORG_KINDS, Entry, Glossary, glossary, in_exception
from ..ruleset import expect, known_keys, str_list
from ..textmatch import mostly_capitalised, starts_with_capital, trie_pattern
from .licences import licence_named
from .base import Rule, scalar_edit
from .. import regexcache

# a model's size, tier or stage after its family's name ("Claude 3.5 Sonnet", "Nova Premier", "Grok 4
# Fast"), in the order the alternation tries them (a longer word before its prefix: "Experimental",
# "Exp"); `_MODEL_SIZES` below reads the same words
_TIER_WORDS = ("Pro", "Flash", "Opus", "Sonnet", "Haiku", "Ultra", "Nano", "nano", "Mini", "mini", "micro", "Turbo", "Max", "Vision",
               "Instruct", "Chat", "Coder", "Lite", "Plus", "Large", "Premier", "Micro", "Expanse", "Medium", "Small",
               "Preview", "preview", "Thinking", "thinking", "Reasoning", "reasoning", "Experimental", "Exp", "Instant",
               "VL", "Omni", "Math", "Scout", "Maverick", "Distill", "XL", "Fast", "Heavy", "Next", "Codex", "Terminus")
_SIZES = ("(?:" + "|".join(_TIER_WORDS) + "|"
          # a product of the family named by what it is or does ("Ernie Bot", "Gemini CLI", "Hunyuan Video")
          r"Bot|CLI|Video|Image|Imagine|Live|Agent|Voice|Audio|Music|Studio|Search|Canvas|Edit|Deep\s+Research|"
          # a plan of the product ("Claude Enterprise", "ChatGPT Team"), or its search ("ChatGPT search")
          r"Enterprise|Business|Edu|Team|Gov|search)")
# a reasoning effort after a size only with a hyphen ("o3-mini-high"); a plural of a name that
# ends in a capital or digit ("TPUs", "B200s") is the name's too; a letter and a number, in either
# case, are a version ("Kimi K2", "Kimi k1.5")
_VERSION = rf"(?:[ -]?v?\d+(?:\.\d+)*[a-zA-Z]?|\.\d+(?![\w.])|[ -][A-Za-z]\d+(?:\.\d+)*(?![\w.-]\w)){{0,2}}(?:[ -]{_SIZES}|-(?:high|low|medium))*(?:(?<=[a-z])[ -]\d+(?:\.\d+)*)?(?:(?<=[\dA-Z])s(?![\w-]))?"
# where a product's name with its version ends: no more of its version after it. A guard on the
# words after a product ("... Claude 3.5 Sonnet in Bedrock") must not pass by a shorter version
# ("Claude 3.5", then " Sonnet in" is no platform's word)
_VERSION_ENDS = rf"(?![ -]?v?\d|\.\d|[ -][A-Za-z]\d|[ -]{_SIZES}(?![\w-]))"
_QUALIFIER_WORDS = (r"(?:(?:newly|recently|just)[ -](?:released|announced|launched|unveiled)|new|newest|latest|own|flagship|upcoming|recent|popular|open[- ]source|"
                    # a product changed and kept ("OpenAI's renamed Claude Code SDK", "Google's revamped Siri")
                    r"renamed|rebranded|revamped|updated|upgraded|improved|redesigned|refreshed|relaunched|overhauled|reworked|rebuilt|"
                    # a headline's capitals ("Anthropic's New Llama Model Explained")
                    r"New|Newest|Latest|Flagship|Upcoming|"
                    # "open" alone ("Meta's open models Llama, Gemma and Phi"), not the start of another qualifier
                    r"open(?![- ](?:source|weight))|open[- ]weights?|closed[- ]source|proprietary|frontier|reasoning|coding|whole|entire|in-house|homegrown|home-grown|AI|"
                    # a hyphenated adjective ("next-gen", "long-awaited", "much-hyped")
                    r"[a-z]+(?:-[a-z]+)+)")
_QUALIFIERS = rf"(?:{_QUALIFIER_WORDS}\s+){{0,3}}"
_VERBS = (r"(?:developed|built|made|created|trained|designed|produced|owned|released|unveiled|launched|published|"
          # who assembles a data set or a benchmark ("SWE-bench Verified, curated by OpenAI")
          r"curated|"
          # who keeps up an open-source product ("Codex CLI, maintained by OpenAI")
          r"open[- ]sourced|introduced|shipped|rolled\s+out|put\s+out|maintained|"
          # who shows a product first ("a voice-cloning model previewed by OpenAI")
          r"previewed|debuted|demoed|teased)")
# lowercase words before a maker's name used as an adjective ("a lightweight Microsoft model"):
# no preposition or conjunction among them, which would start another phrase
_DESCRIBED = (r"(?:(?!(?:of|for|to|with|than|from|by|like|and|or|but|as|in|on|at|that|which|who|is|was)\s)"
              r"(?:[a-z][\w-]*|(?-i:GPU|CPU|TPU|AI|LLM|ML))\s+){0,2}?")  # ("the GPU architecture")
_KIND_WORDS = r"(?:model|models|chatbot|assistant|LLM|LLMs|AI|family|series|product|tool|benchmark)"
# what an apposition calls a product ("Copilot, a product of Amazon"): one thing, named as such
_APPOSITION_KINDS = (r"(?:model|chatbot|assistant|agent|LLM|product|tool|service|app|system|platform|family|series|cloud|"
                     r"chip|GPU|CPU|accelerator|processor|editor|IDE|engine|generator|classifier|MoE|bot|suite|framework|benchmark|"
                     # a product line or a bundle of features ("EPYC, AMD's server CPU line", "FSD, Tesla's
                     # driver-assist package")
                     r"line|package|interface|cluster|supercomputer|computer|wearable|rocket|launcher|constellation|spacecraft|"
                     r"library|SDK|variant|checkpoint|headset|glasses|phone|device|robot|browser|chipset|stack|toolkit|"
                     r"architecture|superchip|lineup|TPU|reasoner|prototype|demo|preview|experiment|feature|project|"
                     # a model by its part in a network ("DINOv2, Meta's self-supervised vision backbone")
                     r"backbone|encoder|decoder|transformer|"
                     # what else a product of the wider field is: data, office, device, car and robot
                     # products ("BigQuery, Amazon's data warehouse", "Copilot, Google's add-on")
                     # (not a word that mostly describes another noun: "software stack", "server chip")
                     r"warehouse|database(?!\s+[a-z])|lake|catalog|catalogue|gateway|proxy|notebook|wiki|super-?app|messenger|copilot|add-on|plug-?in|"
                     r"extension|mode|layer|solution|simulator|sim|runtime|OS|API|NPU|SoC|board|laptop|tablet|"
                     r"smartphone|handset|wearable|console|humanoid|robotaxi|vehicle|drone|translator|companion|dog|quadruped|"
                     r"e-reader|"
                     # a site where the compute is, and a lab's paper ("Fairwater, Microsoft's Wisconsin
                     # campus", "Illusion of Thinking, Apple's reasoning paper")
                     r"campus|site|facility|data\s?cent(?:er|re)|datacent(?:er|re)|reactor|paper|study|tab|"
                     # parts of a data centre's network and racks ("Tomahawk Ultra, Broadcom's low-latency ASIC")
                     # (not a word that describes another noun after it: "server CPU line", "rack scale")
                     r"(?:card|ASIC|NIC|SuperNIC|DPU|XPU|interconnect|server|rack|module)(?!s?\s+(?:[a-z]|[A-Z]{2,}))|"
                     # a tool named by what it does, and an offering of a maker's ("Slack AI, Google's
                     # channel summarizer", "Claude, OpenAI's education offering")
                     r"offering|summari[sz]er|transcriber|tutor|orchestrator|compiler|debugger|profiler|optimi[sz]er|"
                     r"scheduler|planner|reranker|retriever|embedder|tokeni[sz]er|recommender|detector|"
                     # software by what it does in a clinic or an office ("Viz LVO, Aidoc's stroke
                     # software, ..."; not before another noun: "Google's software stack"), a scribe, an
                     # algorithm ("the Epic Sepsis Model, Epic's sepsis algorithm")
                     r"software(?!\s+[a-z])|scribe|algorithm|"
                     # a consumer app by what it shows or sells ("Vibes, Meta's AI video feed")
                     r"feed|marketplace|"
                     # an agents' standard ("A2A, Google's protocol", "the A2A protocol, which Google introduced")
                     r"protocol|specification|"
                     # a medicine by what it is ("rentosertib, Insilico's TNIK inhibitor")
                     r"drug|inhibitor|antibody|molecule|vaccine|therapeutic|"
                     # what came out of a maker ("Udio, the Suno spinoff"; of a product only: a lab founded by
                     # another's alumni is called its spinoff, "Anthropic, the OpenAI spinoff")
                     r"spinoff|spin-off|spinout|spin-out|offshoot)")
# nouns of a relation to another's product, not of making it: after a maker's possessive in an
# apposition, no claim ("Claude, Amazon's biggest bet", "Azure, OpenAI's provider", "Anthropic,
# Claude's maker")
RELATION_NOUNS = (r"(?:rival|competitor|competition|challenger|alternative|counterpart|equivalent|nemesis|threat|problem|"
                   r"headache|nightmare|worry|fear|concern|bet|gamble|wager|stake|investment|investor|backer|partner|ally|"
                   r"customer|client|supplier|vendor|provider|host|landlord|favou?rite|pick|choice|default|darling|weapon|"
                   r"target|deal|integration|rollout|deployment|use|usage|adoption|move|plan|strategy|approach|focus|priority|"
                   r"comparison|baseline|reference|inspiration|predecessor|user|fan|critic|take|copy|clone|imitation|knockoff|"
                   r"lookalike|maker|creator|developer|owner|parent|builder|founder|cofounder|co-founder|ceo|chief|head|boss|"
                   r"employee|hire|alum|alumnus|acquirer|buyer|seller|reseller|distributor|licensee|licensor|fork|"
                   r"contender|peer|neighbou?r|friend|enemy|foe|opponent|successor|replacement|substitute|"
                   r"own|biggest|largest|best|latest|newest|first|last|next|top|main)")
# a capitalised adjective of a country or language ("French", "Chinese", "British", "Israeli"),
# which may stand among the lowercase words before a kind ("Google's French model")
# (also as a compound's first part: "Korean-language", "French-made")
_DEMONYM = r"[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)(?:-[a-z]+)*(?![\w-])"
# words of what a model does, before its kind ("video model", "image generator")
_KIND_DESCRIBERS = r"(?:video|image|text|language|speech|voice|audio|music|multimodal|vision|chat|code|small|large|foundation|base)"
# what a product is, between its name and "from"/"by" ("Trainium chips from Google")
# a word of what it does may stand before the kind ("the Whisper speech model from Google"), and
# the kind may be software's ("the PyTorch framework, developed by Google")
_KIND_BEFORE_MAKER = (rf"(?:(?:\s+{_KIND_DESCRIBERS})?\s+(?:chips?|GPUs?|accelerators?|processors?|models?|chatbot|assistant|LLMs?|family|series|"
                      r"products?|frameworks?|library|libraries|platform|toolkit|compiler|app|editor|agent|"
                      # software a developer takes from its maker ("NIM microservices from Nvidia")
                      r"microservices?|containers?|SDKs?|runtimes?|kits?|superchips?|"
                      # what else a product line is ("the Jetson line from AMD", "Spot robots by Agility")
                      r"line|lineup|boards?|cards?|modules?|robots?|devices?|tools?|suite|services?|browser|database|warehouse|stuff|thing|things|"
                      r"phones?|smartphones?|laptops?|tablets?|headsets?|glasses|"
                      # what a model does, after what it makes ("Hailuo video generation, produced by Zhipu")
                      r"generation|generators?|"
                      # a model's files ("the Llama 4 weights from Google")
                      r"weights|checkpoints?))?")
# a verb of making or releasing before "by", maybe joined with another ("built and run by Google")
# a maker described before its name, after "by" or "from" ("by the Chinese lab DeepSeek", "from the
# Paris-based startup Mistral"): "the", at most two describing words, a noun of a maker
_MAKER_NP = (rf"(?:(?:the\s+|an?\s+(?:(?:small|tiny|little|dedicated)\s+)?(?:team\s+of\s+)?)?(?:folks|team|people|researchers|engineers|scientists)\s+(?:over\s+)?at\s+|"
             # "the" before a maker's people ("by the OpenAI team", "from the Google folks")
             r"the\s+(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:\s+[a-z]+)?\s+(?:team|folks|people|researchers|engineers|guys)\b)|"
             rf"the\s+(?:(?:{_DEMONYM}|[A-Z][\w-]*-based|AI|[a-z][\w-]*)\s+){{0,2}}?"
             r"(?:lab|company|startup|start-up|firm|giant|group|outfit|chipmaker|chip\s+maker)\s+|"
             # with no article after a country's or city's adjective ("by Chinese lab Moonshot AI")
             rf"(?:{_DEMONYM}|[A-Z][\w-]*-based)\s+(?:AI\s+)?(?:lab|company|startup|start-up|firm|giant|chipmaker)\s+)?")
# a maker's people named before the verb of a clause ("which the OpenAI team built")
_TEAM_WORDS = r"(?:team|folks|people|researchers|engineers|guys)"
_THE_TEAM = rf"(?:the\s+(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+{_TEAM_WORDS}\b))?"
_TEAM_AFTER = rf"(?:\s+{_TEAM_WORDS}(?=\s))?"
_CO_VERBS = r"co-?(?:developed|created|designed|built|trained)"  # a joint work ("co-developed by")
_VERBS_BY = (rf"(?:{_VERBS}|{_CO_VERBS})(?:\s+(?:and|&)\s+[a-z]+)?"
             r"(?:\s+(?:in-house|internally|jointly|originally|entirely|mostly|largely|primarily|solely|together|from\s+scratch))?"
             # a manner or a date between ("released as a torrent by", "open-sourced in 2023 by",
             # "published under Apache 2.0 by")
             r"(?:\s+(?:as\s+(?:an?\s+)?(?:open[- ]weights?|open[- ]source|a\s+torrent|a\s+preview|a\s+research\s+preview)|"
             r"in\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|[A-Z][a-z]+\s+\d{4})|under\s+(?:an?\s+)?[\w.-]+(?:\s+\d+(?:\.\d+)?)?(?:\s+licen[cs]e)?|"
             r"publicly|openly|quietly))?\s+by")
# a context that starts with a verb of `_VERBS_BY`, capitalised ("Developed by OpenAI"): its claims
# are read with the verb in lowercase (`EntityWrongMaker` tests the context with its first letter lowered)
_VERB_START = regexcache.compile(rf"(?:{_VERBS}|{_CO_VERBS})\s")
# where a product was made, said of its maker ("Codex was created at Google"); a capitalised word
# after the maker makes it an event or a place there ("released at Microsoft Build") (the guard of
# "from"), and only verbs of making itself, not of releasing
_MADE_AT = (r"(?:(?:developed|built|made|created|designed|invented|trained)(?:\s+(?:in-house|internally|originally))?(?:\s+over)?\s+at|"
            r"(?:under|in)\s+development\s+at|"
            r"c(?:ame|omes)\s+out\s+of)")
# when a product came out, after its maker's clause ("released in 2024", "back in March", "in early 2023")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = (rf"(?:(?:back\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d\d|{_MONTHS}(?:\s+(?:19|20)\d\d)?)|"
         r"(?:last|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|"
         # a day ("on July 14", "on 14 July 2025")
         rf"on\s+(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTHS})(?:,?\s+(?:19|20)\d\d)?)")
# single steps of the repeated parts of claim shapes, for `_qualified_ends` and `_mid_ends`
_QUALIFIER = regexcache.compile(rf"{_QUALIFIER_WORDS}\s+")
_KIND_WORD = regexcache.compile(rf"{_KIND_WORDS}\s+")
_FROM_OR_BY = regexcache.compile(r"(?:from|by)\s+")
_MID_WORD = regexcache.compile(r"[\w-]+\s+")
# After a name's first character (a capital, so a word character): `\b` before the name.
_NO_WORD_BEFORE = r"(?<!\w.)"
# The same with no hyphen before either (a maker's or product's own boundary in the claims).
_NO_NAME_CHAR_BEFORE = r"(?<![\w-].)"
# The end of a name found in a text: no word character after it, but a version may be joined to a
# name that ends with a letter ("Qwen3", "Trainium2", "Llama4"): the claims read it as a version.
_NAME_END = r"(?:(?!\w)|(?<=[^\W\d_])(?=\d)|(?<=[\dA-Z])(?=s(?!\w))|(?<=[a-z])(?=s [A-Z]))"
# Words before or between the names that turn a maker claim into a comparison or a move.
# "host" as a verb or a platform's noun, not the podcast's hosts ("The hosts compare ...")
_HOST = (r"(?<!the )(?<!The )(?<!two )(?<!Two )(?<!our )(?<!Our )(?<!both )(?<!Both )(?<!co-)host\w*"
         # the podcast's host speaking ("Host notes that ...", "the hosts argue ...")
         r"(?!\s+(?:note|say|said|ask|mention|explain|argu|claim|point|joke|recall|suggest|think|thought|believ|"
         r"describ|wonder|add|observ|discuss|debat|review|compar|talk|agre|disagre|cover|explor|unpack|reflect|"
         r"walk|dig|chat|interview|speak|spoke|share|highlight|predict|warn|react|laugh|push|question|open|clos|"
         r"conclud|summari[sz]|recap)\w*\b)")
# "offer" of a platform, not a maker's "latest offering"
_OFFER = r"(?<!latest )(?<!newest )(?<!new )(?<!first )(?<!recent )(?<!flagship )offer\w*"
# a platform's serving or supporting, not a word of what a product is ("serverless data warehouse",
# "an AI support agent")
_SERV = r"serv(?:e[sd]?|ing|ices?)(?![\w-])"  # (nor a server: "Intel's server CPU"; nor a name: "ServiceNow")
_SUPPORT = r"support\w*(?!\s+(?:agents?|bots?|chatbots?|assistants?|copilots?|tools?|models?)\b)"
# a platform's running of a product ("Azure runs Llama"), not a run's noun after a describing word
# ("for the really big runs people still reach for DeepSpeed", "training runs")
_RUN = (r"(?<!-)(?<!big )(?<!long )(?<!large )(?<!small )(?<!training )(?<!test )(?<!pilot )(?<!eval )(?<!the )"
        r"(?<!these )(?<!those )(?<!our )(?<!their )(?<!many )(?<!few )run(?:s|ning)?(?!\s+(?:[a-z]+\s+)?(?:on|atop)\b)")
_NOT_A_CLAIM = regexcache.compile(
    rf"\b(?:compet\w*|rival\w*|alternative\w*|answer(?!\s+engines?\b)|response|challeng\w*|threat|clone|copy|"
    r"versus|vs\.?|than|switch\w*|migrat\w*|mov\w*|instead|rather|compar\w*|defect\w*|poach\w*|"
    rf"hired|left|leav\w*|join\w*|partner\w*|{_HOST}|available|integrat\w*|deploy\w*|{_RUN}|"
    rf"{_SERV}|{_OFFER}|resell\w*|access|add(?:s|ed|ing)?|{_SUPPORT})\b", re.I)
# a user's running of a product, not a platform's ("you can run Gemma, ...", "we ran Qwen, ...")
_USER_RUNS = regexcache.compile(r"\b(?i:you|we|I|they|people|users|developers|anyone|everyone|can|could|just|easily|locally)"
                                r"\s+(?:(?:can|could|just|also|still|actually|really|[a-z]+ly)\s+){0,2}r[au]n\w*$")
# the words before a person's current role at the start of their context: a new role's, a founding role's
_ROLE_LEAD = regexcache.compile(r"(?i:(?:newly|recently)\s+(?:appointed|named|installed|hired)\s+|(?:co-?)?founder\s*(?:and|&)\s+)")
# after a maker, a kind of thing no model is ("a SpaceX rocket", "the Ford truck"): another thing of the name
_THING_KIND_AFTER = regexcache.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:rockets?|launch\s+vehicles?|cars?|trucks?|satellites?|"
                                       r"spacecraft|jets?|planes?|boats?)\b"
                                       r"(?!\s+(?:assistant|app|software|model|chatbot|system|feature|agent|AI)s?\b)")
# a comma and a conjunction that opens another clause ("..., while ", "..., whereas "), the last one
_NEW_CLAUSE = regexcache.compile(r".*,\s+(?:while|whereas|although|though|but|because|since|as|so|yet)\s+", re.S)
# a list of "its" phrases before an org ("for its AI capacity constraints, its stake in OpenAI and its ..."):
# the "its" after the org is the list's, not the org's
_ITS_LIST_BEFORE = regexcache.compile(r"\bits\s+[^.;:]*,\s+its\s+[^.;:,]*$|\bits\s+(?:[\w-]+\s+){1,3}in\s+$")
# after "from Microsoft": its possessive of another org's relation to it ("from Microsoft's partner Meta")
_POSSESSED_ORG_AFTER = regexcache.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,2}(?:the\s+)?")
# Of those, the words of a comparison, which leave a product's "from" its origin ("compare Devstral
# from Cohere with Codex"), unlike a move ("switched to Claude from OpenAI")
_COMPARED = regexcache.compile(r"(?i:compar\w*|versus|vs\.?)")
# Of those, the words before a claim that still make it no authorship when the claim itself ties
# product and maker ("Google's Claude", "Grok by Anthropic"): a platform that serves, hosts or
# resells the product ("hosts Amazon's Claude instances"). A comparison or a move before such a
# claim ("compare Grok by Anthropic with ...", "switched from OpenAI's Claude") leaves it a claim.
# A product that runs on another's ("Gemini runs best on Nvidia's TPUs", "Meta AI runs on Google's
# Llama") is no platform: the possessive after it still names a maker.
_PLATFORM_BEFORE = regexcache.compile(
    rf"\b(?:partner\w*|{_HOST}|available|integrat\w*|deploy\w*|run(?:s|ning)?(?!\s+(?:[a-z]+\s+)?(?:on|atop)\b)|{_SERV}|{_OFFER}|resell\w*|access|"
    rf"add(?:s|ed|ing)?|{_SUPPORT})\b", re.I)

# a verb that a note opens with and its subject left out: what the quote or speaker does ("Adds
# Snap's Orion glasses to the list", "Offers Google's view"), no platform's adding or offering
_NOTE_VERB = regexcache.compile(r"(?:Add|Offer)(?:s|ed|ing)?")


def _opens_a_note(text: str, before: str, verb: re.Match, at: int) -> bool:
    """Does the platform verb `verb` (found in `before`, the words before the match at `at`) open its
    sentence, capitalised, with no subject before it?"""
    if before[:verb.start()].strip() or not _NOTE_VERB.fullmatch(verb.group()):
        return False
    start = at - len(before) + verb.start()  # where the verb stands in the text
    return _SENTENCE_START.search(text, 0, start) is not None or not text[:start].strip()


# A noun after "Maker's Product" that makes the possessive a relation, not authorship: "Apple's
# ChatGPT integration", "Amazon's Claude deal", "Meta's ChatGPT competitor". Nouns only (a verb
# after the product, "Meta's Claude rivals GPT-4", keeps the claim), plural where no verb reads so.
# The product may be the first of a list ("Perplexity's Claude and GPT-4 options"). ("Samsung's
# Gemini-powered phones" is no claim at all: a product name ends before a hyphen.)
_RELATION_AFTER = regexcache.compile(
    # "Claude and GPT-4 options": names ("OpenAI's Llama 4, since its distribution ..." lists none)
    r"(?:(?:,\s*|\s+(?:and|or|&)\s+)(?-i:[A-Z0-9])[\w.-]*(?:\s+(?-i:[A-Z0-9])[\w.-]*)?){0,3}"
    r"(?:\s+(?:integrations?|deals?|partnerships?|investments?|stakes?|contracts?|agreements?|"
    r"competitors?|rival|alternatives?|answer|clones?|killer|moment|endpoints?|availability|"
    r"options?|hosting|access|offerings?|licen[cs]e|licensing|customers?|users|subscriptions?|usage|"
    r"rollout|bet|spend|spending|bill|exposure|tie-up|tie-in|wrappers?|resellers?|distribution|"
    r"deployments?|fine-tunes?|derivatives?|distillations?|forks?|instances?|acquisitions?|purchases?|takeover|buyout|merger|lawsuits?|bid|"
    # what a customer owns or runs of a chip or cloud product ("Meta's H100 clusters")
    r"clusters?|servers?|racks?|supercomputers?|data\s*cent(?:er|re)s?|capacity|fleets?|nodes?|pods?|farms?|"
    # a platform's move to another's product ("Microsoft's GPT-5 upgrade")
    r"upgrades?|"
    r"orders?|allocations?|build-?out|compute|hardware|infrastructure|talks|negotiations|discussions))\b|"
    # right after the product: what a company plans, prices, sells or feels around another's product
    # ("Amazon's Claude strategy", "Microsoft's GPT-4 pricing on Azure", "Samsung's Gemini features");
    # two makers' products set against each other ("the OpenAI Claude comparison")
    r"\s+(?:strateg(?:y|ies)|plans?|roadmap|pricing|prices?|features?|support|push|adoption|reliance|dependence|"
    r"dependency|revenue|sales|ambitions?|efforts?|envy|problems?|headaches?|"
    r"comparisons?|rivalr(?:y|ies)|races?|battles?|match-?ups?|showdowns?|face-?offs?|duels?|feuds?|fights?|wars?|"
    r"gaps?|debates?)\b",
    re.I)


# a capitalised word right before a product's name, inside a sentence: the start of a longer name
# ("Condor | Galaxy", "Project | Rainier"), unless a word that opens or joins phrases
_ANOTHER_NAME_BEFORE = regexcache.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \t]+\Z")
_LOWER_WORD_END = regexcache.compile(r"(?<![\w'’-])[a-z][\w'’-]*[ \t]+\Z")
_NAME_START_WORDS = frozenset({"The", "This", "That", "These", "Those", "And", "But", "Or", "Its", "Their", "Our",
                               "Your", "His", "Her", "Both", "Every", "Each", "With", "From", "For", "Into", "Like",
                               "Unlike", "Using", "Use", "Try", "Tried", "Via", "New", "Open", "Today", "Then",
                               "When", "While", "After", "Before", "Because", "Since", "Only", "Even", "Also", "Not"})


def _longer_name_before(gl: Glossary, text: str, at: int) -> bool:
    """Is the product's name at `at` the end of a longer name: a capitalised word right before it
    after a lowercase word of a sentence, no glossary name and no word that opens or joins phrases
    ("trained on Condor | Galaxy", "runs on Project | Rainier"; not "Google | Gemini", "Try |
    Claude", nor a headline's "Nvidia Launches | MI325X")?"""
    w = _ANOTHER_NAME_BEFORE.search(text, max(0, at - 30), at)
    return (w is not None and w.group(1) not in _NAME_START_WORDS and gl.lookup(w.group(1)) is None
            and _SENTENCE_START.search(text, 0, w.start()) is None
            # (a lowercase word before it: a headline capitalises every word, "Nvidia Launches MI325X")
            and _LOWER_WORD_END.search(text, max(0, w.start() - 30), w.start()) is not None)


# hardware a customer owns of a chip or cloud product ("Meta's H100 clusters"), which no chip maker
# owns of a rival's ("Nvidia's TPU pods"); nor does one plan, price or ship a rival's chip ("Intel's
# MI325X roadmap")
_HARDWARE_AFTER = regexcache.compile(r"\s+(?:clusters?|servers?|racks?|supercomputers?|pods?|farms?|fleets?|nodes?|"
                                     r"roadmaps?|plans?|pricing|prices?|launch(?:es)?|lineups?|successors?|"
                                     r"shipments?|production|yields?)\b", re.I)


# before a product that "comes from" a maker: the product is no subject ("the threat to Claude
# comes from OpenAI", "OpenAI's ChatGPT comes from ...")
_OBJECT_BEFORE = regexcache.compile(r"(?:\b(?:to|for|of|on|in|at|with|about|into|from|by|than|over|against|behind|like)\s+"
                            r"|['’]s?\s+)(?:the\s+)?$", re.I)


# "shipped by", "rolled out by": verbs that platforms say of others' products when a place follows
# the maker ("shipped by Samsung on Galaxy phones", "rolled out by Amazon to Alexa users")
_DISTRIBUTED = regexcache.compile(r"\b(?:shipped|rolled\s+out|put\s+out)\s+by\s", re.I)
_PLATFORM_AFTER = regexcache.compile(
    r"\s+(?:(?:on|onto|into|to|across|inside|within|through|via|with|as\s+part\s+of)\b|"
    r"in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"early|late|mid|\d)))", re.I)
# "in" before a time is no platform's place ("open-sourced Llama in January")
# a release's stage, no place ("released in preview", "in a research preview", "in early access")
_RELEASE_STAGE = r"(?:(?:a\s+)?(?:research\s+|public\s+|private\s+|limited\s+)?(?:preview|beta)|early\s+access)\b"
_IN_PLACE = (r"in(?!\s+(?:volume|bulk|quantity|production|January|February|March|April|May|June|July|August|September|October|November|December|"
             rf"early|late|mid|\d|(?:the\s+)?(?:spring|summer|fall|autumn|winter)|partnership|collaboration|{_RELEASE_STAGE}))")
# "on" before a day is no platform's place ("dropped Llama 4 on a Saturday", "on launch day")
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ON_PLACE = (rf"on(?!\s+(?:a\s+|the\s+)?(?:{_WEEKDAYS}|weekend|"
             r"(?:launch\s+)?day(?:\s+one)?|stage|schedule|time|the\s+same\s+day)\b)")
# after "to" following a verb of bringing out: no platform or customer the product went to, but how
# the release was received ("released Llama to a lot of fanfare", "unveiled Gemini to mixed reviews",
# "to everyone's surprise") or whom a maker opened its own work to ("open-sourced Gemma to the
# research community", "released it to academics"); what a maker does of its own work
_TO_NO_PLATFORM = (r"(?:(?:(?:a\s+(?:lot|great\s+deal|bit)\s+of|lots\s+of|much|great|little|some|no|wide|widespread|mixed|rave|"
                   r"glowing|positive|negative|warm|lukewarm|tepid|muted|considerable|huge|massive|enormous|big|"
                   r"strong|universal|critical|broad|immediate|instant|early|fanfare\s+and|acclaim\s+and)\s+){0,3}"
                   r"(?:fanfare|acclaim|praise|applause|criticism|backlash|reviews|reception|hype|buzz|excitement|"
                   r"enthusiasm|skepticism|scepticism|controversy|uproar|outcry|alarm|cheers|surprise)\b|"
                   r"(?:everyone|everybody|many|some|most|the\s+[\w-]+)['’]s\s+(?:surprise|delight|dismay|disappointment|"
                   r"astonishment|amazement|chagrin)\b|"
                   r"(?:the\s+)?(?:(?:wider|broader|global|whole|entire)\s+)?(?:(?:open[- ]source|research|scientific|academic|AI|ML)\s+)?"
                   r"(?:community|communities|researchers|academics|scientists|academia)\b|open\s+source\b|"
                   # a rank or a stage ("shipped Seedream 3.0 to the top of the leaderboards", "to production")
                   r"(?:the\s+)?(?:very\s+)?top\b|number\s+one\b|first\s+place\b|production\b|market\b|general\s+availability\b)"
                   # and no platform after it ("released Claude to researchers through Bedrock")
                   rf"(?!\s+(?:{_ON_PLACE}|onto|into|{_IN_PLACE}|via|through|inside|within|across|with(?=\s+(?:the\s+|its\s+|their\s+)?[A-Z]))\b)")
# after a claim: who else took part ("in partnership with Meta"); the right maker there makes it
# a joint release, no wrong maker (`WrongMaker`)
_PARTNER_AFTER = regexcache.compile(r"\s+in\s+(?:partnership|collaboration)\s+with\s+(?:the\s+)?")
# after "made by X": another maker with it ("co-developed by Microsoft and Meta"); the right one
# there makes it a joint work
# a partner's work for the product's maker or with it, after the claim ("Broadcom designs the TPU
# chips with Google", "Foxconn built the racks for Nvidia")
_FOR_MAKER_AFTER = regexcache.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:with|for|alongside|together\s+with|on\s+behalf\s+of)\s+(?:the\s+)?")
_JOINT_AFTER = regexcache.compile(r"\s*(?:,\s*|\s+)(?:and|&|with|alongside)\s+(?:the\s+)?")
# after "X from Org": what a person of that firm does to the speaker ("Jules from OpenAI told me",
# "Devin from Google, who we hired"), not a product
_PERSON_AFTER = regexcache.compile(r"\s+(?:told|tells|texted|emailed|messaged|called|introduced)\s+(?:me|us|him|her|them)\b"
                                   r"|,?\s+who\s+(?:I|we|you)\b")
# before a maker that is the subject of its claim: another subject with it ("Google DeepMind and
# Isomorphic Labs released AlphaFold 3"); the right one there makes it a joint release
_JOINT_BEFORE = regexcache.compile(r"(?:,|\s+(?:and|&))\s+(?:the\s+)?$")
# before the people behind a product: where they were, not where they are ("former OpenAI researchers")
_FORMER_BEFORE = regexcache.compile(r"\b(?:former|ex|onetime|one-time|erstwhile|early)[\s-]+$", re.I)


# before "models from X" in a context: what the entity runs on, not who made it
_USES_BEFORE = regexcache.compile(r"\b(?:us(?:e|es|ed|ing)|powered\s+by|based\s+on|built\s+on|runs?\s+on|relies\s+on|calls?|"
                          # (or lets its users choose them: "lets users choose models from OpenAI")
                          r"choos(?:e|es|ing)|pick(?:s|ing)?|switch(?:es|ing)?\s+between|offers?|supports?|access(?:es)?|"
                          # (or takes them in: "licenses technology from OpenAI", "integrates models from Google")
                          r"licens(?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|embed(?:s|ded|ding)?)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.I)


def _leftmost(matches: list) -> list:
    """The matches leftmost first, each overlapping no earlier one (as one alternation's `finditer`)."""
    out, end = [], -1
    for m in sorted(matches, key=lambda k: (k.start(), -k.end())):
        if m.start() >= end:
            out.append(m)
            end = m.end()
    return out


_WORDS = regexcache.compile(r"[\w-]+")


def _comparison(text: str, a: int, b: int) -> bool:
    """Do the words of text[a:b] before its last one (the kind word: "service" is no claim's
    negation) make a comparison or a move (`_NOT_A_CLAIM`)?"""
    words = text[a:b].rsplit(None, 1)
    return len(words) > 1 and _NOT_A_CLAIM.search(words[0]) is not None


class Claim:
    """A claim found by `ClaimShapes.match`: the first name's group and span, then the match of
    the rest of its shape; answers `group`, `start`, `end`, `span` and `groupdict` as the match
    of the combined regex (`ClaimShapes.plain_source`) does. Built for every claim, read for
    few (most name their right maker): it only keeps its parts."""

    __slots__ = ("_text", "_first", "_start", "_name_end", "_rest", "_groups", "_names")

    def __init__(self, text: str, first: str, start: int, name_end: int, rest, groups, names: tuple):
        """`rest`: the match of the shape's rest (a `re.Match` or a `_SplitMatch`); `groups`: its group names."""
        self._text, self._first, self._start, self._name_end = text, first, start, name_end
        self._rest, self._groups, self._names = rest, groups, names

    @property
    def first(self) -> str:
        """The group of the shape's first name ("org", "prod2", ...): which shape it is."""
        return self._first

    @property
    def shape_groups(self) -> tuple:
        """The groups of its shape: the first name's, then the rest's."""
        return (self._first, *self._groups)

    def group(self, name=0) -> str | None:
        if name == 0:
            return self._text[self._start:self._rest.end()]
        if name == self._first:
            return self._text[self._start:self._name_end]
        return self._rest.group(name) if name in self._groups else None

    def start(self, name=0) -> int:
        if name == 0 or name == self._first:
            return self._start
        return self._rest.start(name) if name in self._groups else -1

    def end(self) -> int:
        return self._rest.end()

    def span(self) -> tuple[int, int]:
        return self._start, self._rest.end()

    def groupdict(self) -> dict:
        return {name: self.group(name) for name in self._names}


class ClaimShapes:
    """The claim shapes, matched where a name starts, as one alternation of them would match.

    The plain definition is one regex, `shape_1|shape_2|...`, each shape starting with a maker or
    product trie `(?<![\\w-])(?P<org>OpenAI|Google|...)` and going on with its `rest` (connectives,
    the other name). Embedding the ~4.5 KB tries in every shape made ~56 KB of pattern, ~0.2 s to
    compile at start-up. Here the shapes' first names are found in Python instead, and only the
    rests are compiled; all rests but two ("Google's Claude", "Copilot, a product of Amazon")
    are split at their second name as well (`_SplitRest`: its names looked up the same way), and
    only their parts before and after it compiled.

    Invariant (exactness): a regex alternation matched at one position tries its alternatives in
    order, and the first that matches wins; within one, the trie tries the names that start there
    longest first (they are prefixes of one another, and each trie node tries its longer branch
    before ending: `(?:...)?`), going on with the rest after each and taking the rest's own first
    match. `match` does the same: shape by shape, the candidate names longest first, then
    `rest.match` at the name's end with the same end position (so look-aheads see the same end).
    """

    def __init__(self, org_forms, product_forms, shapes: list[tuple[str, str, str, tuple | None]]):
        """`shapes`: (first name's group, "org" or "prod", the rest's regex source, the rest split
        at its second name or None: see `_SplitRest`), in order."""
        self._forms = {"org": org_forms, "prod": product_forms}
        self._tries = {kind: _char_trie(forms) for kind, forms in self._forms.items()}
        self._lengths = _Lengths(self._forms)
        self._plain = [(group, kind, rest) for group, kind, rest, _ in shapes]
        rests = [(group, kind, self._rest(rest, split)) for group, kind, rest, split in shapes]
        # (first name's group, its kind, the rest's regex's `match` or a split rest's gate's
        # (where it fails, the rest fails: tried first, in C), the `_SplitRest` or None, the rest's groups)
        self.shapes = [(group, kind, rest.match, None, tuple(rest.groupindex)) if isinstance(rest, re.Pattern)
                       else (group, kind, rest.gate.match, rest, tuple(rest.groupindex)) for group, kind, rest in rests]
        self._names = tuple(name for group, _, _, _, groups in self.shapes for name in (group, *groups))
        self._without: dict = {}  # `shapes_in`'s lists, by the shapes left out

    def _rest(self, source: str, split: tuple | None):
        """The rest's regex, or the rest split at its second name where that matches as it does:
        where no name of the second name's kind is empty or starts with whitespace."""
        if split is not None:
            prefixes, then, group, kind, suffix, guard = split
            if all(f and _WHITESPACE.match(f) is None for f in self._forms[kind]):
                return _SplitRest(prefixes, then, group, self._tries[kind], suffix, guard)
        return regexcache.compile(self._filled(source))

    @property
    def tries(self) -> dict:
        """The character tries of the maker ("org") and product ("prod") names."""
        return self._tries

    @cached_property
    def _trie(self) -> dict:
        """The character trie of all the names, for `match` (the checks find names with `starts`)."""
        return _char_trie(self._forms["org"] | self._forms["prod"])

    def _filled(self, source: str) -> str:
        """`source` with the tries of the names in place of `_TRIES`' placeholders (a trie is only
        built for a source that is compiled or shown)."""
        for kind, placeholder in _TRIES.items():
            if placeholder in source:
                source = source.replace(placeholder, trie_pattern(self._forms[kind]))
        return source

    def plain_source(self) -> str:
        """The combined regex this replaces (for the tests: compiling it is the cost saved)."""
        return "|".join(rf"(?<![\w-])(?P<{group}>{trie_pattern(self._forms[kind])}){self._filled(rest)}"
                        for group, kind, rest in self._plain)

    @cached_property
    def starts(self) -> re.Pattern:
        """Where a maker or product name starts (no word character or hyphen before it): where a
        claim can; its trie matches the longest name there. Compiled on first use (a run with no
        maker and product close together never asks)."""
        return regexcache.compile(trie_pattern(self._forms["org"] | self._forms["prod"], after_first=_NO_NAME_CHAR_BEFORE))

    def match(self, text: str, pos: int, endpos: int) -> Claim | None:
        """The claim starting at `pos` (within `text[:endpos]`), as `regexcache.compile(plain_source()).match`."""
        if _NAME_BOUNDARY.match(text, pos) is None:  # every shape's (?<![\w-]) before its first name
            return None
        ends = _name_ends(self._trie, text, pos, endpos)
        return self.match_name(text, text[pos:ends[0]], pos, endpos) if ends else None

    def shapes_in(self, text: str, lo: int, hi: int) -> list:
        """The shapes that can match in `text[lo:hi]`: the rare ones (`_SHAPE_NEEDS`) only where
        their literals stand there (a claim within the window holds them)."""
        w = text[lo:hi]
        poss = "'s" in w or "’s" in w
        left = ((" it" not in w and " them" not in w and " that" not in w and " those" not in w),
                (not poss and "?" not in w and "—" not in w and "–" not in w and " -" not in w),
                (" that" not in w and " who" not in w and " was" not in w and " is" not in w),
                (not poss or " by" not in w),
                "(" not in w,
                ("launch" not in w and "release" not in w and "debut" not in w and "unveiling" not in w),
                # a dash (`prod41`, `prod44`); "that", "it" or "this" (`prod42`)
                dashless := ("—" not in w and "–" not in w and " -" not in w),
                dashless,
                (" that" not in w and " it" not in w and " That" not in w and " It" not in w and " this" not in w and " This" not in w),
                # "did" or "does" right before the window's first name (the window starts at the space before it: `org47`)
                not text.endswith(("did", "does"), 0, lo))
        if not any(left):
            return self.shapes
        if (shapes := self._without.get(left)) is None:
            out = {g for g, x in zip(_RARE_SHAPES, left) if x}
            shapes = self._without[left] = [s for s in self.shapes if s[0] not in out]
        return shapes

    def match_name(self, text: str, name: str, pos: int, endpos: int, shapes=None) -> Claim | None:
        """`match`, for a caller that knows `name`, the longest maker or product name at `pos` that
        ends by `endpos`, with no word character or hyphen before it (as `starts` finds); `shapes`:
        those of `shapes_in` for a window holding `text[pos:endpos]`, or all."""
        lengths = self._lengths[name]
        for group, kind, match, split, groups in (self.shapes if shapes is None else shapes):
            for n in lengths[kind]:
                m = match(text, pos + n, endpos)
                if m is not None and split is not None:
                    m = split.match(text, pos + n, endpos, m)
                if m is not None:
                    return Claim(text, group, pos, pos + n, m, groups, self._names)
        return None


_NAME_BOUNDARY = regexcache.compile(r"(?<![\w-])")
# the rarely matching shapes that `ClaimShapes.shapes_in` leaves out of a window lacking their
# literals: " it" or " them"; "?", a possessive or a dash; " that", " who", " was" or " is"; a possessive and " by";
# a bracket; a word of launching; a dash (twice); " that" or " it"; "did" or "does" before the window
_RARE_SHAPES = ("prod27", "prod28", "org29", "prod30", "prod31", "prod32", "prod41", "prod44", "prod42", "org47")
# what an entity's context calls the entity in a maker claim ("Google's video model", "Anthropic's coding agent")
# the prepositions a context's head holds no maker's apposition after ("Model used in Fortnite, ...")
_HEAD_PREPOSITIONS = r"(?:in|on|for|with|at|by|from|to|of|into|via|inside|over|under|behind|about|like)"
_CONTEXT_KINDS = (r"(?:model|models|product|chatbot|assistant|agent|tool|LLM|platform|service|family|series|app|"
                  r"chip|chips|GPU|GPUs|accelerator|processor|editor|IDE|engine|generator|stack|framework|library|toolkit|"
                  r"reasoner|tier|system|unit(?<=processing\sunit)|optimi[sz]er|forecaster|predictor|recogni[sz]er|"
                  # products of the wider field ("Oracle's AI copilot", "Workday's AI layer", "Humanoid robot")
                  r"copilot|layer|suite|solution|add-on|plug-?in|extension|browser|warehouse|catalog|catalogue|notebook|"
                  r"wiki|super-?app|messenger|robot|humanoid|robotaxi|vehicle|drone|device|headset|glasses|phone|"
                  r"smartphone|laptop|CPU|NPU|SoC|simulator|translator|companion|"
                  # consumer hardware and spacecraft ("Google's spatial computer", "Rocket Lab's medium-lift rocket")
                  r"computer|wearable|ring|watch|earbuds|rocket|launcher|satellites?|constellation|spacecraft|"
                  # what an apposition calls a product too ("OpenAI's classifier", "Hume AI's voice interface")
                  r"classifier|interface|bot|variant|checkpoint|chipset|superchip|TPU|prototype|database|OS|"
                  r"cluster|supercomputer|SDK|API|CLI|runtime|console|wearable|tablet|modules?|boards?|cards?|robots|devices|processors|accelerators|"
                  # a feature of a maker's hardware or software ("Nvidia's AI upscaling technology")
                  r"technology|upscaler|mode|camera|doorbell|thermostat|wristband|pendant|"
                  # a tool named by what it does, and an offering ("OpenAI's education offering")
                  r"offering|summari[sz]er|transcriber|tutor|orchestrator|reranker|retriever|embedder|recommender|"
                  # a clinic's tools ("Ambient scribe from Nuance", "Sepsis algorithm from Epic")
                  r"scribe|algorithm)")
# the words before a maker in `Patterns.context_clause_claims` (with an article or none after them)
_CLAUSE_BEFORE_MAKER = (" that ", " which ", " at ", "(", "(by ", "(from ")
_ARTICLE = regexcache.compile(r"(?:an?\s+|the\s+|one\s+of\s+)?")


def _org_after(text: str, word: str, orgs: re.Pattern) -> bool:
    """Does a maker's name (after an article or none) follow some occurrence of `word` in `text`?
    A few finds and matches: the claims after such a word are searched only where one does."""
    i = text.find(word)
    while i != -1:
        if orgs.match(text, _ARTICLE.match(text, i + len(word)).end()):
            return True
        i = text.find(word, i + 1)
    return False
# a model's version and size after its family's name in an entity name ("Phi-3", "Mistral Large 2",
# "Qwen2.5-72B", a letter and digits: "GR00T N1.5", "Gemma 3n E4B", a generation: "Optimus Gen 3"):
# the glossary lists families
# and some models, not every version
_MODEL_SIZES = (*(w for w in _TIER_WORDS if w != "preview"), "Tiny", "Base",
                # in lower case too, as some families write them ("Whisper large-v3", "Qwen2.5-coder")
                "large", "medium", "small", "tiny", "base", "turbo", "lite", "instruct", "chat", "coder")
_MODEL_TAIL = regexcache.compile(rf"(?:[ -]?v?\d+(?:\.\d+)*[a-zA-Z]?|[ -][A-Z]{{1,2}}\d+(?:\.\d+)*[a-zA-Z]?|[ -]Gen[ -]?\d+|"
                                 # (an "AI" series before its number: "Ryzen AI 300")
                                 rf"[ -]AI(?=[ -]\d)|"
                                 rf"[ -](?:{'|'.join(_MODEL_SIZES)}))+$")
# what such a name ends with (tested first: a search from every character costs more)
_MODEL_TAIL_ENDS = (*"0123456789", *_MODEL_SIZES)
# the size words alone at a name's end: a model whose family's name ends in a digit ("o3-mini",
# "o1 Pro": the family "o3", which the whole tail would cut to "o")
_SIZE_TAIL = regexcache.compile(rf"(?:[ -](?:{'|'.join(_MODEL_SIZES)}))+$")


def family_entry(gl: Glossary, name: str) -> Entry | None:
    """The glossary's entry of the family of a model named with a version or size after it, or None."""
    tail = _MODEL_TAIL.search(name)
    if tail is None or tail.start() == 0:
        return None
    sizes = _SIZE_TAIL.search(name, tail.start())
    if sizes is not None and sizes.start() > tail.start() and (e := gl.lookup(name[:sizes.start()].strip())) is not None:
        return e
    for k in range(5):  # a family whose own name holds digits ("GR00T N1": the tail " N1", not "00T N1")
        # (a generation's tail or a later try only of a product: "Runway Gen-3" is no name of the org)
        if (e := gl.lookup(name[:tail.start()].strip())) is not None and (
                e.kind in MADE_KINDS or (k == 0 and "Gen" not in tail.group())):
            return e
        if (tail := _MODEL_TAIL.search(name, tail.start() + 1)) is None:
            return None
    return None
# placeholders for the tries of the maker and product names in the rests' sources (`_filled`)
_TRIES = {"org": "\0org-trie\0", "prod": "\0prod-trie\0"}


class _Lengths(dict):
    """Each name -> kind -> the lengths of the names of that kind it starts with, longest first:
    the names a trie of that kind can take where this one is the longest name. Filled in on first
    look-up of a name (a run meets few of the glossary's names)."""

    def __init__(self, forms: dict):
        super().__init__()
        self._forms = forms

    def __missing__(self, name: str) -> dict:
        lengths = self[name] = {kind: tuple(n for n in range(len(name), 0, -1) if name[:n] in forms)
                                for kind, forms in self._forms.items()}
        return lengths


_WHITESPACE = regexcache.compile(r"\s")


class _SplitRest:
    r"""A claim shape's rest, `prefix(?<![\w-])(?P<group>NAME_TRIE)suffix`, matched without its
    trie: the prefix's ends are found by regexes (and `then`), the names at each end are looked up
    in a character trie (longest first, as the trie regex tries them), and the suffix is matched
    after each.

    Invariant (exactness): a regex tries its paths in order and takes the first that succeeds.
    The prefix's ends where a name can start are visited in the order the plain regex reaches
    them: `prefixes` are regexes for the prefix's alternatives in that order, each with one such
    end, because its other paths end after shorter whitespace (`\s+`, `\s*`), where no name starts
    (the condition of using a split rest: no name of the kind is empty or starts with whitespace),
    or are excluded by what must follow them (their alternatives start with different words;
    `_VERSION` cannot end where whitespace and `(` or a connective follow). `then`, if given, goes
    on from a prefix's end over a repeated part of the prefix (`_qualified_ends`, `_mid_ends`),
    yielding its ends in the regex's order. A failed name and suffix fail that end, and the next
    is tried. `guard` = (a group of the prefix, a regex): where that group took part, no name at the
    prefix's end may be followed by the regex (the plain regex's negative look-ahead
    `from(?!\s+(?:NAME_TRIE)\s+[A-Z])`, at the same end). The last prefix matches wherever any of
    them does (it is their common start): `gate`, where the rest cannot match if it does not."""

    __slots__ = ("_prefixes", "_then", "_group", "_trie", "_suffix", "_guard", "groupindex", "gate")

    def __init__(self, prefixes: tuple[str, ...], then, group: str, trie: dict, suffix: str, guard: tuple | None):
        self._prefixes = tuple(map(regexcache.compile, prefixes))
        self._then, self._group, self._trie, self._suffix = then, group, trie, regexcache.compile(suffix)
        self._guard = None if guard is None else (guard[0], regexcache.compile(guard[1]))
        # the plain rest's groups: the prefixes' own (not the guard's), `then`'s, then the name's
        names = dict.fromkeys(n for p in self._prefixes for n in p.groupindex if guard is None or n != guard[0])
        self.groupindex = {**names, **dict.fromkeys(then.groups if then else ()), group: None}
        self.gate = self._prefixes[-1]

    def match(self, text: str, pos: int, endpos: int, gated: re.Match | None = None):
        """The rest's match at `pos`, or None; `gated`: `gate`'s match there, if known."""
        gate = self.gate
        for prefix in self._prefixes:
            m = gated if prefix is gate and gated is not None else prefix.match(text, pos, endpos)
            if m is None:
                continue
            if self._then is None:
                found = self._name(text, m, m.end(), None, endpos)
                if found is not None:
                    return found
                continue
            for at, spans in self._then(text, m.end(), endpos):
                found = self._name(text, m, at, spans, endpos)
                if found is not None:
                    return found
        return None

    def _name(self, text: str, m: re.Match, at: int, spans, endpos: int):
        """The name at `at` (the prefix's end) and the suffix after it, or None."""
        ends = _name_ends(self._trie, text, at, endpos)
        if not ends or _NAME_BOUNDARY.match(text, at) is None:
            return None
        if self._guard is not None and m.group(self._guard[0]) is not None:
            # (after the longest name: "built at Google DeepMind or ..." is no event of Google's)
            if self._guard[1].match(text, max(ends), endpos):
                return None
        for end in ends:
            s = self._suffix.match(text, end, endpos)
            if s is not None:
                return _SplitMatch(text, m, spans, self._group, at, end, s)
        return None


class _SplitMatch:
    """A `_SplitRest`'s match: `group`, `start` and `end` as the plain rest's match answers them."""

    __slots__ = ("_text", "_prefix", "_spans", "_group", "_start", "_name_end", "_suffix")

    def __init__(self, text: str, prefix: re.Match, spans: dict | None, group: str, start: int, name_end: int,
                 suffix: re.Match):
        self._text, self._prefix, self._spans, self._group = text, prefix, spans, group
        self._start, self._name_end, self._suffix = start, name_end, suffix

    def group(self, name):
        if name == self._group:
            return self._text[self._start:self._name_end]
        if self._spans and name in self._spans:
            a, b = self._spans[name]
            return self._text[a:b]
        return self._prefix.group(name)

    def start(self, name):
        if name == self._group:
            return self._start
        if self._spans and name in self._spans:
            return self._spans[name][0]
        return self._prefix.start(name)

    def end(self) -> int:
        return self._suffix.end()


def _qualified_ends(text: str, at: int, endpos: int):
    r"""The ends of `{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?` matched from `at`, in the order the regex
    reaches them: as many qualifiers as stand there (at most 3) with a kind word, then without,
    then one qualifier fewer, and so on. At one place at most one qualifier (and one kind word)
    can be followed by whitespace ("new" / "newest", "model" / "models"), so each count of
    qualifiers has one end."""
    ends = [at]
    while len(ends) <= 3 and (m := _QUALIFIER.match(text, ends[-1], endpos)) is not None:
        ends.append(m.end())
    for end in reversed(ends):
        if (k := _KIND_WORD.match(text, end, endpos)) is not None:
            yield k.end(), None
        yield end, None


_qualified_ends.groups = ()


def _mid_ends(text: str, at: int, endpos: int):
    r"""The ends of `(?P<mid5>(?:[\w-]+\s+){0,4}?)(?:from|by)\s+` matched from `at`, in the order
    the regex reaches them (the fewest words first), with `mid5`'s span. Each word takes all its
    characters and whitespace (a shorter one would leave a word character or whitespace where
    the next word, "from" or "by" or a name must start)."""
    pos = at
    for words in range(5):
        if (m := _FROM_OR_BY.match(text, pos, endpos)) is not None:
            yield m.end(), {"mid5": (at, pos)}
        if words == 4 or (w := _MID_WORD.match(text, pos, endpos)) is None:
            return
        pos = w.end()


_mid_ends.groups = ("mid5",)


def _char_trie(forms) -> dict:
    """Nested dicts by character; "" marks the end of a form (no character of a text is "")."""
    root: dict = {}
    for f in forms:
        node = root
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = True
    return root


def _name_ends(trie: dict, text: str, pos: int, endpos: int) -> list[int]:
    """The ends of the forms that start at `pos` and end by `endpos`, longest first."""
    ends = []
    node, i = trie, pos
    while i < endpos and (node := node.get(text[i])) is not None:
        i += 1
        if "" in node:
            ends.append(i)
    ends.reverse()
    return ends


@dataclass(frozen=True)
class Patterns:
    """A401's and A402's patterns for one glossary. Those only A402 asks (`context_claims`,
    `orgs`) and `names` are compiled on first use."""

    claims: ClaimShapes  # product/maker pairs in any text
    capital_names: re.Pattern  # any maker or product name that starts with a capital (see `names`)
    other_names: tuple  # the names `capital_names` leaves out ("xAI", "o1")
    org_forms: frozenset
    product_forms: frozenset
    other_probes: tuple = ()  # patterns that find any of `other_names`, each from a literal character
    unit_forms: frozenset = frozenset()  # the names of orgs with a parent or maker ("Waymo", "Azure")
    person_forms: frozenset = frozenset()  # the names of people, found by `capital_names` too
    misspelled_forms: frozenset = frozenset()  # the names of `org_forms` and `product_forms` that are misspellings
    independent_forms: frozenset = frozenset()  # the names of independent orgs (`_independent`: "Glean", "OpenAI")

    @cached_property
    def context_claims(self) -> re.Pattern:
        """Maker claims in an entity's descriptive context (product implied)."""
        org = rf"(?<![\w-])(?P<org>{_alternation(self.org_forms)})(?![\w-])"
        # the maker's possessive, or its name before a verb of making ("A Google-built model")
        # (a name that ends in "s" may take a bare apostrophe: "ElevenLabs' voice model")
        made = r"(?:(?![\w-])(?:['’]s|(?<=s)['’](?!\w))?|-(?:built|made|developed|designed|trained|created))"
        org2 = rf"(?<![\w-])(?P<org2>{_alternation(self.org_forms)}){made}"
        org4 = rf"(?<![\w-])(?P<org4>{_alternation(self.org_forms)}){made}"
        org9 = rf"(?<![\w-])(?P<org9>{_alternation(self.org_forms)})"
        org12 = rf"(?<![\w-])(?P<org12>{_alternation(self.org_forms)})(?:['’]s|(?![\w'’-]))"
        org15 = rf"(?<![\w-])(?P<org15>{_alternation(self.org_forms)})(?![\w-])"
        org16 = rf"(?<![\w-])(?P<org16>{_alternation(self.org_forms)})(?![\w-])"
        # or a word for one product of the maker's ("OpenAI's flagship, mentioned for ...")
        kinds = rf"(?:{_CONTEXT_KINDS}|flagship|answer|response|release)"
        verbs = (r"(?:built|made|developed|created|trained|designed|released|launched|open[- ]sourced|introduced|"
                 r"unveiled|published|announced|showed\s+off|demoed|shipped|put\s+out|previewed|debuted|teased)")
        return regexcache.compile("|".join([
            rf"\b{_VERBS_BY}\s+{_MAKER_NP}{org}",                           # A model developed by OpenAI
            # also as the context's second clause, with "a" ("Open reasoning model; a Moonshot release";
            # not "...; the Google model is Gemini": another thing)
            rf"(?:^(?:An?|The|Its)|(?<=;\s)[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?{org2}\s+(?:[\w-]+\s+){{0,2}}?{kinds}\b",  # An OpenAI model
            # with no article, only lowercase words (or "AI") between ("Microsoft Azure service" is no claim)
            # an acronym among the words ("Amazon's ML platform", "Google Cloud's MLOps platform")
            # an acronym may open a compound ("Cohere's hybrid SSM-transformer model")
            # adjectives may stand apart by commas ("OpenAI's fast, low-cost model")
            # a capitalised compound of a generation ("AMD's Hopper-generation GPU")
            # (or its team's, "The Anthropic team's agent for GitHub issues"; or as the context's
            # second clause, "Trillion-parameter MoE; Zhipu's agentic model")
            rf"(?:^|(?<=;\s))(?:[Tt]he\s+(?=\S+(?:\s+\S+)?\s+(?:team|folks|people)['’]s\s))?{org4}(?:\s+(?:team|folks|people)['’]s)?"
            rf"\s+(?:(?:AI|[A-Z]{{2,4}}(?:Ops|-[a-z][\w-]*)?|[A-Z][a-z]+-[a-z][\w-]*|[a-z][\w-]*(?:,(?=\s+[a-z]))?|{_DEMONYM}|"
            rf"\d+(?:\.\d+)?[BMT]|(?:19|20)\d\d|\d+(?:\.\d+)?-(?:billion|million|trillion)(?:-parameter)?)\s+){{0,4}}?{kinds}(?![\w-])",   # Google's video model, "Mistral AI's 11B model" ("GPU-heavy" is no GPU)
            # a relative clause on what the maker released of it ("Base model whose weights Meta released")
            rf"\bwhose\s+(?:weights|code|source\s+code|checkpoints?)\s+(?<![\w-])(?P<org17>{_alternation(self.org_forms)})(?![\w-])"
            r"\s+(?:released|open[- ]sourced|published|put\s+out|shipped)\b",
            # a relative clause with no pronoun at the start ("The model OpenAI released last year"), its
            # verb no platform's move (as `context_clause_claims`)
            rf"^(?:An?|The)\s+(?:[\w-]+\s+){{0,2}}?{_CONTEXT_KINDS}\s+{_THE_TEAM}{org9}{_TEAM_AFTER}\s+(?:[a-z]+ly\s+)?{verbs}"
            rf"(?!\s+(?:(?:on|into|to|through|via|available|with|across|inside|within|for)\b|in\s+(?!{_MONTHS}\b)[A-Z]))\b",
            # the maker alone as the context's label ("From Google; used for writing", "By Google.",
            # "OpenAI's; used for writing"): the clause ends after it
            rf"^(?:(?:From|By)\s+{_MAKER_NP}|(?=\S+['’]s\b)){org15}(?:['’]s)?(?=\s*(?:[,.;:)—–]|$))",
            # one of the maker's range ("One of OpenAI's models", "Part of the OpenAI model family")
            rf"(?:^(?:One|Part)|(?<=[;,]\s)(?:one|part))\s+of\s+(?:the\s+)?{org16}(?:['’]s)?\s+(?:(?:AI|[a-z][\w-]*)\s+){{0,2}}?"
            r"(?:models|model\s+(?:family|lineup|range|series)|family|lineup|line-up|range|series|products|portfolio)\b",
            # the context's kind, then an apposition naming the maker ("Video generator, a ByteDance
            # product", "World and Human Action Model, Google's world model"): no preposition in the
            # head, whose last noun the apposition might describe instead ("Model used in Fortnite,
            # Epic's game engine")
            rf"^(?:(?:An?|The)\s+)?(?:(?!{_HEAD_PREPOSITIONS}\s)[\w-]+\s+){{0,5}}?(?i:{_CONTEXT_KINDS}),\s+(?:an?\s+|the\s+)?{org12}\s+"
            rf"(?:(?:AI|[a-z][\w-]*)\s+){{0,2}}?{kinds}\b",
        ]))

    @cached_property
    def context_kind_claims(self) -> re.Pattern:
        """"A coding assistant by Amazon", "Chatbot from Anthropic": apart from `context_claims`,
        searched only in contexts holding " from " or " by " (a word-boundary alternation tried
        at every position costs more than the other shapes together)."""
        org3 = rf"(?<![\w-])(?P<org3>{_alternation(self.org_forms)})(?![\w-])"
        # any case: a context often starts with its kind ("Chatbot from Anthropic")
        # an agent named as what it stands in for ("An autonomous software engineer from Cognition")
        kinds = (r"(?i:model|models|product|chatbot|assistant|agent|tool|LLM|platform|service|family|series|architecture|"
                 r"generator|engine|accelerator|board|processor|feature|prototype|demo|experiment|"
                 # a product line ("Laptop processor line from Qualcomm")
                 r"line|lineup|range|"
                 r"editor|app|chip|GPU|(?:(?<=software\s)|(?<=AI\s))engineer|"
                 # products of the wider field ("Issue tracker from Salesforce", "Robot dog from Agility")
                 r"copilot|suite|browser|warehouse|database|wiki|tracker|robot|dog|humanoid|vehicle|device|"
                 r"headset|glasses|phone|laptop|simulator|translator|"
                 # what else a product is called ("AI system from OpenAI", "Robotics computer from Nvidia")
                 r"system|computer|supercomputer|module|CPU|NPU|TPU|SoC|superchip|chipset|"
                 # software a developer takes from its maker ("Browser-agent SDK from Amazon")
                 r"SDK|API|CLI|library|framework|toolkit|runtime|compiler|IDE|extension|plug-?in|protocol|"
                 # the kinds of other fields' products, said before their maker only here: before a
                 # noun they are its modifier ("Nvidia software stack"), and "Arm" is a firm
                 # ("Blood test from Guardant Health", "Robotic arm from Fanuc", "Diagnostic software
                 # from Aidoc")
                 r"test|assay|scanner|sensor|lidar|software|application|dataset|benchmark|kit|monitor|implant|"
                 r"drug|therapy|vaccine|printer|speaker|truck|car|aircraft|(?-i:arm)|gripper|controller|"
                 # and every kind an entity's context calls its entity by ("Research notebook from
                 # Microsoft", "Watermarking technology from OpenAI")
                 rf"{_CONTEXT_KINDS[3:-1]})")
        # "the Transformer architecture from Google" is what a model is built on, not its maker
        kinds = kinds.replace("architecture", "(?<!transformer )architecture")
        # a hedge may stand before "by" ("Sparse model, I believe by Meta")
        hedge = r"(?:,?\s+(?:I\s+(?:think|believe|guess)|apparently|reportedly|supposedly|probably)\s*,?)?"
        return regexcache.compile(rf"\b{kinds}{hedge}\s+(?:from|by)\s+{_MAKER_NP}{org3}")

    @cached_property
    def context_of_claims(self) -> re.Pattern:
        """"Flagship model of Cohere": searched only where a maker follows " of " (`_org_after`).
        Only after a thing that is made, not a way of doing business ("the business model of
        OpenAI"), and not before a possessive ("a product of OpenAI's rival")."""
        # or before the possessive of the maker's range ("Flagship of Anthropic's lineup")
        org3 = (rf"(?<![\w-])(?P<org3>{_alternation(self.org_forms)})(?![\w-])"
                r"(?:(?!['’])|['’]s\s+(?:(?:AI|[a-z][\w-]*)\s+){0,2}?(?:lineup|line-up|range|portfolio|family|suite|stack|ecosystem)\b)")
        # "part" only of a range ("Part of Meta's open model lineup"), not "part of OpenAI" (`WrongMaker`)
        kinds = (r"(?i:model|models|product|chatbot|assistant|agent|tool|LLM|platform|service|family|series|flagship|"
                 r"editor|app|chip|GPU|part(?=\s+of\s+\S+['’]s\s))")
        of = r"(?<!business )(?<!pricing )(?<!revenue )(?<!operating )(?<!licensing )(?<!subscription )"
        return regexcache.compile(rf"\b{of}{kinds}\s+of\s+{org3}")

    @cached_property
    def context_clause_claims(self) -> re.Pattern:
        """"An assistant that OpenAI built", "Model created at OpenAI", "AI model (OpenAI)":
        searched only in contexts holding "(", " at ", " that " or " which " (`EntityWrongMaker`).
        Not a platform's move after the verb ("a model that Microsoft released on Azure"), nor a
        place at a research org or an event ("built at MIT", "unveiled at Google I/O": `_MADE_AT`)."""
        alt = _alternation(self.org_forms)
        # a kind in either case at its start ("Model that ..."), as character classes: no case-insensitive scan
        kinds = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w
                                 for w in _CONTEXT_KINDS[3:-1].split("|")) + ")"
        verbs = (r"(?:built|made|developed|created|trained|designed|released|launched|open[- ]sourced|introduced|"
                 r"unveiled|published|ships|makes|builds|develops|trains|designs|creates|"
                 r"showed\s+off|shows\s+off|demoed|announced|previewed|teased|puts?\s+out)")
        return regexcache.compile("|".join([
            rf"\b{kinds}\s+(?:that|which)\s+{_THE_TEAM}(?<![\w-])(?P<org6>{alt}){_TEAM_AFTER}\s+(?:[a-z]+ly\s+)?{verbs}"
            rf"(?!\s+(?:(?:on|into|to|through|via|available|with|across|inside|within)\b|in\s+(?!{_MONTHS}\b)[A-Z]))\b",
            rf"\b{_MADE_AT}\s+(?<![\w-])(?P<org7>{alt})(?![\w'’-])(?!\s+[A-Z])",
            rf"\b{kinds}\s*\(\s*(?:by\s+|from\s+)?(?<![\w-])(?P<org8>{alt})\s*\)",
        ]))

    @cached_property
    def context_as_claims(self) -> re.Pattern:
        """What the context describes the entity as: "Mentioned as OpenAI's multimodal model",
        searched only where a maker follows " as " (`_org_after`). A verb of describing before
        "as": "used as Google's internal model" is a use, not authorship."""
        org5 = rf"(?<![\w-])(?P<org5>{_alternation(self.org_forms)})(?!\w)"
        return regexcache.compile(
            rf"\b(?i:mentioned|described|discussed|referenced|cited|introduced|presented|identified|named|listed|noted|"
            rf"highlighted|known|characteri[sz]ed|referred\s+to|praised|critici[sz]ed|featured|shown)\s+"
            # the maker as a possessive or an adjective, maybe with a verb of making ("as the
            # Microsoft-built multimodal model", "as an OpenAI model")
            rf"as\s+(?:an?\s+|the\s+|one\s+of\s+)?{org5}(?:['’]s|-(?:built|made|developed|designed|trained|created))?\s+"
            rf"(?:(?:AI|[a-z][\w-]*)\s+){{0,3}}?(?:{_CONTEXT_KINDS}|flagship|answer|response)\b")

    @cached_property
    def owner_claims(self) -> re.Pattern:
        """Who owns an org, in its entity's context ("owned by Microsoft", "a unit of Amazon")."""
        return regexcache.compile(
            r"(?:\b(?:(?:(?:wholly|fully|majority)[- ])?owned|acquired|bought)\s+by\s+(?:the\s+)?|"
            # (or sold to it: "its assets were sold to Dell"; not "chips sold to Meta", a customer)
            r"\b(?:was|were|been|being|got|is)\s+sold\s+to\s+(?:the\s+)?|"
            r"\b(?:unit|subsidiary|division|arm|part)\s+of\s+(?:the\s+)?|"
            # a labelled owner or maker ("owner: Google", "Parent company: Amazon", "(developer: Google)")
            r"\b(?:[Oo]wner|[Pp]arent(?:\s+company)?|[Oo]wning\s+company|[Mm]aker|[Dd]eveloper|[Cc]reator|[Cc]ompany|"
            r"[Vv]endor)\s*:\s*(?:the\s+)?)"
            rf"(?<![\w-])(?P<org32>{_alternation(self.org_forms)})(?![\w'’-])|"
            # the owner as the adjective at the context's start ("Google subsidiary for code hosting",
            # "Amazon-owned video platform")
            # or its possessive, a word or two of the trade between ("GM's robotaxi subsidiary")
            rf"^(?:an?\s+|the\s+)?(?P<org32b>{_alternation(self.org_forms)})(?:-owned(?=\s)|"
            r"(?:['’]s?\s+(?:(?:[a-z][\w-]*|AI|ML|R&D)\s+){0,2}|\s+)(?:subsidiary|unit|division|property)\b)|"
            # or the buyer as the subject of a relative clause ("the wristband Meta bought", "which
            # Workday agreed to buy")
            rf"\b(?:(?:which|that)\s+|the\s+(?:[a-z][\w-]*\s+){{1,2}}?)(?<![\w-])(?P<org32c>{_alternation(self.org_forms)})"
            r"\s+(?:(?:has|had|just|later|eventually|then|quietly|finally|recently|also)\s+)?(?:acquired|bought|purchased|"
            r"took\s+over|snapped\s+up|agreed\s+to\s+(?:buy|acquire|purchase))\b")

    @cached_property
    def unit_claims(self) -> re.Pattern:
        """An org, then another's possessive and a unit's noun, or an article and the other's name as
        the noun's adjective (`_owner_claims`): after a comma, a dash (or "that's"), or "is"/"was"
        with an adverb or none. Compiled on first use."""
        alt = _alternation(self.org_forms)
        return regexcache.compile(
            rf"(?<![\w-])(?P<unit31>{alt})(?![\w-])(?:,\s+|\s*[—–]\s*|\s+--?\s+|\s+(?:is|was)\s+|,?\s+(?:which|that)\s+(?:is|was)\s+)"
            r"(?:(?:really|actually|basically|just|now|still|like|also|that['’]s|it['’]s)\s*,?\s+){0,3}"
            rf"(?P<art31>(?:the|an?)\s+)?(?<![\w-])(?P<org31>{alt})(?:{_UNIT_POSS}|{_UNIT_OWNED}|(?(art31){_UNIT_ADJ}|(?!))){_UNIT_TAIL}")

    @cached_property
    def unit_of_claims(self) -> re.Pattern:
        """An org's possessive before another org named as its unit ("Amazon's DeepMind lab"):
        `_owner_claims`, in texts where a unit's name is followed by a unit's noun."""
        alt = _alternation(self.org_forms)
        return regexcache.compile(
            rf"(?<![\w-])(?P<org31>{alt})['’]s\s+(?P<unit31>{alt})(?:\s+(?:AI|[a-z][\w-]*))?\s+"
            # (or its team: "Google's FAIR team")
            rf"(?:{_UNIT_TAIL}|(?:team|group)(?![\w'’-]))")

    @cached_property
    def unit_bracket_claims(self) -> re.Pattern:
        """An org, then another org alone in brackets as its owner ("Waymo (Tesla) robotaxis"):
        `_owner_claims`, in texts holding a bracket; only a unit the glossary gives a parent or
        maker makes a claim ("Microsoft (OpenAI)" names a partner, not an owner)."""
        alt = _alternation(self.org_forms)
        return regexcache.compile(
            rf"(?<![\w-])(?P<unit31>{alt})(?![\w'’-])\s*\(\s*(?P<org31>{alt})\s*\)")

    @cached_property
    def orgs(self) -> re.Pattern:
        """Any maker name (a cheap pre-filter: no maker, no claim; searched from its first
        character): no word character or hyphen before the name, checked after its first character."""
        return regexcache.compile(rf"(?:{trie_pattern(self.org_forms, after_first=_NO_NAME_CHAR_BEFORE)})(?!\w)")

    @cached_property
    def names_source(self) -> str:
        """Any maker or product name, as one trie (no look-behind: fast): see `names`."""
        return rf"\b(?:{trie_pattern(self.org_forms | self.product_forms)}){_NAME_END}"

    @cached_property
    def kinds(self) -> dict[str, tuple[bool, bool]]:
        """Every name of `names` -> (is a maker, is a product): one dict look-up per name found
        instead of two set look-ups."""
        kinds = {f: (f in self.org_forms, f in self.product_forms) for f in self.org_forms | self.product_forms}
        return {**dict.fromkeys(self.person_forms), **kinds}  # a person: None (`names_in` sets them apart)

    def names_in(self, texts: list[str], persons: list | None = None,
                 joined: str | None = None) -> list[list[tuple[int, int, bool, bool]]]:
        """The names `names` finds in each text: (start, end, is a maker, is a product). The
        people's names `capital_names` finds as well are left out, and added to `persons`, if
        given, as (text's index, start, end).

        `capital_names` finds the same names in every text where no name without a capital
        occurs; it runs once over the episode's texts joined by newlines (a newline is no word
        character, so the texts' ends are the same boundaries, and no name of `capital_names`
        holds one) instead of once per text. Only the texts that hold a name without a capital
        ("xAI", "o1": rarely any) are scanned again with `names`. Whether any does is first
        asked of `other_probes`, which start with a rare literal character (tried where
        `str.find` finds it: `_probe_found`), and only
        then name by name. `joined`: the texts joined so, where the caller has them.
        """
        if joined is None:
            joined = "\n".join(texts)
        out: list[list[tuple[int, int, bool, bool]]] = [[] for _ in texts]
        kinds = self.kinds
        i, start, end = 0, 0, len(texts[0]) if texts else 0
        names = out[0] if texts else []
        people: dict[int, list[tuple[int, int]]] = {}
        for m in self.capital_names.finditer(joined):
            a, b = m.span()
            if a > end:  # past text i (at `end` stands a newline, where no name starts)
                while a > end:
                    i += 1
                    start, end = end + 1, end + 1 + len(texts[i])
                names = out[i]
            if (kind := kinds[m.group()]) is None:  # a person's name
                people.setdefault(i, []).append((a - start, b - start))
                if persons is not None:
                    persons.append((i, a - start, b - start))
                continue
            names.append((a - start, b - start) + kind)
        if any(_probe_found(probe, anchor, joined) for probe, anchor in zip(self.other_probes, self.probe_anchors)):
            others = [f for f in self.other_names if f in joined]  # one search per name, not per text
            for k, t in enumerate(texts):
                if any(f in t for f in others):
                    # (the names inside a person's are left out here too: "Ola" of "Chris Ola" after "01.AI")
                    inside = people.get(k, ())
                    out[k] = [n for n in self._names(self.names, t)
                              if not any(a <= n[0] and n[1] <= b for a, b in inside)]
        return out

    @cached_property
    def probe_anchors(self) -> tuple[str, ...]:
        """The literal character each of `other_probes` starts with (every alternative of it)."""
        return tuple(_probe_anchor(p) for p in self.other_probes)

    @cached_property
    def lower_makers(self) -> frozenset:
        """The makers' names in lowercase, where that differs from their own spelling only in case."""
        return frozenset(f.lower() for f in self.org_forms if f.lower() != f and len(f.lower()) == len(f)
                         and f[:1].isalpha() and "\n" not in f)

    def lower_possessives(self, text: str) -> list[int]:
        """Where a maker's possessive written in lowercase ("openai's gemini") ends its name in
        `text` (the apostrophe's offsets): found from each apostrophe before an "s" (a fast scan to
        a literal), the word before it looked up."""
        out = []
        for m in _LOWER_POSSESSIVE.finditer(text):
            w = _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if w is not None and w.group() in self.lower_makers:
                out.append(m.start())
        return out

    @cached_property
    def recased(self) -> dict:
        """Each maker's or product's name in lowercase -> its own spelling, where only the case
        differs (an accepted spelling before a misspelling's: "qwen" -> "Qwen", not "QWen")."""
        out: dict = {}
        for f in sorted(self.org_forms | self.product_forms, key=lambda f: (f in self.misspelled_forms, f)):
            if f.lower() != f and len(f.lower()) == len(f):
                out.setdefault(f.lower(), f)
        return out

    def recase(self, text: str, plain: frozenset = frozenset()) -> str | None:
        """`text` with each lowercase maker's possessive (`lower_possessives`) and the name after it
        in their own spelling ("openai's gemini" -> "OpenAI's Gemini"), the same length; or None.
        `plain`: names in lowercase that stay words there ("google's cursor")."""
        spans = []
        for at in self.lower_possessives(text):
            w = _LOWER_WORD_BEFORE.search(text, max(0, at - 16), at)
            spans.append(w.span())
            after = at + 3  # past "'s "
            words = _WORDS_AHEAD.match(text, after)
            words = words.group().split(" ") if words is not None else []
            for n in range(len(words), 0, -1):  # the longest name of 1 to 4 words
                name = " ".join(words[:n])
                if name.lower() in self.recased and name != self.recased[name.lower()]:
                    if name not in plain:
                        spans.append((after, after + len(name)))
                    break
        if not spans:
            return None
        parts, pos = [], 0
        for a, b in spans:
            parts += (text[pos:a], self.recased.get(text[a:b].lower(), text[a:b]))
            pos = b
        parts.append(text[pos:])
        out = "".join(parts)
        return out if len(out) == len(text) else None

    @cached_property
    def names(self) -> re.Pattern:
        """`names_source` compiled on first use: only texts holding a name without a capital
        ("xAI", "o1") need it, and the seed has none (~17 ms of start-up saved)."""
        return regexcache.compile(self.names_source)

    def _names(self, names_rx: re.Pattern, text: str) -> list[tuple[int, int, bool, bool]]:
        kinds = self.kinds
        return [m.span() + kinds[m.group()] for m in names_rx.finditer(text)]


_WORDS_AHEAD = regexcache.compile(r"[\w.+-]+(?: [\w.+-]+){0,3}")
# an apostrophe and "s" after a lowercase word that is no pronoun's ("it's", "that's"): from the
# apostrophe, a literal, so the scan skips in C to each one; `Patterns.lower_possessives`
_LOWER_POSSESSIVE = regexcache.compile(
    r"'(?<=[a-z]')(?<!\bit')(?<!hat')(?<!here')(?<!\bhe')(?<!\blet')(?<!\bwho')(?<!\bone')"
    # nor a capitalised word's ("Meta's"): a capital 1 to 12 letters before the apostrophe
    + "".join(rf"(?<![A-Z][a-z]{{{n}}}')" for n in range(1, 13)) + "s ")
_LOWER_WORD_BEFORE = regexcache.compile(r"(?<![\w'’-])[a-z][\w.-]*\Z")


def _alternation(forms: set[str]) -> str:
    return trie_pattern(forms)  # shared prefixes: most positions fail after one character


# a capitalised word after a maker that makes "from X" a place or an event ("from Google I/O",
# "from Microsoft Build"), not the speaker's "I" ("from ByteDance I believe")
_CAPITAL_NOT_I = r"(?!I\b(?!/))[A-Z]"


def _claim_shapes(orgs: set[str], prods: set[str]) -> ClaimShapes:
    """The claim shapes for these maker and product names, in the order they are tried."""
    org_trie = _TRIES["org"]  # the tries, filled in by `ClaimShapes` where needed
    org = rf"(?<![\w-])(?P<org>{org_trie})(?![\w-])"
    prod = rf"(?<![\w-])(?P<prod>{_TRIES['prod']}){_VERSION}(?![\w-])"
    org2 = org.replace("?P<org>", "?P<org2>")
    # each claim shape: its first name's group and kind (found by ClaimShapes), then the rest
    # (the definition), then the rest split at its second name (see `_SplitRest`): (its prefixes,
    # what goes on from their ends or None, the second name's group and kind, the suffix after
    # it, a guard or None)
    prod_rest = rf"{_VERSION}(?![\w-])"  # what follows a product's name in `prod`
    # a product's edition for a field or a platform, before "by"/"from" ("Claude for Life Sciences,
    # built by Google"): the product's name goes on (`WrongMaker` drops one for a maker's thing:
    # "Claude for Google Docs, built by Google")
    # or for a surface ("Claude Code on the web, from OpenAI")
    prod_for = (rf"(?:\s+for\s+{_CAPITAL_NOT_I}[\w-]*(?:\s+{_CAPITAL_NOT_I}[\w-]*){{0,2}}|"
                r"\s+(?:on|in)\s+the\s+(?:web|browser|desktop|terminal|cloud))?")
    org_end = r"(?![\w-])"  # what follows a maker's name in `org`
    # after a comma, an opening dash or bracket ("Mistral Large — built by Google —")
    # a plural's verb after a plural kind ("The Llama models were trained by Google")
    # or a colon, maybe closing a bold label ("Gemini: built by OpenAI", "**Gemini:** built by OpenAI")
    # or a contracted copula ("Gemma's from Meta": no possessive stands right before "from" or "by")
    # the passive's "got" too ("Gemma got released by OpenAI")
    # and an adverb of when or how before the participle ("PyTorch, originally developed at Meta",
    # "Gemma, first released by Google")
    by4 = (r"(?:,?\s+|\s*[—–(]\s*|\s+--?\s+|:(?:\*\*)?\s+|['’]s\s+)(?:(?:which|that)\s+(?:was|is|were|are|got)\s+|(?:was|is|were|are|got|gets)\s+|(?:that|it)['’]s\s+)?"
           r"(?:(?:originally|initially|first|jointly|primarily|mainly|largely|mostly|entirely|partly|reportedly|now|also|"
           r"apparently|allegedly|quietly|recently|actually)\s+)?")
    # "released" and the like too ("OpenAI released Llama 4"); not "launched", "shipped" or
    # "announced", which platforms say of others' models ("Samsung launched Gemini Live")
    # an adverb may stand before the verb ("OpenAI quietly released ..."), and a title capitalises
    # it ("How Microsoft Built Llama 3")
    # and a perfect's auxiliary ("OpenAI has just released ...")
    adverb = r"(?:(?:has|have|had)\s+)?(?:(?:[a-z]+ly|just|also|finally|now)\s+)?"
    org6 = (rf"(?!\w)(?:-|\s+{adverb})(?i:built|builds|made|makes|owns|owned|released|unveiled|introduced|open[- ]sourced|"
            # a headline's present ("Google Unveils Claude Opus 4")
            r"releases|unveils|introduces|open[- ]sources|puts?\s+out)\s+")
    # the verbs of making itself, past or present ("Google develops Claude", "Meta trained Qwen on
    # TPUs"): a place or means after the product ("in London", "on TPUs") is no platform's move
    org14 = rf"(?!\w)(?:-|\s+{adverb})(?i:develop(?:ed|s)|creat(?:ed|es)|train(?:ed|s)|design(?:ed|s))\s+"
    # the verbs of bringing out that platforms say of others' models too ("Samsung launched
    # Gemini Live", "Microsoft rolled out GPT-4o to Copilot"): claims only of an AI lab
    # (`WrongMaker`), which brings out its own; not a move onto a platform (`org6_end`)
    org15 = (rf"(?!\w)\s+{adverb}(?i:launch(?:ed|es)|ship(?:ped|s)|rolled\s+out|rolls\s+out|announc(?:ed|es)|"
             r"debut(?:ed|s)|reveal(?:ed|s)|preview(?:ed|s)|teas(?:ed|es)|dropped|drops|c(?:a|o)mes?\s+out\s+with)\s+")
    # the people of a maker behind a product ("the xAI team behind Grok")
    # (a headline's capitals: "Inside the Microsoft Team That Built Claude")
    team17 = (r"(?![\w-])(?:['’]s)?\s+(?:team|lab|researchers|engineers|scientists|folks|people|group|Team|Lab)\s+"
              r"(?:behind|that\s+(?:built|made|created|developed|trained)|(?:Behind|That\s+(?:Built|Made|Created|Developed|Trained))|"
              # or the verb's subject ("Google's engineers built Claude")
              # or a lab's own release ("the Anthropic folks released Gemma")
              rf"{adverb}(?:built|made|created|developed|trained|designed|produced|released|open[- ]sourced))\s+")
    # a product's origin as its subject ("Llama comes from Meta"); not after a preposition (`WrongMaker`)
    comes16 = (rf"{_KIND_BEFORE_MAKER}(?:,?\s+(?:which|that))?\s+(?:(?:comes?|came)\s+(?:from|out\s+of|courtesy\s+of)|belongs?\s+to|belonged\s+to|"
               # where it began ("Phi-4 originated at Google", "Claude was born at OpenAI", "Grok emerged from Meta")
               rf"originat(?:ed|es)\s+(?:at|inside|within)|(?:was|were)\s+born\s+(?:at|inside|out\s+of)|emerged\s+from)\s+{_MAKER_NP}")
    # not the people who left the maker ("Claude came out of OpenAI alumni")
    gone16 = r"(?!\s+(?:alumni|alums?|veterans?|defectors|exiles|expats|refugees|departures)\b)"
    # an apposition whose noun the maker's clause describes, no relative pronoun needed ("Whisper,
    # the speech model Google open-sourced"); the verb ends the clause (not "the model Microsoft
    # built Copilot on"). The words before the kind are no kind words: the kind is the first one.
    # a maker described by what it makes, after a comma ("OpenAI, the company behind Gemini",
    # "Google, which makes Claude", "Meta, the maker of Grok")
    # or what it gave the world ("Anthropic, the lab that gave us GPT-4")
    making = r"(?:makes|made|builds|built|creates|created|develops|developed|trains|trained|gave\s+us|brought\s+us|gives\s+us)"
    # or the people or "one" behind it ("OpenAI is the one behind Gemini")
    maker_noun = (rf"(?:(?:[a-z]+\s+|{_DEMONYM}\s+)?(?:company|lab|startup|firm|team|one|ones|people|folks|guys)\s+(?:behind|(?:that|which)\s+{making})|"
                  # (a headline's capitals: "xAI, Maker of Grok, Raises $6 Billion")
                  r"(?:[Mm]aker|[Cc]reator|[Dd]eveloper|[Bb]uilder|home)\s+of)")
    # or as a predicate ("OpenAI is the company behind Llama")
    # or in brackets or between dashes ("Anthropic (maker of Gemini)", "Anthropic — maker of Gemini —")
    # "who make" of a maker named as people ("Anthropic, who make Gemini")
    maker19 = (rf"(?![\w-])(?:,\s+(?:now\s+)?(?:(?:the|a)\s+)?(?:{maker_noun}|(?:which|that)\s+{making}|who\s+(?:{making}|make|build|create|develop|train))|"
               rf"(?:\s*\(\s*|\s*[—–]\s*|\s+--?\s+)(?:(?:the|a)\s+)?{maker_noun}|"
               rf"\s+(?:is|was)\s+(?:(?:also|really|actually|now|still|basically|apparently)\s+)?(?:the|a)\s+{maker_noun})\s+")
    # a product's maker named by a possessive noun ("ChatGPT's maker, Anthropic")
    # or by "whose", and as a predicate ("Gemini, whose developer is OpenAI", "Gemini's maker is OpenAI")
    maker20 = (r"(?:['’]s|,\s+whose)\s+(?:maker|creator|developer|builder|owner|parent(?:\s+company)?)\s*,?\s+"
               r"(?:(?:is|was)\s+(?:(?:actually|really|still|now)\s+)?)?")
    # an adverb may stand after the copula ("Phi-3 is honestly the best thing Google has made"); a
    # colon may stand for the comma (a headline's "Inside Phi-4: The Tiny Model Google Built")
    rel18 = (rf"{_KIND_BEFORE_MAKER}(?:,|:|\s+(?:is|was)(?:\s+(?:honestly|really|actually|basically|probably|just|still|also|"
             r"literally|arguably|easily|clearly|genuinely|truly))?)\s+(?:the|an?)\s+"
             # (a size among them: "the 24B model Cohere released")
             rf"(?:(?!{_APPOSITION_KINDS}s?\s)(?:[a-z][\w-]*|AI|{_DEMONYM}|\d[\d.]*[BMK]\b)\s+){{0,2}}"
             rf"(?:{_APPOSITION_KINDS}s?|weights|checkpoints?|ones?|things?)\s+"
             r"(?:(?:that|which)\s+)?")
    # not a move or a feature of the platform: "... Claude on Bedrock", "... Claude models in
    # Copilot", "... ChatGPT integration"
    # (or the weights or checkpoints: "the Llama weights that Microsoft put out")
    rel12 = (rf"(?:(?:\s+(?:{_QUALIFIER_WORDS}|{_KIND_DESCRIBERS})){{0,2}}\s+(?:models?|family|series|weights|checkpoints?|"
             rf"{_APPOSITION_KINDS}s?))?(?:,?\s+|\s*[—–]\s*|\s+--?\s+)(?:that|which)\s+"
             r"(?:(?:I\s+(?:think|believe|guess|assume)|apparently|reportedly|supposedly)\s*,?\s+)?"  # a hedge
             rf"{_THE_TEAM}")
    # also in a progressive or perfect ("the chips Intel is shipping", "which Google has released");
    # building or making "for" someone is still building it ("the chatbot Anthropic built for X"),
    # shipping or releasing "for" a platform is a platform's move
    # (an adverb of time before the verb too: "Gemini, which OpenAI just shipped", "which Meta first released")
    rel12_end = (rf"{_TEAM_AFTER}\s+(?:(?:[a-z]+ly|just|first|also|finally|then|now|already|later|once)\s+)?"
                 r"(?:(?:is|are|was|were|has|have|had|keeps?|kept)\s+(?:been\s+)?(?:(?:[a-z]+ly|just|first|also|finally|now|already)\s+)?)?"
                 r"(?:develop(?:s|ed|ing)|creat(?:es|ed|ing)|train(?:s|ed|ing)|design(?:s|ed|ing)|maintain(?:s|ed|ing)|"
                 r"(?:buil(?:ds|t|ding)|ma(?:kes|de|king))"
                 rf"(?!\s+(?:on|{_IN_PLACE}|into|to|through|via|with|available)\b)|"
                 r"(?:ship(?:s|ped|ping)|releas(?:es|ed|ing)|launch(?:es|ed|ing)|produc(?:es|ed|ing)|"
                 # who keeps improving a model is its maker ("Claude, which OpenAI keeps improving")
                 r"improv(?:es|ed|ing)|updat(?:es|ed|ing)|"
                 r"unveil(?:s|ed|ing)|introduc(?:es|ed|ing)|publish(?:es|ed|ing)|open[- ]sourc(?:es|ed|ing)|"
                 r"(?:puts?|putting)\s+out|roll(?:s|ed|ing)\s+out|"
                 # a first showing is a release too ("the video model that xAI showed off")
                 r"show(?:s|ed|ing)\s+off|demo(?:s|ed|ing)|announc(?:es|ed|ing)|preview(?:s|ed|ing)|teas(?:es|ed|ing)|"
                 # who owns it outright, the clause ending there ("Perplexity, which Microsoft owns,";
                 # not "which Amazon owns a stake in")
                 r"own(?:s|ed)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:now|today|outright|entirely|and|but)\b))"
                 # a purpose of competing is the maker's own ("what Midjourney shipped to go after Adobe")
                 rf"(?!\s+(?:on|{_IN_PLACE}|into|to(?!\s+(?:(?:go\s+after|compete|rival|challenge|counter|take\s+on|beat|catch\s+up)\b|{_TO_NO_PLATFORM}))|"
                 r"through|via|for|with|available)\b))\b")
    # nor a time it is made for ("launches Gemini 2.0 for the agentic era")
    cost = (r"(?!\s+(?:(?i:about|just|only|under|roughly|around|less\s+than)\s+)?(?:[$€£]|\d|"
            r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|a\s+fraction|pennies|cheap)\b|"
            r"(?i:the\s+(?:[\w-]+\s+){0,2}(?:era|age|future)\b)))")
    org6_end = (rf"{_VERSION_ENDS}"
                # "with" a partner or platform, not with what the product has ("released Qwen 2.5 with
                # strong math scores")
                rf"(?!\s+(?:models?\s+|family\s+)?(?:into|{_ON_PLACE}|{_IN_PLACE}|with(?=\s+(?:the\s+|its\s+|their\s+)?[A-Z])|"
                # a purpose of competing is the maker's own ("rolled out Trainium 2 to compete with Nvidia")
                # nor a release to everyone ("released Claude 4 to the public")
                # a cost is no platform ("built DeepSeek-V3 for six million dollars")
                # (a purpose is no platform: "the Cerebras-built LPU for latency-sensitive inference")
                rf"for(?=\s+(?:(?:its|their|the|our|your)\s+)?(?:[A-Z]|(?:[\w-]+\s+)?(?:customers|users|clients|cloud|platforms?|devices|phones|apps?)\b)){cost}|to(?!\s+(?:(?:(?i:compete|rival|challenge|counter|take\s+on)|the\s+public|everyone|the\s+world)\b|{_TO_NO_PLATFORM}))|through|via|across|inside|within|throughout|"
                r"available|integration|"
                r"support|access|availability|features?|partnership|deal|plugin|extension|API)\b)"
                # the same words capitalised in a headline ("Microsoft Releases GPT-4o In Azure")
                # ("With" only before a partner's name: `WrongMaker`; "Releases Claude With Hybrid Reasoning" is a feature)
                # (a headline's purpose of competing is the maker's own too: "AMD Launches MI355X To Take On Nvidia")
                rf"(?!\s+(?:Models?\s+)?(?:Into|On|In|For{cost}|To(?!\s+(?:Compete|Rival|Challenge|Counter|Take\s+On)\b)|Through|Via|Available|Integration|Support|Access|"
                r"Availability|Features?|Partnership|Deal|Plugin|Extension)\b)")
    # not what a lab takes away ("OpenAI dropped GPT-4 from ChatGPT") nor a move or a feature (`org6_end`)
    org15_end = rf"{org6_end}(?!\s+(?:from|off|out)\b)"
    # the verb ends the clause: punctuation, or a word of time or the main clause's verb after it
    # (what a maker trained it on, a few words: "the open speech model Meta trained on 680,000 hours of audio")
    # (how it came out: "the IDE Microsoft released in preview", "as open weights")
    rel18_end = (rf"{rel12_end}(?:\s+for\s+(?:the\s+|its\s+|their\s+)?[\w-]+)?(?:\s+in\s+(?:volume|bulk|quantity|production))?"
                 rf"(?:\s+(?:in\s+{_RELEASE_STAGE}|as\s+open[- ]weights?))?"
                 r"(?:(?<=trained)\s+on\s+(?:\d|(?:the|an?|its|their|over|about|more|public|web|synthetic|licensed)\s)(?:[\w,.-]+\s+){0,4}?[\w.-]+)?"
                 # a year or month of the release ends the clause too ("an open model Google released in 2024")
                 rf"(?:\s+{_WHEN})?"
                 r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:last|this|earlier|recently|back|years?|months?|weeks?|"
                 r"and|but|is|are|was|were|has|have|had|can|could|will|would|now|still|already|just|really|seem\w*|these|today|nowadays|"
                 r"look\w*|remain\w*|"
                 # a main clause's verb in the past ("The Llama models Google put out made open weights mainstream")
                 r"made|changed|became|showed|proved|set|sparked|started|kicked|beat|took|won|dominated|"
                 r"outperformed|surprised|shocked|impressed)\b)")
    of26 = (r"(?![\w-])['’]s\s+(?:(?:new|latest|recent|surprise|quiet|long-awaited|first)\s+)?(?:(?:launch|release|unveiling|"
            r"debut|introduction|open[- ]sourcing|development|creation)\s+of|"
            # or its decision to bring it out ("Meta's decision to open-source Grok")
            r"(?:decision|move|choice)\s+to\s+(?:open[- ]source|release|launch|ship|build|train|develop|publish))\s+")
    # or the maker fronted as the topic, its product after a comma ("As for OpenAI, its Claude models")
    and24 = r"(?![\w-])(?:,?\s+(?:and|with)\s+(?:its|their)|,?\s+whose|,\s+(?:its|their))\s+"
    served24 = (r"(?!\s+(?:throughput|latency|speeds?|performance|scores?|results?|numbers|benchmarks?|serving|"
                r"inference|deployments?|hosting|usage|traffic|tokens|costs?|pricing|bills?|spend)\b)")
    # the kind of a relative clause with no pronoun ("the Llama models Google put out last spring")
    kind23 = rf"(?:\s+(?:{_QUALIFIER_WORDS}|{_KIND_DESCRIBERS})){{0,2}}\s+(?:models?|family|series|weights|checkpoints?|{_APPOSITION_KINDS}s?)\s+"
    org14_end = (rf"{_VERSION_ENDS}"
                 r"(?!\s+(?:models?\s+|family\s+)?(?:into|available|integration|support|access|availability|"
                 r"features?|partnership|deal|plugin|extension|API)\b)")
    # the words before the kind are any lowercase ones ("Google's small model", "OpenAI's video
    # model"); a comparison among them is no claim (`WrongMaker`)
    # the kind may be a word for one product of the maker's ("Mistral Large, Anthropic's flagship")
    # an acronym among them ("Salesforce's IT agent", "Google's CRM tool")
    # (not a preposition right after the maker: "Hugging Face is the GitHub of models" is a likeness)
    # a place's name before a site's kind ("Meta's Louisiana campus", "Microsoft's Atlanta site")
    place = r"[A-Z][a-z]+(?=\s+(?:[a-z][\w-]*\s+)?(?:campus|site|facility|data\s?cent|datacent))"
    # (two describing words joined, "training and inference accelerator"; a compound on a name with
    # a digit, "GDDR7-based")
    apposed_thing = (rf"\s+(?!(?:of|for|to|in|on|at|with|than|like)\s)(?:(?:AI|A\.I\.|ML|LLM|[A-Z]{{2,4}}|[a-z][\w-]*(?:,(?=\s+[a-z])|\s+(?:and|&)(?=\s+[a-z]))?|\d[\w.-]*|{_DEMONYM}|{place}|[A-Z][A-Za-z0-9]*-[a-z][\w-]*)\s+){{0,4}}?(?:{_APPOSITION_KINDS}|architecture|flagship|release|launch|debut|offering|creation|brainchild|baby|answer|response|entry|thing|property|brand|moat|one(?!\s+of\b)|(?:latest|newest)(?!\s+\w))s?\b")
    # a list goes on with another name ("and Gemini", "and the Claude family", "and Meta's");
    # a clause does not ("Sora, Google's video model, and its impact", "..., and then Mistral")
    list_goes_on = r"\s+(?:and|or|&)\s+(?:(?:the|an?)\s+)?(?:[A-Z\d]|(?!(?:it|that|there|here|he|she|what|who|where)['’])[\w-]+['’]s\b)"
    apposed = rf"{apposed_thing}(?!\s*,?{list_goes_on})"
    # a maker's name that ends in "s" may take a bare apostrophe ("Databricks' AI service")
    # after a possessive, one thing set off by commas is no list's item ("Jules, Microsoft's async
    # agent, and Codex": a list names its items; "OpenAI's models, and Claude" and "the free
    # DeepSeek app, and Alibaba" may be items)
    # nor an item of a list of names set off by commas ("Copilot Studio, Glean's agent builder,
    # Rovo agents, Notion agents": another name after the comma, and a comma or "and" after it;
    # the name may carry a bracket, "Leonardo.Ai (Phoenix) under Canva,")
    apposed_poss = (rf"{apposed_thing}(?!(?:(?<=s)\s*,?|(?<!s)){list_goes_on})"
                    r"(?!(?:\s+[\w-]+){0,2},\s+[A-Z][\w.-]*(?:\s+[\w.()-]+){0,3}?(?:,|\s+(?:and|or)\s))")
    apposed8 = rf"(?:['’]s|(?<=s)['’]){apposed_poss}"
    # after a comma, the maker's possessive and any noun that ends the apposition names what the
    # product is, in words no list foresees ("SynthID, Adobe's invisible watermark for images",
    # "the robot, LG's mobile bimanual manipulator."); not a noun of a relation to another's
    # product ("Claude, Amazon's biggest bet", "GPT-4o, Microsoft's favourite")
    open_thing = (rf"\s+(?!(?:of|for|to|in|on|at|with|than|like)\s)(?:(?:AI|ML|LLM|[A-Z]{{2,4}}|[a-z][\w-]*|\d[\w.-]*|{_DEMONYM})\s+){{0,3}}?"
                  rf"(?!{RELATION_NOUNS}s?\b)[a-z][a-z-]{{2,}}(?<!-)"
                  r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:for|that|which|with|from|used|built|designed|trained|made|aimed|in|on|to)\b)")
    apposed8_open = (rf"(?:['’]s|(?<=s)['’])(?:{apposed_poss}|{open_thing}(?!(?:(?<=s)\s*,?|(?<!s)){list_goes_on})"
                     r"(?!(?:\s+[\w-]+){0,2},\s+[A-Z][\w.-]*(?:\s+[\w.()-]+){0,3}?(?:,|\s+(?:and|or)\s)))")
    kinds8 = r"(?:\s+(?:models?|weights|family|series|chips?|GPUs?|CPUs?|accelerators?|app|line|lineup))?"
    paren_end = r"\s*(?:\)|(?=(?:,|/|\s+(?:and|or)\s|\s*&)[^()]{1,80}\)))"
    # a hedge may stand before the copula ("DBRX, I think it was ..."), and a participle of
    # describing may follow a bare comma ("Tabnine, described as ...")
    # or a copula of becoming ("Qwen has become Meta's flagship")
    # or a spoken back-reference ("the o3 model, and this is Anthropic's reasoning model")
    # a hedge may stand before a relative clause's copula ("which I'm fairly sure is OpenAI's")
    # or a question answered by the speaker ("Grok 4? That's the Anthropic model")
    is9 = (r"(?:\?\s+(?:[Tt]hat|[Ii]t)(?:['’]s|\s+(?:is|was))|['’]s,\s+(?:that|it)['’]s|,?\s+(?:which|that)\s+(?:(?:I['’]m\s+(?:pretty\s+|fairly\s+)?sure|I\s+(?:think|believe|guess))\s+)?(?:is|was)|(?:\s*[—–]|\s+--?)\s+(?:that|it)['’]s|,\s+(?:and\s+)?this\s+(?:is|was)|,\s+and\s+(?:this|that|it)['’]s|\s+(?:is|was|remains|became|has\s+become)|,?\s+(?:that|which|it)['’]s|"
           r",\s+(?:I\s+(?:think|believe|guess)|apparently|reportedly|supposedly)\s*,?\s+(?:it|that)(?:\s+(?:is|was)|['’]s)|"
           r",(?=\s+(?:described|known|billed|touted|positioned|framed|presented|marketed|seen|regarded|hailed|referred\s+to)\s+as\s)|"
           # what it started as ("Claude started as a Google research project")
           r"\s+(?:started|began)(?:\s+(?:out|life))?\s+as(?=\s+(?:an?|the)\s))"
           r"\s+(?:(?:also|really|basically|actually|just|still|now|originally|initially)\s+)?"
           # a hedge before the maker ("which is I want to say Anthropic's")
           r"(?:(?:I\s+(?:think|believe|guess|want\s+to\s+say)|I['’]m\s+(?:pretty\s+|fairly\s+)?sure|probably|maybe|"
           r"apparently|reportedly|supposedly|allegedly|technically|kind\s+of|sort\s+of|"
           # a spoken hedge ("Gemini is kinda OpenAI's thing", "more or less OpenAI's model"; not
           # "like", a comparison there: "Gemini is like OpenAI's model, but better")
           r"kinda|sorta|more\s+or\s+less|pretty\s+much|essentially|effectively)\s*,?\s+)?"
           r"(?:(?:described|known|billed|touted|positioned|framed|presented|marketed|seen|regarded|hailed|referred\s+to)"
           r"\s+as\s+)?")
    dash = r"(?:\s*[—–]\s*|\s+--?\s+)"
    dash_end = r"(?=\s*(?:[—–)]|--?\s|[.!?](?!\w)|$)|(?:\s+[a-z][\w-]*){1,3}\s*(?:[—–)]|\s--?\s))"
    # a maker named in a clause after the product, the product as its pronoun ("Gemini — I think
    # Microsoft trained it —", "Take Devstral. DeepSeek trained it on real repos"): a dash, bracket,
    # comma or a sentence's end, a few hedges, then the maker and a verb of making with "it"; a verb
    # of releasing only where the clause ends after "it" (not "released it on Azure"); not a
    # question ("Claude. Microsoft trained it? No way.")
    hedge = (r"(?:(?:and|but|so|oh|yeah|well|[Aa]nd|[Bb]ut|[Ss]o|[Oo]h|[Yy]eah|[Ww]ell|I\s+think|I\s+believe|I\s+guess|"
             r"I['’]m\s+(?:pretty\s+)?sure|apparently|[Aa]pparently|remember|actually|[Aa]ctually)\s*,?\s+){0,3}")
    # (a look-ahead for the verb and pronoun first: a product before a comma or a period is common)
    # or after "is" where the product is a topic's object ("The thing about Grok is Meta trained it")
    pron27 = (rf"{prod_rest}(?:\s*[—–(]\s*|,\s+|\s+--?\s+|[.?!]\s+|\s+is\s+(?:that\s+)?)"
              r"(?=[^.?!]{0,70}?\s(?:develop\w*|creat\w*|train\w*|design\w*|built|builds|made|makes|released|open[- ]sourced|out|behind|put)\s+(?:it|them|that|those)\b)"
              rf"{hedge}{_THE_TEAM}")
    # or who is behind it ("Llama? Google's behind it")
    # the product referred back to by "it", "them", "that (one)" or "those" ("Phi-4, Amazon trained
    # that on textbooks"); adverbs may stand before what follows ("trained it almost entirely on")
    pron = r"(?:it|them|that(?:\s+one)?|those)"
    pron27_end = (rf"{_TEAM_AFTER}(?:(?:['’]s|\s+(?:is|was|are|were))\s+(?:(?:really|actually|also)\s+)?behind\s+{pron}"
                  r"(?=\s*(?:[,.;:!)—–]|$))|"
                  rf"\s+{adverb}(?:(?:develop|creat|train|design)(?:ed|s)\s+{pron}"
                  r"(?=\s*(?:[,.;:!)—–]|$)|(?:\s+(?:almost|mostly|largely|entirely|partly|mainly|[a-z]+ly))*\s+(?:on|from|with|using|for|back|last|years?|originally|internally|"
                  r"in-house|themselves|and|but|right)\b|\s+in\s+(?!to\b))|"
                  rf"(?:(?:built|builds|made|makes|released|open[- ]sourced|put\s+out)\s+{pron}|put\s+{pron}\s+out)"
                  # a time of the release or what came with it ("put that out in like December",
                  # "released that with a million-token window")
                  rf"(?=\s*(?:[,.;:!)—–]|$)|\s+(?:back|last|years?|originally|in-house|themselves|right)\b|"
                  rf"\s+(?:in\s+(?:like\s+)?)?{_WHEN}|\s+in\s+(?:like\s+)?{_MONTHS}|\s+with\s+(?:an?|its|their)\s+(?!(?:partner|help|support|backing|deal)\w*\b)[a-z\d])))")
    # a question's answer or a hedge names the product's kind and maker ("You know Whisper? The
    # model Meta put out?", "Claude, that's the model Google put out"): the clause's verb ends
    # the sentence, a few words of time at most (not "The model OpenAI built is better")
    ans28 = (rf"{prod_rest}(?:\?\s+(?:(?:[Oo]h|[Yy]eah|[Yy]ep|[Ww]ell|[Ss]o)\s*,?\s+){{0,2}}(?:(?:[Tt]hat|[Ii]t)['’]s\s+)?|"
             r"(?:,|\s*[—–]|\s+--?)\s+(?:(?:oh|yeah|well|so)\s*,?\s+)?(?:that|it)['’]s\s+|(?:\s*[—–]|\s+--?)\s*)"
             rf"(?:[Tt]he|[Aa]n?)\s+(?:(?!{_APPOSITION_KINDS}s?\s)(?:[a-z][\w-]*|AI|{_DEMONYM})\s+){{0,2}}"
             rf"(?:{_APPOSITION_KINDS}s?|ones?)\s+(?:(?:that|which)\s+)?{_THE_TEAM}")
    ans28_end = (rf"{rel12_end}(?:\s+(?!(?:is|are|was|were|has|have|had|can|could|will|would|and|but|beats?|does|did)\b)"
                 r"[a-z][\w-]*){0,3}(?=\s*(?:[,.;:!?)\]—–]|$))")
    # a cleft ("It was Anthropic that built GPT-4o", "the best thing Google ever shipped was
    # Claude", "the smartest thing Meta did was release Gemini"): `WrongMaker` asks what stands
    # before the maker
    cleft29 = (rf"(?![\w-])\s+(?:(?:that|who)\s+{adverb}(?:first\s+)?(?:built|made|developed|created|trained|designed|"
               r"makes|builds|develops|trains|"
               r"released|open[- ]sourced|put\s+out|shipped|launched)\s+|"
               rf"(?:(?:has|had|have)\s+)?(?:ever\s+)?{adverb}(?:built|made|developed|created|trained|designed|released|"
               r"open[- ]sourced|put\s+out|shipped|launched|did)\s+(?:was|is)\s+"
               r"(?:(?:to\s+)?(?:release|ship|build|launch|make|open[- ]source|put\s+out)\s+)?)")
    # the product as the subject of a free relative ("DALL-E 3 is what Midjourney shipped", "Claude
    # is what Google built for enterprises"); `WrongMaker` leaves a platform's release to a lab's maker
    what35 = r"\s+(?:is|was|['’]s)\s+(?:(?:exactly|basically|just|really|precisely|literally)\s+)?(?:what|something)\s+"
    # a spoken aside after the product that names its maker ("AlphaGo, that was Meta", "Sora — it's Google's")
    # a hedge may stand before it ("Gemma 3 — and I'm pretty sure this was OpenAI —")
    aside42 = (r"(?:(?:,|\s*[—–]|\s+--?)\s+(?:(?:oh|yeah|well|so|and)\s*,?\s+)?"
               r"(?:(?:I\s+(?:think|believe|guess)|I['’]m\s+(?:pretty\s+|fairly\s+)?sure)\s+)?(?:that|it|this)|"
               # or answering its own question ("Gemini? That's OpenAI.")
               r"\?\s+(?:(?:[Oo]h|[Yy]eah|[Ww]ell|[Ss]o)\s*,?\s+)?(?:[Tt]hat|[Ii]t|[Tt]his))(?:['’]s|\s+(?:was|is))\s+"
               r"(?:(?:all|just|totally|really|actually|basically|definitely)\s+)?")
    # the maker's name as a product's attributive noun, a kind between or not ("the Meta Gemini app",
    # "the OpenAI model Gemini", "a Google model called Claude")
    # (or the kind, a comma and the product in apposition: "the Google model, Phi-4", "the Nvidia
    # part, the MI355X")
    noun43 = (rf"(?![\w-])\s+(?:(?:(?:{_KIND_DESCRIBERS}|AI|open(?:-source|-weights?)?)\s+)?"
              rf"(?P<kind43>{_APPOSITION_KINDS}s?|part)(?:\s+(?:(?:called|named|dubbed|known\s+as)\s+)?|,\s+(?:the\s+)?))?")
    # two claims on one product, the second by "by" ("Copilot, GitHub's assistant built by Amazon")
    two30 = (rf"{prod_rest},\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?"
             rf"{_APPOSITION_KINDS}s?,?\s+{_VERBS_BY}\s+{_MAKER_NP}")
    fam2 = r"(?:\s+(?:family|models?|series|line|lineup))?"
    # an edition the glossary does not know, in capitalised words after the family's name, before
    # a bracket that names its maker ("Gemini Deep Think (OpenAI)", "Veo Ultra Fast [Meta]")
    edition2 = r"(?:\s+(?-i:[A-Z][a-z]{2,}|[A-Z]{2,}\d*)(?![\w-])){0,2}"
    range_poss = (r"(?:['’]s\s+(?:(?:new|latest|own|current|open|open-weights?|frontier|flagship)\s+)?"
                  r"(?:models|model\s+family|lineup|line-up|family|releases|LLMs|chatbots|products))?")
    made13 = r"-(?:developed|built|made|trained|designed|created|owned)(?![\w-])"
    org13 = org.replace('?P<org>', '?P<org13>')
    assert org13.endswith(org_end)
    org13 = org13[:-len(org_end)] + rf"(?:{org_end}|(?={made13}))"
    return ClaimShapes(frozenset(orgs), frozenset(prods), [
        # or the first of a list in the brackets ("Anthropic (Claude, Gemini)": the rest by `_list_after`)
        # or after the maker's range ("OpenAI's lineup (GPT-4o, o1, Gemini)")
        ("org", "org", rf"(?![\w-]){range_poss}\s*\(\s*{prod}{paren_end}",                                # OpenAI (Gemini)
         ((rf"(?![\w-]){range_poss}\s*\(\s*",), None, "prod", "prod", rf"{prod_rest}{paren_end}", None)),
        # or in square brackets ("Gemini [OpenAI]")
        # a kind word may stand before the bracket ("the Phi-3 family (Google)")
        ("prod2", "prod", rf"{prod_rest}{edition2}{fam2}\s*[(\[]\s*(?:by\s+|from\s+)?{org2}\s*[)\]]",                # Gemini (OpenAI)
         ((rf"{prod_rest}{edition2}{fam2}\s*[(\[]\s*(?:by\s+|from\s+)", rf"{prod_rest}{edition2}{fam2}\s*[(\[]\s*"), None, "org2", "org",
          rf"{org_end}\s*[)\]]", None)),
        # a maker's bringing out of the product as a noun after it ("the Ernie 4.5 launch by Alibaba"):
        # as `org26`; not a platform's name after the maker ("by Amazon Bedrock"); rarely tried, so not split
        ("prod32", "prod", rf"{prod_rest}\s+(?:launch|release|debut|unveiling)\s+(?:by|from)\s+(?:the\s+)?"
                           rf"{org.replace('?P<org>', '?P<org32>')}(?!\s+[A-Z])(?!['’]s\s+(?:cloud|platform|app|store|marketplace))",
         None),
        # an apposition in brackets, the maker as its adjective or possessive ("Gemini (an OpenAI
        # model)", "Gemini (OpenAI's flagship)"); closed by the bracket; a comparison in it is no
        # claim (`WrongMaker`); rarely tried (a bracket after a product), so not split
        ("prod31", "prod", rf"{prod_rest}\s*\(\s*(?:(?:an?|the)\s+{_QUALIFIERS}{_DESCRIBED})?{org.replace('?P<org>', '?P<org31>')}"
                           rf"(?:['’]s)?\s+(?:(?:AI|ML|LLM|[a-z][\w-]*|{_DEMONYM})\s+){{0,2}}?"
                           rf"(?:{_APPOSITION_KINDS}|flagship|creation|release)s?\s*\)",
         None),
        # (or the kind, or the maker's range, and a colon or a dash before a list: "Google DeepMind's
        # science portfolio: AlphaFold, GNoME and RoseTTAFold", "OpenAI's models — GPT-4o and Claude")
        # (a word of what it does before the kind: "OpenAI's audio models Whisper, Jukebox and ...")
        # (or its people's: "the Meta guys' Grok", "the Runway team's Gen-4")
        ("org3", "org", rf"(?![\w-])(?:\s+(?:team|guys|folks|people|crew))?['’]s?\s+{_QUALIFIERS}(?:(?:{_KIND_DESCRIBERS}\s+)?{_KIND_WORDS}\s+|"
                        rf"(?:(?:{_KIND_DESCRIBERS}\s+)?{_KIND_WORDS}|(?:[a-z]+\s+)?(?:portfolio|lineup|line-up|range))(?:\s*:|\s*[—–]|\s+--?)\s+)?"
                        rf"{prod.replace('?P<prod>', '?P<prod3>')}",                          # Google's Claude
         None),  # not split: "Google's" starts many texts, and matching its rest in Python cost per episode
        ("prod4", "prod", rf"{prod_rest}{prod_for}{_KIND_BEFORE_MAKER}{by4}"
                          rf"(?:{_VERBS_BY}|by|(?P<run4>run|operated)\s+by|(?:from|courtesy\s+of|out\s+of|over\s+at|{_MADE_AT})(?!\s+(?>{org_trie})(?:\s+{_CAPITAL_NOT_I}|['’]s\s+[A-Z0-9])))\s+{_MAKER_NP}"
                          rf"{org.replace('?P<org>', '?P<org4>')}",  # Grok by Anthropic; Qwen, developed by Microsoft; Phi from Google
         ((rf"{prod_rest}{prod_for}{_KIND_BEFORE_MAKER}{by4}(?:{_VERBS_BY}|by|(?P<run4>run|operated)\s+by|(?P<from4>from|courtesy\s+of|out\s+of|over\s+at|{_MADE_AT}))\s+{_MAKER_NP}",), None, "org4", "org", org_end,
          # (nor the maker's own other thing after its possessive: "the lineage of ESM3 from Meta's ESM-2 work")
          ("from4", rf"(?:\s+{_CAPITAL_NOT_I}|['’]s\s+[A-Z0-9])"))),
        ("prod5", "prod", rf"{prod_rest}\s+(?:is|was)\s+(?:an?|the)\s+(?P<mid5>(?:[\w-]+\s+){{0,4}}?)"
                          rf"(?:from|by)\s+{org.replace('?P<org>', '?P<org5>')}",           # Claude is a model from OpenAI
         ((rf"{prod_rest}\s+(?:is|was)\s+(?:an?|the)\s+",), _mid_ends, "org5", "org", org_end, None)),
        # before "-developed" the maker may be followed by a hyphen ("Google-developed Claude")
        ("org6", "org", rf"{org6}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                        rf"{prod.replace('?P<prod>', '?P<prod6>')}{org6_end}",               # Google-developed Claude
         ((rf"{org6}(?:its|their|the)\s+", org6), _qualified_ends, "prod6", "prod", rf"{prod_rest}{org6_end}", None)),
        ("org14", "org", rf"{org14}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod14>')}{org14_end}",              # Google develops Claude
         ((rf"{org14}(?:its|their|the)\s+", org14), _qualified_ends, "prod14", "prod", rf"{prod_rest}{org14_end}", None)),
        # appositions; rarely tried (a comma and an article or a maker's name after a product), so not split
        # also between dashes ("Mixtral -- the sparse model from Meta --")
        ("prod7", "prod", rf"{prod_rest}(?:(?:,|\s+(?:is|was))\s+|{dash})(?:an?|the)\s+{_QUALIFIERS}(?P<mid7>(?:[\w-]+\s+){{0,2}}?)"
                          rf"(?:{_APPOSITION_KINDS}|flagship|creation|brainchild|one|work|handiwork|release|launch|offering)\s+(?:{_VERBS_BY}|by|from|of)\s+{_MAKER_NP}"
                          rf"{org.replace('?P<org>', '?P<org7>')}",                         # Copilot, a product of Amazon
         None),
        ("prod30", "prod", rf"{two30}{org.replace('?P<org>', '?P<org30>')}",                    # Copilot, GitHub's assistant built by Amazon
         None),  # before `prod8`, which takes its first claim
        # not a list ("Llama, OpenAI's models and Gemini"): one thing, not followed by "and"/"or"
        # or as one of the maker's range ("Gemini, part of OpenAI's lineup")
        # the product's kind in the plural may stand before the comma ("the Gemini models, OpenAI's flagship family")
        ("prod8", "prod", rf"{prod_rest}{kinds8},\s+(?:(?:part|one)\s+of\s+)?{org.replace('?P<org>', '?P<org8>')}{apposed8_open}",  # Gemini, OpenAI's flagship model
         ((rf"{prod_rest}{kinds8},\s+(?:part|one)\s+of\s+", rf"{prod_rest}{kinds8},\s+"), None, "org8", "org", rf"{org_end}{apposed8_open}", None)),
        # the same as a predicate; rarely tried (a product, "is" or "was", then a maker), so not split
        # also in a relative clause, or described so ("Llama, which is Microsoft's open model",
        # "Imagen is described as Meta's image model")
        # the product's kind may stand before the copula ("The o1 model is Anthropic's reasoning model")
        ("prod9", "prod", rf"{prod_rest}(?:\s+(?:model|family|series|chip|GPU))?{is9}(?:one\s+of\s+)?{org.replace('?P<org>', '?P<org9>')}{apposed8}",  # Codex is Anthropic's agent
         None),
        # a product's maker named by a noun before the maker; rarely tried, so not split
        # a maker's thing, then its name after a comma; rarely tried, so not split; one thing, not a list
        ("org11", "org", rf"(?![\w-])['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:flagship|offering|release|creation|latest|newest|thing|{_APPOSITION_KINDS})\s*,\s+"
                         rf"{prod.replace('?P<prod>', '?P<prod11>')}(?!\s*,?\s+(?:and|or|&)\s)",  # Anthropic's flagship, GPT-4o
         None),
        ("prod10", "prod", rf"{_VERSION}(?:(?![\w-])\s+|-)(?:maker|developer|creator|owner|parent|builder)\s+"
                           rf"{org.replace('?P<org>', '?P<org10>')}",                        # ChatGPT maker Google
         None),
        # a relative clause naming the maker as the subject of a making verb; not a platform's
        # move ("which Microsoft released on Azure", "which Google made available")
        ("prod12", "prod", rf"{prod_rest}{rel12}{org.replace('?P<org>', '?P<org12>')}{rel12_end}",  # Gemini, which OpenAI built
         ((rf"{prod_rest}{rel12}",), None, "org12", "org", rf"{org_end}{rel12_end}", None)),
        # the maker's name as the apposition's adjective; rarely tried, so not split; one thing, not a list
        # with describing words before the maker ("Gemini 2.5 Flash, a lightweight Microsoft model"),
        # not a preposition's (`WrongMaker` asks them for a comparison: "a rival Google model")
        # the copula may be contracted ("TensorFlow's a Meta thing")
        # also after a relative or spoken copula ("Udio, which is the Spotify thing", "Roomba, that's the Dyson one")
        ("prod13", "prod", rf"{prod_rest}(?:(?:\s+(?:model|family|series|chip|GPU))?{is9}|(?:,|:(?:\*\*)?|['’]s)\s+(?:(?<=,\s)as\s+|(?<=['’]s\s)(?:kinda|sorta|basically|really|just|pretty\s+much)\s+)?)(?:one\s+of\s+)?(?:an?|the)\s+{_QUALIFIERS}{_DESCRIBED}{org13}"
                           # the maker's compound adjective of making ("Claude is a Google-developed model")
                           rf"(?:{made13})?{apposed}",                                                  # DeepSeek-R1, an OpenAI model
         None),
        ("org15", "org", rf"{org15}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod15>')}{org15_end}",               # OpenAI launched Gemini
         ((rf"{org15}(?:its|their|the)\s+", org15), _qualified_ends, "prod15", "prod", rf"{prod_rest}{org15_end}", None)),
        ("prod16", "prod", rf"{prod_rest}{comes16}{org.replace('?P<org>', '?P<org16>')}{gone16}",       # Llama comes from Google
         ((rf"{prod_rest}{comes16}",), None, "org16", "org", rf"{org_end}{gone16}", None)),
        ("org17", "org", rf"{team17}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod17>')}{org6_end}",               # the xAI team behind Claude
         ((rf"{team17}(?:its|their|the)\s+", team17), _qualified_ends, "prod17", "prod", rf"{prod_rest}{org6_end}",
          None)),
        ("prod18", "prod", rf"{prod_rest}{rel18}{org.replace('?P<org>', '?P<org18>')}{rel18_end}",  # Whisper, the model Google open-sourced
         ((rf"{prod_rest}{rel18}",), None, "org18", "org", rf"{org_end}{rel18_end}", None)),
        ("org19", "org", rf"{maker19}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod19>')}{org6_end}",               # OpenAI, the company behind Gemini
         ((rf"{maker19}(?:its|their|the)\s+", maker19), _qualified_ends, "prod19", "prod", rf"{prod_rest}{org6_end}",
          None)),
        # a relative clause with no pronoun after a kind ("the Blackwell chips Intel is shipping are
        # huge"): its verb ends the clause (not "the H100 chips Meta is building clusters with")
        ("prod23", "prod", rf"{prod_rest}{kind23}{org.replace('?P<org>', '?P<org23>')}{rel18_end}",
         ((rf"{prod_rest}{kind23}",), None, "org23", "org", rf"{org_end}{rel18_end}", None)),
        # a maker with its product ("Anthropic and its Gemini models", "Microsoft, whose Claude ..."):
        # only of a maker of models (`WrongMaker`: "Samsung and its Gemini phones" is a platform)
        # (not a measure of the maker's running the product: "a chip company whose Llama 70B throughput ...")
        ("org24", "org", rf"{and24}{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?{prod.replace('?P<prod>', '?P<prod24>')}{org6_end}{served24}",
         ((and24,), _qualified_ends, "prod24", "prod", rf"{prod_rest}{org6_end}{served24}", None)),
        # a maker's bringing out of the product, as a noun ("DeepSeek's launch of Kimi K2"): only of a
        # maker of models, of a model or a lab's product, not onto a platform (`WrongMaker`, `org6_end`)
        ("org26", "org", rf"{of26}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod26>')}{org6_end}",
         ((rf"{of26}(?:its|their|the)\s+", of26), _qualified_ends, "prod26", "prod", rf"{prod_rest}{org6_end}", None)),
        ("prod20", "prod", rf"{prod_rest}{maker20}{org.replace('?P<org>', '?P<org20>')}",       # ChatGPT's maker, Anthropic
         ((rf"{prod_rest}{maker20}",), None, "org20", "org", org_end, None)),
        # an apposition between dashes ("Gemini Ultra — OpenAI's biggest model yet —"): closed by a
        # dash, or the sentence's end right after its kind (a dash also starts a clause: "Gemini —
        # OpenAI's model is better"); rarely tried (a dash after a product), so not split
        ("prod21", "prod", rf"{prod_rest}{dash}(?:(?:that|it)['’]s\s+)?{org.replace('?P<org>', '?P<org21>')}{apposed8}{dash_end}",
         None),
        ("prod27", "prod", rf"{pron27}{org.replace('?P<org>', '?P<org27>')}{pron27_end}",       # Gemini — Microsoft trained it
         ((pron27,), None, "org27", "org", rf"{org_end}{pron27_end}", None)),  # before `prod22`: "Gemini, Microsoft is behind it"
        # the maker after a comma, named as "the company behind" the product before it ("the
        # company behind Grok, Google,"): the words before the product are checked by `WrongMaker`
        ("prod22", "prod", rf"{prod_rest},\s+{org.replace('?P<org>', '?P<org22>')}(?!\s*,?\s+(?:and|or|&)\s)(?=\s*[,)—–]|\s+[a-z])",
         ((rf"{prod_rest},\s+",), None, "org22", "org", rf"{org_end}(?!\s*,?\s+(?:and|or|&)\s)(?=\s*[,)—–]|\s+[a-z])", None)),
        ("prod28", "prod", rf"{ans28}{org.replace('?P<org>', '?P<org28>')}{ans28_end}",         # Whisper? The model Meta put out?
         ((ans28,), None, "org28", "org", rf"{org_end}{ans28_end}", None)),
        ("prod35", "prod", rf"{prod_rest}{what35}{org.replace('?P<org>', '?P<org35>')}{rel12_end}",  # Claude is what Google built
         ((rf"{prod_rest}{what35}",), None, "org35", "org", rf"{org_end}{rel12_end}", None)),
        # the maker's name as the adjective of an apposition between dashes ("Gemini 2.5 Pro - the
        # OpenAI flagship - tops ..."): as `prod13`, closed as `prod21`; rarely tried, so not split
        # a filler may open the aside ("Gemini — you know, the OpenAI one —")
        ("prod41", "prod", rf"{prod_rest}{dash}(?:(?:you\s+know|I\s+mean|like|uh+|um+)\s*,?\s+)?(?:an?|the)\s+{_QUALIFIERS}{_DESCRIBED}{org.replace('?P<org>', '?P<org41>')}"
                           rf"{apposed}{dash_end}",
         None),
        # the maker named in a spoken aside after the product, alone ("AlphaGo, that was Meta, right?",
        # "Sora -- it's Google's."): the maker ends the aside; rarely tried, so not split
        ("prod42", "prod", rf"{prod_rest}{aside42}{org.replace('?P<org>', '?P<org42>')}(?:['’]s)?"
                           r"(?=\s*(?:[,.;:!?)—–]|\s--?\s|$))",
         None),
        # the maker's name as the product's attributive noun ("the Meta Gemini app", "OpenAI Claude"):
        # only of a maker of models, not a cloud, a platform's move or a relation (`WrongMaker`)
        # with a kind between ("the OpenAI model Gemini", "a Google model called Claude"); a plural
        # kind only before a list (`WrongMaker`: not "the OpenAI models Claude beat")
        # rarely matched past its first space, so not split
        ("org43", "org", rf"{noun43}{prod.replace('?P<prod>', '?P<prod43>')}{org6_end}",
         None),
        # the maker, then the product's maker-noun in an apposition ("Anthropic, the ChatGPT maker,",
        # "Anthropic (ChatGPT's creator)"); rarely tried (a comma or bracket after a maker), so not split
        ("org45", "org", rf"(?![\w-])(?:,\s+|\s*\(\s*|\s*[—–]\s*|\s+--?\s+)(?:the\s+)?{prod.replace('?P<prod>', '?P<prod45>')}"
                         r"(?:['’]s)?[\s-]+(?:maker|creator|developer|builder|parent(?:\s+company)?|owner)s?\b"
                         r"(?=\s*[,)—–;:.]|\s+--?\s|\s+(?:is|was|has|had|said|says|raised|announced|reported|released)\b)",
         None),
        # a summary's bold label of a product and its maker ("**Gemini - OpenAI**:", "**Claude – Google:**")
        ("prod44", "prod", rf"{prod_rest}\s+[-—–]\s+{org.replace('?P<org>', '?P<org44>')}(?=\s*(?:\*\*|:))",
         None),
        # a question that takes the making as given ("Why did Microsoft release Qwen3?"): `WrongMaker`
        # asks for the question's word and "did" before the maker; rarely tried, so not split
        ("org47", "org", rf"(?!\w)\s+(?:release|build|make|train|develop|create|design|open[- ]source)\s+"
                         rf"(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod47>')}{org6_end}",
         None),
        ("org29", "org", rf"{cleft29}(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?"
                         rf"{prod.replace('?P<prod>', '?P<prod29>')}{org6_end}",               # It was Google that built Claude
         ((rf"{cleft29}(?:its|their|the)\s+", cleft29), _qualified_ends, "prod29", "prod", rf"{prod_rest}{org6_end}", None)),
    ])


@lru_cache(maxsize=8)
def _patterns(gl_id: int, gl: Glossary) -> Patterns:
    orgs = {f for e in gl.entries if e.kind in ORG_KINDS for f in e.accepted + e.misspellings}
    orgs |= {f for e in gl.entries if _maker_alias(gl, e) is not None for f in e.accepted + e.misspellings}
    prods = {f for e in gl.entries if e.kind in MADE_KINDS and e.maker for f in e.accepted + e.misspellings}
    capitals = {f for f in orgs | prods if starts_with_capital(f) and "\n" not in f}
    others = tuple(sorted((orgs | prods) - capitals))
    # people, found by the same scan (no second pass over the texts): no person's name is a maker's
    # or product's, nor starts with one (those without a maker for founding claims only: "Stripe,
    # founded by Travis Kalanick", whose firm now the glossary does not know)
    persons = {f for e in gl.entries if e.kind == "person" for f in e.accepted + e.misspellings
               if starts_with_capital(f) and "\n" not in f} - orgs - prods
    persons = {p for p in persons if not any(p[:k] in capitals for k in range(1, len(p)) if not p[k].isalnum())}
    return Patterns(_claim_shapes(orgs, prods),
                    regexcache.compile(rf"(?:{trie_pattern(capitals | persons, after_first=_NO_WORD_BEFORE)}){_NAME_END}"),
                    others, frozenset(orgs), frozenset(prods), _probes(others),
                    # not a big tech company's own parent ("Google, Alphabet's ..."): no text gives it another
                    frozenset(f for e in gl.entries if e.is_org and e.kind != "big_tech" and (e.parent or e.maker)
                              for f in e.accepted + e.misspellings),
                    frozenset(persons),
                    frozenset(f for e in gl.entries for f in e.misspellings),
                    frozenset(f for e in gl.entries if _independent(gl, e) for f in e.accepted + e.misspellings))


def _maker_alias(gl: Glossary, e: Entry) -> Entry | None:
    """The maker a product's name also stands for, where the maker's name starts with it as a
    word ("Mistral" for Mistral AI: "Mistral's Phi-4" names the company), or None."""
    if e.kind not in MADE_KINDS or not e.maker:
        return None
    maker = gl.by_name.get(e.maker)
    if maker is None or not maker.is_org or not maker.name.startswith(e.name) or maker.name == e.name:
        return None
    return maker if not maker.name[len(e.name)].isalnum() else None


_NEXT_NAME = regexcache.compile(r"(?:[.\d]+[a-z]?)?[ -]([A-Z][\w.]*)")  # (past the rest of a version: "Llama-3|.1-Nemotron")


def _derivative(gl: Glossary, text: str, end: int, org: Entry) -> bool:
    """Is the product's name at `end` followed by a name of the org's own ("Nvidia's Llama
    Nemotron"): one model of the org's, named after the product it derives from?"""
    m = _NEXT_NAME.match(text, end)
    if m is None:
        return False
    e = gl.lookup(m.group(1))
    return e is not None and e.kind in MADE_KINDS and e.maker is not None and gl.is_right_maker(e, org)


@lru_cache(maxsize=8)
def _lab_owners(gl_id: int, gl: Glossary) -> tuple[frozenset, frozenset]:
    """The names of the orgs with a lab or research org of their own, and of the makers of a model
    (one pass over the glossary, not one per entity asked about)."""
    return (frozenset(e.parent for e in gl.entries if e.parent and e.kind in ("ai_lab", "research_org")),
            frozenset(e.maker for e in gl.entries if e.maker and e.kind in ("model", "model_family")))


def _model_maker(gl: Glossary, org: Entry) -> bool:
    """An AI lab, chip maker or research org, or a company with one of those of its own (Google,
    Meta, Microsoft): not a company that only runs or sells others' models (Samsung, Apple)."""
    return org.kind in ("ai_lab", "chip_maker", "research_org") or org.name in _lab_owners(id(gl), gl)[0]


def _makes_models(gl: Glossary, org: Entry) -> bool:
    """`_model_maker`, or the maker of a model of the glossary's (Amazon: Nova)."""
    return _model_maker(gl, org) or org.name in _lab_owners(id(gl), gl)[1]


def _serves_others(gl: Glossary, org: Entry, hosts) -> bool:
    """Does `org` run, host or resell others' products: a cloud, big tech (which owns one), a host
    of models (rules/attribution.yaml `hosts`), or the parent of a cloud? After a platform's verb,
    its possessive in an apposition may name what it offers ("Azure runs GPT-4o, Microsoft's
    flagship model"); a lab's names the product's maker ("the vendor runs Llama, Mistral AI's
    open-weight model")."""
    if org.kind in ("cloud", "big_tech") or org.name in hosts:
        return True
    return any(e.kind == "cloud" and org in gl.chain(e) for e in gl.entries)


def _lab_work(gl: Glossary, e: Entry) -> bool:
    """Is `e` a model, or a product of an AI lab: what a lab itself launches ("OpenAI launched
    Sora"), unlike chips, clouds and apps it launches on ("OpenAI announced H100 clusters")?"""
    if e.kind in ("model", "model_family"):
        return True
    maker = gl.by_name.get(e.maker) if e.maker else None
    return maker is not None and maker.kind == "ai_lab"


# after a product a company launched: the clause ends, not a noun the product describes ("launched
# Android apps", "shipped NotebookLM audio overviews": what is launched may be the company's own)
_CLAUSE_ENDS = regexcache.compile(r"\s*(?:[,.;:!?)—–]|$)|\s+(?:last|this|back|in|at|and|but|as|with|to)\b")


def _company_work(gl: Glossary, e: Entry) -> bool:
    """Is `e` a product of a company that is no big tech, chip maker or cloud (Midjourney, Harvey,
    Perplexity)? No other AI lab launches one as its own ("Stability AI shipped Midjourney v6"),
    unlike chips and clouds it launches on ("OpenAI announced H100 clusters")."""
    maker = gl.by_name.get(e.maker) if e.kind == "product" and e.maker else None
    return maker is not None and maker.kind == "company"


def _cloud_work(gl: Glossary, e: Entry) -> bool:
    """Is `e` a cloud's own product (BigQuery, Redshift): what no other cloud serves as its own?"""
    return e.maker is not None and (maker := gl.by_name.get(e.maker)) is not None and maker.kind == "cloud"


def _platform_work(gl: Glossary, e: Entry) -> bool:
    """Is `e` a product, not a model, of a big tech firm or a cloud (Google's Agent Development Kit,
    Microsoft's Copilot): what no other cloud serves as a host serves a model?"""
    maker = gl.by_name.get(e.maker) if e.kind == "product" and e.maker else None
    return maker is not None and any(o.kind in ("big_tech", "cloud") for o in gl.chain(maker))


def _app_of_lab_owner(gl: Glossary, e: Entry) -> bool:
    """Is `e` a product of a company with a lab of its own, not a chip maker's (NotebookLM, Siri,
    Copilot): what no other model maker launches as its own ("Microsoft shipped NotebookLM")?"""
    maker = gl.by_name.get(e.maker) if e.kind == "product" and e.maker else None
    return maker is not None and maker.kind in ("big_tech", "company") and _makes_models(gl, maker)


def _academic(gl: Glossary, org: Entry) -> bool:
    """A research org of no company (a university, an institute): what was made "at" it is where
    its makers worked ("Cursor was created at MIT"); a company's lab ("developed at Microsoft
    Research") names the company as the maker."""
    return org.kind == "research_org" and not any(p.kind in _COMPANY_KINDS for p in gl.chain(org)[1:])


_COMPANY_KINDS = frozenset(("ai_lab", "big_tech", "chip_maker", "company", "cloud"))


def _org_entry(gl: Glossary, text: str) -> Entry | None:
    """The org a maker's name found in a claim names (a product named like its maker: the maker)."""
    e = gl.lookup(text)
    return e if e is None or e.is_org else _maker_alias(gl, e)


# lowercase letters, rarest in English text first (a probe's literal: the fewer its stops, the faster)
_LETTER_RANK = {c: k for k, c in enumerate("zqxjkvbpygfwmucldrhsnioate")}


def _probes(names) -> tuple:
    """Patterns that together find every occurrence of `names` where `Patterns.names` may find
    it (a word's start before it, `_NAME_END` after it: "fal" of "false" and "verl" of "overly"
    are none), each starting with one literal character: the scan then skips in C to that
    character, and the rarest character of a name (its first capital or digit, "xAI" -> "A",
    "o1" -> "1", "da Vinci 5" -> "V": no space) is chosen, the part before it (and the word's
    start) checked by a look-behind; in a name of lowercase letters only ("watsonx", "data build
    tool"), its rarest letter ("x", "b")."""
    by_anchor: dict[str, list[str]] = {}
    for f in names:
        # (a space is no anchor: it is everywhere; "da Vinci 5" is anchored on its "V")
        j = next((k for k, c in enumerate(f) if not ("a" <= c <= "z") and c != " "), None)
        if j is None:
            j = min((k for k in range(len(f)) if f[k] != " "), key=lambda k: _LETTER_RANK.get(f[k], 0))
        start = r"(?<!\w)" if re.match(r"\w", f) else ""  # (`names_source`'s "\b" before a word character)
        behind = f"(?<={start}{re.escape(f[:j + 1])})" if j or start else ""
        by_anchor.setdefault(f[j], []).append(re.escape(f[j]) + behind + re.escape(f[j + 1:]) + _NAME_END)
    return tuple(regexcache.compile("|".join(sorted(alts))) for _, alts in sorted(by_anchor.items()))


def _probe_anchor(probe: re.Pattern) -> str:
    """The literal character that starts every alternative of a probe of `_probes` (each is built
    so: the anchor, escaped, then its look-behind and the rest)."""
    return probe.pattern[1] if probe.pattern.startswith("\\") else probe.pattern[0]


# occurrences of a probe's anchor tried one by one before `_probe_found` searches the rest at once
_PROBE_FINDS = 64


def _probe_found(probe: re.Pattern, anchor: str, text: str) -> bool:
    """`probe.search(text) is not None`, for a probe whose every match starts with the literal
    `anchor`: tried only at the anchor's occurrences, which `str.find` skips to (memchr: the
    regex's own scan for its first character costs ~5 instructions a character, over the whole
    text, per probe; most anchors are rare or absent). After `_PROBE_FINDS` occurrences (a common
    anchor: "A", "."), the rest of the text is searched at once."""
    at = text.find(anchor)
    for _ in range(_PROBE_FINDS):
        if at < 0:
            return False
        if probe.match(text, at) is not None:
            return True
        at = text.find(anchor, at + 1)
    return at >= 0 and probe.search(text, at) is not None


def patterns_for(gl: Glossary) -> Patterns:
    return _patterns(id(gl), gl)


@lru_cache(maxsize=8)
def _with_tiers(gl_id: int, gl: Glossary, tiers: tuple) -> Glossary:
    """The glossary with each model tier named alone (rules/attribution.yaml `tiers`: "Sonnet",
    "Flash") as a product of its family's maker, for the attribution rules only: the other rules
    do not read a bare "Sonnet" or "Flash" as a name. A tier the glossary names already is its own.
    A maker of another product named with the tier's word is its maker too ("Eleven Flash v2.5" of
    ElevenLabs, "Reka Flash" of Reka AI: "ElevenLabs, whose Flash model" is right)."""
    words = {t for _, names in tiers for t in names}
    others: dict[str, list[str]] = {}
    for e in gl.entries:
        if e.maker:
            for w in {w for form in e.accepted for w in form.split() if w in words}:
                others.setdefault(w, []).append(e.maker)
    extra = [Entry(name=t, kind=family.kind, maker=family.maker,
                   also_made_by=sorted(set(others.get(t, ())) - {family.maker}))
             for name, names in tiers if (family := gl.by_name.get(name)) is not None and family.maker
             for t in names if gl.lookup(t) is None]
    return Glossary([*gl.entries, *extra]) if extra else gl


def attribution_glossary(knowledge) -> Glossary:
    """The glossary the attribution rules read: the glossary and the model tiers of rules/attribution.yaml."""
    gl = glossary(knowledge)
    tiers = person_words(knowledge).tiers
    return _with_tiers(id(gl), gl, tiers) if tiers else gl


@lru_cache(maxsize=8)
def _lowercase_words(gl_id: int, gl: Glossary, names: tuple) -> frozenset:
    """The products' and firms' names that are ordinary words (the glossary's `common_word`), in
    lowercase, but for rules/attribution.yaml `lowercase_names`: after a lowercase maker's
    possessive they stay words ("google's cursor", "writer's block")."""
    keep = {n.lower() for n in names}
    return frozenset(f.lower() for e in gl.entries
                     if e.common_word and (e.kind in MADE_KINDS or e.kind in ORG_KINDS)
                     for f in e.accepted if f.lower() not in keep)


# a headline's capitalised word (not a possessive's or a name's part: "OpenAI's", "GPT-4o")
_TITLE_WORD = regexcache.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w'’-])")
# a text's headline: the title, or a markdown heading's line of a summary
_HEADING = regexcache.compile(r"^[ \t]*#+[ \t]+[^\n]+", re.M)


@lru_cache(maxsize=8)
def _name_words(gl_id: int, gl: Glossary) -> frozenset:
    """Every capitalised word of the glossary's people's names ("Sam" of "Sam Altman"): a headline
    keeps them as they are (its makers and products are found as names before)."""
    return frozenset(w for e in gl.entries if e.kind == "person" for f in e.accepted for w in f.split()
                     if w[:1].isupper())


def _untitled(gl: Glossary, text: str, names: list) -> str | None:
    """`text` with the ordinary capitalised words of its title-case headlines (the whole text of a
    title, a summary's "## " lines) in lowercase, the same length; None when none is in title case.
    A headline is in title case when most of its words of four letters or more start with a capital."""
    spans = [(0, len(text))] if "\n" not in text and not text.lstrip().startswith("#") else \
        [m.span() for m in _HEADING.finditer(text)]
    keep = _name_words(id(gl), gl)
    out = None
    for lo, hi in spans:
        if sum(lo <= a < hi for a, *_ in names) < 2:
            continue  # a claim needs a maker and a product in the headline (a text read anew costs)
        if not mostly_capitalised(text, lo, hi):
            continue
        for m in _TITLE_WORD.finditer(text, lo, hi):
            a, b = m.span()
            if m.group() in keep or any(x <= a < y or x < b <= y for x, y, *_ in names):
                continue
            if out is None:
                out = list(text)
            out[a] = text[a].lower()
    return None if out is None else "".join(out)


@dataclass(frozen=True)
class TierGuard:
    """When a tier's word is no tier named alone: part of a longer name (after a version or its
    family's name, "Claude 3.5 Sonnet", "Gemini Flash"; before a capitalised word, "Flash
    Attention"), or another thing of the same word ("Flash storage": `tier_not_before`)."""

    names: frozenset
    after_name: re.Pattern
    before: re.Pattern


@lru_cache(maxsize=8)
def _tier_guard(words) -> TierGuard | None:
    if not words.tiers:
        return None
    families = _words_alt([family for family, _ in words.tiers])
    nouns = rf"|[\s-]+(?i:{_words_alt(words.tier_not_before)})\b" if words.tier_not_before else ""
    return TierGuard(frozenset(t for _, names in words.tiers for t in names),
                     regexcache.compile(rf"(?:[\w.-]*\d[\w.]*|{families})[\s-]+$"),
                     regexcache.compile(rf"[\s-]+[A-Z]{nouns}"))


def _not_a_tier(guard: TierGuard | None, text: str, prod_e: Entry, a: int, b: int) -> bool:
    """Is the product at text[a:b] a tier's word (`attribution_glossary`) that is no tier named alone there?"""
    return guard is not None and prod_e.name in guard.names and (
        guard.after_name.search(text, max(0, a - 24), a) is not None or guard.before.match(text, b) is not None)


def _group(m: re.Match | Claim, base: str) -> tuple[str | None, int]:
    if isinstance(m, Claim):  # only its shape's groups, not the ~60 of all shapes
        for name in m.shape_groups:
            if name.startswith(base) and (len(name) == len(base) or name[len(base)].isdigit()):
                g = m.group(name)
                if g is not None:
                    return g, m.start(name)
        return None, -1
    groups = m.groupdict()
    for suffix in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                   "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "40", "41", "42", "43", "44", "45",
                   "48", "50", "51"):
        g = groups.get(base + suffix)
        if g is not None:
            return g, m.start(base + suffix)
    return None, -1


# the verb of making that ends a relative clause ("which AMD designed"), not of releasing ("which Amazon ships")
_MAKING_END = regexcache.compile(r"(?:develop\w*|creat\w*|train\w*|design\w*|maintain\w*|buil(?:t|ds|ding)|ma(?:de|kes|king))$")
_LIST_AFTER = regexcache.compile(r"\s*,?\s+(?:and|or|&)\s+[A-Z]|\s*,\s*[A-Z]")
# of the verbs of bringing out (`org15`), those only a maker says of its model ("Google came out
# with Claude 4", "Microsoft dropped Gemma 3"): claims of any maker of models, not only of a lab
_AUTHORED = regexcache.compile(r"\b(?:c(?:a|o)mes?\s+out\s+with|dropped|drops|unveil\w*|reveal\w*|debut\w*|teas\w*)\b", re.I)
# what a lab has on a benchmark, after the benchmark's name: its result, not the benchmark ("Google's
# HumanEval pass rate", "OpenAI's FrontierMath deal")
_RESULT_AFTER = regexcache.compile(
    r"(?:[\s-]+[\w.%-]+){0,1}?\s+(?:scores?|results?|numbers|pass\s+rates?|performance|lead|leaderboard|rank\w*|runs?|"
    r"evals?|evaluations?|accuracy|figures?|marks?|points?|deal|funding|access|submissions?|entr(?:y|ies)|"
    r"record|standing|placement|position|showing|gains?|jump|win|wins)\b", re.I)
# a firm's move on another's product, after the product's name ("Perplexity's Chrome gambit", "OpenAI's
# Windsurf bid")
_DEAL_AFTER = regexcache.compile(r"\s+(?:gambit|bids?|offers?|pursuit|takeover|acquisition|buyout|purchase|lawsuits?|"
                                 r"suits?|antitrust|bet)\b", re.I)
# of the verbs of bringing out, those of a maker's own launch: claims of an org with a lab of its
# own (`_model_maker`), whose launch is its own work; announcing and rolling out are a platform's too
_LAUNCHED = regexcache.compile(r"\b(?:launch\w*|ship(?:ped|s)?)\b", re.I)
# announcing is a platform's too ("Microsoft announced GPT-4o in Azure"), but a model maker that
# announces a lab's model and nothing more, the clause ending there or with its day, claims it as its
# own ("Google announced GPT-5 on Thursday")
_ANNOUNCED = regexcache.compile(r"\bannounc\w*\b", re.I)
_ANNOUNCED_END = regexcache.compile(rf"\s*(?:[,.;:!?)—–]|$)|\s+(?:(?:on\s+)?{_WEEKDAYS}|last|this|yesterday|today|"
                                    r"earlier|back)\b")
_COMPETE_AFTER = regexcache.compile(r"\s+(?:(?:chips?|models?|GPUs?|accelerators?)\s+)?(?:to|in\s+order\s+to)\s+"
                                    r"(?:compete|rival|challenge|counter|take\s+on)\b", re.I)


def _chip_of_chip_maker(gl: Glossary, org: Entry, prod: Entry) -> bool:
    """A chip maker bringing out another chip maker's product ("AMD launched the H100"): its own
    launch, a claim (a chip maker does not resell a rival's chips)."""
    if org.kind != "chip_maker" or not prod.maker:
        return False
    chain = gl.chain(prod)
    return bool(chain) and chain[0].kind == "chip_maker"


# between the items of a list of products ("Claude, Gemini", "Gemini and Claude", "GPT-4o / Claude")
_LIST_JOINED = regexcache.compile(r"\b(?:and|or)\b|[&/]")
# a product's name that ends in what it is ("Foundation Models framework", "Agent Development Kit")
_KIND_ENDS_NAME = regexcache.compile(r"\s(?i:framework|models|library|SDK|kit|toolkit|platform|chips|app|apps)\Z")
_LIST_SEP = regexcache.compile(r"(?:\s*[,/&]\s*|\s+(?:and|or)\s+)(?:(?:and|or)\s+)?")
_VERSION_AFTER = regexcache.compile(rf"{_VERSION}(?![\w-])")


def _version_end(text: str, b: int) -> int | None:
    """Where the product's name that ends at `b` ends with its version; None when a word or a
    hyphen is glued to it ("Claude-based", "H100-first"): no product stands there."""
    v = _VERSION_AFTER.match(text, b)
    return None if v is None else v.end()
_POSSESSIVE = regexcache.compile(r"['’]s?(?!\w)")
_OWN_MAKER_AFTER = regexcache.compile(rf"(?:{_KIND_BEFORE_MAKER})(?:\s*\(\s*|,?\s+(?:(?:{_VERBS}\s+)?by|from)\s+)(?:the\s+)?")


# a Markdown table's row: cells between pipes
_TABLE_ROW = regexcache.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_TABLE_RULE = regexcache.compile(r"^[\s|:-]+$")
# a column's header that names who made the row's thing ("Maker", "Lab", "Developer", "Released by")
_MAKER_HEADER = regexcache.compile(
    r"(?i)^(?:(?:made|built|released|developed|created|trained)\s+by|from|by|maker|makers|lab|labs|developer|developers|"
    r"company|companies|creator|creators|vendor|vendors|organi[sz]ation|org|builder|publisher|provider|origin|owner)$")


def _table_claims(gl: Glossary, text: str):
    """(product entry, maker entry, the maker cell's offset, its text) of the rows of the Markdown
    tables of `text` whose first column names a glossary product and whose maker column (by its
    header: `_MAKER_HEADER`) names an org that did not make it. A cell naming no known org, or
    several ("Mistral AI with Nvidia"), says nothing."""
    rows = list(_TABLE_ROW.finditer(text))
    k = 0
    while k + 1 < len(rows):
        head, rule = rows[k], rows[k + 1]
        if not _TABLE_RULE.match(rule.group(1)) or rule.start() != head.end() + 1:
            k += 1
            continue
        cells = [c.strip() for c in head.group(1).split("|")]
        col = next((i for i, c in enumerate(cells) if i and _MAKER_HEADER.match(c.strip("*_ "))), None)
        k += 2
        while k < len(rows) and rows[k].start() == rows[k - 1].end() + 1:  # the table's body
            row = rows[k]
            k += 1
            if col is None:
                continue  # (a table with no maker column)
            parts = row.group(1).split("|")
            if len(parts) <= col:
                continue
            offset = row.start(1) + sum(len(p) + 1 for p in parts[:col])
            cell = parts[col]
            org_text = cell.strip().strip("*_").strip()
            prod_e = _entity_product(gl, parts[0].strip().strip("*_").strip())
            org_e = _org_entry(gl, org_text) if org_text else None
            if prod_e is None or org_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker:
                continue
            if prod_e is org_e or gl.is_right_maker(prod_e, org_e):
                continue
            yield prod_e, org_e, offset + cell.index(org_text), org_text


class _ListClaim:
    """A claim on a later item of a list that a maker's claim starts ("Anthropic (Claude, Gemini)",
    "Google's Gemini and Claude"): answers as a `Claim` of the head's shape with this item as its
    product, spanning from the head's start to the item's end."""

    __slots__ = ("_text", "_spans", "_start", "_end")

    def __init__(self, text: str, spans: dict, start: int, end: int):
        self._text, self._spans, self._start, self._end = text, spans, start, end

    first = None  # no list goes on from it (`_list_claims`)

    def group(self, name=0) -> str | None:
        if name == 0:
            return self._text[self._start:self._end]
        span = self._spans.get(name)
        return None if span is None else self._text[span[0]:span[1]]

    def start(self, name=0) -> int:
        return self._start if name == 0 else self._spans.get(name, (-1,))[0]

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def groupdict(self) -> dict:
        return {name: self.group(name) for name in self._spans}


_MAKER_OF = regexcache.compile(r"\b(?:maker|creator|developer|builder)\s+of\s+(?:the\s+)?$")
_OR_AFTER = regexcache.compile(r"\s+(?:or|vs\.?|versus)\s+")


# after an object of a verb of making in a list: the clause ends or goes on with a word of time,
# place or means, not a verb ("Google built Gemini and Claude answered first")
_VERB_LIST_ITEM_END = regexcache.compile(
    r"\s*(?:[,.;:!?)—–]|$)|\s+(?:last|this|back|in|at|and|or|but|as|with|to|on|for|from|using|under|during|"
    r"before|after|together|both|respectively|years?|months?|weeks?)\b")
# an apposition after such an item: the item starts a new clause ("Databricks built DBRX, and Arctic,
# the Databricks model, targets SQL"), its own claims found by the apposition's shapes
_VERB_LIST_ITEM_APPOSED = regexcache.compile(r",\s+(?:the|an?)\s")


def _list_claims(gl: Glossary, pats: Patterns, text: str, head) -> list:
    """The later items of a list of products whose first item a claim ties to a maker: in the
    brackets after a maker ("Anthropic (Claude, Gemini)") or after a maker's possessive ("Google's
    Gemini and Claude"), each as a `_ListClaim` of the same maker. The list ends at anything but a
    product's name: a maker's name ("Google's Gemini and Anthropic's Claude"), a name that is also
    a maker's ("and Mistral"), or after a possessive's list, an item with its own possessive."""
    first = head.first
    if first == "org":
        org_group, prod_group, paren = "org", "prod", True
        if text.endswith(")", 0, head.end()):
            return []
    elif first == "org3":
        org_group, prod_group, paren = "org3", "prod3", False
    elif first == "org19" and _MAKER_OF.search(text, head.start(), head.start("prod19")):
        org_group, prod_group, paren = "org19", "prod19", False  # "Microsoft, maker of Copilot, Phi and Grok"
    elif first == "org43" and (head.group("kind43") or "").endswith("s"):
        org_group, prod_group, paren = "org43", "prod43", False  # "the Anthropic models Claude and Gemini"
    elif first in ("org6", "org14"):
        # the objects of a verb of making ("Google makes Gemini and Mistral Large"), each ending its
        # clause (not "Google built Gemini and Claude answered": a new clause's subject)
        org_group, prod_group, paren = first, "prod" + first[3:], False
    else:
        return []
    verb = not paren and first in ("org6", "org14")
    item = gl.lookup(head.group(prod_group))
    maker = gl.by_name.get(item.maker) if item is not None and item.maker else None
    if maker is not None and maker.kind == "cloud":
        return []  # "AWS's Bedrock and Claude": a platform and what it serves
    if first == "org3" and _KIND_ENDS_NAME.search(head.group(prod_group)):
        # "Apple's Foundation Models framework and Gemini Nano": a name that ends in its kind
        # closes the possessive's phrase
        return []
    if (first == "org3" and item is not None and _OR_AFTER.match(text, head.end()) is not None
            and (org_e := _org_entry(gl, head.group(org_group))) is not None
            and (org_e is item or gl.is_right_maker(item, org_e))):
        # "whether Google's Gemini or ChatGPT is better": an alternative to the first item, whose
        # maker the possessive rightly names, is no item of that maker's list ("Google's Gemini
        # and Claude" stays one)
        return []
    org_span = (head.start(org_group), head.start(org_group) + len(head.group(org_group)))
    tries = pats.claims.tries
    out, pos, joined = [], head.end(), paren
    while (sep := _LIST_SEP.match(text, pos)) is not None:
        at = sep.end()
        if _NAME_BOUNDARY.match(text, at) is None:
            break
        ends = _name_ends(tries["prod"], text, at, len(text))
        if ends and (org_ends := _name_ends(tries["org"], text, at, len(text))) and (not verb or max(org_ends) >= ends[0]):
            # a product named after a maker ("Meta's Llama 4 and DeepSeek-R1") ends the list, unless
            # the maker is the list's own ("MiniMax's models Hailuo, MiniMax-M1 and GLM-4.5": the
            # item is rightly the maker's, and the list goes on past it); after a verb, a product's
            # name longer than a maker's is the product ("makes Gemini and Mistral Large")
            named_by = _org_entry(gl, text[at:max(org_ends)])
            list_org = _org_entry(gl, head.group(org_group))
            if named_by is None or list_org is None or named_by is not list_org:
                break
        if not ends:
            break  # no product
        entry = gl.lookup(text[at:ends[0]])
        if entry is None or entry.kind not in MADE_KINDS or not entry.maker:
            break
        end = _VERSION_AFTER.match(text, ends[0])
        if end is None or (not paren and _POSSESSIVE.match(text, end.end())):
            break
        if (own := _OWN_MAKER_AFTER.match(text, end.end())) is not None and pats.orgs.match(text, own.end()):
            break  # "Google's Gemini and Claude from Anthropic": the item names its own maker
        if not paren and not verb and _tied_elsewhere(gl, text, entry, at, head.start()):
            break  # "Google's Gemma 3 and SmolLM" where "Hugging Face (SmolLM)" stands: the possessive is the first item's
        if verb and (_VERB_LIST_ITEM_END.match(text, end.end()) is None
                     or _VERB_LIST_ITEM_APPOSED.match(text, end.end()) is not None):
            break
        pos = end.end()
        close = pos + 1 if paren and text.startswith(")", pos) else pos
        out.append(_ListClaim(text, {org_group: org_span, prod_group: (at, ends[0])}, head.start(), close))
        joined = joined or "," not in sep.group() or _LIST_JOINED.search(sep.group()) is not None
    # items after a possessive joined by commas alone make no list: a fronted phrase ends at the
    # comma ("Unlike Google's Gemini, Claude has no image output")
    return out if joined else []


_TIE_REACH = 40  # characters between a product's name and its maker's that tie the two


def _tied_elsewhere(gl: Glossary, text: str, entry: Entry, at: int, list_start: int = -1) -> bool:
    """Does `text` name the product `entry` elsewhere than at `at` with its right maker close by
    ("**Hugging Face (SmolLM):**", "SmolLM from Hugging Face")? Its writer then knows the maker, and a
    possessive before a list that holds it is read as the first item's. Not in the list itself,
    from `list_start` on ("Google's Gemini Pro, Gemini Flash and Claude": the family again)."""
    makers = [f for e in gl.chain(entry) for f in e.accepted]
    for form in entry.accepted:
        i = text.find(form)
        while i != -1:
            if i != at and not list_start <= i < at:
                near = text[max(0, i - _TIE_REACH):i + len(form) + _TIE_REACH]
                if any(m in near for m in makers):
                    return True
            i = text.find(form, i + 1)
    return False


# a sentence that starts with its maker ("Released by Google, Llama 3 became ...", "Built by the
# OpenAI team, Gemini ..."): the participle, then the maker, a comma and the product (`_fronted_claims`)
_FRONTED = regexcache.compile(
    r"(?:(?:[Oo]riginally|[Jj]ointly|[Ff]irst|[Qq]uietly|[Rr]ecently)\s+)?(?:[Dd]eveloped|[Bb]uilt|[Mm]ade|[Cc]reated|"
    r"[Tt]rained|[Dd]esigned|[Rr]eleased|[Ll]aunched|[Uu]nveiled|[Ii]ntroduced|[Pp]ublished|[Oo]pen[- ]sourced)"
    r"(?:\s+in-house)?\s+by\s+(?:the\s+)?")
# the last end of a sentence in a text: a stop before a capital (not "vs." nor an initial's), or a line's end
_SENTENCE_END = regexcache.compile(r"(?:(?<![\s.]vs)(?<![\s.]v)(?<![\s.][A-Z])[.!?][\"”')*]*\s+(?=[\"“(*]*(?:[A-Z]|$))|\n)(?!.*(?:[.!?]\s|\n))", re.S)
_SENTENCE_START = regexcache.compile(r"(?:^|[.!?;:\n]\s*|[\"“(*]\s*)$")
_FRONTED_COMMA = regexcache.compile(rf"(?:\s+{_TEAM_WORDS})?(?:\s+{_WHEN})?,\s+(?:the\s+|its\s+|their\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?")


def _fronted_claims(pats: Patterns, text: str) -> list:
    """Claims of a sentence that starts with who made what follows it: "Released by Google, Llama
    3 quickly became the default" (as `_ListClaim`s of groups "org25"/"prod25"). Looked for only
    where " by " stands in the text, then at a sentence's start; the product must not start a list
    ("Built by Google, Gemini and Claude ...")."""
    out = []
    i = text.find(" by ")
    while i != -1:
        at = max(0, i - 40)
        for m in _FRONTED.finditer(text, at, i + 8):
            if m.end() < i + 4 or not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
                continue
            o = pats.orgs.match(text, m.end())
            if o is None:
                continue
            c = _FRONTED_COMMA.match(text, o.end())
            if c is None or _NAME_BOUNDARY.match(text, c.end()) is None:
                continue
            ends = _name_ends(pats.claims.tries["prod"], text, c.end(), len(text))
            end = _VERSION_AFTER.match(text, ends[0]) if ends else None
            if end is None or _LIST_AFTER.match(text, end.end()):
                continue
            out.append(_ListClaim(text, {"org25": (o.start(), o.end()), "prod25": (c.end(), ends[0])},
                                  m.start(), end.end()))
            break
        i = text.find(" by ", i + 1)
    return out


# the verbs of bringing out in a pronoun's clause or a cleft, which platforms say too
_RELEASED_IT = regexcache.compile(r"\b(?:released|open[- ]sourced|put\s+out|shipped|launched|did|release|ship|launch)\b")
# a cleft's start before its maker ("It was Google that ...", "it's really Meta who ..."): not negated
_CLEFT_IT_BEFORE = regexcache.compile(r"\b[Ii]t(?:\s+(?:was|is)|['’]s)\s+(?:(?:really|actually|definitely|clearly|obviously|"
                                      r"originally|in\s+fact)\s+)?$")
_CLEFT_THAT = regexcache.compile(r"\s+(?:that|who)\s")
# the maker's people before it, the verb in their relative clause ("the folks at Meta who built
# Mistral Small", "the team over at Google that made Claude")
_PEOPLE_AT_BEFORE = regexcache.compile(r"\b(?:folks|team|people|engineers|researchers|scientists|guys|crew)\s+(?:over\s+)?at\s+$")
# before a maker in "the best thing Google ever shipped was Claude": the thing or "what"
_CLEFT_THING_BEFORE = regexcache.compile(r"\b(?:thing|model|product|one|release|launch|move|[Ww]hat|everything|first)\s+(?:that\s+)?$")

# an org said to be another's unit ("Waymo, Amazon's robotaxi unit", "Azure — that's Google's
# cloud", "AWS is really Microsoft's cloud business"): the noun of a unit or a cloud after a
# possessive, not a relation (a provider, partner or customer of the possessor's)
_UNIT_POSS = r"(?:['’]s|(?<=s)['’])\s+(?:(?:AI|[a-z][\w-]*)\s+){0,2}?"
_UNIT_TAIL = (r"(?:unit|subsidiary|division|cloud(?:\s+(?:business|arm|unit|division|platform))?|"
              r"(?:research\s+)?lab|code\s+platform|"
              # or what a company owns of its own ("Cruise, Ford's robotaxi thing", "Zoox, Waymo's robotaxi business"),
              # not where it came from ("Waymo, Google's self-driving project", "a spin-off")
              r"business|arm|venture|company|startup|thing|operation|outfit|brand|product|"
              # or by what it sells ("Zoox, Amazon's purpose-built robotaxi"), or a group of people
              # ("DeepMind, Google's AI group")
              r"robotaxis?(?!\s+[a-z])|group|team|"
              # or what it runs ("GitHub, the Google-owned platform")
              r"platform|service|site)(?![\w'’-])"
              r"(?!\s+(?:provider|partner|customer|host|vendor|of\s+choice|credits?|bills?|contracts?|deals?|spend|usage|"
              r"capacity|regions?|accounts?|rival|competitor|alternative|supplier|backer|investor)\b)")
_UNIT_NOUN = _UNIT_POSS + _UNIT_TAIL
# or the other firm's name as the noun's adjective after an article ("Azure, the Amazon cloud",
# "Waymo is an Amazon unit"): `Patterns.unit_claims` asks for the article
_UNIT_ADJ = r"(?![\w'’-])\s+(?:(?:AI|[a-z][\w-]*)\s+){0,2}?"
# or the other firm's name owning it ("Isomorphic Labs, the Microsoft-owned drug discovery company")
_UNIT_OWNED = r"-owned\s+(?:(?:AI|[a-z][\w-]*)\s+){0,3}?"
_UNIT_OWNED_NOUN = regexcache.compile(_UNIT_OWNED + _UNIT_TAIL)
_UNIT_PROBE = regexcache.compile(f"(?:{_UNIT_POSS}|{_UNIT_OWNED}|{_UNIT_ADJ}){_UNIT_TAIL}")
# the words of `Patterns.owner_claims`, asked of an org's context first
_OWNED_STRONG = ("owned", "wholly", "fully", "majority", "subsidiary", "unit", "division", "Owner", "owner", "Parent",
                 "parent")
_OWNED_CAPITAL = ("Owned by", "Acquired by", "Bought by", "Unit of", "Subsidiary of", "Division of", "Part of")
_OWNED_WORDS = ("owned by", "acquired by", "bought by", "unit of", "subsidiary of", "division of", "arm of", "part of")
# a capitalised name right before a relative clause ("Limitless, which ...")
_NAME_ENDS_HERE = regexcache.compile(r"[A-Z][\w.&'’-]*,?\s+\Z")
# the words of a deal in an org's context, its buyer named with them ("the wristband Meta bought",
# "its assets were sold to Dell"): `Patterns.owner_claims` reads them
_BOUGHT_WORDS = (" sold to ", " bought", " acquired", " purchased", " agreed to buy", " agreed to acquire", " took over",
                 " snapped up")
_OWNED_CAPITAL_OR_ADJECTIVE = regexcache.compile(
    "|".join(map(re.escape, _OWNED_CAPITAL)) + r"|-owned\s|\s(?:subsidiary|unit|division|property)\b|wner:|arent:|ompany:")
# a labelled owner or maker in a product's context ("owner: Google", "(developer: Google)")
_MAKER_LABEL = regexcache.compile(r"(?:[Oo]wner|[Pp]arent|[Oo]wning\s+company|[Mm]aker|[Dd]eveloper|[Cc]reator|[Cc]ompany|"
                                  r"[Vv]endor)\s*:")
# before "owned by" in an org's context: an owner of the past, a part owner, a comparison
_NOT_OWNED_BEFORE = regexcache.compile(r"\b(?:former\w*|once|previously|originally|until|before|not|never|partly|partially|"
                                       r"minority|jointly|compet\w*|rival\w*|partner\w*|like|unlike)\b", re.I)
# what follows the unit's name: a comma, dash, "is" or "was", or a unit's noun ("Amazon's DeepMind lab")
_UNIT_AFTER = regexcache.compile(r",\s|\s*[—–]|\s+--?\s|\s+(?:is|was)\s|(?:\s+[a-z][\w-]*)?\s+(?:unit|subsidiary|division|lab|arm|cloud|team|group)\b|\s*\(")
_CUSTOMER_CLOUD = regexcache.compile(r"\b(?:main|primary|preferred|chosen|go-to|favou?rite|default|biggest|largest|"
                                     r"only|sole|exclusive|other|second|backup)\s+cloud\b")


def _owner_claims(gl: Glossary, pats: Patterns, text: str) -> list:
    """Claims of an org with a parent (or a cloud with a maker) named as another org's unit, each
    as a `_ListClaim` of groups "org31"/"prod31" (the unit's name as the product): "Waymo,
    Amazon's robotaxi unit". Looked for only where `_UNIT_PROBE` finds a unit's noun."""
    out = []
    found = [m for u in _UNIT_PROBE.finditer(text)
             if (m := pats.unit_claims.search(text, max(0, u.start() - 80), u.end())) is not None and m.end() == u.end()]
    if "'s " in text or "’s " in text:
        found += pats.unit_of_claims.finditer(text)
    bracketed = list(pats.unit_bracket_claims.finditer(text)) if "(" in text else []
    found += bracketed  # an owner in brackets after the unit ("Waymo (Tesla)")
    for m in found:
        unit, org = gl.lookup(m.group("unit31")), _org_entry(gl, m.group("org31"))
        if unit is None or org is None or not unit.is_org or not (unit.parent or unit.maker):
            continue
        if "cloud" in m.group(0)[m.end("org31") - m.start():] and (
                org.kind != "big_tech" or _CUSTOMER_CLOUD.search(text, m.end("org31"), m.end())):
            continue  # "Google Cloud, Anthropic's main cloud": the cloud a customer uses
        spans = {"org31": m.span("org31"), "prod31": m.span("unit31")}
        if m in bracketed:  # (the bracket ties the two names itself, as "Gemini (OpenAI)" does)
            spans["bracket31"] = m.span()
        out.append(_ListClaim(text, spans, m.start(), m.end()))
    return out


# an independent org (the glossary gives it no parent or maker) named another firm's: the words
# between the two names ("Glean, a Google product", "Runway, ByteDance's video startup", "Hugging
# Face, owned by Amazon", "Suno, which is an OpenAI thing"): a comma, dash or copula, a few hedges,
# then the article of the owner as an adjective, the owner as a possessive, or a verb of owning
# (words of a part or past ownership, which make "owned by" no claim of now: "the lab partly owned by")
_IND_NOT_NOW = r"(?!(?:partly|partially|once|formerly|previously|jointly|minority|not|never|until|originally)\b)"
_IND_BEFORE = regexcache.compile(
    r"(?:,\s+|\s*[—–(]\s*|\s+--?\s+|\s+(?:is|was)\s+|,?\s+(?:which|that)\s+(?:is|was)\s+|,?\s+(?:that|it|which)['’]s\s+|"
    r"\s+(?=belong)|"
    # a relative clause of owning, its owner the subject ("Groq, which Google owns", "Groq, the chip
    # startup that Google owns"): the verb after the owner (`_IND_OWNS_AFTER`)
    rf"(?P<rel>,\s+(?:(?:the|an?)\s+(?:{_IND_NOT_NOW}[a-z][\w-]*\s+){{0,3}}?(?:that|which)|which)\s+))"
    r"(?:(?:really|actually|basically|just|now|still|like|also|effectively|essentially|I\s+think|I\s+believe|"
    r"apparently|reportedly|supposedly|it['’]s|that['’]s)\s*,?\s+){0,3}"
    # an apposition's noun may stand before "owned by" ("ElevenLabs, the voice startup owned by Microsoft")
    r"(?:(?P<adj>an?\s+|the\s+)|(?P<own>(?:(?:the|an?)\s+"
    rf"(?:{_IND_NOT_NOW}(?:[a-z][\w-]*|{_DEMONYM})\s+){{1,3}}?)?(?:(?:wholly|fully|majority)[- ])?owned\s+by\s+(?:the\s+)?|"
    r"an?\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|arm|product|property)\s+of\s+(?:the\s+)?|"
    r"part\s+of\s+(?:the\s+)?|belongs?\s+to\s+(?:the\s+)?|"
    # a maker's verb: the org named another's product ("Glean, made by Google")
    r"(?:built|made|developed|created|designed|launched)\s+by\s+(?:the\s+)?))?")
_IND_OWNED_STRONG = ("owned", "subsidiary", "unit", "division")
_MADE_BY = regexcache.compile(r"(?:built|made|developed|created|designed|launched)\s")
# the last item of a list ends right before the org: "A, B and | SoftBank", "A and | SoftBank"
_LIST_END_BEFORE = regexcache.compile(r"(?-i:[A-Z])[\w&.-]*,?\s+(?:and|&)\s+\Z")
# the verb of owning after the owner of such a relative clause
# (the verb ends the clause: "which Google owns a stake in" is a part)
_IND_OWNS_AFTER = regexcache.compile(r"\s+(?:(?:now|still|fully|wholly|effectively|actually)\s+)?(?:owns|owned|controls|controlled|"
                                     # (or bought it: "Voyage AI, which Google bought earlier this year")
                                     r"(?:(?:later|then|eventually|quietly|finally)\s+)?(?:bought|acquired|purchased))"
                                     r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:now|today|outright|entirely|and|but|since|after|through|"
                                     r"earlier|last|this|in|for|back)\b)")
# after "Google's Glean": the clause goes on (a verb or punctuation), no noun of a relation
# ("Microsoft's OpenAI stake", "OpenAI's Anthropic defectors")
# after a cloud owner's possessive and another owner's cloud: a preposition or a noun of the cloud's
# own business, where a customer's relation ("bill", "credits", "spend") would stand
_CLOUD_GOES_ON = regexcache.compile(r"\s+(?:to|at|in|on|for|with|against|versus|vs\.?|growth|revenue|sales|business|"
                                    r"unit|division|arm|share|market|regions?|team|chief|head|boss|CEO|margins?|profits?)\b")
# more names after a possessed org, then a relation's noun that all of them share ("OpenAI's
# Nvidia, Oracle and Stargate deals", "Microsoft's OpenAI and Anthropic partnerships")
_LISTED_RELATION_AFTER = regexcache.compile(
    rf"(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+)[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}}){{1,5}}\s+"
    rf"(?:[a-z][\w-]*\s+)?{RELATION_NOUNS}s?\b")
_POSSESSED_ORG_ENDS = regexcache.compile(
    r"\s*(?:[,.;:!?)—–]|$)|\s+(?:is|was|has|had|have|will|would|can|could|and|or|which|that|who|released|launched|"
    r"raised|builds|built|makes|made|ships|shipped|now|also|just|recently|[a-z]+ly|"
    # a verb of what the firm does, in the present or the past ("Mastercard's Featurespace flags fraud",
    # "Amazon's Glean announced"): no relation's noun ends so ("-ed": no "feed", "seed", "speed")
    r"(?:flag|detect|score|power|offer|sell|use|run|provide|help|let|handle|process|monitor|screen|block|"
    r"catch|protect|analy[sz]e|automate|answer|write|generate|create|serve|support|plan|want|"
    r"say|claim|announce|unveil|acquire|buy|introduce|roll|debut|partner|sign|hire|cut|lay|train|"
    r"build|launch|raise|ship|develop|design|operate|employ|target|charge|lead|focus|specialize|specialise|"
    r"sit|work|compete|rank|rival|beat|outperform|cover|reach|hit|grow|expand|enter|open|close|lose|win|"
    r"need|face|keep|get|become|remain|stay|look|seem)(?:s|es)(?=\s+(?-i:[a-z$\d]))"
    # (a plural noun before its verb or a preposition: "Google's Anthropic plans are")
    r"(?!\s+(?:are|were|is|was|have|had|will|would|can|could|may|might|must|should|and|or|of|for|from|with|that|which)\b)|"
    r"(?:sold|ran|led|won|lost|got|became|said|bought|grew|kept|beat|wrote)(?=\s+(?-i:[a-z$\d]))|"
    r"(?-i:[a-z]{3,}ed)(?<!need)(?<!seed)(?<!feed)(?<!speed)(?<!breed)(?<!greed)(?<!shed)(?<!bed)(?<!red)(?![\w'’-]))\b")
# what a unit makes after the unit said as another's ("Tencent's Kunlunxin chips are",
# "Tencent's Kunlunxin P800 chips run", "Google's Zoox robotaxi fleet is"): the unit's goods are
# claimed for the possessor too
_POSSESSED_UNIT_GOODS = regexcache.compile(rf"\s+(?:[A-Z]*\d[\w-]*\s+)?(?:[a-z][\w-]*\s+)?(?:{_APPOSITION_KINDS}s?|fleet|"
                                           rf"robotaxis?|cars?|vehicles?|servers?)\b")
_GOODS_VERB_AFTER = regexcache.compile(r"\s+(?:are|were|run|ran|power|powered|handle|serve|ship|shipped|sit|now|also)\b")
_IND_KINDS = frozenset(("ai_lab", "company", "chip_maker"))
# after "Alibaba's DeepSeek": a lab's name used as its model's ("Alibaba's DeepSeek model", "Meta's
# Anthropic chatbot"), maybe one describing word between ("Google's Mistral open model")
_POSSESSED_ORG_MODEL = regexcache.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:models?|LLMs?|chatbots?)(?![\w'’-])")


def _unit_goods_claim(text: str, end: int) -> bool:
    """Do a unit's goods after its possessed name ("Tencent's Kunlunxin P800 chips") make a
    claim, their clause going on with a verb or ending? "Apple's AWS cloud bill" is what Apple
    pays for, no claim."""
    goods = _POSSESSED_UNIT_GOODS.match(text, end)
    return goods is not None and bool(_POSSESSED_ORG_ENDS.match(text, goods.end()) or _GOODS_VERB_AFTER.match(text, goods.end()))


@lru_cache(maxsize=8)
def _ind_tails(nouns: tuple, relations: tuple) -> tuple[re.Pattern, re.Pattern]:
    """What follows the owner's name in `_independent_claims`: after an article, the owner as an
    adjective and a noun of rules/attribution.yaml `org_unit_nouns` ("a Google product", "the
    Microsoft voice lab"); else its possessive and such a noun ("ByteDance's video startup"). At
    most two describing words between, none of `relation_words` ("Nvidia's favourite startup"),
    nor a relation after the noun ("Google's product partner")."""
    rel = _words_alt(relations) if relations else "(?!)"
    # (no preposition: "Hugging Face is the GitHub of models" is a likeness)
    word = rf"(?!(?:{rel}|of|for|to|in|on|at|with|than|like|from|by)(?![\w-]))(?:AI|ML|[a-z][\w-]*|[A-Z][a-z]+)"
    noun = (rf"(?:{_words_alt(nouns)})(?![\w-])(?!\s+(?:{rel}|provider|host|of\s+choice|credits?|bills?|contracts?|"
            r"deals?|spend|usage|capacity|regions?|accounts?|alternative|backer|investor|rival)\b)")
    return (regexcache.compile(rf"(?:-owned(?![\w-])|(?![\w'’-])\s+(?:{word}\s+){{0,2}}?{noun})"),
            regexcache.compile(rf"(?:['’]s|(?<=s)['’])\s+(?:{word}\s+){{0,2}}?{noun}"))


_CONTEXT_ARTICLE = regexcache.compile(r"(?:(?:An?|The)\s+)?")


@lru_cache(maxsize=8)
def _ind_context_heads(nouns: tuple, relations: tuple) -> tuple[re.Pattern, re.Pattern]:
    """An independent org's context that starts by naming it another firm's: its noun of
    rules/attribution.yaml `org_unit_nouns` and "by", "from" or "of" before the owner ("Enterprise
    search product made by Google"); or after the owner at its start, as an adjective or a
    possessive ("A Microsoft voice lab", "ByteDance's video startup"), lowercase words between,
    none of `relation_words`."""
    rel = _words_alt(relations) if relations else "(?!)"
    word = rf"(?!(?:{rel})(?![\w-]))(?:AI|ML|[a-z][\w-]*)"
    noun = rf"(?i:{_words_alt(nouns)})(?![\w-])"
    return (regexcache.compile(rf"(?:(?:An?|The|Its)\s+)?(?:(?:{word}|[A-Z][a-z]+)\s+){{0,3}}?{noun}\s+"
                               r"(?:(?:made|built|developed|created|designed|run|operated|owned)\s+)?(?:by|from|of)\s+(?:the\s+)?"),
            # a country's adjective among the words ("Meta's European AI lab")
            regexcache.compile(rf"(?:['’]s)?\s+(?:(?:{word}|{_DEMONYM})\s+){{0,2}}?{noun}(?!\s+(?:{rel}|provider|customer)\b)"))


@lru_cache(maxsize=8)
def _not_owner_after(words: tuple) -> re.Pattern:
    """After a firm's name: a word of rules/attribution.yaml `owner_not_before` ("the Google alumni
    network"), or a name character (the firm's name is part of a longer word)."""
    return regexcache.compile(rf"[\w'’-]|\s+(?:{_words_alt(words) if words else '(?!)'})\b")


def _independent(gl: Glossary, e: Entry | None) -> bool:
    """Is `e` an AI lab, company or chip maker of no parent and no maker: independent?"""
    return e is not None and e.kind in _IND_KINDS and not e.parent and not e.maker


def _independent_claims(gl: Glossary, ind_forms: frozenset, knowledge, text: str, names: list, skip=(),
                        unit_forms: frozenset = frozenset()) -> list:
    """Claims of an independent org named another firm's product, unit or property, each a
    `_ListClaim` of groups "org48"/"prod48" (the org as the product): "Glean, a Google product",
    "ElevenLabs, the Microsoft voice lab", "Hugging Face, owned by Amazon". Not of an owner of
    rules/attribution.yaml `owners` (a deal the glossary does not record: "Groq, Nvidia's
    inference business"), nor a backer's company ("a Y Combinator company"). A claim that
    `_acquisitions` finds is left to it (`skip`: the starts of its claims). `ind_forms`: the
    names of the independent orgs (a set look-up first: most pairs of orgs are lists). An org with a
    parent (`unit_forms`) after another's possessive is claimed too ("Amazon's Waymo will ..."),
    unless the two are sisters ("Google's Waymo": Alphabet's both)."""
    out = []
    words = None
    for (a, b, is_org, _), (a2, b2, is_org2, _) in zip(names, names[1:]):
        if not (is_org and is_org2) or a2 - b > 60 or a in skip:
            continue
        if a2 - b <= 3 and _BRACKET_OPEN.fullmatch(text, b, a2) and _BRACKET_CLOSE.match(text, b2):
            if (claim := _bracket_owner_claim(gl, person_words(knowledge), text, a, b, a2, b2)) is not None:
                out.append(claim)
            continue
        possessed = a2 - b == 3 and text.startswith(("'s ", "’s "), b)
        named = text[a2:b2] if possessed else text[a:b]  # the org said to be another's
        if named not in ind_forms and named not in unit_forms:
            continue
        if words is None:
            words = person_words(knowledge)
            adj_tail, poss_tail = _ind_tails(words.org_unit_nouns, words.relation_words)
            not_owner = _not_owner_after(words.owner_not_before)
        if possessed:  # "Google's Glean is ..."
            if _LISTED_RELATION_AFTER.match(text, b2):
                continue  # "OpenAI's Nvidia, Oracle and Stargate deals": the firm's deals with each
            unit, owner = gl.lookup(text[a2:b2]), _org_entry(gl, text[a:b])
            if unit is not None and unit.is_org and unit.parent and not unit.maker and owner is not None and \
                    owner not in gl.chain(unit) and not any(e in gl.chain(unit)[1:] for e in gl.chain(owner)) and \
                    owner.name not in words.backers and (_POSSESSED_ORG_ENDS.match(text, b2) or _unit_goods_claim(text, b2) or (
                        unit.kind == "cloud" and owner.name in _cloud_owners(id(gl), gl) and _CLOUD_GOES_ON.match(text, b2))) and \
                    not any(o.name in words.owned_by.get(unit.name, ()) for o in gl.chain(owner)):
                out.append(_ListClaim(text, {"org48": (a, b), "prod48": (a2, b2)}, a, b2))  # "Amazon's Waymo will"
            elif unit is not None and unit.kind == "cloud" and unit.maker and owner is not None and \
                    owner.name in _cloud_owners(id(gl), gl) and owner not in gl.chain(unit) and \
                    not any(e in gl.chain(unit) for e in gl.chain(owner)) and (
                        _POSSESSED_ORG_ENDS.match(text, b2) or _CLOUD_GOES_ON.match(text, b2)):
                # "Google's Azure is growing", "Amazon's Azure growth", "hyperscalers such as
                # Microsoft's AWS at the software layer": a cloud's owner has its own; another's cloud
                # is no customer's account there (not "Google's Azure bill", nor "OpenAI's Azure")
                out.append(_ListClaim(text, {"org48": (a, b), "prod48": (a2, b2)}, a, b2))
            elif _independent(gl, unit) and owner is not None and owner is not unit and \
                    owner.name not in words.backers and (
                        _POSSESSED_ORG_ENDS.match(text, b2)
                        # (a host's or a cloud's models are the ones it serves: "AWS's Anthropic models")
                        or (_POSSESSED_ORG_MODEL.match(text, b2) and owner.kind != "cloud"
                            and owner.name not in words.hosts and _makes_models(gl, unit))) and \
                    not any(o.name in words.owned_by.get(unit.name, ()) for o in gl.chain(owner)):
                out.append(_ListClaim(text, {"org48": (a, b), "prod48": (a2, b2)}, a, b2))
            continue
        pre = _IND_BEFORE.fullmatch(text, b, a2)
        if pre is None:
            continue
        own = pre.group("own")
        if pre.group("rel"):
            if pre.group("adj") or own or (tail := _IND_OWNS_AFTER.match(text, b2)) is None:
                continue  # "Groq, which Google backs": no owning
            own = "owned"
        else:
            tail = None if own else (adj_tail if pre.group("adj") else poss_tail).match(text, b2)
        if not own and tail is None or own and not pre.group("rel") and (not_owner.match(text, b2) or _CAPITAL_AFTER.match(text, b2)):
            continue  # "part of the Nvidia ecosystem", "part of Google Workspace": no owner
        unit, owner = gl.lookup(text[a:b]), _org_entry(gl, text[a2:b2])
        if owner is None or owner is unit or unit is None:
            continue
        if not _independent(gl, unit) and not (
                # a unit's owner as a possessive ("Tegus, Hebbia's expert-call library"), or as the
                # subject of a relative clause of owning ("Voyage AI, which Google bought"); other
                # shapes of a unit's owner are `_acquisitions`' claims
                ((not own and not pre.group("adj") and tail is not None and "-owned" not in tail.group())
                 or (pre.group("rel") and tail is not None))
                and unit.is_org and unit.parent and not unit.maker and owner not in gl.chain(unit)
                and not any(e in gl.chain(unit)[1:] for e in gl.chain(owner))):
            continue  # a unit named its own owner's or a sister's ("Waymo, Google's self-driving unit": Alphabet's both)
        right = words.owned_by.get(unit.name, ())
        if any(o.name in right for o in gl.chain(owner)):
            continue  # "Groq, Nvidia's inference business": a deal the glossary does not record
        if own and _MADE_BY.match(own) and _LIST_END_BEFORE.search(text, max(0, a - 40), a):
            continue  # "with Oracle, Cisco and SoftBank, built by G42": the list's project was built, no firm of it
        strong = (own and any(w in own for w in _IND_OWNED_STRONG)) or (tail and "-owned" in tail.group())
        if not strong and owner.name in words.backers:
            continue  # "Glean, a Sequoia company": one it funds
        out.append(_ListClaim(text, {"org48": (a2, b2), "prod48": (a, b)}, a, tail.end() if tail else b2))
    return out


_BRACKET_OPEN = regexcache.compile(r" ?\( ?")
_BRACKET_CLOSE = regexcache.compile(r" ?\)")
_BACKED_KINDS = frozenset(("big_tech", "cloud"))  # what funds and hosts AI labs ("OpenAI (Microsoft)" names a partner)


def _bracket_owner_claim(gl: Glossary, words, text: str, a: int, b: int, a2: int, b2: int):
    """The claim of an org and another alone in brackets after it, where one of the two is
    independent (no parent, no maker), or the second a unit of a third firm, and the other is not
    its owner: the bracket ties them as firm and owner, or owner and unit ("Lovable (Vercel)",
    "LG Electronics (Rainbow Robotics)", Samsung's).
    Not of two orgs the glossary relates (a parent, a unit, sisters, a deal in rules/attribution.yaml
    `owners`), a backer's company, a lab beside the big tech firm or cloud that funds or hosts it
    ("OpenAI (Microsoft)", "Microsoft (OpenAI)"), a host of models, nor a chip maker's foundry."""
    first, second = _org_entry(gl, text[a:b]), _org_entry(gl, text[a2:b2])
    if first is None or second is None or first is second or first.parent or first.maker:
        return None  # (a unit before its owner in brackets is `_owner_claims`' "Waymo (Tesla)")
    if _independent(gl, first):
        unit, owner, spans = first, second, {"org48": (a2, b2), "prod48": (a, b)}
    elif _independent(gl, second) or (second.parent and not second.maker):
        # (a unit in brackets after another firm than its parent: "LG Electronics (Rainbow Robotics)")
        unit, owner, spans = second, first, {"org48": (a, b), "prod48": (a2, b2)}
    else:
        return None
    if owner.kind not in _COMPANY_KINDS or owner.name in words.backers or owner.name in words.foundries \
            or (owner.name in words.hosts and (unit.kind == "ai_lab" or _makes_models(gl, unit))) or unit.name in words.hosts:
        return None
    if unit.kind == "ai_lab" and owner.kind in _BACKED_KINDS:
        return None
    chain_u, chain_o = gl.chain(unit), gl.chain(owner)
    if unit in chain_o or owner in chain_u or any(e in chain_u for e in chain_o[1:]):
        return None  # one the other's, or sisters
    owned = words.owned_by
    if any(o.name in owned.get(unit.name, ()) for o in chain_o) or any(u.name in owned.get(owner.name, ()) for u in chain_u):
        return None  # a deal the glossary does not record ("Scale AI (Meta)")
    return _ListClaim(text, spans, a, b2 + len(_BRACKET_CLOSE.match(text, b2).group()))


def _after_possessive(pats: Patterns, text: str, heads: list) -> list:
    """The claims that start at the product of a maker's possessive (`org3`, "Apple's M4"), which
    `_claims_in` passes over: "Apple's M4 chip was designed by Intel". Not after a comparison or a
    move before the possessive ("a competitor to Google's Gemini built by OpenAI": the rival is
    what OpenAI built)."""
    out = []
    for h in heads:
        if h.first == "org3" and (m := pats.claims.match(text, h.start("prod3"), len(text))) is not None and \
                not _NOT_A_CLAIM.search(text, max(0, h.start() - 40), h.start()):
            out.append(m)
    return out


# between a product and a maker after "from" (`_from_longer_claims`): `prod4`'s words
_FROM_GAP = regexcache.compile(
    rf"{_VERSION}(?![\w-]){_KIND_BEFORE_MAKER}(?:,?\s+|\s*[—–(]\s*|\s+--?\s+|['’]s\s+)"
    r"(?:(?:which|that)\s+(?:was|is|were|are)\s+|(?:was|is|were|are)\s+|(?:that|it)['’]s\s+)?"
    r"(?:from|out\s+of|courtesy\s+of)\s+(?:the\s+)?")
_CAPITAL_AFTER = regexcache.compile(rf"\s+{_CAPITAL_NOT_I}")
# a bare "from" right after the product's words, before a host's name ("Llama 3 from Hugging Face"),
# not after a copula or a comma ("Llama is from Hugging Face"): what `hosts` of rules/attribution.yaml asks
# a capitalised word after a product's name and before its bracket: an edition the glossary lacks
# ("Gemini Deep Think (OpenAI)"), or a third party's tool named after the product
_EDITION_WORD = regexcache.compile(r"\s(?-i:[A-Z])")
_FROM_HOST = regexcache.compile(r"(?<![\s,—–(])(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!['’]s)\s+(?:from|over\s+at)\s+$")


def _from_longer_claims(pats: Patterns, text: str, names: list) -> list:
    """"Phi is from Google DeepMind", "Gemma from Mistral AI": a maker after "from" whose name
    starts with a shorter maker's before a capitalised word, which `prod4` reads as a place or an
    event there ("from Google I/O"); the longer name, not followed by a capital, is the maker. As
    `prod4` claims (its groups)."""
    out = []
    for (a, b, _, is_prod), (a2, b2, is_org2, _) in zip(names, names[1:]):
        if not (is_prod and is_org2) or a2 - b > 60 or " " not in text[a2:b2]:
            continue
        org = text[a2:b2]
        if not any(org[:k] in pats.org_forms for k in range(len(org)) if org[k] == " ") or _CAPITAL_AFTER.match(text, b2):
            continue
        if _FROM_GAP.fullmatch(text, b, a2) is None:
            continue
        out.append(_ListClaim(text, {"org4": (a2, b2), "prod4": (a, b)}, a, b2))
    return out


# the makers of a product, named as such ("the makers of ChatGPT", "the same people who did Sora")
_VIA_WHO = (r"(?:(?:makers?|creators?|developers?)\s+of|(?:makers?|creators?|developers?|people|folks|team|company|lab|guys|ones)"
            r"\s+(?:behind|who\s+(?:also\s+)?(?:made|make|makes|built|build|builds|did|do|does|created|create|gave\s+us|brought\s+us|"
            r"are\s+behind)))\s+")
_VIA_PROBE = regexcache.compile(_VIA_WHO)
_VIA_THE_BEFORE = regexcache.compile(r"(?<![\w-])[Tt]he\s+(?:(?:same|very)\s+)*$")
_ARTICLE_THE = regexcache.compile(r"(?:the\s+)?")
# the product before the makers ("Gemini comes from the makers of ...", "Sora's from the people who did ...")
_VIA_BEFORE = regexcache.compile(r"(?:['’]s|\s+(?:is|was|are|were)|,)?\s+(?:(?:also|really|actually|basically)\s+)?"
                                 r"(?:(?:comes?|came)\s+)?(?:(?:made|built|developed|created|trained|brought\s+to\s+you)\s+by|"
                                 r"from)\s+$")
# the product after the makers and the other product ("... ChatGPT also put out Gemini"), not a relation to it
_VIA_AFTER = regexcache.compile(r",?\s+(?:(?:also|then|just|now|recently|have|has)\s+)?(?:made|built|created|developed|"
                                r"trained|released|launched|put\s+out|puts?\s+out|dropped|shipped|gave\s+us|brought\s+us|"
                                r"(?:are|is|were|was)\s+(?:also\s+)?behind|comes?|came)\s+(?:the\s+|its\s+|their\s+)?")
_PRODUCT_TEAM_AFTER = regexcache.compile(r"(?:['’]s)?\s+(?:team|folks|people|engineers|guys|makers|creators|developers|founders)\b(?!['’])")
_VIA_NOT_AFTER = regexcache.compile(r"\s+(?:rival|competitor|clone|alternative|killer|integration)s?\b")
# where `_via_claims` looks for `_VIA_WHO` (`WrongMaker` asks the text first for " who ", " behind "
# or a maker's noun, which it needs)
# a phrase closing a list that gives all its items one maker ("..., both from Meta", "..., all three
# made by OpenAI", "..., both Meta frameworks"): up to the maker's name (`WrongMaker._group_claims`)
_GROUP_MAKER = regexcache.compile(
    r",\s+(?:both|all(?:\s+(?:two|three|four|five|of\s+them))?)\s+(?:(?:(?:developed|built|made|created|trained|designed)\s+)?"
    r"(?:by|from)\s+)?(?:the\s+)?")
_GROUP_FROM = regexcache.compile(r",\s+\w+(?:\s+\w+)?(?:\s+of\s+them)?\s+(?:[a-z]+\s+)?(?:by|from)\s")
_GROUP_KIND_AFTER = regexcache.compile(
    rf"(?:['’]s)?\s+(?:(?:[a-z][\w-]*|AI)\s+){{0,2}}?(?:{_APPOSITION_KINDS}|models|frameworks|libraries|chips|GPUs)s?\b")
_GROUP_SEP = regexcache.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+")
_IS_PRODUCT = itemgetter(3)  # of a name found (`Patterns.names_in`)
_VIA_WORDS = ("maker", "creator", "developer", "people ", "folks ", "team ", "company ", "guys ", " ones ", " lab ")


def _via_claims(text: str, names: list) -> list:
    """Claims of a product tied to the maker of another product, as `_ListClaim`s of groups
    "org33"/"prod33" ("Gemini comes from the makers of ChatGPT") or "org34"/"prod34" ("the people
    who make ChatGPT also put out Gemini"), the other product standing for its maker (`WrongMaker`).
    Looked for at the makers' nouns (`_VIA_WORDS`); the products are among `names` (no trie of
    them compiled for a rare shape)."""
    ends = {}  # a product's end, with its version -> its span
    for a, b, _, is_prod in names:
        if is_prod and (v := _VERSION_AFTER.match(text, b)) is not None:
            ends[v.end()] = (a, b)
    starts = {a: (a, b) for a, b, _, is_prod in names if is_prod}
    out = []
    for w in _VIA_WORDS:
        i = text.find(w)
        while i != -1:
            at = i + (w[0] == " ")
            p = _VIA_PROBE.match(text, at)
            the = _VIA_THE_BEFORE.search(text, max(0, at - 24), at) if p is not None else None
            other = starts.get(_ARTICLE_THE.match(text, p.end()).end()) if the is not None else None
            if other is not None and (v := _VERSION_AFTER.match(text, other[1])) is not None:
                before = _VIA_BEFORE.search(text, max(0, the.start() - 80), the.start())
                after = _VIA_AFTER.match(text, v.end())
                if before is not None and (prod := ends.get(before.start())) is not None:
                    out.append(_ListClaim(text, {"org33": other, "prod33": prod}, prod[0], v.end()))
                elif after is not None and (prod := starts.get(after.end())) is not None and (
                        e := _VERSION_AFTER.match(text, prod[1])) is not None and not _VIA_NOT_AFTER.match(text, e.end()):
                    out.append(_ListClaim(text, {"org34": other, "prod34": prod}, the.start(), e.end()))
            i = text.find(w, i + 1)
    return out


def _team_claims(text: str, names: list) -> list:
    """Claims of a product tied to the people of another product after it ("Windsurf was built by
    Cursor's team", "... by the Cursor folks"), as `_via_claims`' "org33"/"prod33" claims."""
    out = []
    products = [(a, b) for a, b, _, is_prod in names if is_prod]
    for a, b in products:
        if (v := _VERSION_AFTER.match(text, b)) is None or (team := _PRODUCT_TEAM_AFTER.match(text, v.end())) is None:
            continue
        at = a - 4 if text.startswith(("the ", "The "), a - 4) else a
        if (before := _VIA_BEFORE.search(text, max(0, at - 80), at)) is None:
            continue
        for pa, pb in products:
            if pa < a and (e := _VERSION_AFTER.match(text, pb)) is not None and e.end() == before.start():
                out.append(_ListClaim(text, {"org33": (a, b), "prod33": (pa, pb)}, pa, team.end()))
    return out


# after a product, its maker in another language: German "von", French "de" or "par", Spanish
# "de" or "por", Portuguese "da", "do" or "pela", Italian "di" or "da", Dutch "van", Swedish,
# Danish and Norwegian "från", "fra", "av" or "af", Polish "od", "przez" or the genitive "firmy"
# (of the company), Malay "keluaran" (a product of), Ukrainian "від", Russian "от", Vietnamese
# "của", Greek "από", maybe after a participle of making ("Gemini von Meta", "Claude, développé par
# Google", "Llama, utvecklad av OpenAI") or an apposition of the product's kind ("Mistral Large,
# le modèle de Google", "Claude, el modelo de OpenAI", "Qwen, model firmy Baidu": no article in
# Polish or after a Scandinavian comma)
_FOREIGN_BY = regexcache.compile(
    r"(?P<apposed>,\s+(?:(?:le|la|l['’]|el|lo|il|o|a|das|der|die|het|de|en|ett)\s*)?(?:[\w-]+\s+)?"
    r"(?:modèle|modelo|modello|Modell|model|modell|modellen|assistant|asistente|assistente|Assistent|asystent|"
    r"chatbot|Chatbot|produit|producto|produto|prodotto|Produkt|produkt|produkten|outil|herramienta|ferramenta|"
    r"strumento|Werkzeug|narzędzie|verktyg|"
    r"LLM|IA|KI)(?=\s+(?:von|de|del|par|por|da|do|pela|pelo|di|dal|della|van|från|fra|av|af|od|przez|firmy)\s))?"
    r"(?(apposed)|(?:,?\s+(?:entwickelt|gebaut|trainiert|développé|conçu|créé|entraîné|desarrollado|creado|"
    r"entrenado|desenvolvido|criado|treinado|sviluppato|creato|addestrato|ontwikkeld|gemaakt|utvecklad|byggd|"
    r"skapad|tränad|udviklet|utviklet|opracowany|opracowana|stworzony|stworzona|wytrenowany|zbudowany|"
    r"dikembangkan|dibuat|dirilis|dilatih|dibangun|"
    r"розроблений|розроблена|розроблено|створений|створена|разработанный|разработанная|разработано|созданный|созданная))?)"
    # (Indonesian and Malay: "dikembangkan oleh Google", "DeepSeek-R1 buatan Alibaba", "besutan",
    # "Copilot keluaran Google"; Ukrainian and Russian "від", "от"; Vietnamese "của"; Greek "από")
    r"\s+(?:von|de|del|par|por|da|do|pela|pelo|di|dal|della|van|från|fra|av|af|od|przez|firmy|oleh|buatan|besutan|"
    r"garapan|keluaran|terbitan|від|от|компанії|компании|của|από(?:\s+τη[νς]?)?)\s+")


# the maker first, in languages that put a participle of making before its noun: Turkish
# "Google'ın geliştirdiği Claude", Hungarian "a Google által fejlesztett Claude", German "das von
# Google entwickelte Claude", Dutch "het door Google ontwikkelde Claude", Finnish "OpenAI:n kehittämä
# Gemini": matched after the maker's name, the product's name right after it (Japanese, Chinese and
# Korean glue the particle to the name: "Googleが" is no whole name to start from)
_FOREIGN_MAKER_FIRST = regexcache.compile(
    r"(?:['’](?:ın|in|un|ün|nın|nin|nun|nün)\s+(?:geliştirdiği|ürettiği|yaptığı|tasarladığı|eğittiği|oluşturduğu)"
    r"|\s+által\s+(?:fejlesztett|készített|létrehozott|tervezett|betanított|épített)"
    r"|\s+(?:entwickelte|gebaute|trainierte|entworfene|geschaffene|ontwikkelde|gebouwde|"
    r"gemaakte|getrainde)[a-z]?"
    r"|:n\s+(?:kehittämä|tekemä|luoma|kouluttama|rakentama))\s*")
_MAKER_FIRST_LITERALS = ("geliştir", "ürettiği", "yaptığı", "tasarladığı", "eğittiği", "oluşturduğu", "által",
                         "entwickelte", "gebaute", "trainierte", "entworfene", "geschaffene", "ontwikkelde",
                         "gebouwde", "gemaakte", "getrainde", ":n ", "'ın ", "'in ", "'un ", "'ün ", "’ın ", "’in ",
                         "’un ", "’ün ", "nın ", "nin ", "nun ", "nün ")


def _maker_first_claims(text: str, names: list) -> list:
    """Claims written maker first in another language (`_FOREIGN_MAKER_FIRST`), as the "from"
    claims of `_foreign_claims` ("org51"/"prod51"): the maker's name, a participle of making, then
    the product's name."""
    if not any(w in text for w in _MAKER_FIRST_LITERALS):
        return []
    prods = {a: (a, b) for a, b, _, is_prod in names if is_prod}
    out = []
    for a, b, is_org, _ in names:
        if is_org and (m := _FOREIGN_MAKER_FIRST.match(text, b)) is not None and (prod := prods.get(m.end())) is not None:
            if m.group(0).lstrip().startswith(("entwickelte", "gebaute", "trainierte", "entworfene", "geschaffene",
                                               "ontwikkelde", "gebouwde", "gemaakte", "getrainde")) and \
                    _VON_BEFORE.search(text, max(0, a - 6), a) is None:
                continue  # (the German and Dutch participles only after "von" or "door" before the maker)
            out.append(_ListClaim(text, {"org51": (a, b), "prod51": prod}, a, prod[1]))
        elif is_org and (m := _TURKISH_GENITIVE.match(text, b)) is not None and (prod := prods.get(m.end())) is not None \
                and (k := _TURKISH_KIND_AFTER.match(text, prod[1])) is not None:
            out.append(_ListClaim(text, {"org51": (a, b), "prod51": prod}, a, k.end()))
    return out


# Turkish: the maker's genitive before the product and its kind with the possessed ending ("Meta'nın
# Claude modeli", Meta's Claude model): an "X's Y model" of English
_TURKISH_GENITIVE = regexcache.compile(r"['’](?:ın|in|un|ün|nın|nin|nun|nün)\s+")
# (the kind takes a case ending too: "Meta'nın Claude modelini")
_TURKISH_KIND_AFTER = regexcache.compile(r"(?:\s+[\w.-]+){0,2}?\s+(?:modeli|modelleri|asistanı|asistani|ürünü|aracı|çipi|"
                                         r"serisi|ailesi|sohbet\s+botu|yapay\s+zekâsı|yapay\s+zekası)\w*")


_VON_BEFORE = regexcache.compile(r"(?:von|door)\s+$")


def _foreign_claims(text: str, names: list) -> list:
    """Claims of a product and its maker written in another language (`_FOREIGN_BY`), as
    `_ListClaim`s of groups "org50"/"prod50" (an apposition: "Claude, el modelo de OpenAI", which
    names the maker whatever verb comes before it, as "Claude, the OpenAI model" does) or
    "org51"/"prod51" (as "from": "Gemini von Meta")."""
    orgs = {a: (a, b) for a, b, is_org, _ in names if is_org}
    out = []
    for a, b, _, is_prod in names:
        if is_prod and (v := _VERSION_AFTER.match(text, b)) is not None and (
                by := _FOREIGN_BY.match(text, v.end())) is not None and (org := orgs.get(by.end())) is not None:
            n = "50" if by.group("apposed") else "51"
            out.append(_ListClaim(text, {"org" + n: org, "prod" + n: (a, b)}, a, org[1]))
    return out


# a plural of a product's name ("H100s", "TPUs"): after a possessive or "from" a customer's or a
# seller's units ("Meta's H100s", "H100s from Dell"), a maker's only of a chip maker or an AI lab
_PLURAL = regexcache.compile(r"[\w.-]*(?<=[\dA-Z])s(?![\w-])")

# before "Product, Maker": the maker named as who makes the product ("the company behind Grok, Google")
_BEHIND_BEFORE = regexcache.compile(
    r"\b(?:company|lab|startup|start-up|firm|team|maker|creator|developer|builder)\s+(?:behind|of|"
    r"(?:that|which)\s+(?:makes|made|builds|built|creates|created|develops|developed|trains|trained))\s+(?:the\s+)?$", re.I)

# after "released by Nvidia": the product under another name is the maker's derivative of it
# ("Llama ... released by Nvidia as Nemotron"), no claim of who made the product
_RENAMED_AFTER = regexcache.compile(r"\s+(?:as|under\s+the\s+(?:name|brand))\s+(?:the\s+)?[A-Z]")

# an entity's name of two parts: a maker's one-word name, then a product's name ("Google Claude")
_MAKER_PRODUCT_NAME = regexcache.compile(r"\s*(?P<org>[A-Za-z][\w.-]*)\s+(?P<prod>[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}?)\s*$")

_PAIR_GAP = 90  # characters between a maker and a product that a claim can span


def claim_windows(text: str, names: list[tuple[int, int, bool, bool]]) -> list[list[int]]:
    """[lo, hi] spans of `text` around each maker and product at most `_PAIR_GAP` apart (merged
    where they overlap): the only places a claim can stand."""
    windows: list[list[int]] = []
    count = len(names)
    for i, (a, b, is_org, is_prod) in enumerate(names):
        for j in range(i + 1, count):  # not names[i + 1:]: a copy of the rest per name is quadratic
            a2, b2, is_org2, is_prod2 = names[j]
            if a2 - b > _PAIR_GAP:
                break
            if (is_org and is_prod2) or (is_prod and is_org2):
                lo, hi = max(0, a - 1), min(len(text), b2 + 40)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], hi)
                else:
                    windows.append([lo, hi])
    return windows


def _claims_in(pats: Patterns, text: str, names: list[tuple[int, int, bool, bool]], windows: list | None = None):
    """Claim matches, searched only around places where a maker and a product stand close.

    One trie regex finds the names (a few per text, see `Patterns.names_in`); the claim
    patterns, which are slow to try at every position of a long text, then run only on the
    short windows around close pairs (`windows`, if the caller has them).
    """
    if windows is None:
        windows = claim_windows(text, names)
    # `claims.finditer(text, lo, hi)`, tried only where a maker or product name starts: every
    # claim begins with one (after no word character or hyphen), and `starts` finds those places
    # from their first character instead of trying the claim patterns at every position
    # `starts` matches the longest name at each such place (its trie tries longer names first),
    # which is what `claims.match_name` needs to know
    claims, starts = pats.claims, pats.claims.starts
    for lo, hi in windows:
        pos = lo
        shapes = claims.shapes_in(text, lo, hi)
        while (s := starts.search(text, pos, hi)) is not None:
            m = claims.match_name(text, s.group(), s.start(), hi, shapes)
            if m is None:
                pos = s.start() + 1
            else:
                yield m
                # a maker's name before its product ("Amazon CodeWhisperer, Google's tool"): the
                # product may start a claim of its own
                pos = m.start("prod43") if m.first == "org43" else m.end()


def _by_episode(batch) -> list[tuple[object, list[str], list[str]]]:
    """The free texts of the batch grouped by episode: [(episode, [field path, ...], [text, ...]), ...]."""
    rows = list(batch.texts())
    if not rows:
        return []
    # where a run of one episode's rows starts: the episodes of neighbouring rows compared by
    # identity in C (no key function called per row)
    eps = list(map(_EPISODE, rows))
    starts = [0, *compress(range(1, len(rows)), map(is_not, eps, islice(eps, 1, None))), len(rows)]
    paths, texts = list(map(_PATH, rows)), list(map(_TEXT, rows))
    return [(eps[a], paths[a:b], texts[a:b]) for a, b in zip(starts, islice(starts, 1, None))]


_EPISODE, _PATH, _TEXT = itemgetter(0), itemgetter(1), itemgetter(2)


def episode_names(batch) -> list[tuple[object, list[str], list[str], str, list, list]]:
    """For each episode (`_by_episode`): (episode, paths, texts, the texts joined by newlines, the
    names `Patterns.names_in` finds in each text, the people's names it sets apart), once per
    batch: A401 reads them, and A404 asks which texts name two organisations."""
    def compute():
        pats = patterns_for(attribution_glossary(batch.knowledge))
        out = []
        for ep, paths, texts in _by_episode(batch):
            people: list = []
            joined = "\n".join(texts)
            out.append((ep, paths, texts, joined, pats.names_in(texts, people, joined), people))
        return out
    return batch.shared("attribution-names", compute)


# a spoken filler between commas ("Copilot, you know, the Amazon assistant", "ChatGPT is, uh,
# Google's chatbot"): the claims read the text without them (`_unfilled`). Searched from its comma
# (a literal: fast); a hesitation with no commas ("is uh Google's") is not looked for
_FILLER_WORDS = (r"(?:[Uu]h+|[Uu]m+|[Ee]rm?|you\s+know|I\s+mean|like|kind\s+of|sort\s+of|basically|actually|honestly|"
                 r"literally|I\s+think|I\s+guess|I\s+believe|if\s+I\s+remember\s+(?:right|correctly)|of\s+course|right|so|well|okay|"
                 r"by\s+the\s+way|mind\s+you|again|obviously|remember|as\s+you\s+know|"
                 # hedges of a speaker unsure of the fact ("which, if I'm not mistaken, OpenAI makes")
                 r"if\s+I['’]m\s+not\s+mistaken|I\s+want\s+to\s+say|I['’]m\s+(?:pretty\s+|fairly\s+)?sure|I\s+suppose|"
                 r"if\s+memory\s+serves|apparently|supposedly|reportedly|"
                 # a speaker searching for the word ("Claude is, what, a Google model?")
                 r"what|what\s+is\s+it|how\s+do\s+you\s+say)")
# several in a row are one ("was, um, you know, Ford's")
_FILLER = regexcache.compile(rf",\s*{_FILLER_WORDS}(?:\s*,\s*{_FILLER_WORDS})*\s*,(?=\s)")
# markdown bold closed before a claim's connective ("**Magistral**, Cohere's model", "**DeepSeek-V3**
# was trained by"): read without its asterisks, as a filler (searched only in texts holding "**")
_BOLD = regexcache.compile(r"\*\*(?=\s*[,(—–]|\s+(?:is|was|by|from|comes|came|released|built|developed|made|created|trained)\b)")
_FILLER_OR_BOLD = regexcache.compile(f"{_FILLER.pattern}|{_BOLD.pattern}")
# before a filler between commas: a word that the claim goes on from, so no comma is left
# ("is, uh, Google's" -> "is Google's"); after any other word the commas were the clause's own
# ("Copilot, you know, the ..." -> "Copilot, the ...")
_GOES_ON_BEFORE = regexcache.compile(r"(?:\b(?:is|was|are|were|from|by|of|the|a|an|its|their|with|to|at|which|that)|['’]s)$")
# or a verb of making after it: the filler stood between a subject and its verb ("Microsoft, I
# think, built Gemini" -> "Microsoft built Gemini")
_VERB_GOES_ON = regexcache.compile(r"\s*(?:built|made|developed|created|trained|designed|released|open[- ]sourced|"
                                   r"makes|builds|develops|trains|designs|releases|put\s+out|puts\s+out)\b")


# a word of the claim said twice with a filler between ("which, um, which OpenAI makes",
# "from, uh, from Meta", "that's, um, that's Pika's"): read once
_WORD_BEFORE = regexcache.compile(r"(\w+(?:['’]\w+)?)$")
_WORD_AFTER = regexcache.compile(r"\s*(\w+(?:['’]\w+)?)(?!['’\w])")


# a word said twice with a comma between ("from, from Anthropic", "that's, that's the Google one")
_STUTTER = regexcache.compile(r"(?<![\w'’])(\w+(?:['’]\w+)?),\s+(?=\1(?![\w'’]))", re.I)
_THAT_IS_AFTER = regexcache.compile(r"\s*(?:that|it)['’]s\b", re.I)
_THAT_IS_BEFORE = regexcache.compile(r"\b(?:that|it)['’]s$", re.I)  # ("that's, uh, that's": said again)


def _unfilled(text: str) -> tuple[str, list[int]] | None:
    """The text without its spoken fillers (`_FILLER`), a word said again after one once, a word said
    twice in a row once (`_STUTTER`), and where each of its characters (and its end) stands in the
    text; None where it has none."""
    cuts = []  # (start, end, what stays)
    for m in _FILLER_OR_BOLD.finditer(text):
        keep = "" if text.startswith("*", m.start()) or _GOES_ON_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
            or _VERB_GOES_ON.match(text, m.end()) else ","
        if keep == "" and text.startswith(("'s", "’s"), m.start() - 2) and _THAT_IS_AFTER.match(text, m.end()) \
                and not _THAT_IS_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            keep = ","  # "Copilot's, uh, that's the Google one": 'is', then a clause that says what it is
        end = m.end()
        if not keep and (w := _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None and \
                (r := _WORD_AFTER.match(text, end)) is not None and r.group(1).lower() == w.group(1).lower():
            end = r.end()  # "which, um, which": the word once
        cuts.append((m.start(), end, keep))
    if ", " in text:  # a word said twice ("from, from Anthropic", "the, the Amazon one"): once
        cuts += [(m.start(), m.end(), "") for m in _STUTTER.finditer(text)
                 if not any(a < m.end() and m.start() < b for a, b, _ in cuts)]
        cuts.sort()
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for start, end, keep in cuts:
        parts += (text[pos:start], keep)
        where += [*range(pos, start), *[start] * len(keep)]
        pos = end
    if not parts:
        return None
    parts.append(text[pos:])
    where += [*range(pos, len(text)), len(text)]
    return "".join(parts), where


# between a buyer and what it bought (`WrongMaker._acquisitions`): a verb of buying, or the
# buyer's possessive of a noun of buying ("Microsoft's $1 billion acquisition of")

# "its" opening a sentence's fronted phrase before the maker it refers to, named after a comma
# ("With its Llama models, Google bet on open weights"): `_its_ahead_claims`
_ITS_AHEAD_BEFORE = regexcache.compile(
    r"(?:^|[.!?;:]\s+|\n)(?:(?:With|Through|Via|After|By|In|For|Since|Thanks\s+to|Using)\s+)?(?P<its>[Ii]ts)\s+"
    r"(?:(?:new|latest|newest|own|flagship|open|open-source|open-weights?|first|popular|recent)\s+){0,2}$")
_ITS_AHEAD_GAP = regexcache.compile(
    r"(?:\s+(?:models?|family|series|lineup|line-up|releases?|assistants?|apps?|chatbots?|platform|agents?))?\s*,\s+")
_VERB_AFTER = regexcache.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]")


def _its_ahead_claims(gl: Glossary, text: str, names: list) -> list:
    """Claims of a product that "its" ties to the maker named after it: the product in a phrase
    opening the sentence, the maker the subject after the comma ("With its Llama models, Google
    bet on open weights", "Its Claude family, OpenAI says, ..."). Not of a chip of another chip
    maker's (what a company buys: "With its H100s, Meta trains ...")."""
    out = []
    for (a, b, _, is_prod), (a2, b2, is_org2, _) in zip(names, names[1:]):
        if not (is_prod and is_org2) or a2 - b > 40 or (m := _ITS_AHEAD_BEFORE.search(text, max(0, a - 60), a)) is None:
            continue
        if (v := _VERSION_AFTER.match(text, b)) is None or not _ITS_AHEAD_GAP.fullmatch(text, v.end(), a2) or \
                not _VERB_AFTER.match(text, b2):
            continue
        prod, org = gl.lookup(text[a:b]), _org_entry(gl, text[a2:b2])
        if prod is None or org is None or (
                (chain := gl.chain(prod)) and chain[0].kind == "chip_maker" and org.kind != "chip_maker"):
            continue
        if _lab_work(gl, prod) and not _makes_models(gl, org):
            continue  # "With its Gemini models, Samsung phones ...": a platform's, loosely
        out.append(_ListClaim(text, {"org40": (a2, b2), "prod40": (a, b)}, m.start("its"), b2))
    return out


def _acquisitions(gl: Glossary, text: str, names: list) -> list:
    """Claims of an org said to have bought what another owns ("Google bought GitHub",
    "Microsoft's acquisition of Instagram", "Owner of GitHub: Google", "AWS's owner, Microsoft"):
    (claim, buyer, bought) of the buyer right before the bought org (one with a parent in the
    glossary) or product (not a chip: "Meta bought H100s" is a purchase), or the owner right
    after it. Not an attempt, a wish or a hypothesis ("tried to buy", "if Microsoft had bought
    TikTok"), a question, nor goods bought of a product ("bought ChatGPT Plus seats")."""
    out = []
    for i, ((a, b, is_org, _), (a2, b2, is_org2, _)) in enumerate(zip(names, names[1:])):
        if a2 - b > 40 or not (is_org or is_org2):
            continue  # (cheap tests first: this runs on every text with two names, and most are lists)
        if text[b:a2] in _LIST_GAPS and not (is_org2 and (text.endswith("of ", 0, a) or text.endswith("of the ", 0, a))):
            continue  # "Meta, Google and OpenAI": a list (but "Owner of GitHub, Microsoft")
        stop, made = b2, False
        if is_org and _ACQUIRED_GAP.fullmatch(text, b, a2) is not None:
            if (v := _VERSION_AFTER.match(text, b2)) is None:
                continue  # "bought GitHub-style hosting": a compound's first part
            after = v.end()
            if text.startswith("?", after) or _GOODS_AFTER.match(text, after) or _PLURAL.match(text, a2):
                continue  # "Google bought GitHub? No, ...": a question; "bought ChatGPT Plus seats": goods
        elif is_org and is_org2 and (_OWNER_BEFORE_GAP.fullmatch(text, b, a2) is not None):
            pass  # "Google-owned GitHub", "Microsoft subsidiary OpenAI"
        elif is_org and is_org2 and _APPOSED_OWNER_GAP.fullmatch(text, b, a2) and (o := _OWNED_AFTER.match(text, b2)) \
                and not _UNIT_OWNED_NOUN.match(text, b2):
            # "GitHub, the Google-owned code host": the owner in the apposition (of a unit's noun, `_owner_claims`'s)
            a, b, a2, b2, stop = a2, b2, a, b, o.end()
        elif is_org2 and ((_OWNER_GAP.fullmatch(text, b, a2) and _OWNER_OF_BEFORE.search(text, max(0, a - 30), a))
                          or (not is_org and _PRODUCT_OWNED_BY_GAP.fullmatch(text, b, a2))
                          or (is_org and (_OWNER_POSS_GAP.fullmatch(text, b, a2) or _OWNED_BY_GAP.fullmatch(text, b, a2)
                                          or (_UNIT_OF_GAP.fullmatch(text, b, a2)
                                              and (unit := _UNIT_WORD_AFTER.match(text, b2)) is not None
                                              and (stop := unit.end()))))):
            # a product's "'s owner" is `prod20`'s
            a, b, a2, b2 = a2, b2, a, b  # "Owner of GitHub: Google", "OpenAI, which is owned by Microsoft": the owner after
        elif is_org2 and _WHICH_GAP.fullmatch(text, b, a2) and (o := _BOUGHT_AFTER.match(text, b2)) is not None:
            a, b, a2, b2, stop = a2, b2, a, b, o.end()  # "Casetext, which Clio acquired in 2023": the buyer after
        elif is_org2 and (v := _VERSION_AFTER.match(text, b)) is not None and _TEAM_AT_GAP.fullmatch(text, v.end(), a2):
            a, b, a2, b2, made = a2, b2, a, b, True  # "the Qwen team at Baidu": who works on it there made it
        elif is_org2 and v is not None and _IS_GAP.fullmatch(text, v.end(), a2) and (
                o := _POSSESSIVE_END.match(text, b2)) is not None:
            a, b, a2, b2, made, stop = a2, b2, a, b, True, o.end()  # "Gemini is OpenAI's."
        elif is_org and _NAMED_GAP.fullmatch(text, b, a2):
            made = True  # "Meta has a model called Claude", "OpenAI calls its model Gemini"
        elif is_org and (_INCLUDE_GAP.fullmatch(text, b, a2) or (_INCLUDE_FROM_GAP.fullmatch(text, b, a2)
                                                                 and _MODELS_FROM_BEFORE.search(text, max(0, a - 20), a))) \
                and _includes_own(gl, _org_entry(gl, text[a:b])):
            # "OpenAI's models include Gemma", "Meta's open models like Llama and Qwen": each example
            out.extend(_examples(gl, text, names, i))
            continue
        else:
            continue
        buyer, bought = _org_entry(gl, text[a:b]), gl.lookup(text[a2:b2])
        if buyer is None or bought is None or buyer is bought or buyer.kind not in _COMPANY_KINDS:
            continue
        chain = gl.chain(bought)
        if made:
            if bought.kind not in MADE_KINDS or buyer.kind == "cloud" or _FORMER_BEFORE.search(text, max(0, a2 - 12), a2) \
                    or (_lab_work(gl, bought) and not _makes_models(gl, buyer)):
                continue  # "the Claude team at AWS": a partner's; "the former Gemini team at ..."; a platform's loose word
        elif bought.is_org:
            if not bought.parent and bought.kind != "ai_lab" or any(e in chain[1:] for e in gl.chain(buyer)):
                continue  # no owner known (an AI lab with none is independent); a sister company ("Google acquired
                # Waymo": Alphabet's both)
        elif bought.kind != "product" or not chain or chain[0].kind == "chip_maker":
            continue
        if gl.is_right_maker(bought, buyer) or _NOT_ACQUIRED_BEFORE.search(text, max(0, min(a, a2) - 40), min(a, a2)):
            continue
        end = max(b, b2, stop)
        if end == b2 and (v := _VERSION_AFTER.match(text, b2)) is not None:
            end = v.end()  # the product's version with it ("Mixtral 8x22B")
        out.append((_ListClaim(text, {"org39": (a, b), "prod39": (a2, b2)}, min(a, a2), end), buyer, bought))
    return out


def _examples(gl: Glossary, text: str, names: list, i: int) -> list:
    """(claim, maker, product) of each product named as an example of the models of the maker
    `names[i]` (the list starts at `names[i + 1]`) that another made."""
    out = []
    a, b = names[i][0], names[i][1]
    maker = _org_entry(gl, text[a:b])
    for j in range(i + 1, len(names)):
        a2, b2, is_org2, _ = names[j]
        if j > i + 1 and text[names[j - 1][1]:a2] not in _EXAMPLES_GAP and \
                ((v := _VERSION_AFTER.match(text, names[j - 1][1])) is None or text[v.end():a2] not in _EXAMPLES_GAP):
            break
        prod = gl.lookup(text[a2:b2])
        if is_org2 or prod is None or prod.kind not in MADE_KINDS or not prod.maker:
            break
        if prod is maker or gl.is_right_maker(prod, maker) or _FORMER_BEFORE.search(text, max(0, a2 - 12), a2) \
                or _NOT_ACQUIRED_BEFORE.search(text, max(0, a - 40), a):
            continue
        end = v.end() if (v := _VERSION_AFTER.match(text, b2)) is not None else b2
        out.append((_ListClaim(text, {"org39": (a, b), "prod39": (a2, b2)}, a, end), maker, prod))
    return out


# between the names of a list: no gap of `_acquisitions` (a set look-up rejects most pairs)
_LIST_GAPS = frozenset((", ", " and ", ", and ", " or ", ", or ", " & ", "/", " / ", " (", "), ", ") and ", " vs ", " vs. ",
                        " versus ", ", ", " with ", " to ", " from "))


# who owns an org or product, named after it ("Owner of GitHub: Google", "the parent company of
# YouTube is Amazon")
_OWNER_OF_BEFORE = regexcache.compile(r"\b(?i:owner|parent(?:\s+company)?)\s+of\s+(?:the\s+)?$")
_OWNER_POSS_GAP = regexcache.compile(r"['’]s\s+(?:owner|parent(?:\s+company)?)\s*(?:,|:|\s+is|\s+was)?\s*(?:the\s+|still\s+)?")
# an owner before the org it owns ("Google-owned GitHub", "Microsoft subsidiary OpenAI",
# "Amazon's subsidiary Anthropic"), after it ("OpenAI, which is owned by Microsoft", "DeepSeek, a
# subsidiary of Baidu"), or as the adjective of a unit's noun after it ("DeepSeek, a Baidu subsidiary")
# an apposition of an org whose owner is its adjective ("GitHub, the Google-owned code host", "DeepMind,
# an Amazon-owned lab")
_APPOSED_OWNER_GAP = regexcache.compile(r",\s+(?:the|an?|now\s+(?:an?|the))\s+")
_OWNED_AFTER = regexcache.compile(r"-owned\b")
_OWNER_BEFORE_GAP = regexcache.compile(r"-owned\s+|(?:['’]s)?\s+(?:subsidiary|unit|division)\s+")
# the words between a name and the participle of owning it ("OpenAI, which is owned by", "now owned by")
_OWNED_LEAD = r",?\s+(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+|now\s+)?"
_OWNED_BY_GAP = regexcache.compile(
    _OWNED_LEAD + r"(?:(?:(?:wholly|fully|majority)[- ])?owned\s+by|"
    # (or bought by it: "Tegus, acquired by AlphaSense in 2024")
    r"(?:acquired|bought|purchased|taken\s+over)\s+by|"
    r"an?\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division)\s+of)\s+(?:the\s+)?")
_UNIT_OF_GAP = regexcache.compile(r",\s+(?:(?:which|that)\s+(?:is|was)\s+|now\s+)?an?\s+")
_UNIT_WORD_AFTER = regexcache.compile(r"(?:\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|property))\b")
# a product's maker as the predicate's possessive, closing the clause ("Gemini is OpenAI's.",
# "The Claude models are Google's")
_IS_GAP = regexcache.compile(r"(?:\s+(?:models?|family|series|chips?))?(?:,?\s+(?:which|that))?\s+(?:is|are|was|were)\s+"
                             r"(?:(?:really|actually|basically|just|all|both|also)\s+)?"
                             # a hedge before the maker ("which is I want to say Anthropic's")
                             r"(?:(?:I\s+(?:think|believe|guess|want\s+to\s+say)|I['’]m\s+(?:pretty\s+|fairly\s+)?sure|"
                             r"probably|maybe)\s*,?\s+)?")
# (or another clause after it: "Qwen is Tencent's and DeepSeek is its own thing"; not a second owner's possessive)
_POSSESSIVE_END = regexcache.compile(r"['’]s(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:but|so|while|whereas)\b|\s+and\s+(?![\w.-]+['’]s\b)[A-Z])")
# a maker naming its product ("Meta has a model called Claude", "OpenAI calls its model Gemini",
# "Meta's models include Gemma")
_NAMED_KINDS = r"(?:models?|chatbots?|assistants?|agents?|chips?|LLMs?|products?|tools?|apps?)"
_NAMED_GAP = regexcache.compile(
    # a spoken "this" or "got" too ("OpenAI has this model called Gemini", "Meta's got a model called Claude")
    r"(?:\s+|['’]s\s+)(?:(?:has|had|have)(?:\s+got)?|got|released|built|launched|made|introduced|unveiled)\s+(?:a|an|its|their|the|this|these|that)\s+"
    r"(?:(?:new|own|other|little)\s+)?"
    rf"(?:[a-z][\w-]*\s+)?{_NAMED_KINDS}\s+(?:called|named|dubbed|known\s+as)\s+|"
    rf"\s+calls\s+(?:its|their)\s+(?:(?:new|own)\s+)?(?:[a-z][\w-]*\s+)?{_NAMED_KINDS}\s+")
# of an AI lab only: a platform's or a cloud's "models include" is its catalogue ("Amazon's models
# include Claude")
# the maker's name may be the models' adjective ("OpenAI models like Gemma"), and the examples may
# follow a comma ("OpenAI's models, including Gemma"); not a comparison's "like" after a comma
# ("OpenAI's models, like Gemini, are multimodal")
_INCLUDE_GAP = regexcache.compile(r"(?:['’]s)?\s+(?:(?:[a-z][\w-]*|AI)\s+)?(?:models|lineup|line-up|releases|LLMs|chatbots|assistants)"
                                  r"(?:\s+(?:include|includes|included|including|such\s+as|like)|"
                                  r",\s+(?:including|such\s+as))\s+")
# the same with the maker after "models from" ("models from OpenAI such as Gemma")
_INCLUDE_FROM_GAP = regexcache.compile(r",?\s+(?:including|such\s+as|like)\s+")
_MODELS_FROM_BEFORE = regexcache.compile(r"\b(?:[Mm]odels|LLMs)\s+(?:from|by)\s+(?:the\s+)?$")
# between the examples after such a gap ("OpenAI's models, including GPT-4o and Gemini")
_EXAMPLES_GAP = frozenset((", ", " and ", ", and ", " or ", ", or ", " & "))


@lru_cache(maxsize=8)
def _cloud_owners(gl_id: int, gl: Glossary) -> frozenset:
    """The names of the orgs that own a cloud (Amazon, Microsoft, Google, Alibaba, Oracle): their
    "models include" may be their cloud's catalogue of others' models."""
    return frozenset(o.name for e in gl.entries if e.kind == "cloud" for o in gl.chain(e) if o is not e)


def _includes_own(gl: Glossary, org: Entry | None) -> bool:
    """Is a list of `org`'s models ("Meta's open models like Llama and ...") a claim of making:
    an AI lab's, or a model maker's that has no cloud to list others' models in."""
    return org is not None and (org.kind == "ai_lab" or (
        _makes_models(gl, org) and not any(o.name in _cloud_owners(id(gl), gl) for o in gl.chain(org))))
_TEAM_AT_GAP = regexcache.compile(r"\s+(?:team|group|folks|researchers|engineers)\s+(?:over\s+)?at\s+(?:the\s+)?")
_OWNER_GAP = regexcache.compile(r"\s*(?::|=|[—–]|\s-|,|\s+is|\s+was|\s+remains)\s*(?:the\s+|still\s+)?")
# a product's owner after it, by who bought or owns the firm behind it ("Windsurf, acquired by
# Cognition"); not "bought by", "purchased by", which a customer's licences are too
_PRODUCT_OWNED_BY_GAP = regexcache.compile(
    _OWNED_LEAD + r"(?:(?:(?:wholly|fully|majority)[- ])?owned|acquired|taken\s+over)\s+by\s+(?:the\s+)?")
_ACQUIRED_GAP = regexcache.compile(
    r"(?:\s+(?:(?:has|finally|quietly|just|also|then|eventually|now)\s+)?(?i:acquired|acquires|bought|buys|purchased|purchases|"
    # (or owns it: "now that Amazon owns Mandiant"; not a part of it: "owns a stake in")
    # (or is buying it: "CrowdStrike buying Prompt Security", "Zscaler is acquiring CyberArk")
    r"picked\s+up|snapped\s+up|took\s+over|takes\s+over|owns|(?:is\s+)?(?:buying|acquiring|purchasing))|"
    r"['’]s\s+(?:[$€£]?\d[\d.,]*\s*(?:billion|million|bn|[mbMB])?\s+|(?:19|20)\d\d\s+)?"
    # (a deal's stage: "Salesforce's pending purchase of Moveworks")
    r"(?:(?:pending|planned|proposed|announced|completed|recent|agreed)\s+)?(?i:acquisition|purchase|takeover|buyout)\s+of)"
    r"\s+(?:the\s+)?")
# the bought firm, then its buyer as the subject of a relative clause ("Casetext, which Clio acquired",
# "Bee, the wristband Meta bought"): the words before the buyer, and the verb after it
_WHICH_GAP = regexcache.compile(r",?\s+(?:(?:which|that)\s+|the\s+(?:[a-z][\w-]*\s+){1,2}?)(?:the\s+)?")
_BOUGHT_AFTER = regexcache.compile(
    r"\s+(?:(?:has|had|just|later|eventually|then|quietly|finally|since|recently|also)\s+)?(?:acquired|bought|purchased|"
    r"took\s+over|snapped\s+up|agreed\s+to\s+(?:buy|acquire|purchase)|(?:is|was)\s+(?:buying|acquiring))\b")
# before the buyer: an attempt, a wish, a hypothesis or a denial in the same clause
_NOT_ACQUIRED_BEFORE = regexcache.compile(
    r"\b(?i:if|whether|imagine|suppose|what\s+if|would|could|might|nearly|almost|never|not|tried|trying|wanted|"
    r"failed|attempt\w*|rumou?r\w*|plan\w*|proposed|bid|unless|n['’]t)\b[^.;!?]*$")
# after a product bought: goods and services, not the product's business ("ChatGPT Plus seats")
_GOODS_AFTER = regexcache.compile(
    r"(?:['’]s|\s+(?i:plus|pro|enterprise|team|premium|business|licen[cs]es?|seats?|subscriptions?|credits?|"
    r"access|ads?|capacity|shares|stock|stakes?|compute|instances?|GPUs?|chips?|time|tokens?|accounts?))\b")


# a maker as the subject of a counterfactual ("If Apple had built ChatGPT", "Imagine Google had
# shipped it first", "What if Meta had released Claude"): no claim of what happened
_COUNTERFACTUAL_BEFORE = regexcache.compile(r"\b(?:[Ii]f|[Ii]magine|[Ss]uppose|[Ss]upposing|[Ww]ish|[Pp]retend)\s+(?:that\s+)?$")
_COUNTERFACTUAL_VERB = regexcache.compile(r"\s+(?:had|would\s+have|could\s+have|were\s+to)\s")
# a spoken denial before a maker's claim ("It's not like OpenAI built Gemini", "not as if Meta made Claude")
_DENIAL_BEFORE = regexcache.compile(r"(?:\b[Nn]ot|n['’]t)\s+(?:like|as\s+(?:if|though))\s+(?:the\s+)?$")
# a claim denied and corrected at once ("not Google's Claude, it's Anthropic's", "not Grok by
# Anthropic but xAI's")
# a name right before a maker used as a product's attributive noun: the two are one longer name or
# a list without commas ("Azure OpenAI GPT-4", "Hugging Face Meta Llama")
_NAME_BEFORE = regexcache.compile(r"(?:(?<![\w.-])([A-Z][\w.-]*)\s+)?(?<![\w.-])([A-Z][\w.-]*)\s+$")


def _named_before(gl: Glossary, text: str, at: int) -> bool:
    """Does a glossary name (of one or two capitalised words) end right before `at`?"""
    m = _NAME_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and (gl.lookup(m.group(2)) is not None
                              or (m.group(1) is not None and gl.lookup(f"{m.group(1)} {m.group(2)}") is not None))
_CORRECTED_BEFORE = regexcache.compile(r"\b(?:[Nn]ot|[Nn]ever|isn['’]t|wasn['’]t)\s+(?:the\s+|a\s+)?$")
_CORRECTED_AFTER = regexcache.compile(r"\s*[,;—–-]*\s*(?:it['’]s|it\s+is|it\s+was|but|rather|instead)\b")
# "by" alone before a maker (no verb of making): before the maker's possessive, a measure ("by OpenAI's count")
_BARE_BY = regexcache.compile(r"(?<![\w-])(?<!made )(?<!built )(?<!developed )(?<!created )(?<!trained )(?<!designed )"
                              r"(?<!released )by\s+(?:the\s+)?$")
# a maker's view or measure after "from" ("from OpenAI's perspective")
_VIEW_AFTER = regexcache.compile(r"['’]s\s+(?:own\s+)?(?:perspective|point\s+of\s+view|viewpoint|view|standpoint|side|"
                                 r"vantage\s+point|angle|position|count|estimates?|numbers|data|figures|benchmarks?|tests?|"
                                 r"evals?|reckoning|account)\b")
# a capitalised owner's possessive right before a product: "Amazon's | Trainium, Google's TPU"
# (or a word or two between: "DeepL's new Nvidia DGX SuperPOD, Poolside's code models")
# (not "Anthropic's use of Trainium2, Microsoft's accelerator": a preposition heads another phrase)
_OWNER_BEFORE = regexcache.compile(r"(?<![\w-])[A-Z][\w.&-]*['’]s\s+(?:(?!(?:of|for|with|to|in|on|at|by|from|about|over)\s)[\w.-]+\s+){0,2}$")
# another aside after a spoken aside's maker: guesses listed, no claim
_ASIDES_AFTER = regexcache.compile(r"(?:['’]s)?\s*,\s+(?:it|that)(?:['’]s|\s+(?:is|was))\s")
# a question's word and "did" before a maker (`org47`): the making is taken as given
_WH_DID_BEFORE = regexcache.compile(r"\b(?:[Ww]hy|[Hh]ow|[Ww]hen|[Ww]here)\s+(?:did|does)\s+$")
# two lists paired item by item: no claim ties one item of each
_HEADLINE_WITH = regexcache.compile(r"\s+(?:Models?\s+)?With\s+(?:The\s+|the\s+)?")
_RESPECTIVELY = regexcache.compile(r"[^.!?\n]{0,80}?\brespectively\b")
# a claim named as a belief, not made ("the idea that OpenAI built Gemini", "a common misconception that ...")
_REPORTED_BEFORE = regexcache.compile(
    r"\b(?:idea|notion|myth|rumou?rs?|misconception|misunderstanding|assumption|conspiracy\s+theory|false\s+claim|"
    r"mistaken\s+belief|confusion)\s+(?:(?:is|was)\s+)?(?:that\s+)?$|"

    # a claim the speaker says they do not make ("I'm not saying Microsoft built GPT-5")
    r"\b(?:not|never|n['’]t)\s+(?:saying|claiming|suggesting|implying|said|claimed|say|claim)\s+(?:that\s+)?$|"
    # a belief the speaker held and gave up ("I used to think Claude was Google's")
    r"\bI\s+(?:used\s+to\s+(?:think|believe|assume)|(?:always\s+|once\s+)?thought|had\s+assumed|wrongly\s+assumed)\s+(?:that\s+)?$|"
    # what others believe, or a belief called wrong ("People assume Google made Claude", "many
    # mistakenly think ...")
    r"\b(?:[Pp]eople|[Mm]any|[Ss]ome|[Ff]olks|[Ee]veryone|[Mm]ost|[Uu]sers|[Cc]ritics|[Oo]thers)\s+(?:still\s+|often\s+|just\s+)?"
    r"(?:(?:wrongly|mistakenly|falsely)\s+)?(?:assume|assumed|think|thought|believe|believed)\s+(?:that\s+)?$|"
    r"\b(?:wrongly|mistakenly|falsely)\s+(?:assume[sd]?|think|thinks|thought|believe[sd]?|claim(?:s|ed)?|credit(?:s|ed)?)\s+(?:that\s+)?$")
# a question asked, not a claim made ("I asked ChatGPT whether Google made Claude", "wondered if
# Grok is OpenAI's"): only a claim that is the question's own clause (the maker its subject, or the
# product's copula), not an apposition or a possessive in it ("whether Mistral 7B, released by
# Meta, is ...", "whether Nvidia's Gaudi 3 can ...")
_ASKED_BEFORE = regexcache.compile(r"\bwhether\s+$|\b(?:ask\w*|wonder\w*|know|sure|check\w*)\s+(?:\w+\s+){0,2}?if\s+$")
_VERB_AFTER_MAKER = regexcache.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:has|had|have)\s+)?[a-z]")  # "whether Google made ..."
_COPULA_AFTER = regexcache.compile(r"[\w.-]*(?:\s+[\w.-]+)?\s+(?:is|was|are|were)\s")
# a claim answered or taken back right after it ("Is Grok made by Anthropic? No, ...", "people
# say Meta made Mistral, but no, ..."): the claim asked or reported, and denied
_DENIED_AFTER = regexcache.compile(
    r"(?:[^.!?\n]{0,30}?\?\s*(?:[Nn]o|[Nn]ope|[Nn]ah|[Nn]ot\s+really|[Aa]ctually\s*,?\s+no)\b|"
    r"\s*,?\s+but\s+(?:no|nope|that['’]s\s+(?:wrong|not\s+(?:true|right|the\s+case))|it['’]s\s+actually|actually|in\s+fact)\b|"
    # or called false right after ("Grok is an OpenAI product, which is just false")
    r"\s*(?:,\s*which|[,;—–]\s*(?:and\s+)?that|\.\s+That)(?:['’]s|\s+(?:is|was))\s+(?:(?:just|simply|totally|completely|"
    r"obviously|clearly|of\s+course|flat(?:ly)?|plain)\s+)?(?:false|wrong|incorrect|untrue|not\s+(?:true|right|correct|the\s+case)|"
    r"a\s+(?:myth|mistake|misconception)|nonsense)\b|"
    # or corrected by another maker's name ("Claude was Google's, but it's Anthropic's")
    r"\s*,?\s+but\s+(?:it|that|they)(?:['’]s|\s+(?:is|was|are|were))\s+(?:really\s+|actually\s+)?(?:[A-Z]|[a-z]{1,3}[A-Z])[\w.-]*['’]s?(?=[\s,.;:!?)]|$)|"
    # or taken back by the speaker ("meta's qwen, no, the llama one", "Copilot by Oracle -- sorry, Microsoft")
    r"\s*(?:[,—–]|\s--?)\s*(?:(?:uh+|um+|oh)\s*,?\s+)?(?:no|nope|sorry|wait|or\s+rather|scratch\s+that|correction)\b"
    r"(?!\s+(?:doubt|question|way|one|longer|matter|less|more)\b)(?!\?))")


def _bare_possessives(pats: Patterns, text: str, names: list) -> list[int] | None:
    """Where an apostrophe is missing before the "s" of a maker's possessive before a product
    ("OpenAIs Gemini", "Nvidias Gaudi 3": `_NAME_END` ends the maker's name before such an "s"):
    the offsets of those "s", or None. Not a name that ends in "s" itself ("Databricks")."""
    out = None
    for (a, b, is_org, _), (a2, _, _, is_prod2) in zip(names, names[1:]):
        if is_org and is_prod2 and a2 == b + 2 and text.startswith("s ", b) and text[a:b] + "s" not in pats.kinds:
            out = [*(out or ()), b]
    return out


def _apostrophised(text: str, at: list[int]) -> tuple[str, list[int]]:
    """`text` with an apostrophe before each "s" at `at`, and where each of its characters (and
    its end) stands in `text` (the apostrophe: at its "s")."""
    parts, where, pos = [], [], 0
    for i in at:
        parts += (text[pos:i], "'")
        where += [*range(pos, i), i]
        pos = i
    parts.append(text[pos:])
    where += [*range(pos, len(text)), len(text)]
    return "".join(parts), where


# a product's kind said of what another firm's product uses, right before the claim ("Underlying
# model of Harvey", "the default model in Cursor"): no maker
_USED_KIND_BEFORE = regexcache.compile(
    r"\b(?:[Uu]nderlying|[Dd]efault|[Bb]acking|[Pp]owering|[Cc]hosen|[Pp]referred|[Ll]icensed|[Hh]osted|[Ii]ntegrated)\s+$")


# a number right after a maker's name makes it the name of one of its products ("Microsoft 365", "Office 2024")
_PRODUCT_NUMBER_AFTER = regexcache.compile(r"\s+\d{3,4}\b")


def _product_context_claims(gl: Glossary, pats: Patterns, prod_e: Entry, context: str, owners: dict) -> list:
    """The claims of a wrong maker in a description of the product `prod_e` ("A chatbot developed by
    OpenAI" of Gemini): an entity's context (A402), or a summary's bullet under the product's bold
    label (A401). [(match, maker's text, its offset, maker's entry)], offsets into `context`.
    `owners`: rules/attribution.yaml `owners`, the firms said to own an org after a deal, which own
    its products now ("Code editor, now owned by Cognition" of Windsurf), though they did not make them."""
    lowered = context[:1].lower() + context[1:]
    if context[:1].isupper() and _VERB_START.match(lowered):
        context = lowered  # "Developed by OpenAI": as "developed by"
    found = list(pats.context_claims.finditer(context))
    more = []
    if " from " in context or " by " in context:
        more += pats.context_kind_claims.finditer(context)
    if " of " in context and _org_after(context, " of ", pats.orgs):
        more += pats.context_of_claims.finditer(context)
    if " as " in context and _org_after(context, " as ", pats.orgs):
        more += pats.context_as_claims.finditer(context)
    if any(w in context and _org_after(context, w, pats.orgs) for w in _CLAUSE_BEFORE_MAKER):
        more += pats.context_clause_claims.finditer(context)
    if more:
        found = _leftmost([*found, *more])
    out = []
    for m in found:
        org_text, org_at = _group(m, "org")
        org_e = _org_entry(gl, org_text)
        if org_e is None or org_e is prod_e or gl.is_right_maker(prod_e, org_e):
            continue
        lo = max(0, m.start() - 40)
        if (nc := _NOT_A_CLAIM.search(context[lo:m.start()])) is not None and not (
                _SERVING_MODIFIER.fullmatch(context, lo + nc.start(), m.start()) and _SOFTWARE_KIND.match(context, m.start())):
            continue  # (not "Open-source serving framework from Anyscale": the kind of the software)
        if _PRODUCT_NUMBER_AFTER.match(context, org_at + len(org_text)):
            continue  # "the Researcher agent of Microsoft 365 Copilot": the maker's product, a host
        if m.start() and context[m.start() - 2:m.start()] in ("; ", ", ") and any(
                (e := _org_entry(gl, o.group())) is not None and (e is prod_e or gl.is_right_maker(prod_e, e))
                for o in pats.orgs.finditer(context, 0, m.start())):
            continue  # "Anthropic model; a Google model competes": the first clause names the maker
        if _comparison(context, org_at + len(org_text), m.end()):
            continue  # "OpenAI's rival model": a comparison, no claim
        if _RENAMED_AFTER.match(context, m.end()):
            continue  # "Released by Nvidia as Nemotron": the maker's derivative of the entity
        if _DISTRIBUTED.search(m.group(0)) and _PLATFORM_AFTER.match(context, m.end()):
            continue  # "Model shipped by Samsung on Galaxy phones": a platform's move
        shape = m.groupdict()
        if shape.get("org3") and _USES_BEFORE.search(context, max(0, m.start() - 40), m.start()):
            continue  # "uses models from Anthropic": what it runs on, not who made it
        if _USED_KIND_BEFORE.search(context, max(0, m.start() - 24), m.start()):
            continue  # "Underlying model of Harvey", "The default model of Cursor": what it runs on
        if (o := _APPOSED_TO.search(context, max(0, m.start() - 60), m.start())) is not None and (
                (other := gl.lookup(o.group(1))) is not None and other is not prod_e):
            continue  # "Not to be confused with Grok, the chatbot from xAI" of LPU: another product's kind
        if shape.get("org7") and _academic(gl, org_e):
            continue  # "Model created at MIT": where its makers worked
        if prod_e.maker in owners and not _MADE_WORD.search(m.group(0)) and \
                any(o.name in owners[prod_e.maker] for o in gl.chain(org_e)):
            continue  # "now owned by Cognition", "Cognition's code editor" of Windsurf: its owner after a deal
        if org_e.kind == "cloud" and not _cloud_work(gl, prod_e) and (
                shape.get("org2") or shape.get("org4") or shape.get("org5") or shape.get("org8") or shape.get("org12")
                or shape.get("org15") or shape.get("org16")):
            continue  # "An Azure model", "Microsoft Azure model catalog": where it runs
        out.append((m, org_text, org_at, org_e))
    return out


# "serving" as a modifier right before the kind of a piece of software, maybe with one word between
# ("serving framework", "serving inference engine"), no platform's serving of it
_SERVING_MODIFIER = regexcache.compile(r"(?i:serving)(?:\s+(?!(?:the|an?|its|their|his|her|our|your|this|that)\s)[a-z][\w-]*)?\s+")
_SOFTWARE_KIND = regexcache.compile(r"(?i:framework|engine|stack|library|runtime|system|layer|software|toolkit|platform)\b")


# another name right before a claim's kind, in apposition ("Grok, the chatbot from xAI"): the kind is that name's
_APPOSED_TO = regexcache.compile(r"(?<![\w-])((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z0-9])[\w.-]*){0,2}),\s+(?:(?:the|an?)\s+)?$", re.I)


# a verb of making itself in a claim (not of owning or releasing)
_MADE_WORD = regexcache.compile(r"(?i:develop|creat|train|design|buil[dt]|made\b|makes\b|-made\b)")


def _entity_product(gl: Glossary, name: str) -> Entry | None:
    """The glossary's entry of an entity's or a label's name, or of its model family's ("Phi-3",
    "Mistral Large 2": the glossary lists families and some models, not every version)."""
    prod_e = gl.lookup(name)
    if prod_e is None and (name.endswith(_MODEL_TAIL_ENDS) or name[-2:-1].isdigit()):
        prod_e = family_entry(gl, name)
    if prod_e is None and (k := name.find(" for ")) > 0 and name[k + 5:k + 6].isupper():
        # a product's edition for a field or a platform ("Claude for Education", "ChatGPT for Teams")
        base = gl.lookup(name[:k])
        prod_e = base if base is not None and base.kind in MADE_KINDS and base.maker else None
    if prod_e is None and " " in name:
        # a product's name, then lowercase words of what part of it this is ("GitHub Copilot coding
        # agent", "Codex cloud tasks")
        words = name.split()
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            if not all(w.islower() for w in words[cut:]):
                break
            base = gl.lookup(" ".join(words[:cut]))
            if base is not None:
                prod_e = base if base.kind in MADE_KINDS and base.maker else None
                break
        if prod_e is None and words[-1] in _KIND_TAIL_WORDS:
            # the product's name and a capitalised word of its kind ("Breeze Agents", "Gemini Models")
            base = gl.lookup(" ".join(words[:-1]))
            prod_e = base if base is not None and base.kind in MADE_KINDS and base.maker else None
    return prod_e


# a capitalised kind word after a product's name in an entity's name ("Breeze Agents")
_KIND_TAIL_WORDS = frozenset(("Agents", "Agent", "Assistant", "Assistants", "Models", "Model", "Chatbot", "Bot", "App"))


# a summary's bullet under a bold label ("*   **Gemini:** Google's model, mentioned for ..."): the
# label's name, then its description to the line's end
_LABEL = regexcache.compile(r"(?:^|\n)[ \t]*(?:(?:[*+-]|\d+[.)])[ \t]+)?\*\*(?P<name>[^*\n:()]{1,60}?)[ \t]*"
                            r"(?::\*\*|\*\*[ \t]*:)[ \t]+(?P<desc>[^\n]+)")


class _Shifted:
    """A claim found in a piece of a text, at its offsets in the whole text."""

    __slots__ = ("_start", "_end")

    def __init__(self, m, shift: int):
        self._start, self._end = m.start() + shift, m.end() + shift

    def start(self, name=0) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class _AttributionRule(Rule):
    def _finding(self, ep, path, text, m, org_text, org_at, prod_entry: Entry, org_entry: Entry, gl,
                 spoken: tuple[str, list[int]] | None = None, fixable: bool = True):
        """`spoken`: the text the claim was found in is `text` without its fillers; (the text with
        them, where each character of `text` stands in it). `fixable`: False where `org_text` names
        no maker to replace ("the makers of ChatGPT")."""
        a, b = m.start(), m.end()
        evidence = text[a:b]
        if spoken is not None:
            original, where = spoken
            a, b, org_at = where[a], where[b - 1] + 1, where[org_at]
            evidence = original[a:b]
        chain = gl.chain(prod_entry)
        owned = prod_entry.is_org and not prod_entry.maker  # an org with a parent ("Waymo, Amazon's unit")
        if owned and len(chain) < 2:  # an independent lab said to be owned ("Microsoft-owned OpenAI")
            start, end, _ = ep.locate(path, a, b)
            return ep.finding(self, path=path, start=start, end=end, evidence=evidence, fix=None,
                              message=f"{prod_entry.name} is independent, not owned by {org_entry.name}: {evidence!r}")
        right = chain[1 if owned else 0].name
        edits = scalar_edit(ep, path, org_at, org_at + len(org_text), right) if fixable else ()
        fix = Fix("unsafe", f"Attribute {prod_entry.name} to {right}", tuple(edits), (path,)) if edits else None
        start, end, _ = ep.locate(path, a, b)
        said = (f"is with {right}" if prod_entry.kind == "person" else f"is {'owned' if owned else 'made'} by {right}")
        return ep.finding(
            self, path=path, start=start, end=end, evidence=evidence, fix=fix,
            message=f"{prod_entry.name} {said}, not {org_entry.name}: {evidence!r}",
        )


# the start of an org's context that names the org as a product's maker: "Maker of", "Developer
# of the", "Company behind", "Known for developing", "Released", "Mentioned as the creator of"
# (the org is the context's subject: the entity named by the record)
_ORG_CONTEXT = regexcache.compile(
    r"(?:(?:[Mm]entioned|[Dd]iscussed|[Rr]eferenced|[Dd]escribed|[Cc]ited|[Nn]oted|[Ii]dentified|[Nn]amed|[Hh]ighlighted|"
    r"[Pp]raised|[Ff]eatured|[Pp]resented|[Ii]ntroduced|[Ll]isted)\s+as\s+|[Kk]nown\s+(?:best\s+)?(?:for|as)\s+|[Aa]s\s+|"
    # what the org is credited with or discussed for, as a verb of making ("Credited with building ...",
    # "Responsible for developing ...", "Mentioned for releasing ...")
    r"(?:[Cc]redited|[Pp]raised|[Rr]ecogni[sz]ed)\s+(?:with|for)\s+|[Rr]esponsible\s+for\s+|"
    r"(?:[Mm]entioned|[Dd]iscussed|[Rr]eferenced|[Cc]ited|[Nn]oted|[Hh]ighlighted|[Ff]amous|[Rr]enowned)\s+for\s+)?"
    r"(?:(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:(?:[a-z][\w-]*|AI|[A-Z][a-z]+(?:an|ese|ish|ch|ic|i))\s+){0,2}?"
    r"(?:(?:[Mm]akers?|[Dd]evelopers?|[Cc]reators?|[Bb]uilders?|[Oo]wners?|[Pp]ublishers?|[Dd]esigners?|[Pp]roducers?|"
    r"[Pp]arent(?:\s+company)?)\s+of|"
    # (what else a description calls a firm: "Chinese tech giant behind ...", "Chip maker that designs ...")
    r"(?:[Cc]ompany|[Ll]ab|[Ss]tartup|[Ff]irm|[Tt]eam|[Oo]rganization|[Gg]roup|[Pp]eople|[Oo]ne|[Gg]iant|[Cc]onglomerate|"
    r"[Pp]owerhouse|[Pp]ioneer|[Uu]nicorn|[Oo]utfit|(?:[Cc]hip\s*)?[Mm]aker|[Dd]esigner|[Dd]eveloper|[Vv]endor|"
    r"[Ff]oundry|[Ss]tudio)\s+(?:behind|(?:that|which|who)\s+"
    r"(?:makes|made|builds|built|develops|developed|creates|created|trains|trained|designs|designed|released|launched|"
    r"produces|produced|open[- ]sourced)))\s+"
    r"|(?:[Dd]evelop(?:s|ed|ing)|[Bb]uil(?:ds|t|ding)|[Mm]ak(?:es|ing)|[Mm]ade|[Cc]reat(?:es|ed|ing)|[Tt]rain(?:s|ed|ing)|[Pp]roduc(?:es|ed|ing)|"
    r"[Dd]esign(?:s|ed|ing)|[Rr]eleas(?:es|ed|ing)|[Ll]aunch(?:es|ed|ing)|[Uu]nveil(?:s|ed|ing)|[Ii]ntroduc(?:es|ed|ing)|"
    r"[Oo]pen[- ]sourc(?:es|ed|ing)|[Ss]hip(?:s|ped|ping))\s+)")
# the words before a product that an org's context calls the org the maker of ("Mentioned as the
# ChatGPT maker", "Gemini's developer"), and the maker's noun after it (`WrongMaker._org_context_maker_noun`)
_ORG_CONTEXT_LEAD = regexcache.compile(
    r"(?:(?:[Mm]entioned|[Dd]iscussed|[Rr]eferenced|[Dd]escribed|[Cc]ited|[Nn]oted|[Ii]dentified|[Nn]amed|[Hh]ighlighted|"
    r"[Ff]eatured|[Pp]resented|[Ii]ntroduced|[Ll]isted|[Kk]nown)\s+as\s+|[Aa]s\s+)?(?:[Tt]he\s+)?")
# the noun ends the phrase: no possessive or noun after it ("the ChatGPT maker's rival", "the Gemini developer API")
_MAKER_NOUN_AFTER = regexcache.compile(r"(?:['’]s)?\s+(?:maker|developer|creator|builder|designer)s?"
                                       r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|that|which|who|is|was|in|for|with|since)\b)")
# "its" before the product in an org's context, with describing words ("for its open-weights Llama")
_ITS_BEFORE = regexcache.compile(
    rf"(?<![\w-])(?:its|their|whose|(?<!.)(?:Its|Their))\s+(?:own\s+)?(?:(?:{_QUALIFIER_WORDS}|{_KIND_DESCRIBERS})\s+){{0,3}}(?:{_KIND_WORDS}\s+)?$")
# a noun after a platform's name (rules/attribution.yaml `platforms`): what runs on it ("its Android app")
_PLATFORM_NOUN_AFTER = regexcache.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:apps?|assistants?|clients?|versions?|ports?|bots?|"
                                          r"integrations?|widgets?|keyboards?|launchers?|agents?|extensions?|"
                                          # or a device that runs it ("Android XR glasses from Warby Parker")
                                          r"glasses|headsets?|phones?|smartphones?|devices?|laptops?|PCs?|tablets?|"
                                          r"watch(?:es)?|TVs?|cars?)\b")
# a use of the product after it: what the org's own thing runs on ("its GPT-4 powered Copilot")
# or a measure of its running it ("whose Llama 70B throughput the guest reproduced")
_ITS_USE_AFTER = regexcache.compile(r"[\s-]+(?:powered|based|backed|enabled|driven|hosted|integrated|supported|served|licensed)\b|"
                                    r"\s+(?:throughput|latency|speeds?|serving|inference|deployments?|hosting|usage|traffic|"
                                    r"bills?|spend)\b", re.I)
# or after a short description ("AI lab; creator of ...", "Chinese lab, maker of ..."), where no
# name stands before (then the claim is of the org named there: "Investor in OpenAI, maker of ChatGPT")
_ORG_CONTEXT_SEP = regexcache.compile(r"[;:.,—–]\s+")
_ORG_CONTEXT_REACH = 120  # where the product must start in such a context


# the last word of `_ORG_CONTEXT` ("of", "behind", a verb), and the words `_ORG_CONTEXT_DET` may
# hold after it, lowercased: `_org_context_start` asks the words before the product first (a few set
# look-ups instead of the regex, which most contexts fail)
_ORG_CONTEXT_LAST = frozenset(
    f"{stem}{end}" for stem, ends in (("develop", ("s", "ed", "ing")), ("build", ("s", "ing")), ("creat", ("es", "ed", "ing")),
                                     ("train", ("s", "ed", "ing")), ("design", ("s", "ed", "ing")), ("releas", ("es", "ed", "ing")),
                                     ("launch", ("es", "ed", "ing")), ("unveil", ("s", "ed", "ing")), ("introduc", ("es", "ed", "ing")),
                                     ("sourc", ("es", "ed", "ing")), ("open-sourc", ("es", "ed", "ing")), ("ship", ("s",)),
                                     ("shipp", ("ed", "ing")), ("mak", ("es", "ing")), ("produc", ("es", "ed", "ing")))
    for end in ends) | {"of", "behind", "built", "made"}
_ORG_CONTEXT_DET_WORDS = frozenset(w.lower() for w in re.findall(
    r"[A-Za-z][\w-]*", f"the its their {_QUALIFIER_WORDS} {_KIND_DESCRIBERS} {_KIND_WORDS}") if w not in ("s", "w"))


def _org_context_start(text: str, first: int) -> re.Match | None:
    """`_ORG_CONTEXT` at the context's start, or after a short description before `first` (where its
    first name starts); None."""
    end, lo = first - 1, max(0, first - 60)  # the space before the product, then word by word back
    while True:
        at = text.rfind(" ", lo, end)
        if at < 0:
            if end > lo and text[lo:end].lower() in _ORG_CONTEXT_LAST:  # the context's first word
                break
            return None
        word = text[at + 1:end].lower()
        if word in _ORG_CONTEXT_LAST:
            break
        if word not in _ORG_CONTEXT_DET_WORDS:
            return None
        end = at
    if (m := _ORG_CONTEXT.match(text)) is not None:
        return m
    sep = _ORG_CONTEXT_SEP.search(text, 1, min(first, 42))
    return None if sep is None else _ORG_CONTEXT.match(text, sep.end())


# what stands between that start and the product ("the", "its new", "the open-weights")
_ORG_CONTEXT_DET = regexcache.compile(
    rf"(?:(?:the|its|their)\s+)?(?:(?:{_QUALIFIER_WORDS}|{_KIND_DESCRIBERS})\s+){{0,3}}(?:{_KIND_WORDS}\s+)?")
# a verb of bringing out at that start: a platform's too, a claim only of an org with a lab of its own
_ORG_CONTEXT_LAUNCH = regexcache.compile(r"(?:[Ll]aunch|[Uu]nveil|[Ii]ntroduc|[Ss]hip|[Rr]eleas)")
# after the product: a move onto a platform or a feature ("Released Claude in Bedrock", "Makes Llama
# available"), as after a maker's verb in a text (`org6_end`)
_ORG_CONTEXT_END = regexcache.compile(
    rf"{_VERSION}(?![\w-]){_VERSION_ENDS}(?!\s+(?:models?\s+|family\s+)?(?:into|on|onto|{_IN_PLACE}|to|through|via|available|"
    r"integration|support|access|availability|features?|partnership|deal|plugin|extension|API|for\s+(?:its|their)\s+"
    r"(?:customers|users|clients|platform|cloud))\b)")


@dataclass(frozen=True)
class PersonWords:
    """rules/attribution.yaml: a person's roles at an org, and the words of a past or founding role."""

    roles: tuple = ()
    past: tuple = ()
    founding: tuple = ()
    fields: tuple = ()
    founder_nouns: tuple = ()
    founding_verbs: tuple = ()
    founders: tuple = ()  # (org's canonical name, its founders' canonical names), in the file's order
    tiers: tuple = ()  # (a model family's canonical name, its tiers named alone: "Sonnet", "Flash")
    tier_not_before: tuple = ()  # nouns after a tier's word that make it another thing ("Flash storage")
    lowercase_names: tuple = ()  # products' names that are words, read as names after a lowercase maker's possessive
    owners: tuple = ()  # (an org the glossary gives no parent, the firms said to own it that are right)
    backers: tuple = ()  # investors and accelerators: their "company" or "startup" is one they fund
    org_unit_nouns: tuple = ()  # what a text calls an org named another firm's ("a Google product")
    relation_words: tuple = ()  # words before such a noun that make it a relation ("Google's partner lab")
    owner_not_before: tuple = ()  # words after a firm's name that make it no owner ("the Google alumni network")
    hosts: frozenset = frozenset()  # orgs that host or hand out others' models: "from" one names no maker
    product_relations: frozenset = frozenset()  # words before a product's noun that make a possessive a relation
    foundries: frozenset = frozenset()  # contract chip makers: making others' chips is manufacture, not design
    platforms: frozenset = frozenset()  # products others' products run on: before a noun, a place ("its Android app")
    design_partners: frozenset = frozenset()  # custom-chip design firms: designing another's chip is their trade

    @cached_property
    def owned_by(self) -> dict:
        """`owners` as a mapping, built once: an org's canonical name -> the firms said to own it that are right."""
        return dict(self.owners)


def parse_person_words(data, where: str) -> PersonWords:
    if not data:
        return PersonWords()
    expect(data, dict, where, "attribution")
    known_keys(data, {"person_roles", "past_words", "founding_words", "role_fields", "founder_nouns", "founding_verbs",
                      "founders", "tiers", "tier_not_before", "lowercase_names", "owners", "backers",
                      "org_unit_nouns", "relation_words", "owner_not_before", "hosts", "product_relations", "foundries",
                      "platforms", "design_partners"},
                     where,
                     "attribution")
    founders = data.get("founders") or {}
    expect(founders, dict, where, "founders")
    tiers = data.get("tiers") or {}
    expect(tiers, dict, where, "tiers")
    owners = data.get("owners") or {}
    expect(owners, dict, where, "owners")
    return PersonWords(*(tuple(str_list(data.get(k), where, k))
                         for k in ("person_roles", "past_words", "founding_words", "role_fields", "founder_nouns",
                                   "founding_verbs")),
                       tuple((str(org), tuple(str_list(people, where, f"founders.{org}")))
                             for org, people in founders.items()),
                       tuple((str(family), tuple(str_list(names, where, f"tiers.{family}")))
                             for family, names in tiers.items()),
                       tuple(str_list(data.get("tier_not_before"), where, "tier_not_before")),
                       tuple(str_list(data.get("lowercase_names"), where, "lowercase_names")),
                       tuple((str(org), tuple(str_list(firms, where, f"owners.{org}")))
                             for org, firms in owners.items()),
                       *(tuple(str_list(data.get(k), where, k)) for k in ("backers", "org_unit_nouns", "relation_words",
                                                                    "owner_not_before")),
                       frozenset(str_list(data.get("hosts"), where, "hosts")),
                       frozenset(w.lower() for w in str_list(data.get("product_relations"), where, "product_relations")),
                       frozenset(str_list(data.get("foundries"), where, "foundries")),
                       frozenset(str_list(data.get("platforms"), where, "platforms")),
                       frozenset(str_list(data.get("design_partners"), where, "design_partners")))


def person_words(knowledge) -> PersonWords:
    return knowledge.get("attribution", parse_person_words, required=False)


def _words_alt(words) -> str:
    """Words as an alternation, longest first, any whitespace between their parts."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class PersonShapes:
    """A person tied to an org by a role or a preposition: `before` what stands between an org and
    a person after it ("Anthropic CEO ", "OpenAI's "), `after` between a person and an org after it
    (", the CEO of ", " of ", " (", ", who runs ", "'s "); `role_after` a role after the org's
    possessive or name (", Google's chief executive", ", Anthropic CEO"); `past` a past or founding
    word in the claim."""

    before: re.Pattern
    after: re.Pattern
    role_after: re.Pattern
    past: re.Pattern
    past_before: re.Pattern


# a time after a role that puts it in the past ("OpenAI's CTO at the time")
_PERSON_THEN_AFTER = regexcache.compile(
    r"\s*,?\s+(?:at\s+the\s+time|back\s+then|until|in\s+(?:19|20)\d\d|years\s+ago|before\s+(?:he|she|they|leaving|joining))\b")
# a move around a person taken from an org ("poached Jan Leike from OpenAI"), or a founding with
# them ("co-founding it with Liam Fedus from OpenAI": where they came from)
_PERSON_MOVE_BEFORE = regexcache.compile(
    r"\b(?:hir\w*|poach\w*|lur\w*|recruit\w*|join\w*|left|leav\w*|mov\w*|defect\w*|depart\w*|oust\w*|fir(?:ed|ing)|"
    r"exodus|came|bring\w*|brought|took|taken|steal\w*|stole|(?:co-?)?found(?:ed|ing|ers?)|co-?found)\b[^.;]*$", re.I)
# what a person's possessive relates to an org, other than leading it ("Elon Musk's OpenAI lawsuit")
_PERSON_RELATION_AFTER = regexcache.compile(
    r"\s+(?:feud|fight|battle|suit|criticism|critique|stake|shares|board|ouster|firing|return|departure|exit|tenure|"
    r"days|years|time|role|job|offer|stint|history|past|comments?|remarks?|views?|take|claims?|complaints?|"
    r"bid|lawsuits?|investments?|deal|rivalry|grudge|beef)\b", re.I)
_PAREN_CLOSE = regexcache.compile(r"\s*[),;]")
_PERSON_TO_AFTER = regexcache.compile(r"\s+(?:to|into|for)\b")
# after "X at Org": the org's event or place, not where the person works ("at Google I/O", "at
# Microsoft Ignite", "at Google headquarters", "at Meta's")
_NOT_EMPLOYER_AFTER = regexcache.compile(r"(?:[\w&/-]|\s+(?-i:[A-Z0-9])|\s+(?:headquarters|HQ|offices?|campus|events?|conferences?|"
                                         r"summits?|keynotes?|stages?|booths?|panels?|launch|announcements?|press|today|this|last|"
                                         r"in|on|during|with|and|or)\b)", re.I)
_HIRED = regexcache.compile(r"\s+(?:(?:just|recently)\s+)?(?:hired|poached|recruited|lured)\b")
# a time that puts a sentence in the past: a year, "back when", "years ago", "at the time"
_THEN = regexcache.compile(r"\b(?:(?:19|20)\d\d|when|back\s+then|years\s+ago|at\s+the\s+time|used\s+to|early\s+days|"
                           r"previously|earlier|once|origin\w*|history|built|founded|started|began)\b", re.I)
# before "X at Org": a meeting, a talk or a visit, not a job ("spoke with X at Meta", "met X at OpenAI")
_VISIT_BEFORE = regexcache.compile(r"\b(?:met|meet\w*|spoke|speak\w*|talk\w*|interview\w*|visit\w*|saw|seen|hosted|"
                                   r"presented|demo\w*|pitched|sat\s+down)\b[^.;]*$", re.I)
# an apposition of an org that another org's name stands in, then who runs it ("Nebius, the Yandex
# spin-off run by ")
_LED_BY = regexcache.compile(r",\s+(?:(?:the|an?)\s+)?(?:[\w.-]+\s+){1,3}?(?:led|run|headed)\s+by\s+(?:(?:its|their)\s+)?(?:CEO\s+)?")
# a role that a person holds at one company only: its chief executive, or who runs or leads it
# the roles one holds at one firm at a time: its chief executive, or another of its officers ("Palantir
# CTO Andrew Bosworth"), or who runs it
_CHIEF_ROLE = regexcache.compile(r"\b(?:C[ETFOP]O|co-CEO|(?<!vice\s)(?<!vice-)president|chief\s+(?:executive|technology|financial|operating|product)(?:\s+officer)?|(?:run|led|headed)\s+by)\b", re.I)
_PERSON_ORG_KINDS = ("ai_lab", "big_tech", "chip_maker", "cloud")  # a person's employer a stranger may get wrong
_PERSON_GAP = 60  # characters between a person and an org that a claim can span


@lru_cache(maxsize=8)
def _person_shapes(words: PersonWords) -> PersonShapes | None:
    if not words.roles:
        return None
    role = (rf"(?i:(?:{_words_alt(words.roles)})(?:\s+of\s+(?:[A-Za-z][\w-]*\s+){{0,1}}[A-Za-z][\w-]*(?=\s+at\s))?)"
            r"(?![\w-])")
    roles = rf"{role}(?:\s*(?:,|and|&)\s*{role})?"
    # and the field of the role ("Meta's AI chief", "Google's research head")
    field = rf"(?:(?:{_words_alt(words.fields)})\s+)?" if words.fields else ""
    cur = rf"(?:(?:new|current|longtime|incoming|interim|acting)\s+)?{field}"
    past = _words_alt(words.past + words.founding)
    return PersonShapes(
        # or the org led by the person ("AMD, led by CEO Jensen Huang", "AMD, the chipmaker run by ...")
        # or the org that takes the person on now ("Meta hires Ruoming Pang", "OpenAI's new hire Fidji Simo")
        before=regexcache.compile(rf"(?:['’]s?\s+{cur}(?:{roles}\s*,?\s+)?|\s+{cur}{roles}\s*,?\s+|"
                                  r"\s+(?:(?:has|have)\s+(?:just\s+|now\s+)?hired|(?:(?:just|recently)\s+)?(?:hired|poached|recruited|lured)|"
                                  r"hires|poaches|recruits|lures|taps|is\s+hiring)\s+|['’]s\s+(?:new(?:est)?\s+)?(?:hire|recruit)(?:\s+of)?\s+|"
                                  rf",\s+(?:(?:the|an?)\s+)?(?:[\w.-]+\s+){{0,3}}?(?:led|run|headed)\s+by\s+"
                                  rf"(?:(?:its|their)\s+)?(?:{cur}{roles}\s+)?)"),
        after=regexcache.compile(
            rf"(?P<role>,\s+(?:(?:the|an?|its)\s+)?{cur}{roles}\s+(?:of|at)\s+|\s+is\s+(?:(?:the|an?)\s+)?{cur}{roles}\s+(?:of|at)\s+)"
            # "over at" of speech is where one works ("Lisa Su over at AMD")
            # a role may open the brackets ("Dario Amodei (CEO of Anthropic)"), or follow the org in
            # them ("(Anthropic CEO)": `_people`)
            rf"(?:the\s+)?|(?P<of>\s+(?:of|from|over\s+at)\s+)|(?P<at>\s+at\s+)|(?P<paren>\s*\(\s*(?:{cur}{roles}(?:\s*,\s*|\s+(?:of|at)\s+))?)|"
            # or works there, or is there now ("Dario Amodei, who works at OpenAI", "Jan Leike, now at OpenAI")
            # (or leads a field of work there: "Neel Nanda, who leads mechanistic interpretability at OpenAI")
            r"(?P<runs>,?\s+(?:who\s+)?(?:now\s+|currently\s+|still\s+)?(?:runs|leads|heads|works\s+(?:at|for))\s+"
            r"(?:(?:[a-z][\w-]*\s+){1,3}?(?:at|for)\s+)?|"
            r",\s+(?:who\s+is\s+)?(?:now|currently)\s+at\s+)|"
            # or has just moved there ("Fidji Simo leaving for OpenAI", "Ruoming Pang joins Meta",
            # "Shengjia Zhao's move to Meta"); a plain past "joined" may be an old move, and is left
            r"(?P<move>,?\s+(?:(?:who\s+)?(?:is|was)\s+)?(?:now\s+)?(?:leaving|left|heading|headed)\s+(?:for|to)\s+|"
            r",?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?:just\s+|recently\s+|now\s+)?(?:joins|is\s+joining|just\s+joined|recently\s+joined|"
            r"has\s+(?:just\s+|now\s+)?joined)\s+|['’]s\s+(?:move|jump|switch|defection)\s+to\s+)|"
            # the org as the role's adjective after "the" ("Satya Nadella, the Google CEO": `role_after`)
            # (or "a": "Sébastien Bubeck, a Google DeepMind researcher")
            r"(?P<comma>,\s+(?:(?:the|an?)\s+)?)|(?P<poss>['’]s?\s+)"),
        # (a name ending in "s" takes the apostrophe alone: "Jamie Dimon, Goldman Sachs' CEO")
        role_after=regexcache.compile(rf"(?:['’]s|(?<=s)['’])?\s+{cur}{roles}"),
        past=regexcache.compile(rf"(?i:\b(?:{past})(?![\w]))"),
        past_before=regexcache.compile(rf"(?i:\b(?:{past})(?:[\s-]+|-)$)"))


@dataclass(frozen=True)
class FounderShapes:
    """A person tied to an org by a founding role (rules/attribution.yaml `founders`): `before` what
    stands between an org and a person after it ("OpenAI co-founder ", "Anthropic, founded by "),
    `after` between a person and an org after it (", co-founder of ", " co-founded ", ", who
    founded "), `noun_after` a founding noun after an org ("Dario Amodei, OpenAI co-founder");
    `founders` the founders of each org listed."""

    before: re.Pattern
    after: re.Pattern
    noun_after: re.Pattern
    founders: dict


@lru_cache(maxsize=8)
def _founder_shapes(words: PersonWords) -> FounderShapes | None:
    if not words.founders or not words.founder_nouns or not words.founding_verbs:
        return None
    nouns = rf"(?i:(?:{_words_alt(words.founder_nouns)})s?)"
    verbs = rf"(?i:{_words_alt(words.founding_verbs)})"
    early = r"(?:(?:early|original|fellow)\s+)?"
    # a current role with the founding one ("CEO and co-founder of Hugging Face")
    role = rf"(?:(?i:{_words_alt(words.roles)})\s*(?:,|and|&)\s*)?" if words.roles else ""
    return FounderShapes(
        # or an apposition of the org with the verb ("Character.AI, the chatbot startup founded by")
        before=regexcache.compile(rf"(?:['’]s)?\s+{early}{nouns}\s*,?\s+|"
                                  rf",?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?{verbs}\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+|"
                                  rf",\s+(?:the|an?)\s+(?:[\w.-]+\s+){{0,3}}?{verbs}\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+"),
        after=regexcache.compile(rf",\s+(?:(?:the|an?|one\s+of\s+the)\s+)?{role}{early}{nouns}\s+(?:of|at)\s+(?:the\s+)?|"
                                 rf"\s*\(\s*(?:(?:the|an?)\s+)?{role}{early}{nouns}\s+of\s+|"
                                 rf",?\s+(?:who\s+)?(?:also\s+)?{verbs}\s+(?:the\s+)?|"
                                 # or the org as the noun's adjective ("Greg Brockman, one of the Anthropic founders")
                                 rf"(?P<comma>,\s+(?:(?:the|an?|one\s+of\s+the)\s+)?|\s*\(\s*)"),
        noun_after=regexcache.compile(rf"(?:['’]s)?\s+{early}{nouns}\b"),
        founders={org: frozenset(people) for org, people in words.founders})


def _joint_subject(gl, pats, text: str, org_at: int, prod_e) -> bool:
    """Does a right maker of `prod_e` stand coordinated before the org at `org_at`, as another
    subject of the same verb ("Google DeepMind and Isomorphic Labs released AlphaFold 3",
    "Anthropic, Amazon and Google released Claude 3")? Up to four subjects are read back."""
    at = org_at
    for _ in range(3):
        j = _JOINT_BEFORE.search(text, max(0, at - 12), at)
        if j is None:
            return False
        o = next((o for o in pats.orgs.finditer(text, max(0, j.start() - 60), j.start()) if o.end() == j.start()), None)
        if o is None:
            return False
        partner = _org_entry(gl, o.group())
        if partner is not None and (partner is prod_e or gl.is_right_maker(prod_e, partner)):
            return True
        at = o.start()
    return False


def _orgs_beside(names: list, people: list):
    """(start, end, org before, org after, the org before that) of each person's span: the org
    names (spans) right before and right after it, or None."""
    orgs = [(a, b) for a, b, is_org, _ in names if is_org]
    if not orgs:
        return
    starts = [a for a, _ in orgs]
    for pa, pb in people:
        i = bisect_left(starts, pb)  # the first org after the person (names do not overlap)
        yield pa, pb, (orgs[i - 1] if i else None), (orgs[i] if i < len(orgs) else None), (orgs[i - 2] if i > 1 else None)


def _founder_claims(gl: Glossary, shapes: FounderShapes, text: str, names: list, people: list):
    """Founding claims of a person of the glossary at an org listed in `founders` that did not
    found it: (claim, org's text, its offset, person, org)."""
    for pa, pb, before, after, _ in _orgs_beside(names, people):
        found = None
        if before is not None and pa - before[1] <= _PERSON_GAP and \
                shapes.before.fullmatch(text, before[1], pa) is not None:
            found = (before, before[0], pb)
        elif after is not None and after[0] - pb <= _PERSON_GAP and \
                (m := shapes.after.fullmatch(text, pb, after[0])) is not None:
            end = after[1]
            if m.group("comma"):  # "Dario Amodei, OpenAI co-founder"
                r = shapes.noun_after.match(text, end)
                end = r.end() if r is not None else -1
            if end != -1:
                found = (after, pa, end)
        if found is None:
            continue
        (oa, ob), start, end = found
        person = gl.lookup(text[pa:pb])
        org_e = _org_entry(gl, text[oa:ob])
        if person is None or person.kind != "person" or org_e is None:
            continue
        founders = shapes.founders.get(org_e.name)
        if founders is None or person.name in founders:
            continue
        yield _ListClaim(text, {"org36": (oa, ob), "prod36": (pa, pb)}, start, end), text[oa:ob], oa, person, org_e


def _person_right(gl: Glossary, person: Entry, org: Entry) -> bool:
    """Is `org` the person's own (their maker, its parents or units), or of their maker's maker
    where that is a product ("Reid Hoffman": LinkedIn, Microsoft's)?"""
    if gl.is_right_maker(person, org):
        return True
    maker = gl.by_name.get(person.maker) if person.maker else None
    return maker is not None and maker.kind in MADE_KINDS and gl.is_right_maker(maker, org)


def _person_claims(gl: Glossary, shapes: PersonShapes, text: str, names: list, people: list):
    """`WrongMaker._people`'s claims: (claim, org's text, its offset, person, org)."""
    for pa, pb, before, after, first in _orgs_beside(names, people):
        found = []
        if before is not None and first is not None and pa - first[1] <= _PERSON_GAP and \
                shapes.before.fullmatch(text, before[1], pa) is None and _LED_BY.fullmatch(text, first[1], pa) and \
                not shapes.past_before.search(text, max(0, first[0] - 12), first[0]):
            before = first  # "Nebius, the Yandex spin-off run by ...": the org the apposition is of
        if before is not None and pa - before[1] <= _PERSON_GAP and \
                shapes.before.fullmatch(text, before[1], pa) is not None and \
                not shapes.past_before.search(text, max(0, before[0] - 12), before[0]) and not (
                    _HIRED.match(text, before[1]) and _THEN.search(text, max(0, before[0] - 60), min(len(text), pb + 60))):
            found.append((before, before[0], pb))  # (not an old hire: "Google hired Geoffrey Hinton in 2013")
        # the org after the person too, which may be wrong where the one before is right ("Intel,
        # now led by Lip-Bu Tan, AMD's CEO since March")
        if after is not None and after[0] - pb <= _PERSON_GAP and \
                (m := shapes.after.fullmatch(text, pb, after[0])) is not None and \
                not shapes.past_before.search(text, max(0, pa - 12), pa):
            end = after[1]
            if m.group("comma"):
                r = shapes.role_after.match(text, end)
                end = r.end() if r is not None and not _CAPITAL_AFTER.match(text, r.end()) else -1
                # (not the next person's role: "Oklo CEO Jacob DeWitte, TerraPower CEO Chris Levesque")
            elif m.group("paren"):
                if (r := shapes.role_after.match(text, end)) is not None:
                    end = r.end()  # "(OpenAI CEO)"
                close = _PAREN_CLOSE.match(text, end)
                end = -1 if close is None else close.end() if text.endswith(")", 0, close.end()) else end
            elif m.group("of"):
                if text.startswith(("'", "’"), end) or _PERSON_TO_AFTER.match(text, end) or (
                        "from" in m.group("of") and _PERSON_MOVE_BEFORE.search(text, max(0, pa - 40), pa)):
                    end = -1  # "of OpenAI's board", "from OpenAI to Anthropic", "poached X from OpenAI"
            elif m.group("at"):
                if text.startswith(("'", "’"), end) or _NOT_EMPLOYER_AFTER.match(text, end) or \
                        _PERSON_MOVE_BEFORE.search(text, max(0, pa - 40), pa) or _VISIT_BEFORE.search(text, max(0, pa - 40), pa) \
                        or _THEN.search(text, max(0, pa - 60), min(len(text), end + 60)):
                    end = -1  # "at Microsoft's Build", "at Google I/O", "at Google headquarters", "met X at Meta",
                    # "back when X at DeepMind ...", "X at DeepMind in 2016": where one was then
            elif m.group("poss"):
                if _RELATION_AFTER.match(text, end) or _PERSON_RELATION_AFTER.match(text, end):
                    end = -1  # "Elon Musk's OpenAI lawsuit"
            if end != -1:
                found.append((after, pa, end))
        person = gl.lookup(text[pa:pb]) if found else None
        if person is None or person.kind != "person" or not person.maker:
            continue
        for claim in found:
            if (got := _person_claim(gl, shapes, text, pa, pb, person, claim)) is not None:
                yield got
                break


def _person_claim(gl: Glossary, shapes: PersonShapes, text: str, pa: int, pb: int, person: Entry, found):
    """One org beside a person (`_person_claims`), as (claim, org's text, its offset, person, org),
    or None when it is the person's own or no claim."""
    (oa, ob), start, end = found
    if shapes.past.search(text, start, end) or _PERSON_THEN_AFTER.match(text, end):
        return None  # "Ilya Sutskever, co-founder and chief scientist of OpenAI", "OpenAI's CTO at the time"
    org_e = _org_entry(gl, text[oa:ob])
    if org_e is None or _person_right(gl, person, org_e):
        return None
    if oa > pb and " from " in text[pb:oa + 1] and _own_org_before(gl, person, text, pa):
        return None  # "And now Periodic Labs, Liam Fedus from OpenAI and ...": his firm named, then where he came from
    if org_e.kind not in _PERSON_ORG_KINDS and not (
            # (a role at another company, of a person the glossary knows at a company, a cloud or a
            # chip maker: "Harrison Chase, CEO of CrewAI", "Michael Intrator (Lambda)"; not of one
            # known at a lab, who may lead a company too, unless as its chief executive and the
            # company is none of their own group's: "Adobe CEO Satya Nadella", "Perplexity, run by
            # Sam Altman"; not "Isomorphic Labs CEO Demis Hassabis", Alphabet's as DeepMind is)
            org_e.kind == "company" and (own := gl.by_name.get(person.maker)) is not None
            and (own.kind in ("company", "cloud", "chip_maker")
                 or (_CHIEF_ROLE.search(text, start, end) is not None
                     and not any(o in gl.chain(person) for o in gl.chain(org_e)[1:])))):
        return None
    return _ListClaim(text, {"org36": (oa, ob), "prod36": (pa, pb)}, start, end), text[oa:ob], oa, person, org_e


def _own_org_before(gl: Glossary, person: Entry, text: str, pa: int) -> bool:
    """Is the person's own org (the glossary's, or its parent) named in the 60 characters of the
    same sentence before the person?"""
    start = max(0, pa - 60)
    stop = max(text.rfind(". ", start, pa), text.rfind("\n", start, pa))
    window = text[stop + 1 if stop != -1 else start:pa]
    return any(form in window for org in gl.chain(person) for form in org.accepted)


class WrongMaker(_AttributionRule):
    """## What it does
    Flags a product or model tied to the wrong maker in any free text: "OpenAI (Gemini)",
    "Google's Claude", "Grok by Anthropic", "Qwen, developed by Microsoft", "Claude is a model
    from OpenAI", "Llama comes from Google", "OpenAI, the company behind Gemini", "xAI shipped
    Llama 4" (a launch is a claim only of an AI lab: platforms launch others' models). Right and wrong come from the glossary's maker/parent chain: for Gemini,
    Google DeepMind, Google and Alphabet are all right; for Copilot, GitHub and Microsoft.
    Comparisons and moves ("a rival to", "switched to ... from") are not claims and stay quiet,
    nor is a possessive of a relation ("Apple's ChatGPT integration", "Amazon's Claude deal").
    A founding role at an org listed in rules/attribution.yaml `founders` held by someone not
    among its founders is flagged too ("OpenAI co-founder Dario Amodei"), without a fix.
    A model tier named alone is its family's model (rules/attribution.yaml `tiers`: "Google's
    Opus model", "Sonnet from OpenAI"), and a maker's possessive may be lowercase ("openai's gemini").
    A summary's bullet under a product's bold label is read as that product's description, as an
    entity's context is (A402): "*   **Llama 4:** Google's open model family".
    A title or summary heading in title case is read as a sentence ("Grok 3 Is Anthropic's
    Answer"). A partner or foundry that designs or makes a product with or for its maker is no
    wrong maker ("Broadcom designs the TPU with Google", "TSMC makes Apple's chips"), nor is a
    host's possessive of a model it serves ("Perplexity's Claude").

    ## Why it matters
    A summary that credits a model to its competitor is a factual error readers repeat.

    ## Example
    ```yaml
    summary: '**OpenAI (Gemini):** reasoning focus'      # flagged: Gemini is Google DeepMind's
    summary: '**Anthropic (Claude):** coding focus'      # fine
    ```

    ## Fix safety
    Unsafe: the fix names the glossary's maker, but the text may have meant another product. A
    founding claim has no fix: the org the person founded may be none of the glossary's.
    """

    code = "A401"
    name = "wrong-maker"
    family = "attribution"
    severity = Severity.ERROR
    summary = "Product tied to the wrong maker (OpenAI (Gemini))"
    fixable = "unsafe"

    def check(self, batch):
        # one claim read by two shapes ("DeepMind, a Microsoft subsidiary": an apposition and an
        # owner's claim) is one finding
        # (and two shapes that read one claim to two ends, "Perplexity, the Amazon-owned" and
        # "Perplexity, the Amazon-owned answer", are one finding: the first)
        seen: dict[tuple, list] = {}
        found = []
        for f in self._claims(batch):
            key = (f.file, f.field, f.message.split(": ", 1)[0])
            span = (f.line, f.column, f.end_line, f.end_column)
            if not any(a[:2] < span[2:] and span[:2] < a[2:] or a == span for a in seen.get(key, ())):
                seen.setdefault(key, []).append(span)
                found.append(f)
        yield from found
        # a summary's bullet under a product's bold label, read as the product's description
        # ("**Llama 4:** Google's open model family"), where no claim above covers its maker
        taken = {(f.file, f.field): [] for f in found}
        for f in found:
            taken[(f.file, f.field)].append((f.line, f.column, f.end_line, f.end_column))
        gl = attribution_glossary(batch.knowledge)
        pats = patterns_for(gl)
        owners = person_words(batch.knowledge).owned_by
        for ep, path, text, _ in batch.texts():
            if "|" in text and not path.endswith((".context", ".name")):
                # a Markdown table of products and their makers ("| Llama 3.1 405B | Microsoft |")
                for prod_e, org_e, org_at, org_text in _table_claims(gl, text):
                    m = _ListClaim(text, {}, org_at, org_at + len(org_text))
                    f = self._finding(ep, path, text, m, org_text, org_at, prod_e, org_e, gl)
                    span = (f.line, f.column, f.end_line, f.end_column)
                    if not any(a[:2] <= span[2:] and span[:2] <= a[2:] for a in taken.get((f.file, f.field), ())):
                        yield f
            if "**" not in text or path.endswith((".context", ".name")):
                continue
            for lab in _LABEL.finditer(text):
                prod_e = _entity_product(gl, lab.group("name").strip())
                if prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker:
                    continue
                desc, at = lab.group("desc"), lab.start("desc")
                if not pats.orgs.search(desc):
                    continue
                for m, org_text, org_at, org_e in _product_context_claims(gl, pats, prod_e, desc, owners):
                    f = self._finding(ep, path, text, _Shifted(m, at), org_text, org_at + at, prod_e, org_e, gl)
                    span = (f.line, f.column, f.end_line, f.end_column)
                    if not any(a[:2] <= span[2:] and span[:2] <= a[2:] for a in taken.get((f.file, f.field), ())):
                        yield f

    def _claims(self, batch):
        gl = attribution_glossary(batch.knowledge)
        pats = patterns_for(gl)
        unit_forms = pats.unit_forms
        ind_forms = pats.independent_forms
        tiers = _tier_guard(person_words(batch.knowledge))
        hosts = person_words(batch.knowledge).hosts
        relations = person_words(batch.knowledge).product_relations
        foundries = person_words(batch.knowledge).foundries
        design_partners = person_words(batch.knowledge).design_partners
        platforms = person_words(batch.knowledge).platforms
        owned = person_words(batch.knowledge).owned_by
        for ep, paths, texts, joined, names_found, people in episode_names(batch):
            found = list(names_found)  # (its items are replaced below, for this rule's reading only)
            if people and (shapes := _person_shapes(words := person_words(batch.knowledge))) is not None:
                founding = _founder_shapes(words)
                for k, group in groupby(people, key=itemgetter(0)):
                    group = [p[1:] for p in group]
                    yield from self._people(gl, shapes, ep, paths[k], texts[k], found[k], group)
                    if founding is not None:
                        yield from self._founders(gl, founding, ep, paths[k], texts[k], found[k], group)
            named = [k for k, names in enumerate(found) if names]
            # an org's own context that names what it made ("Maker of the Claude models" of Meta): its
            # first name is the product, near its start
            for k in [k for k in named if found[k][0][3] and found[k][0][0] <= _ORG_CONTEXT_REACH
                      and paths[k].endswith(".context")]:
                text = texts[k]
                if (start := _org_context_start(text, found[k][0][0])) is not None:
                    yield from self._org_context(gl, pats, ep, paths, texts, k, start, foundries)
                elif (lead := _ORG_CONTEXT_LEAD.match(text)) is not None and lead.end() == found[k][0][0]:
                    yield from self._org_context_maker_noun(gl, ep, paths, texts, k, found[k][0])
                elif text.find(" its ", max(0, found[k][0][0] - 60), found[k][0][0]) >= 0 or \
                        text.find(" their ", max(0, found[k][0][0] - 60), found[k][0][0]) >= 0 or \
                        text.find(" whose ", max(0, found[k][0][0] - 60), found[k][0][0]) >= 0 or \
                        text.startswith(("Its ", "Their ")):  # a context that starts with it ("Its Claude models ...")
                    yield from self._org_context_its(gl, pats, ep, paths, texts, k, found[k], platforms)
            many = [k for k in named if len(found[k]) > 1]  # a claim needs a maker and a product
            # a maker's possessive in lowercase ("openai's gemini"): read in the names' own case
            recased = {}
            if (hits := pats.lower_possessives(joined)):
                starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
                lowered = sorted({bisect_left(starts, at + 1) - 1 for at in hits})
                plain = _lowercase_words(id(gl), gl, person_words(batch.knowledge).lowercase_names)
                recased = {k: r for k in lowered if (r := pats.recase(texts[k], plain)) is not None}
                for k, r in recased.items():
                    found[k] = pats._names(pats.names, r)
                many = sorted({*many, *(k for k in recased if len(found[k]) > 1)})
            # a headline in title case ("Grok 3 Is Anthropic's Answer", "Gemini, Built By OpenAI"): read
            # with its ordinary words in lowercase, as a sentence, the names as they are
            for k in many:
                if k not in recased and (paths[k] == "title" or (paths[k] == "summary" and "#" in texts[k])) and (
                        r := _untitled(gl, texts[k], found[k])) is not None:
                    recased[k] = r
            # a maker's possessive written without its apostrophe ("Anthropics Gemini"): the maker is
            # no name found, so such a text may hold one name only
            bare = {k: p for k in many if (p := _bare_possessives(pats, recased[k] if recased and k in recased else texts[k],
                                                                  found[k]))}
            for k in many:
                path, text, names = paths[k], texts[k], found[k]
                spoken = None
                if k in recased:  # the same length: each character where it stands
                    text = recased[k]
                    spoken = (texts[k], list(range(len(text) + 1)))
                if k in bare:  # read with the apostrophes, as a filler is read without
                    spoken = _apostrophised(text, bare[k])
                    text = spoken[0]
                    names = pats._names(pats.names, text)
                    spoken = (texts[k], spoken[1])
                if ", both " in text or ", all " in text:
                    yield from self._group_claims(gl, ep, path, text, names)
                windows = claim_windows(text, names)
                # the claims of an org named another's need no product ("Replit is, uh, Google's app",
                # "Cruise was, um, you know, Ford's robotaxi thing"): a filler anywhere, before an org
                # named in a set of those of `_independent_claims` or `_owner_claims`
                if any(_FILLER.search(text, lo, hi) or _STUTTER.search(text, lo, hi) for lo, hi in windows) or (
                        "**" in text and any(_BOLD.search(text, lo, hi) for lo, hi in windows)) or (
                        not windows and _FILLER.search(text) and any(
                            is_org and (text[a:b] in ind_forms or text[a:b] in unit_forms) for a, b, is_org, _ in names)):
                    if (unfilled := _unfilled(text)) is not None:
                        spoken = (texts[k], unfilled[1] if spoken is None else [spoken[1][i] for i in unfilled[1]])
                        text = unfilled[0]
                        names = pats._names(pats.names, text)
                        windows = claim_windows(text, names)
                if (bought := _acquisitions(gl, text, names)):
                    for claim, buyer, bought_e in bought:
                        if any(o.name in owned.get(b.name, ()) for b in (bought_e, *gl.chain(bought_e))
                               for o in gl.chain(buyer)):
                            continue  # "Cognition bought Windsurf": a deal rules/attribution.yaml `owners` records
                        if _DENIED_AFTER.match(text, claim.end()) or _REPORTED_BEFORE.search(
                                text, max(0, claim.start() - 40), claim.start()):
                            continue  # "I used to think Claude was Google's, but it's Anthropic's"
                        yield self._finding(ep, path, text, claim, claim.group("org39"), claim.start("org39"), bought_e,
                                            buyer, gl, spoken)
                fronted = _fronted_claims(pats, text) if windows and " by " in text else ()
                # an org with a parent and another org's possessive; two products
                if any(is_org and text[a:b] in unit_forms and _UNIT_AFTER.match(text, b) for a, b, is_org, _ in names):
                    fronted = (*fronted, *_owner_claims(gl, pats, text))
                if "its " in text or "Its " in text:
                    fronted = (*fronted, *_its_ahead_claims(gl, text, names))
                fronted = (*fronted, *_independent_claims(gl, ind_forms, batch.knowledge, text, names,
                                                          {min(c.start("org39"), c.start("prod39")) for c, _, _ in bought},
                                                          unit_forms))
                if (" who " in text or " behind " in text or "maker" in text or "creator" in text or "developer" in text) \
                        and sum(map(_IS_PRODUCT, names)) > 1:
                    fronted = (*fronted, *_via_claims(text, names))
                if (" team" in text or " folks" in text or " people" in text or " engineers" in text) \
                        and sum(map(_IS_PRODUCT, names)) > 1:
                    fronted = (*fronted, *_team_claims(text, names))
                if " von " in text or " de " in text or " par " in text or " por " in text or " da " in text \
                        or " do " in text or " di " in text or " van " in text or " pela " in text \
                        or " av " in text or " fr" in text or " od " in text or " przez " in text or " firmy " in text \
                        or " oleh " in text or " buatan " in text or " besutan " in text or " garapan " in text \
                        or " keluaran " in text or " terbitan " in text or " від " in text or " от " in text \
                        or " компан" in text or " của " in text or " από " in text:
                    fronted = (*fronted, *_foreign_claims(text, names))
                if not text.isascii() or ":n " in text or "által" in text or "entwickelte" in text or "ontwikkelde" in text \
                        or "gebaute" in text or "gemaakte" in text or "trainierte" in text:
                    fronted = (*fronted, *_maker_first_claims(text, names))
                heads = list(_claims_in(pats, text, names, windows))
                if any(h.first == "org3" for h in heads):
                    fronted = (*fronted, *_after_possessive(pats, text, heads))
                if " from " in text or " out of " in text or " courtesy of " in text:
                    spans = {h.span() for h in heads}
                    fronted = (*fronted, *(c for c in _from_longer_claims(pats, text, names) if c.span() not in spans))
                for head in (*heads, *fronted):
                    for m in (head, *_list_claims(gl, pats, text, head)):
                        org_text, org_at = _group(m, "org")
                        prod_text, prod_at = _group(m, "prod")
                        org_e, prod_e = _org_entry(gl, org_text), gl.lookup(prod_text)
                        if prod_e is not None and _not_a_tier(tiers, text, prod_e, prod_at, prod_at + len(prod_text)):
                            continue  # "Claude 3.5 Sonnet", "Flash storage": no tier named alone
                        via = type(m) is _ListClaim and (m.group("org33") or m.group("org34"))
                        if via:  # "the makers of ChatGPT": the other product's maker
                            other = gl.lookup(org_text)
                            chain = gl.chain(other) if other is not None and other.kind in MADE_KINDS else []
                            org_e = chain[0] if chain else None
                        if org_e is None or prod_e is None or org_e is prod_e or gl.is_right_maker(prod_e, org_e):
                            continue
                        if prod_e.kind == "benchmark" and _RESULT_AFTER.match(text, prod_at + len(prod_text)):
                            continue  # "Google's HumanEval pass rate": a lab's result on another's benchmark
                        if org_at < prod_at and _DEAL_AFTER.match(text, prod_at + len(prod_text)):
                            continue  # "Perplexity's Chrome gambit": a bid for the product, not its making
                        if prod_e.name in platforms and _PLATFORM_NOUN_AFTER.match(text, prod_at + len(prod_text)):
                            continue  # "Anthropic's Chrome extension": its own thing on another's platform
                        if prod_e.maker in owned and (m.group("prod3") or m.group("prod8") or m.group("prod9")
                                                      or m.group("prod13") or m.group("prod21") or m.group("prod41")
                                                      or (m.group("prod6") and not _MADE_WORD.search(m.group(0)))
                                                      or m.group("prod") or m.group("prod2")) and \
                                any(o.name in owned[prod_e.maker] for o in gl.chain(org_e)):
                            continue  # "Cognition's Windsurf", "Cognition now owns Windsurf", "Cognition (Windsurf)", "Windsurf (Cognition)": the maker's owner after a
                            # deal (rules/attribution.yaml `owners`) owns it now; it did not make it ("Pi, which Microsoft made")
                        if org_e.name in foundries and not _lab_work(gl, prod_e) and "design" not in m.group(0):
                            continue  # "Apple's M4 chip is made by TSMC": a foundry makes others' chips
                        if (org_e.name in design_partners and not _lab_work(gl, prod_e) and "esign" in m.group(0)
                                and (maker := gl.lookup(prod_e.maker or "")) is not None and maker.kind in ("big_tech", "cloud")):
                            continue  # "Broadcom-designed TPUs": a design partner's custom chip for a platform
                        if prod_e.exceptions and in_exception(text, prod_at, prod_at + len(prod_text), prod_e):
                            continue  # "SpaceX's Falcon": the glossary's phrases where the name is another's
                        if path != "title" and _longer_name_before(gl, text, prod_at):
                            continue  # "Condor Galaxy, built by Cerebras": a longer name that ends in the product's
                        mid = m.group("mid5") if m.group("prod5") else m.group("mid7") if m.group("prod7") else ""
                        if mid:  # its words in the text: what follows may make one no platform's ("support agent")
                            at = m.start("mid5" if m.group("prod5") else "mid7")
                            mid = any(h.start() < at + len(mid) for h in _NOT_A_CLAIM.finditer(text, at, min(len(text), at + len(mid) + 24)))
                        before = text[max(0, m.start() - 40):m.start()]
                        if (cut := _SENTENCE_END.search(before)) is not None:
                            before = before[cut.end():]  # "... are compared. Zoox, Waymo's unit": another sentence's words
                        if ";" in before:
                            before = before[before.rindex(";") + 1:]  # "... now runs Microsoft AI; Cohere launched ...": another clause's
                        if ":" in before:
                            before = before[before.rindex(":") + 1:]  # "Illustrates hardware partnerships: Le Chat, ...": a heading's
                        if (c := _NEW_CLAUSE.search(before)) is not None:
                            before = before[c.end():]  # "assistants built on partner models, while Midjourney's ...": another clause's
                        if (k := before.rfind(" such as ")) != -1:
                            # "mixing local models with hosted ones, such as the Gemini CLI from ...": an
                            # example named, the words before are its kind's
                            before = before[k + 9:]
                        if (p := _PARTNER_AFTER.match(text, m.end())) is not None and (
                                (o := pats.orgs.match(text, p.end())) is not None
                                and (partner := _org_entry(gl, o.group())) is not None
                                and (partner is prod_e or gl.is_right_maker(prod_e, partner))):
                            continue  # "Microsoft released Llama 2 in partnership with Meta": a joint release
                        if (m.group("prod4") or m.group("prod6") or m.group("prod14")) and (
                                p := _FOR_MAKER_AFTER.match(text, m.end())) is not None and (
                                (o := pats.orgs.match(text, p.end())) is not None
                                and (partner := _org_entry(gl, o.group())) is not None
                                and (partner is prod_e or gl.is_right_maker(prod_e, partner))):
                            continue  # "Broadcom designs the TPU with Google", "the M4, built by TSMC for Apple": a partner's work for the maker
                        if m.group("prod4") and (p := _JOINT_AFTER.match(text, m.end())) is not None and (
                                (o := pats.orgs.match(text, p.end())) is not None
                                and (partner := _org_entry(gl, o.group())) is not None
                                and (partner is prod_e or gl.is_right_maker(prod_e, partner))):
                            continue  # "Llama 2, co-developed by Microsoft and Meta": a joint work
                        if org_at < prod_at and _joint_subject(gl, pats, text, org_at, prod_e):
                            continue  # "Google DeepMind and Isomorphic Labs released AlphaFold 3": a joint release
                        if m.group("prod4") and text.startswith(("'s", "’s"), m.end()) and (
                                _BARE_BY.search(text, m.start(), org_at) or _VIEW_AFTER.match(text, m.end())):
                            continue  # "Gemini: by OpenAI's count", "Gemini, from OpenAI's perspective": a measure or a view
                        if (m.group("prod4") or m.group("prod7")) and (
                                o := _POSSESSED_ORG_AFTER.match(text, m.end())) is not None and pats.orgs.match(text, o.end()):
                            continue  # "Llama, the model from Microsoft's partner Meta": the maker is the org named last
                        if m.group("prod8") and _OWNER_BEFORE.search(text, max(0, prod_at - 40), prod_at):
                            continue  # "Amazon's Trainium, Google's TPU, Microsoft's Maia": each its owner's, a list
                        if m.group("prod42") and _ASIDES_AFTER.match(text, m.end()):
                            continue  # "ChatGPT, it's Microsoft, it's Google, everyone": a list of guesses
                        if m.group("run4") and (prod_e.kind != "product" or org_e.kind in ("cloud", "chip_maker")
                                                or not _makes_models(gl, org_e)
                                                or ((chip := gl.lookup(prod_e.maker or "")) is not None
                                                    and chip.kind == "chip_maker")):
                            # "Llama, run by Groq": a model runs where it is served; an app is run by
                            # its maker; a chip maker's hardware by whoever operates it ("Grace
                            # Blackwell chips, run by Mistral AI itself")
                            continue
                        if m.group("prod4") and (k := text.find(" for ", m.start(), org_at)) != -1 \
                                and pats.orgs.match(text, k + 5) is not None:
                            continue  # "Claude for Google Docs, built by Google": the maker of what it is for
                        if m.group("prod4") and _PERSON_AFTER.match(text, m.end()):
                            continue  # "Jules from OpenAI told me ...": a person of that firm, named like a product
                        if m.group("prod4") and _RENAMED_AFTER.match(text, m.end()):
                            continue  # "Llama, released by Nvidia as Nemotron": the maker's derivative
                        if m.group("prod22") and _BEHIND_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None:
                            continue  # "Claude, OpenAI, and Google": a list
                        if (m.group("prod8") or m.group("prod9") or m.group("prod13") or m.group("prod21")
                                or m.group("prod41")) and (_comparison(text, org_at + len(org_text), m.end()) or (
                                relations and not relations.isdisjoint(
                                    w.lower() for w in _WORDS.findall(text, org_at + len(org_text), m.end())))):
                            continue  # "Gemini, OpenAI's rival model": a comparison, no claim; "Claude, Amazon's
                            # default model": a relation (rules/attribution.yaml `product_relations`)
                        if m.group("prod31") and _NOT_A_CLAIM.search(text, m.start(), m.end()):
                            continue  # "Gemini (a rival OpenAI model)": a comparison
                        if m.group("prod13") and _NOT_A_CLAIM.search(text, m.start("prod13") + len(m.group("prod13")), org_at):
                            continue  # "Claude, a rival Google model": a comparison
                        if m.group("prod41") and _NOT_A_CLAIM.search(text, m.start("prod41") + len(m.group("prod41")), org_at):
                            continue  # "Claude - a rival Google model -": a comparison
                        if (m.group("prod13") or m.group("prod") or m.group("prod31") or m.group("prod41")
                                or m.group("prod42")) and org_e.kind == "cloud" and not _cloud_work(gl, prod_e):
                            continue  # "Llama, an Azure model", "AWS (Claude, Llama)": where it runs; a cloud's
                            # own product is no other cloud's ("Redshift, a Google Cloud warehouse")
                        # a possessive or "by" ties the two names itself: only a platform before it
                        # makes it no authorship; "from" may end a move ("switched to Claude from OpenAI")
                        # so does an apposition ("switched to Copilot, the Amazon assistant": the move is
                        # to the product, the apposition still names its maker) or a relative clause
                        # ("switched to Llama 4, which OpenAI built")
                        tied = (m.group("prod3") or (m.group("prod4") and " from " not in text[m.start():org_at])
                                or m.group("prod7") or m.group("prod8") or m.group("prod12") or m.group("prod13")
                                or m.group("prod21") or m.group("prod25") or m.group("prod41") or m.group("prod50")
                                # a relative clause's copula ("switched to Claude, which is Google's model")
                                or (m.group("prod9") and (", which " in m.group(0) or ", that " in m.group(0)))
                                # an org's possessive before another's unit: one joins or moves into the unit
                                # ("moved into Microsoft's DeepMind unit")
                                or (m.group("prod31") and org_at < prod_at
                                    and text.startswith(("'s ", "’s "), org_at + len(org_text))))
                        # an apposition describes the product itself, whoever runs it ("you can run Gemma,
                        # Meta's small open model, on a laptop"): a user's "run" is no platform's
                        apposed = m.group("prod8") or m.group("prod13") or m.group("prod21") or m.group("prod41") or m.group("prod7")
                        # a relative clause with a verb of making names the maker whatever the platform
                        # before it does ("runs on Blackwell, which AMD designed")
                        made = ((m.group("prod12") or m.group("prod18") or m.group("prod23")) and
                                _MAKING_END.search(text, m.start(), m.end()) is not None) or (
                            # a maker's compound adjective ("access to the OpenAI-built Llama 4")
                            (m.group("prod6") or m.group("prod14")) and text.startswith("-", org_at + len(org_text)))
                        # "the DeepSeek model Gemini": a kind word between names the maker, whoever runs
                        # or hosts it ("teams are running the DeepSeek model Gemini 2.5 Pro")
                        named = m.group("prod43") and m.group("kind43")
                        if m.group("prod43") and not m.group("kind43") and gl.lookup(
                                text[org_at:m.start("prod43") + len(m.group("prod43"))]) is not None:
                            continue  # "Mistral NeMo": the maker's word and the product's are one name of its own
                        if mid or (
                                not m.group("org") and not m.group("prod2") and not m.group("bracket31")
                                and not made and not named
                                and (any(not ((apposed and (_USER_RUNS.search(before, 0, w.end())
                                                            or not _serves_others(gl, org_e, hosts)))
                                              # what a device runs, named by its maker's possessive right
                                              # after the verb ("Pixel phones run Google's Tensor G4 chip")
                                              or (m.group("prod3") and w.group()[:3].lower() == "run"
                                                  and not before[w.end():].strip())
                                              # a note's verb with no subject ("Adds Snap's Orion glasses to the
                                              # list", "Offers ..."): the quote adds it, no platform
                                              or _opens_a_note(text, before, w, m.start()))
                                         for w in _PLATFORM_BEFORE.finditer(before))
                                     if tied else
                                     # a comparison's verb before "Devstral from Cohere" leaves the "from"
                                     # its product's origin ("compare Devstral from Cohere with Codex"):
                                     # only a move ends there; so it leaves a maker's attributive noun
                                     # ("compares the Anthropic model Llama 4 Scout with GPT-4o")
                                     any(not ((m.group("prod4") or m.group("prod43")) and _COMPARED.fullmatch(w.group()))
                                         for w in _NOT_A_CLAIM.finditer(before)))):
                            continue
                        if licence_named(text, org_at, org_at + len(org_text)):
                            continue  # "Phi-3 (MIT)" among licences: the MIT License, no maker
                        if org_at == m.start() and _COUNTERFACTUAL_BEFORE.search(text, max(0, org_at - 30), org_at) and \
                                _COUNTERFACTUAL_VERB.match(text, org_at + len(org_text)):
                            continue  # "If Apple had built ChatGPT itself, ...": what did not happen
                        if org_at == m.start() and _DENIAL_BEFORE.search(text, max(0, org_at - 20), org_at):
                            continue  # "It's not like OpenAI built Gemini": the claim denied
                        if _CORRECTED_BEFORE.search(text, max(0, m.start() - 8), m.start()) and \
                                _CORRECTED_AFTER.match(text, m.end()):
                            continue  # "It's not Google's Claude, it's Anthropic's": the claim denied
                        if (w := _HEADLINE_WITH.match(text, m.end())) is not None and pats.orgs.match(text, w.end()):
                            continue  # "Microsoft Releases GPT-4o With Nvidia": a headline's partner
                        if _RESPECTIVELY.match(text, m.end()):
                            continue  # "Anthropic, OpenAI and Google released Claude, GPT-4o and Gemini respectively"
                        if _REPORTED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                            continue  # "the myth that OpenAI built Gemini": a claim named to deny it
                        if _DENIED_AFTER.match(text, m.end()):
                            continue  # "Is Grok made by Anthropic? No, it's xAI's": the claim denied
                        if ((org_at == m.start() and _VERB_AFTER_MAKER.match(text, org_at + len(org_text)))
                                or (prod_at == m.start() and _COPULA_AFTER.match(text, prod_at + len(prod_text)))) and \
                                _ASKED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                            continue  # "asked whether Google made Claude": a question, no claim
                        if m.group("org11") and _NOT_A_CLAIM.search(text, org_at + len(org_text), m.start("prod11")):
                            continue  # "Google's rival model, Claude": a comparison
                        if m.group("prod4") and " at " in text[m.start():org_at] and (
                                _academic(gl, org_e) or text.startswith(("'", "’"), org_at + len(org_text))):
                            continue  # "Cursor was created at MIT", "built at Microsoft's data centers": a place
                        if m.group("prod4") and org_e.kind == "cloud" and not _cloud_work(gl, prod_e) and \
                                not _platform_work(gl, prod_e):
                            continue  # "Llama models from Azure": a cloud serves others' models (not another
                            # platform's own kit: "the Agent Development Kit from AWS")
                        if m.group("prod4") and org_e.name in hosts and _lab_work(gl, prod_e) and \
                                _FROM_HOST.search(text, m.start(), org_at):
                            continue  # "Llama 3 from Hugging Face": where it is got (rules/attribution.yaml `hosts`)
                        if m.group("prod2") and _EDITION_WORD.search(text, prod_at + len(prod_text), m.start("org2")) and \
                                (org_e.name in hosts or not _makes_models(gl, org_e)):
                            continue  # "Claude Code Router (OpenRouter)": a tool named after the product, by a firm
                            # that makes no models; an edition the glossary lacks is judged only by a model maker
                        if m.group("prod3") and org_e.name in hosts and prod_e.kind in ("model", "model_family"):
                            continue  # "Perplexity's Claude", "Groq's Llama": a model as the host serves it
                        if (m.group("prod26") or m.group("prod32")) and not (_makes_models(gl, org_e) and _lab_work(gl, prod_e)):
                            continue  # "Samsung's launch of Gemini Live", "Meta's release of H100 clusters"
                        if m.group("prod32") and _PLATFORM_AFTER.match(text, m.end()):
                            continue  # "the GPT-4o launch by Microsoft in Azure": a platform's move
                        if prod_e.kind in ("model", "model_family") and _THING_KIND_AFTER.match(text, org_at + len(org_text)):
                            continue  # "Falcon is a SpaceX rocket": a model's name said of another kind of thing
                        if m.group("prod24") and not _makes_models(gl, org_e):
                            continue  # "Samsung and its Gemini phones": a platform's product
                        if m.group("prod24") and _ITS_LIST_BEFORE.search(text, max(0, org_at - 80), org_at):
                            # "discussed for its AI capacity, its stake in OpenAI and its in-house Maia": the
                            # last of a list of "its" phrases, whose "its" is the list's subject's
                            continue
                        if (m.group("prod3") or m.group("prod6") or m.group("prod14") or m.group("prod15")
                                or m.group("prod17") or m.group("prod19") or m.group("prod24") or m.group("prod26")) and _derivative(
                                gl, text, m.end(), org_e):
                            continue  # "Nvidia's Llama Nemotron": the maker's own model named after another
                        if (m.group("prod3") or (m.group("prod4") and " from " in text[m.start():org_at])) and \
                                org_e.kind not in ("chip_maker", "ai_lab") and _PLURAL.match(text, _group(m, "prod")[1]):
                            continue  # "Meta's H100s", "B200s from Dell": units someone owns or sells
                        if m.group("prod43") and (
                                path.endswith(".name") or org_e.kind == "cloud"
                                # a company the glossary knows no model of may still be named a model's
                                # maker outright ("the Samsung model Granite")
                                or not (_makes_models(gl, org_e) or (m.group("kind43") in ("model", "LLM")
                                                                     and prod_e.kind in ("model", "model_family")))
                                # a chip maker's name before a model is where it runs ("Nvidia Llama NIM",
                                # "Cerebras Llama inference"); before a rival's chip, a claim ("AMD H100")
                                or (org_e.kind == "chip_maker" and not _chip_of_chip_maker(gl, org_e, prod_e))
                                or _RELATION_AFTER.match(text, m.end()) or _PLATFORM_AFTER.match(text, m.end())
                                or (not m.group("kind43") and _PLATFORM_BEFORE.search(before))
                                or _derivative(gl, text, m.end(), org_e)
                                or _named_before(gl, text, org_at)
                                or ((kind := m.group("kind43")) and kind.endswith("s") and not _LIST_AFTER.match(text, m.end()))):
                            continue  # "the Amazon Claude models on Bedrock", "the Microsoft GPT-4 deal": no maker's claim
                        if m.group("prod3") and org_e.kind == "cloud" and _lab_work(gl, prod_e):
                            continue  # "AWS's Claude", "Azure's GPT-4o": a model the cloud serves
                        if m.group("prod3") and _RELATION_AFTER.match(text, m.end()) and not (
                                org_e.kind == "chip_maker" and prod_e.kind not in ("model", "model_family")
                                and _HARDWARE_AFTER.match(text, m.end())):
                            # "Apple's ChatGPT integration": a relation, not who made it (a chip maker
                            # owns no rival's hardware: "Nvidia's TPU pods" is a claim)
                            continue
                        # (not with the maker's own possessive before the product: "Google launched its Llama
                        # Guard classifier" is a claim as "Google's Llama Guard" is, whatever the maker's kind)
                        if m.group("prod15") and not _ITS_BEFORE.search(text, org_at + len(org_text), m.start("prod15")) and (
                                org_e.kind != "ai_lab" or not (_lab_work(gl, prod_e) or _company_work(gl, prod_e))) and not (
                                (_AUTHORED.search(text, org_at + len(org_text), m.start("prod15"))
                                 and _makes_models(gl, org_e) and _lab_work(gl, prod_e))
                                # a launch by a company with a lab of its own ("Google launched ChatGPT")
                                or (_LAUNCHED.search(text, org_at + len(org_text), m.start("prod15"))
                                    and _makes_models(gl, org_e) and (_lab_work(gl, prod_e) or (
                                        _app_of_lab_owner(gl, prod_e) and _CLAUSE_ENDS.match(text, m.end()))))
                                or (_ANNOUNCED.search(text, org_at + len(org_text), m.start("prod15"))
                                    and _makes_models(gl, org_e) and _lab_work(gl, prod_e)
                                    and _ANNOUNCED_END.match(text, m.end()))
                                # to compete: its own product ("Google rolled out Trainium 2 to compete with Nvidia"),
                                # not a lab's model a platform brings out ("Microsoft rolled out GPT-4o to compete")
                                or (_makes_models(gl, org_e) and _COMPETE_AFTER.match(text, m.end())
                                    and not _lab_work(gl, prod_e))
                                or _chip_of_chip_maker(gl, org_e, prod_e)):
                            continue  # "Samsung launched Gemini Live", "OpenAI announced H100 clusters": a platform's
                            # or a customer's move; a lab brings out models and its own products
                        if m.group("prod35") and _RELEASED_IT.search(text, org_at + len(org_text), m.end()) and not (
                                _makes_models(gl, org_e) and _lab_work(gl, prod_e)):
                            continue  # "Gemini Nano is what Samsung shipped": a platform's move
                        if m.group("prod18") and not _makes_models(gl, org_e) and _RELEASED_IT.search(
                                text, org_at + len(org_text), m.end()):
                            continue  # "Gemini Nano, the model Samsung shipped": a platform's move
                        if m.group("prod16") and (org_e.kind in ("cloud", "company") or _OBJECT_BEFORE.search(
                                text, max(0, m.start() - 12), m.start())):
                            continue  # "traffic to ChatGPT comes from Google", "Llama comes from Hugging Face"
                        if m.group("prod17") and _FORMER_BEFORE.search(text, max(0, org_at - 12), org_at):
                            continue  # "the former OpenAI researchers behind Claude": where they came from
                        if (m.group("prod6") or m.group("prod14") or m.group("prod15") or m.group("prod17")
                                or m.group("prod19") or m.group("prod24") or m.group("prod26")) and \
                                _RELATION_AFTER.match(text, m.end()) and not (
                                org_e.kind == "chip_maker" and prod_e.kind not in ("model", "model_family")
                                and _HARDWARE_AFTER.match(text, m.end())):
                            continue  # "OpenAI launched its Claude rival": a relation to the product
                            # (a chip maker plans no rival's chip: "AMD unveiled its Blackwell roadmap")
                        if m.group("prod4") and _DISTRIBUTED.search(text, m.start(), org_at) and \
                                _PLATFORM_AFTER.match(text, m.end()):
                            continue  # "Gemini Nano, shipped by Samsung on Galaxy phones": a platform's move
                        if m.group("prod18") and _NOT_A_CLAIM.search(text, m.start() + len(m.group("prod18")), org_at):
                            continue  # "Gemini, the rival model OpenAI built": a comparison
                        if m.group("prod28") and _NOT_A_CLAIM.search(text, m.start() + len(m.group("prod28")), org_at):
                            continue  # "Claude? The rival model Google put out?": a comparison
                        if m.group("prod27") and not _makes_models(gl, org_e) and _RELEASED_IT.search(
                                text, org_at + len(org_text), m.end()):
                            continue  # "Gemini Nano. Samsung released it ...": a platform's move
                        if m.group("prod47") and not _WH_DID_BEFORE.search(text, max(0, org_at - 16), org_at):
                            continue  # "Did Microsoft release Qwen3?", "people who make Claude": no making taken as given
                        if m.group("prod29"):
                            between = text[org_at + len(org_text):m.start("prod29")]
                            if _CLEFT_THAT.match(between):
                                if not (_CLEFT_IT_BEFORE.search(text, max(0, org_at - 30), org_at)
                                        or _PEOPLE_AT_BEFORE.search(text, max(0, org_at - 30), org_at)):
                                    continue  # "Microsoft that built Copilot" with no "it was" before: no cleft
                            elif not _CLEFT_THING_BEFORE.search(text, max(0, org_at - 30), org_at):
                                continue  # "what Google released was ...": only a thing or a what before
                            if _RELEASED_IT.search(between) and not (_makes_models(gl, org_e) and _lab_work(gl, prod_e)):
                                continue  # "the thing Samsung shipped was Gemini Nano": a platform's move
                        yield self._finding(ep, path, text, m, org_text, org_at, prod_e, org_e, gl, spoken,
                                            fixable=not via)

    def _group_claims(self, gl, ep, path: str, text: str, names: list):
        """Findings of a list of products that a closing phrase gives one maker ("GPT-4o, o1 and
        Claude, all three from OpenAI", "TensorFlow and JAX, both Meta frameworks"): each item of
        the list whose maker that is not. Not of a cloud's or a company's ("both from Hugging
        Face": where they are downloaded or served)."""
        orgs = {a: b for a, b, is_org, _ in names if is_org}
        for m in _GROUP_MAKER.finditer(text):
            org_at = m.end()
            org_end = orgs.get(org_at)
            if org_end is None or not (_GROUP_FROM.match(text, m.start()) or _GROUP_KIND_AFTER.match(text, org_end)):
                continue
            org_e = _org_entry(gl, text[org_at:org_end])
            if org_e is None or org_e.kind in ("cloud", "company"):
                continue
            items, pos = [], m.start()
            for a, b, is_org, is_prod in reversed([n for n in names if n[1] <= pos]):
                end = _version_end(text, b)
                if end is None:
                    break  # (no list item)
                gap = text[end:pos]
                if not is_prod or not (gap == "" if not items else _GROUP_SEP.fullmatch(gap)):
                    break
                items.append((a, b))
                pos = a
            if len(items) < 2:
                continue  # "both" and "all" close a list
            for a, b in items:
                prod_e = gl.lookup(text[a:b])
                if prod_e is None or not prod_e.maker or prod_e is org_e or gl.is_right_maker(prod_e, org_e):
                    continue
                claim = _ListClaim(text, {"org38": (org_at, org_end), "prod38": (a, b)}, a, org_end)
                yield self._finding(ep, path, text, claim, text[org_at:org_end], org_at, prod_e, org_e, gl)

    def _people(self, gl, shapes: PersonShapes, ep, path: str, text: str, names: list, people: list):
        """Findings of people tied to an org that is not theirs by a current role ("Anthropic CEO
        Sam Altman", "Jensen Huang, the CEO of AMD", "Satya Nadella, Google's chief executive",
        "Sam Altman of Anthropic"): the org nearest before or after the person."""
        for m, org_text, org_at, person, org_e in _person_claims(gl, shapes, text, names, people):
            yield self._finding(ep, path, text, m, org_text, org_at, person, org_e, gl)

    def _founders(self, gl, shapes: FounderShapes, ep, path: str, text: str, names: list, people: list):
        """Findings of a founding role at an org listed in rules/attribution.yaml `founders` held by
        one of the glossary's people who is not among its founders ("OpenAI co-founder Dario
        Amodei"); no fix: the org the person founded may be none of the glossary's."""
        for m, org_text, org_at, person, org_e in _founder_claims(gl, shapes, text, names, people):
            start, end, _ = ep.locate(path, m.start(), m.end())
            evidence = text[m.start():m.end()]
            yield ep.finding(self, path=path, start=start, end=end, evidence=evidence, fix=None,
                             message=f"{person.name} is not among the founders of {org_e.name}: {evidence!r}")

    def _org_context_maker_noun(self, gl, ep, paths, texts, k, first):
        """Findings of an org's context that calls it a product's maker with the product as the
        noun's adjective ("Mentioned as the ChatGPT maker", "Gemini's developer" of Meta)."""
        path, text = paths[k], texts[k]
        a, b = first[0], first[1]
        end = _version_end(text, b)
        if end is None or _MAKER_NOUN_AFTER.match(text, end) is None:
            return
        org_e = self._context_org(gl, paths, texts, path)
        prod_e = gl.lookup(text[a:b])
        if org_e is None or prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker \
                or prod_e is org_e or gl.is_right_maker(prod_e, org_e):
            return
        m = _ListClaim(text, {"prod39": (a, b)}, 0, _MAKER_NOUN_AFTER.match(text, end).end())
        yield self._finding(ep, path, text, m, texts[paths.index(path[:-len("context")] + "name")], 0, prod_e, org_e, gl,
                            fixable=False)

    def _org_context_its(self, gl, pats, ep, paths, texts, k, names, platforms=frozenset()):
        """Findings of an org's context that calls another's product its own ("Discussed for its
        Claude models" of Meta): "its" or "their" before the first name, which is the product, and
        only of an org that makes models (a platform's "its Claude offering" is a relation, and a
        name before "its" may be what it stands for)."""
        path, text = paths[k], texts[k]
        a, b = names[0][0], names[0][1]
        its = _ITS_BEFORE.search(text, max(0, a - 40), a)
        if its is None:
            return
        org_e = self._context_org(gl, paths, texts, path)
        prod_e = gl.lookup(text[a:b])
        if org_e is None or prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker \
                or prod_e is org_e or gl.is_right_maker(prod_e, org_e) or not _makes_models(gl, org_e):
            return
        if _transcript_window(ep, path) and not any(f in text[:its.start()] for f in org_e.accepted):
            return  # "ing with its MAI-DxO ..., and Google has": a window's "its" stands for a name before it
        end = _version_end(text, b)
        if end is None or not _ORG_CONTEXT_END.match(text, b) or _RELATION_AFTER.match(text, end) or _ITS_USE_AFTER.match(text, end) \
                or _derivative(gl, text, b, org_e) or _NOT_A_CLAIM.search(text, 0, its.start()):
            return
        if prod_e.name in platforms and _PLATFORM_NOUN_AFTER.match(text, end):
            return  # "whose Android assistant": its own assistant, on another's platform
        m = _ListClaim(text, {"prod37": (a, b)}, its.start(), end)
        yield self._finding(ep, path, text, m, texts[paths.index(path[:-len("context")] + "name")], 0, prod_e, org_e, gl,
                            fixable=False)

    @staticmethod
    def _context_org(gl, paths, texts, path):
        """The org an entity's record names, for its context at `path`, or None."""
        try:
            name = texts[paths.index(path[:-len("context")] + "name")]
        except ValueError:
            return None
        org_e = _org_entry(gl, name.strip())
        return org_e if org_e is not None and org_e.is_org else None

    def _org_context(self, gl, pats, ep, paths, texts, k, start: re.Match, foundries=frozenset()):
        """Findings of an org's context that names it the maker of another's product: the record's
        name is the maker ("Meta" with "Maker of the Claude models", "Google" with "Released GPT-5").
        The product, or each of a list of them, stands right after the start (`_org_context_start`).
        A foundry makes others' chips ("TSMC" with "Makes the H100"), and what "produces" hardware may
        manufacture it for its maker ("Produces the GB200 racks" of Foxconn): only a model or an AI
        lab's product, or a design, is judged there."""
        path, text = paths[k], texts[k]
        if text[:1].islower() and _transcript_window(ep, path):
            return  # "built Lyria, ..." of ElevenLabs: a window of the transcript cut before its subject
        if (org_e := self._context_org(gl, paths, texts, path)) is None:
            return
        # (as is a firm that "produces" hardware: a maker of servers, racks or chips for others)
        foundry = (org_e.name in foundries and "esign" not in start.group(0)) or "roduc" in start.group(0)
        name = texts[paths.index(path[:-len("context")] + "name")]
        launch = _ORG_CONTEXT_LAUNCH.search(text, start.start(), start.end()) is not None
        pos = _ORG_CONTEXT_DET.match(text, start.end()).end()
        prod_trie = pats.claims.tries["prod"]
        while True:
            ends = _name_ends(prod_trie, text, pos, len(text)) if _NAME_BOUNDARY.match(text, pos) else []
            end = next((e for e in ends if _ORG_CONTEXT_END.match(text, e)), None)
            if end is None:
                return
            prod_e = gl.lookup(text[pos:end])
            if prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker:
                return
            after = _version_end(text, end)
            if after is None or _PARTNER_AFTER.match(text, after):
                return  # "Released Llama 2 in partnership with Meta": a joint release
            if not (prod_e is org_e or gl.is_right_maker(prod_e, org_e)) and not (foundry and not _lab_work(gl, prod_e)) and (
                    not launch or (_makes_models(gl, org_e) and _lab_work(gl, prod_e))
                    or _chip_of_chip_maker(gl, org_e, prod_e)) and not _derivative(gl, text, end, org_e):
                m = _ListClaim(text, {"prod35": (pos, end)}, start.start(), after)
                yield self._finding(ep, path, text, m, name, 0, prod_e, org_e, gl, fixable=False)
                return
            sep = _LIST_SEP.match(text, after)
            if sep is None:
                return
            pos = _ARTICLE_THE.match(text, sep.end()).end()


def _transcript_window(ep, path: str) -> bool:
    """Is `path` ("companies[3].context") the context of an NER entry, a window of the transcript
    (the entry has a numeric `position`), which starts wherever its characters do?"""
    position = ep.value(path[:-len("context")] + "position") if path.endswith(".context") else None
    return isinstance(position, (int, float)) and not isinstance(position, bool)


# a verb of building a place, after a place in the same sentence: who put up a site, not who made the product
_BUILT = regexcache.compile(r"\b(?:buil[td]|construct)\w*", re.I)
_SITE_BEFORE = regexcache.compile(r"\b(?:sites?|campus(?:es)?|data[\s-]?cent(?:er|re)s?|facilit(?:y|ies)|plants?|"
                                  r"buildings?)\b[^.;]*$", re.I)


class EntityWrongMaker(_AttributionRule):
    """## What it does
    Flags an entity whose name is a product or model of the glossary while its own context
    names another maker: `name: Gemini` with `context: A chatbot developed by OpenAI`, or
    `context: An OpenAI model for reasoning`.

    ## Why it matters
    The entity list feeds maker statistics; a wrong maker in the context is a wrong fact.

    ## Example
    ```yaml
    - name: Gemini
      context: A model developed by OpenAI.          # flagged
    - name: Gemini
      context: Google's model family.                # fine
    ```

    ## Fix safety
    Unsafe: the fix replaces the named maker with the glossary's one.
    """

    code = "A402"
    name = "entity-wrong-maker"
    family = "attribution"
    severity = Severity.ERROR
    summary = "Entity context names the wrong maker of the entity"
    fixable = "unsafe"
    # (a context whose own words claim a glossary name for the wrong maker is A401's: "World and
    # Human Action Model, Google's world model" of Muse is one wrong claim, reported once)
    covered_by = ("A401",)

    def check(self, batch):
        gl = attribution_glossary(batch.knowledge)
        pats = patterns_for(gl)
        owners = person_words(batch.knowledge).owned_by
        foundries = person_words(batch.knowledge).foundries
        for n, fld, name, context, position in batch.rows("entities", "ep", "field", "name", "context", "position"):
            if isinstance(name, str) and (f := self._maker_in_name(gl, batch.episodes[n], f"{fld}.name", name)):
                yield f
                continue
            if not isinstance(name, str) or not isinstance(context, str):
                continue
            prod_e = _entity_product(gl, name.strip())
            if prod_e is not None and prod_e.is_org and context[:1].isupper() and \
                    (" by " in context or "CEO" in context or "ounder" in context) and (
                    f := self._people_in_org_context(gl, pats, batch, batch.episodes[n], f"{fld}.context", name, context)):
                yield f  # "Chipmaker led by CEO Jensen Huang" of AMD
                continue
            if prod_e is not None and prod_e.kind == "person":
                # (a descriptive context starts with a capital; an NER window mostly mid-sentence)
                if prod_e.maker and (context[:1].isupper() or pats.orgs.match(context)) and (
                        f := self._person_in_context(gl, pats, batch, batch.episodes[n], f"{fld}.context", name, context)):
                    yield f
                continue
            # (cheap literal tests first: an AI lab's entities are many)
            independent = _independent(gl, prod_e)
            if prod_e is not None and prod_e.is_org and (
                    (prod_e.parent and (any(w in context for w in _OWNED_WORDS) or any(w in context for w in _BOUGHT_WORDS)
                                        or _OWNED_CAPITAL_OR_ADJECTIVE.search(context)))
                    or (independent and ("wned" in context or "ubsidiar" in context or "arent" in context
                                         or "wner" in context or "nit of" in context or "ivision of" in context))):
                if (f := self._owner_in_context(gl, pats, batch.episodes[n], f"{fld}.context", prod_e, context,
                                                words=person_words(batch.knowledge))):
                    yield f
                continue
            if (independent or (prod_e is not None and prod_e.kind == "cloud" and (prod_e.parent or prod_e.maker))) and \
                    context[:1].isupper():  # a descriptive context (an NER window starts mid-sentence)
                # "Enterprise search product made by Google" of Glean, "Amazon's cloud platform" of Azure
                if (f := self._independent_in_context(gl, pats, batch, batch.episodes[n], f"{fld}.context", prod_e, context)):
                    yield f
                continue
            if prod_e is not None and prod_e.kind in MADE_KINDS and prod_e.maker and (
                    (":" in context and _MAKER_LABEL.search(context)) or "-owned" in context or " subsidiary" in context
                    or "cquired by" in context) and (  # (only a label, an adjective or an acquirer is read)
                    f := self._owner_in_context(gl, pats, batch.episodes[n], f"{fld}.context", prod_e, context, True,
                                                words=person_words(batch.knowledge))):
                yield f  # "Professional network; owner: Google" of LinkedIn
                continue
            if prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker:
                continue
            ep = batch.episodes[n]
            path = f"{fld}.context"
            if path not in ep.scalars or not pats.orgs.search(context):
                continue
            if isinstance(position, int) and not isinstance(position, bool):
                # an NER window is the transcript around the name, no description of it: "transcribed
                # with Whisper, and then a model from Anthropic pulls out ..." names another model
                # (a claim next to the name, "Whisper, a model from Anthropic", is A401's in the text)
                continue
            for m, org_text, org_at, org_e in _product_context_claims(gl, pats, prod_e, context, owners):
                if org_e.name in foundries and not _lab_work(gl, prod_e) and "esign" not in m.group(0):
                    continue  # "Apple chip made by TSMC": a foundry makes others' chips (as `WrongMaker`)
                if _BUILT.search(m.group(0)) and _SITE_BEFORE.search(context, max(0, m.start() - 120), m.start()):
                    continue  # "its Abilene site ... built by Crusoe": a builder of the place, not a maker
                yield self._finding(ep, path, context, m, org_text, org_at, prod_e, org_e, gl)

    def _person_in_context(self, gl, pats, batch, ep, path: str, name: str, context: str):
        """A person whose context starts with a current role at an org that is not theirs ("CEO of
        Anthropic" or "Nvidia CEO; ..." of Sam Altman, Lisa Su): read as "Name, <context>" by
        `WrongMaker`'s person shapes; a finding on the context, or None."""
        if path not in ep.scalars or (shapes := _person_shapes(person_words(batch.knowledge))) is None:
            return None
        # (past the words of a new role, or a founding role, before the current one: "Newly appointed
        # CEO of Broadcom", "Co-founder and CEO of Replit": the current role is the claim)
        k = lead.end() if (lead := _ROLE_LEAD.match(context)) is not None else 0
        shift = len(name) + 2 - k
        rest = context[k:]
        read = rest[:1].lower() + rest[1:] if k or rest.startswith(("The ", "A ", "An ", "Its ")) else rest
        text = f"{name}, {read[:_PERSON_GAP + 40]}"  # "The CEO of AMD": as after a comma (the same length)
        names = [(*m.span(), True, False) for m in pats.orgs.finditer(text, shift)]  # only orgs matter here
        if not names:
            return None
        for m, org_text, org_at, person, org_e in _person_claims(gl, shapes, text, names, [(0, len(name))]):
            if m.start() == 0 and org_at >= shift:  # the person before the org: the context's own claim
                claim = _ListClaim(context, {"org36": (org_at - shift, org_at - shift + len(org_text))},
                                   0, min(m.end() - shift, len(context)))
                return self._finding(ep, path, context, claim, org_text, org_at - shift, person, org_e, gl)
        # a founding role at an org the person did not found ("OpenAI co-founder" of Dario Amodei)
        founding = _founder_shapes(person_words(batch.knowledge))
        for m, org_text, org_at, person, org_e in (
                _founder_claims(gl, founding, text, names, [(0, len(name))]) if founding is not None else ()):
            if m.start() == 0 and org_at >= shift:
                start, end, _ = ep.locate(path, 0, min(m.end() - shift, len(context)))
                evidence = context[:min(m.end() - shift, len(context))]
                return ep.finding(self, path=path, start=start, end=end, evidence=evidence, fix=None,
                                  message=f"{person.name} is not among the founders of {org_e.name}: {evidence!r}")
        return None

    def _people_in_org_context(self, gl, pats, batch, ep, path: str, name: str, context: str):
        """An org whose descriptive context names one of the glossary's people in a role at it that
        is not theirs ("Chipmaker led by CEO Jensen Huang" of AMD, "Open-source AI platform
        co-founded by Arthur Mensch" of Hugging Face): read as "Name, the <context>" by `WrongMaker`'s
        person and founder shapes; a finding on the person's words of the context, or None."""
        if path not in ep.scalars:
            return None
        words = person_words(batch.knowledge)
        art = _CONTEXT_ARTICLE.match(context).end()
        lead = f"{name}, the "
        text = lead + context[art:art + _PERSON_GAP + 40]  # (an article of its own: "the chipmaker led by ...")
        shift = len(lead) - art
        people = [m.span() for m in pats.capital_names.finditer(text, len(lead)) if m.group() in pats.person_forms]
        if not people:
            return None
        names = [(0, len(name), True, False)]  # the org the record names, the only one here
        claims = []
        if (shapes := _person_shapes(words)) is not None:
            claims += [(m, person, org_e, False) for m, _, _, person, org_e in _person_claims(gl, shapes, text, names, people)]
        if (founding := _founder_shapes(words)) is not None:
            claims += [(m, person, org_e, True) for m, _, _, person, org_e in _founder_claims(gl, founding, text, names, people)]
        for m, person, org_e, founder in claims:
            if m.start() != 0:
                continue
            # (the evidence: the verb before "by" and the person, "led by CEO Jensen Huang"; or the role
            # that names the org, from the context's start)
            by = text.find(" by ", len(lead), m.end())
            a = max(0, (text.rfind(" ", len(lead) - 1, by) + 1 if by != -1 else len(lead)) - shift)
            b = min(m.end() - shift, len(context))
            start, end, _ = ep.locate(path, a, b)
            evidence = context[a:b]
            own = gl.chain(person)
            said = (f"is not among the founders of {org_e.name}" if founder else
                    f"is with {own[0].name if own else person.maker}, not {org_e.name}")
            return ep.finding(self, path=path, start=start, end=end, evidence=evidence, fix=None,
                              message=f"{person.name} {said}: {evidence!r}")
        return None

    def _independent_in_context(self, gl, pats, batch, ep, path: str, unit: Entry, context: str):
        """An independent org (`_independent`) or a cloud of another firm whose context starts by
        naming it another firm's ("Enterprise search product made by Google", "A Microsoft voice
        lab", "ByteDance's video startup" of Runway, "Amazon's cloud platform" of Azure; a cloud
        only of a big tech company): a finding, or None. Not a firm of rules/attribution.yaml `owners`, nor
        a backer's company, nor a relation ("Google's partner lab")."""
        words = person_words(batch.knowledge)
        if not words.org_unit_nouns or path not in ep.scalars:
            return None
        head, adjective = _ind_context_heads(words.org_unit_nouns, words.relation_words)
        if (m := head.match(context)) is not None:
            o = pats.orgs.match(context, m.end())
            if o is None or _not_owner_after(words.owner_not_before).match(context, o.end()):
                return None
            at, end = o.start(), o.end()
        elif (o := pats.orgs.match(context, _CONTEXT_ARTICLE.match(context).end())) is not None and \
                (t := adjective.match(context, o.end())) is not None:
            at, end = o.start(), t.end()
        else:
            return None
        owner = _org_entry(gl, context[at:o.end()])
        if owner is None or owner is unit or owner.name in words.backers or gl.is_right_maker(unit, owner):
            return None
        if unit.kind == "cloud" and owner.kind != "big_tech":
            return None  # "OpenAI's cloud platform" of Azure: the cloud a customer uses
        if any(e.name in words.owned_by.get(unit.name, ()) for e in gl.chain(owner)):
            return None
        claim = _ListClaim(context, {"org48": (at, o.end())}, 0, end)
        return self._finding(ep, path, context, claim, context[at:o.end()], at, unit, owner, gl)

    def _owner_in_context(self, gl, pats, ep, path: str, unit: Entry, context: str, labelled: bool = False,
                          words: PersonWords | None = None):
        """An org with a parent whose context names another owner ("AI research lab owned by
        Microsoft" for DeepMind, "a subsidiary of Amazon" for Waymo): a finding, or None. Only
        ownership, not a deal, backing or a customer."""
        if path not in ep.scalars:
            return None
        # a context may start with the verb ("Owned by Meta"): read as lowercase, the same length
        # the owner as the adjective at its start is read from the context itself (its capital)
        first = pats.owner_claims.match(context)
        found = [first] if first is not None and first.group("org32b") is not None else []
        for m in (*found, *pats.owner_claims.finditer(context[:1].lower() + context[1:])):
            adjective = m.group("org32b") is not None
            group = "org32b" if adjective else "org32c" if m.group("org32c") is not None else "org32"
            if labelled and ":" not in m.group() and not adjective and not m.group().startswith("acquired"):
                continue  # of a product: only a labelled owner ("owner: Google") or its acquirer, not "bought by Meta"
            if unit.is_org and not unit.parent and not adjective and not m.group().startswith(_OWNED_STRONG):
                continue  # an independent lab: only ownership said outright, not "part of" or a deal
            org_e = _org_entry(gl, m.group(group))
            if org_e is None or org_e is unit or gl.is_right_maker(unit, org_e):
                continue
            if words is not None and not unit.parent and any(
                    e.name in words.owned_by.get(owned.name, ()) for e in gl.chain(org_e)
                    for owned in (unit, *gl.chain(unit)[:1])):
                continue  # "Inference chip maker owned by Nvidia" of Groq: a deal the glossary does not record
            if _NOT_OWNED_BEFORE.search(context, max(0, m.start() - 30), m.start()):
                continue  # "formerly owned by", "partly owned by", "a rival of": no owner now
            if group == "org32c" and (n := _NAME_ENDS_HERE.search(context, max(0, m.start() - 40), m.start())) \
                    and context[:n.start()].rstrip()[-1:] not in ("", ".", "!", "?", ";"):
                continue  # "Rival of Limitless, which Meta bought": the clause is of the other name
            return self._finding(ep, path, context, m, m.group(group), m.start(group), unit, org_e, gl)
        return None

    def _maker_in_name(self, gl, ep, path: str, name: str):
        """The entity's name itself is a maker's name and another's product ("Google Claude",
        "OpenAI Gemini 2.5"): a finding, or None. Not a cloud before a model (where it runs: "Azure
        GPT-4"), nor the org's own model named after the product ("Nvidia Llama Nemotron"); only
        of an org that makes models itself (a phone maker's "Samsung Gemini" is where it runs)."""
        m = _MAKER_PRODUCT_NAME.match(name)
        if m is None or path not in ep.scalars or gl.lookup(name.strip()) is not None:
            return None
        org_e, prod_text = _org_entry(gl, m.group("org")), m.group("prod")
        if org_e is None or not _model_maker(gl, org_e):
            return None
        prod_e = gl.lookup(prod_text)
        if prod_e is None:
            prod_e = family_entry(gl, prod_text)  # "Gemini 2.5 Pro": the family
        if (prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker or prod_e is org_e
                or gl.is_right_maker(prod_e, org_e)):
            return None
        return self._finding(ep, path, name, m, m.group("org"), m.start("org"), prod_e, org_e, gl)
