"""Generalisation of the four core families (misspelling, attribution, not-mentioned, mojibake),
found by probes of fresh cases written in the style of the enrichment pipeline: each fix with
cases both ways (what it finds, what must stay quiet)."""

from __future__ import annotations

import functools
import json

import pytest

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from tests.conftest import audit_text, episode_text, quote_episode as _quote


def _entity(context: str, name: str = "Globex", confidence: str = "low", position: int | None = None) -> str:
    where = f"  position: {position}\n" if position is not None else "  source: llm_enhanced\n"
    return episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                        f"  confidence: {confidence}\n  context: {json.dumps(context)}\n{where}")


def _family(findings, family):
    return [f for f in findings if f.family == family]


# --- not-mentioned: phrasings -----------------------------------------------------------------

NOT_MENTIONED = [
    ("The speakers do not refer to this company by name.", "do not refer to"),
    ("Never referred to directly; added because of the Gemini discussion.", "Never referred to"),
    ("Not spoken about in the episode itself.", "Not spoken about"),
    ("Not talked about; listed as the parent of YouTube.", "Not talked about"),
    ("Name was never said aloud in the episode.", "never said aloud"),
    ("Included for context although it never comes up.", "never comes up"),
    ("Mentioned only by implication (the 'search giant').", "Mentioned only by implication"),
    ("Implicit reference only: the speakers talk about 'the search company'.", "Implicit reference"),
    ("Assumed from context; the guest doesn't say the company's name.", "n't say the company's name"),
    ("Absent from the dialogue, but relevant to the topic.", "Absent from the dialogue"),
    ("Omitted from the conversation; added by association.", "Omitted from the conversation"),
    ("Not in the transcript.", "Not in the transcript"),
    ("Appears to be inferred rather than mentioned.", "inferred rather than mentioned"),
    ("No one in the episode mentions it by name.", "No one in the episode mentions"),
    ("The hosts did not mention its name.", "did not mention"),
    ("The transcript never mentions the company.", "transcript never mentions"),
    ("The speakers never bring it up.", "never bring it up"),
    ("Indirectly implied via the Azure discussion.", "Indirectly implied"),
    ("Not part of the conversation; inferred.", "Not part of the conversation"),
    ("Was not part of this episode's discussion.", "not part of this episode's discussion"),
    # session 7: fresh dev and held-out probes of the core helper
    ("Appears only in the episode metadata.", "only in the episode metadata"),
    ("Only appears in the episode description.", "Only appears in the episode description"),
    ("Included from the show notes, not the audio.", "Included from the show notes"),
    ("Mention is implied, not explicit.", "Mention is implied"),
    ("Derived from context rather than stated.", "Derived from context rather than stated"),
    ("Speakers only allude to it.", "only allude to"),
    ("The conversation never touches on this company.", "conversation never touches on"),
    ("Name not spoken; inferred from context.", "not spoken"),
    ("Possibly referenced, but not by name.", "but not by name"),
    ("The guest alludes to it without naming it.", "without naming it"),
    ("Referenced only via its product.", "only via its"),
    ("Unnamed in the audio; added from the description.", "Unnamed in the audio"),
    ("Indirect reference only.", "Indirect reference"),
    ("Implicit: the guest talks about 'the search engine'.", "Implicit"),
    ("Nobody brings it up.", "Nobody brings it up"),
    ("Neither speaker refers to this company.", "Neither speaker refers to"),
    ("Not part of what the hosts discussed.", "Not part of what"),
    ("Mentioned nowhere; listed because of the topic.", "Mentioned nowhere"),
    ("Listed only because of the episode title.", "Listed only because of the episode title"),
    ("No explicit naming of the company occurs.", "No explicit naming"),
    ("Not said explicitly; implied by the chip discussion.", "Not said explicitly"),
    ("Not explicitly identified in the episode.", "Not explicitly identified"),
    ("No mention found.", "No mention"),                   # a verb after the noun, no object
    ("No explicit reference exists.", "No explicit reference"),
    ("Likely inferred from the topic.", "inferred from the topic"),
    ("Appears in the description, not the audio.", ", not the audio"),
]


# session 8 (not-mentioned helper): dev sets and two held-out sets of probes, written in the
# pipeline's style before (held-out) or while (dev) the grammar of rules/not_mentioned.yaml was built;
# the comment names the set. Positives with their evidence; KNOWN_FALSE_ALARMS are the held-out
# cases still wrong (strict xfail: a fix must move them to the lists above).
# ("Mentioned indirectly as 'the search giant'" is left out: the rule set counts an indirect reference
# as no mention, the held-out label said otherwise.)
NOT_MENTIONED_SESSION8 = [
    # held2 misses the lead fixed after the merge ("cannot" as a negator, "Mention:" as a label)
    ("Cannot find any mention of this company in the transcript.", "Cannot find any mention"),
    ("Mention: none.", "Mention: none"),
    ("Mentions not found.", "Mentions not found"),  # dev
    ("Mention of the company not found in the transcript.", "Mention of the company not found"),  # dev
    ("References not found in the episode.", "References not found"),  # dev
    ("Reference not located in transcript.", "Reference not located"),  # dev
    ("No evidence that it was named.", "No evidence that it was named"),  # dev
    ("No evidence this entity was referenced in the episode.", "No evidence this entity was referenced"),  # dev
    ("No clear evidence the company was brought up.", "No clear evidence the company was brought up"),  # dev
    ("No indication that it was mentioned.", "No indication that it was mentioned"),  # dev
    ("No sign of it in the transcript.", "No sign of it in the transcript"),  # dev
    ("No trace of the company in the conversation.", "No trace of the company in the conversation"),  # dev
    ("Not in transcript.", "Not in transcript"),  # dev
    ("Not in episode; inferred.", "Not in episode"),  # dev
    ("Absent from transcript.", "Absent from transcript"),  # dev
    ("The guests never refer to it.", "never refer to"),  # dev
    ("The host doesn't refer to the company at all.", "doesn't refer to"),  # dev
    ("Not mentiond.", "Not mentiond"),  # dev
    ("Not explicitely mentioned.", "Not explicitely mentioned"),  # dev
    ("Not mentoined in the episode.", "Not mentoined"),  # dev
    ("never mentionned", "never mentionned"),  # dev
    ("No mentions of this company.", "No mentions"),  # dev
    ("Never brought up.", "Never brought up"),  # dev
    ("Did not come up in the discussion.", "Did not come up"),  # dev
    ("It does not appear to be mentioned in the transcript.", "does not appear"),  # dev
    ("Doesn't appear in the conversation at all.", "Doesn't appear"),  # dev
    ("No record of it being mentioned.", "No record of it being mentioned"),  # dev
    ("Nothing in the transcript indicates it was mentioned.", "Nothing in the transcript indicates it was mentioned"),  # dev
    ("The company's name was never said.", "The company's name was never said"),  # dev
    ("Not named; the speaker says 'a big chip company'.", "Not named"),  # dev
    ("Inferred only; not named.", "not named"),  # dev
    ("Likely inferred; no explicit mention found.", "no explicit mention"),  # dev
    ("Not explicitly mentioned but inferred due to the discussion on search.", "Not explicitly mentioned"),  # dev
    ("NOT EXPLICITLY MENTIONED, BUT IMPLIED", "NOT EXPLICITLY MENTIONED"),  # dev
    ("Not directly referenced.", "Not directly referenced"),  # dev
    ("Not mentioned (inferred from 'the social network').", "Not mentioned"),  # dev
    ("Not mentioned.", "Not mentioned"),  # dev
    ("No mention.", "No mention"),  # dev
    ("Implied only.", "Implied"),  # dev
    ("Not mentioned as such; inferred from the hardware discussion.", "Not mentioned"),  # dev
    ("Not mentioned until the end? No - not mentioned at all; inferred.", "not mentioned"),  # dev
    ("Not mentioned, not even in passing.", "Not mentioned"),  # dev
    ("Never once named.", "Never once named"),  # dev
    ("No evidence of it being discussed in the episode.", "No evidence of it being discussed"),  # dev
    ("Its name is never said in the episode.", "Its name is never said"),  # dev
    ("Not mentioned explicitly in the audio.", "Not mentioned"),  # dev3
    ("Not explicitly stated in the transcript.", "Not explicitly stated"),  # dev3
    ("Not directly named; the conversation is about chips in general.", "Not directly named"),  # dev3
    ("Entity not found in transcript.", "not found in transcript"),  # dev3
    ("Name not found in the transcript.", "not found in the transcript"),  # dev3
    ("Could not find a mention of this company.", "not find a mention"),  # dev3
    ("Could not locate any reference to it in the episode.", "not locate any reference"),  # dev3
    ("Unable to find any mention of it.", "Unable to find any mention"),  # dev3
    ("No mention whatsoever.", "No mention"),  # dev3
    ("There's no mention of it.", "no mention"),  # dev3
    ("There is no reference to this firm anywhere in the episode.", "no reference"),  # dev3
    ("Zero references in the episode.", "Zero references"),  # dev3
    ("Not once mentioned.", "Not once mentioned"),  # dev3
    ("Not even mentioned.", "Not even mentioned"),  # dev3
    ("Never comes up in the conversation.", "Never comes up"),  # dev3
    ("It is never brought up.", "never brought up"),  # dev3
    ("The episode doesn't mention it.", "doesn't mention"),  # dev3
    ("The hosts don't name this company.", "don't name"),  # dev3
    ("Neither host mentions this company.", "Neither host mentions"),  # dev3
    ("None of the speakers mention it.", "None of the speakers mention"),  # dev3
    ("The company doesn't come up.", "doesn't come up"),  # dev3
    ("The company is not discussed or named anywhere in the episode.", "not discussed"),  # dev3
    ("Not referenced by name or by product.", "Not referenced"),  # dev3
    ("Not named in the episode; presumably inferred from the AI topic.", "Not named"),  # dev3
    ("Only inferred; no direct mention.", "Only inferred"),  # dev3
    ("Implicitly referenced, never named.", "Implicitly referenced"),  # dev3
    ("Inferred from references to 'the Android maker'.", "Inferred"),  # dev3
    ("Implied by the mention of Gemini, not named itself.", "not named"),  # dev3
    ("Presumed relevant but not mentioned.", "Presumed relevant but not"),  # dev3
    ("Added by the model; it was not mentioned.", "not mentioned"),  # dev3
    ("Possibly hallucinated; not mentioned.", "not mentioned"),  # dev3
    ("Likely a hallucination - no mention in the transcript.", "no mention"),  # dev3
    ("This entity is not present in the episode transcript.", "not present in the episode transcript"),  # dev3
    ("Absent in the transcript.", "Absent in the transcript"),  # dev3
    ("It is absent from the conversation entirely.", "absent from the conversation"),  # dev3
    ("No explicit mention; included due to topical relevance.", "No explicit mention"),  # dev3
    ("No direct references.", "No direct references"),  # dev3
    ("The speaker doesn't explicitly mention the company, but discusses its products.", "doesn't explicitly mention"),  # dev3
    ("The speaker never explicitly names the company.", "speaker never explicitly names"),  # dev3
    ("Not explicitly called out.", "Not explicitly called out"),  # dev3
    ("Not specifically named, though implied.", "Not specifically named"),  # dev3
    ("Not brought up directly.", "Not brought up"),  # dev3
    ("Not mentioned (inferred).", "Not mentioned"),  # dev3
    ("not mentioned in episode", "not mentioned"),  # dev3
    ("Not Mentioned", "Not Mentioned"),  # dev3
    ("Mentioned: no.", "Mentioned: no"),  # dev3
    ("Was never mentioned.", "never mentioned"),  # dev3
    ("Wasn't mentioned.", "n't mentioned"),  # dev3
    ("Hasn't been mentioned.", "n't been mentioned"),  # dev3
    ("Isn't named explicitly.", "n't named"),  # dev3
    ("Not explicitly mentioned. Inferred based on topic.", "Not explicitly mentioned"),  # dev3
    ("No explicit mention in the episode; the company is included because of its role in AI chips.", "No explicit mention"),  # dev3
    ("The transcript contains no mention of it.", "no mention"),  # dev3
    ("The transcript does not contain the company's name.", "not contain the company's name"),  # dev3
    ("The name never appears in the text.", "never appears"),  # dev3
    ("Not identified by name in the recording.", "Not identified"),  # dev3
    ("The entity is not mentioned in the provided text; it appears to have been added based on the topic.", "not mentioned"),  # dev4
    ("While the discussion covers open-source AI broadly, this company is not mentioned by name.", "not mentioned"),  # dev4
    ("Although relevant to the discussion of GPUs, Globex itself is never explicitly named.", "never explicitly named"),  # dev4
    ("This organization does not appear in the episode; it may have been inferred from the discussion of robotics.", "does not appear"),  # dev4
    ("Not mentioned in the episode. Likely included because of its relevance to LLM infrastructure.", "Not mentioned"),  # dev4
    ("The speakers discuss cloud computing in general, but never name this provider.", "never name"),  # dev4
    ("Mentioned? No. Included as related context.", "Mentioned? No"),  # dev4
    ("Not mentioned until - actually, not mentioned at all.", "not mentioned"),  # dev4
    ("Not mentioned; the host refers to 'the big AI labs' without naming them.", "Not mentioned"),  # dev4
    ("Not mentioned, but the guest's company partners with it.", "Not mentioned"),  # dev4
    ("No mention; possibly a hallucination from the enrichment step.", "No mention"),  # dev4
    ("Not mentioned as such; the speakers only talk about 'the Redmond giant'.", "Not mentioned"),  # dev4
    ("Not mentioned in any capacity.", "Not mentioned"),  # dev4
    ("Not mentioned in the transcript provided.", "Not mentioned"),  # dev4
    ("Reference absent.", "Reference absent."),  # dev4
    ("Mention absent from the transcript.", "Mention absent"),  # dev4
    ("Absent.", "Absent."),  # dev4
    ("Name absent from the conversation.", "Name absent"),  # dev4
    ("Inferred (not mentioned).", "not mentioned"),  # dev4
    ("Inferred: no direct mention.", "no direct mention"),  # dev4
    ("Implied via discussion of chatbots; no explicit naming.", "no explicit naming"),  # dev4
    ("[Not mentioned]", "Not mentioned"),  # dev4
    ("Not mentioned - inferred from context", "Not mentioned"),  # dev4
    ("Entity inferred; transcript contains no reference to it.", "no reference"),  # dev4
    ("Transcript lacks any mention of this company.", "lacks any mention"),  # dev4
    ("The company is missing from the transcript.", "missing from the transcript"),  # dev4
    ("The episode makes no mention of it.", "no mention"),  # dev4
    ("The episode makes no reference to the company.", "no reference"),  # dev4
    ("No mention is made of this company.", "No mention"),  # dev4
    ("No reference is made to it in the episode.", "No reference"),  # dev4
    ("No one names the company.", "No one names"),  # dev4
    ("It was not talked about.", "not talked about"),  # dev4
    ("It didn't come up in the episode.", "didn't come up"),  # dev4
    ("Wasn't named in the interview.", "n't named"),  # dev4
    ("It is not spoken of.", "not spoken of"),  # dev4
    ("Did not feature in the discussion.", "Did not feature"),  # dev4
    ("Not featured in the episode.", "Not featured in the episode"),  # dev4
    ("Not part of the discussion.", "Not part of the discussion"),  # dev4
    ("Not raised in the conversation.", "Not raised in the conversation"),  # dev4
    ("The guest did not bring it up, nor did the host.", "not bring it up"),  # dev4
    ("Goes unmentioned in the episode.", "unmentioned"),  # dev5
    ("Left unnamed throughout.", "unnamed"),  # dev5
    ("At no point is the company mentioned.", "no point is the company mentioned"),  # dev5
    ("At no point do the speakers name it.", "no point do the speakers name"),  # dev5
    ("Not a single mention in the transcript.", "Not a single mention"),  # dev5
    ("Gets no mention in the episode.", "no mention"),  # dev5
    ("Receives no mention.", "no mention"),  # dev5
    ("Didn't get a mention.", "n't get a mention"),  # dev5
    ("Not name-checked.", "Not name-checked"),  # dev5
    ("Never name-checked in the episode.", "Never name"),  # dev5
    ("Not name-dropped by either speaker.", "Not name-dropped"),  # dev5
    ("Nowhere to be found in the transcript.", "Nowhere to be found"),  # dev5
    ("Not once referred to.", "Not once referred to"),  # dev5
    ("Fails to appear in the transcript.", "Fails to appear"),  # dev5
    ("Neither the host nor the guest mentions it.", "Neither the host nor the guest mentions"),  # dev5
    ("Nothing in the episode refers to this company.", "Nothing in the episode refers"),  # dev5
    ("The speakers make no reference to it.", "no reference"),  # dev5
    ("Included without being named in the episode.", "without being named"),  # dev5
    ("Not said on air.", "Not said on air"),  # dev5 (the whole denial since session 62)
    ("Not uttered once.", "Not uttered"),  # dev5
    ("Not heard in the audio.", "Not heard in the audio"),  # dev5
    ("Not spoken about at all.", "Not spoken about"),  # dev5
    ("The guest does not name-check it.", "does not name"),  # dev5
    ("Not mentioned; enrichment guess.", "Not mentioned"),  # dev5
    ("Not directly mentioned, rather implied through the reference to 'search'.", "Not directly mentioned"),  # dev5
    ("Suggested by context, but not mentioned.", "not mentioned"),  # dev5
    ("Contextual inference only; not named.", "not named"),  # dev5
    ("Speculative: not mentioned in transcript.", "not mentioned"),  # dev5
    ("No callout of this company.", "No callout"),  # dev5
    ("The company doesn't get named at all.", "n't get named"),  # dev6
    ("Not heard anywhere in the audio.", "Not heard anywhere in the audio"),  # dev6
    ("Zero hits for the name in the transcript; not mentioned.", "not mentioned"),  # dev6
    ("Not name-checked once.", "Not name-checked"),  # dev6
    ("not mentioned", "not mentioned"),  # held1
    ("NOT MENTIONED", "NOT MENTIONED"),  # held1
    ("Not mentioned in the transcript.", "Not mentioned"),  # held1
    ("Not mentioned in this episode.", "Not mentioned"),  # held1
    ("Not directly mentioned.", "Not directly mentioned"),  # held1
    ("Not specifically mentioned in the conversation.", "Not specifically mentioned"),  # held1
    ("Not explicitly named, but the discussion of vector databases suggests its relevance.", "Not explicitly named"),  # held1
    ("Not explicitly mentioned; inferred from the discussion of cloud GPUs.", "Not explicitly mentioned"),  # held1
    ("Not mentioned by name; the host refers only to 'a big search company'.", "Not mentioned"),  # held1
    ("Never mentioned.", "Never mentioned"),  # held1
    ("Never mentioned in the episode.", "Never mentioned"),  # held1
    ("Never explicitly mentioned, but implied by the talk about chip export controls.", "Never explicitly mentioned"),  # held1
    ("The company is never mentioned in the transcript.", "never mentioned"),  # held1
    ("The transcript never names it.", "transcript never names"),  # held1
    ("The guest never says the company's name.", "never says the company's name"),  # held1
    ("The speakers never refer to this company directly.", "never refer to"),  # held1
    ("No mention in the transcript.", "No mention"),  # held1
    ("No direct mention.", "No direct mention"),  # held1
    ("No explicit mention of the company; it is inferred from the context of enterprise AI.", "No explicit mention"),  # held1
    ("No mention of this entity was found in the episode.", "No mention"),  # held1
    ("There is no mention of Globex in the transcript.", "no mention"),  # held1
    ("There is no direct reference to this company in the conversation.", "no direct reference"),  # held1
    ("No reference to the company in the episode.", "No reference"),  # held1
    ("No references found.", "No references"),  # held1
    ("Mention not found.", "Mention not found"),  # held1
    ("Mention not found in transcript.", "Mention not found"),  # held1
    ("No evidence it was mentioned.", "No evidence it was mentioned"),  # held1
    ("No evidence that the company was discussed.", "No evidence that the company was discussed"),  # held1
    ("No evidence in the transcript that this company came up.", "No evidence in the transcript that this company came up"),  # held1
    ("Implied but never named.", "Implied but never"),  # held1
    ("Implied, not named.", "Implied, not named"),  # held1
    ("Only implied.", "Only implied"),  # held1
    ("Only implied by the reference to large language model providers.", "Only implied"),  # held1
    ("Only inferred from the discussion of open-weight models.", "Only inferred"),  # held1
    ("Inferred from the discussion of GPU shortages; the company itself is not named.", "Inferred from the discussion"),  # held1
    ("Inferred from context; not actually mentioned.", "Inferred from context"),  # held1
    ("Inferred, not stated.", "Inferred, not stated"),  # held1
    ("Inferred as a likely vendor, though the transcript does not mention it.", "Inferred as a likely vendor, though the transcript does not"),  # held1
    ("Absent from the transcript.", "Absent from the transcript"),  # held1
    ("Absent from the discussion.", "Absent from the discussion"),  # held1
    ("Entity is absent from the episode text.", "absent from the episode text"),  # held1
    ("Unmentioned.", "Unmentioned"),  # held1
    ("Unmentioned in the episode, included for completeness.", "Unmentioned"),  # held1
    ("Does not appear in the transcript.", "Does not appear"),  # held1
    ("Doesn't appear in the episode.", "Doesn't appear"),  # held1
    ("The name does not appear anywhere in the transcript.", "does not appear"),  # held1
    ("This company does not appear in the conversation; added based on the topic of AI infrastructure.", "does not appear"),  # held1
    ("Not referenced.", "Not referenced"),  # held1
    ("Not referenced in the episode.", "Not referenced"),  # held1
    ("Not referenced directly; assumed from the mention of 'the leading chipmaker'.", "Not referenced"),  # held1
    ("Wasn't brought up.", "n't brought up"),  # held1
    ("Wasn't brought up in the conversation.", "n't brought up"),  # held1
    ("Was not brought up during the episode.", "not brought up"),  # held1
    ("Not brought up by either speaker.", "Not brought up"),  # held1
    ("Not discussed or mentioned in the episode.", "Not discussed"),  # held1
    ("Neither mentioned nor discussed.", "Neither mentioned"),  # held1
    ("Not named in the episode.", "Not named"),  # held1
    ("Not named explicitly; the speaker alludes to 'a certain social media giant'.", "Not named"),  # held1
    ("The company isn't mentioned; it was added because of the topic.", "n't mentioned"),  # held1
    ("Isn't mentioned anywhere.", "n't mentioned"),  # held1
    ("Is not mentioned in the transcript but is relevant to the topic of AI safety.", "not mentioned"),  # held1
    ("It is not mentioned in the episode.", "not mentioned"),  # held1
    ("Company not mentioned.", "not mentioned"),  # held1
    ("Entity not mentioned in the provided transcript.", "not mentioned"),  # held1
    ("Not mentioned; included as a likely competitor.", "Not mentioned"),  # held1
    ("Not mentioned - added by enrichment.", "Not mentioned"),  # held1
    ("N/A - not mentioned", "not mentioned"),  # held1
    ("(not mentioned)", "not mentioned"),  # held1
    ("Not actually mentioned in the episode.", "Not actually mentioned"),  # held1
    ("Not mentioned at all.", "Not mentioned"),  # held1
    ("Not found in the transcript.", "Not found in the transcript"),  # held1
    ("Not present in the transcript.", "Not present in the transcript"),  # held1
    ("No explicit reference.", "No explicit reference"),  # held1
    ("No explicit references in the episode; relevance is inferred.", "No explicit references"),  # held1
    ("No direct reference, but the discussion of ad-supported models implies it.", "No direct reference"),  # held1
    ("Not mentioned explicitly, but relevant as a major cloud provider.", "Not mentioned"),  # held1
    ("not explicitly mentionned, but implied", "not explicitly mentionned"),  # held1
    ("Not metioned.", "Not metioned"),  # held1
    ("Not explicitly mentioned, but implied as a competitor.", "Not explicitly mentioned"),  # held1
    ("Never mentioned directly.", "Never mentioned"),  # held1
    ("Not mentioned in the episode.", "Not mentioned"),  # held1
    ("Not cited in the episode.", "Not cited"),  # held1
    ("The hosts do not mention this company.", "do not mention"),  # held1
    ("The speaker does not name the company, only its product category.", "does not name"),  # held1
    ("Although relevant, it is not mentioned during the conversation.", "not mentioned"),  # held1
    ("Mentioned nowhere in the transcript.", "Mentioned nowhere"),  # held1
    ("Zero mentions in the transcript.", "Zero mentions"),  # held1
    ("No mentions.", "No mentions"),  # held1
    ("Not explicitly discussed or named in the transcript; inferred from the discussion of robotics.", "Not explicitly discussed"),  # held1
    ("Hallucinated: not in transcript.", "not in transcript"),  # held1
    ("Not mentioned in the podcast episode.", "Not mentioned"),  # held2
    ("Not mentioned directly in this conversation; included because the guest works in adjacent space.", "Not mentioned"),  # held2
    ("not mentioned, inferred from the discussion about mobile chips", "not mentioned"),  # held2
    ("Not explicitly referenced in the episode, but relevant to the AI hardware discussion.", "Not explicitly referenced"),  # held2
    ("Not explicitly named by the speakers.", "Not explicitly named"),  # held2
    ("Never explicitly referenced.", "Never explicitly referenced"),  # held2
    ("Never named by the guest or host.", "Never named"),  # held2
    ("The company is not named at any point.", "not named"),  # held2
    ("The firm itself isn't mentioned, only its CEO.", "n't mentioned"),  # held2
    ("This company wasn't mentioned during the interview.", "n't mentioned"),  # held2
    ("It was not explicitly discussed.", "not explicitly discussed"),  # held2
    ("No explicit mention in the conversation.", "No explicit mention"),  # held2
    ("No direct mention; associated with the topic of AI regulation.", "No direct mention"),  # held2
    ("No mention of the company itself, only of its chatbot.", "No mention"),  # held2
    ("No specific mention in this episode.", "No specific mention"),  # held2
    ("There was no mention of this organization.", "no mention"),  # held2
    ("There's no direct reference to it in the audio.", "no direct reference"),  # held2
    ("The transcript makes no reference to Globex.", "no reference"),  # held2
    ("The hosts make no mention of it.", "no mention"),  # held2
    ("Inferred; not present in the transcript.", "not present in the transcript"),  # held2
    ("Inferred by association with the cloud discussion; never actually named.", "never actually named"),  # held2
    ("Implied by the discussion of ad-supported search, not named directly.", "not named"),  # held2
    ("Only indirectly referenced through its product.", "Only indirectly"),  # held2
    ("Indirectly implied through discussion of smartphones.", "Indirectly implied"),  # held2
    ("Implicit only.", "Implicit"),  # held2
    ("Likely inferred by the model, as it is not mentioned.", "not mentioned"),  # held2
    ("Included by the enrichment step; not mentioned in the episode.", "not mentioned"),  # held2
    ("Not mentioned in the transcript; relevance assumed.", "Not mentioned"),  # held2
    ("Not in the conversation.", "Not in the conversation"),  # held2
    ("Not present in the episode.", "Not present in the episode"),  # held2
    ("No record of this entity in the transcript.", "No record of this entity in the transcript"),  # held2
    ("Appears nowhere in the conversation.", "Appears nowhere"),  # held2
    ("Nowhere mentioned.", "Nowhere mentioned"),  # held2
    ("Not mentioned anywhere in the episode.", "Not mentioned"),  # held2
    ("Not once mentioned in the discussion.", "Not once mentioned"),  # held2
    ("The speakers don't mention this firm at all.", "don't mention"),  # held2
    ("The guest never brings the company up.", "never brings the company up"),  # held2
    ("It never comes up by name.", "never comes up"),  # held2
    ("The name never comes up.", "never comes up"),  # held2
    ("The company's name doesn't appear in the transcript.", "doesn't appear"),  # held2
    ("Not spoken of by name.", "Not spoken of"),  # held2
    ("Was not referred to by either participant.", "not referred to"),  # held2
    ("This entity is not referenced anywhere in the episode.", "not referenced"),  # held2
    ("Unreferenced in the transcript.", "Unreferenced"),  # held2
    ("Not explicitly mentioned; presumably inferred from the context of autonomous driving.", "Not explicitly mentioned"),  # held2
    ("NOT MENTIONED IN TRANSCRIPT", "NOT MENTIONED"),  # held2
    ("not mentioned explicitly", "not mentioned"),  # held2
    ("Not directly mentioned but implied.", "Not directly mentioned"),  # held2
    ("No mention made.", "No mention"),  # held2
    ("Entity not mentioned by speakers; likely from metadata.", "not mentioned"),  # held2
    ("Not referred to explicitly; the discussion is about 'the biggest GPU maker'.", "Not referred to"),  # held2
    ("Hypothetical inclusion - not mentioned.", "not mentioned"),  # held2
    ("The episode does not reference this company.", "does not reference"),  # held2
    ("Does not come up in the transcript.", "Does not come up"),  # held2
    ("Did not appear in the conversation.", "Did not appear"),  # held2
    ("Neither named nor discussed.", "Neither named"),  # held2
    ("No one mentions Globex.", "No one mentions"),  # held2
    ("It goes unnamed.", "unnamed"),  # held2
    ("The guest alludes to it but never names it.", "never names"),  # held2
    ("There is no explicit reference to the company.", "no explicit reference"),  # held2
]

QUIET_CONTEXTS_SESSION8 = [
    "We cannot mention enough how good it is; mentioned throughout.",  # the lead's, with the two above
    "Mention: none of the speakers doubted it; named twice.",
    "Mentioned by name, though not discussed in depth.",  # dev
    "Named but not discussed at length.",  # dev
    "Referenced but not elaborated upon.",  # dev
    "Not discussed much, though the host names it twice.",  # dev
    "Not discussed further after the introduction.",  # dev
    "Named in passing; not discussed in any detail.",  # dev
    "Not mentioned as a customer, but as an investor.",  # dev
    "Not named as a rival but as a supplier.",  # dev
    "Mentioned as an investor; not mentioned as an acquirer.",  # dev
    "Not named until the second half of the episode.",  # dev
    "Not mentioned by name initially; later named explicitly.",  # dev
    "Discussed as the company whose revenue was not disclosed.",  # dev
    "Mentioned as a firm whose models are not discussed often.",  # dev
    "Cited as a lab whose results were never published.",  # dev
    "The guest jokes that the company 'never mentions' its failures.",  # dev
    "Described as a startup that 'no one talks about'.",  # dev
    "Mentioned as a company that does not appear to be growing.",  # dev
    "Mentioned as a firm that doesn't appear interested in open source.",  # dev
    "Mentioned as an unnamed partner's parent company.",  # dev
    "Named as the unmentioned sponsor of the hackathon, per the host.",  # dev
    "Named by the guest; inferred role as infrastructure provider.",  # dev
    "Inferred category: cloud; mentioned by the guest.",  # dev
    "Mentioned; the guest says its founder never mentioned the acquisition.",  # dev
    "The host said the CEO never mentioned the layoffs.",  # dev
    "Mentioned; no evidence of wrongdoing was discussed.",  # dev
    "Mentioned as having no evidence of product-market fit.",  # dev
    "Mentioned in the context of a lawsuit with no evidence presented.",  # dev
    "Mentioned; the benchmark was not found in the paper.",  # dev
    "Mentioned as a company whose mention in the paper was not found by reviewers.",  # dev
    "Mentioned; its name appears in the title of the guest's paper.",  # dev
    "Appears in the transcript as a customer.",  # dev
    "Referenced several times.",  # dev
    "Named explicitly at the start.",  # dev
    "Mentioned in the discussion of data centres; no specific product named.",  # dev
    "Mentioned alongside Nvidia; no partnership discussed.",  # dev
    "Mentioned; not discussed in detail.",  # dev
    "Only discussed briefly.",  # dev
    "Mentioned briefly, not in depth.",  # dev
    "Mentioned as the guest's employer, not as a sponsor.",  # dev
    "Not a sponsor; named as the host's former employer.",  # dev
    "Mentioned; the CEO has not said when the model ships.",  # dev
    "Mentioned as a startup that has not raised money yet.",  # dev
    "Mentioned; the guest has not stated a price.",  # dev
    "Named; no evidence it was profitable was given.",  # dev
    "Mentioned; the name was never trademarked.",  # dev
    "Mentioned; no sign of the product in Europe.",  # dev
    "Discussed; the guest cannot mention its clients under NDA.",  # dev
    "Mentioned in the transcript; the reference was not found in the paper.",  # dev
    "Mentioned as the company that was not named in the lawsuit.",  # dev
    "Mentioned as a company whose CEO's name was never said on air.",  # dev
    "Mentioned explicitly as the maker of the H100.",  # dev3
    "Mentioned repeatedly throughout the episode.",  # dev3
    "Mentioned several times; no controversy discussed.",  # dev3
    "Named by the host, though not described.",  # dev3
    "Referenced, not explained.",  # dev3
    "Mentioned, but the guest did not elaborate.",  # dev3
    "Discussed; the guest did not mention numbers.",  # dev3
    "Discussed as a competitor; revenue figures not given.",  # dev3
    "Mentioned in passing, not as a focus.",  # dev3
    "Mentioned in passing and not revisited.",  # dev3
    "Mentioned once and never again.",  # dev3
    "Named once but never discussed again.",  # dev3
    "Briefly named; never elaborated on.",  # dev3
    "Not a central topic but explicitly mentioned.",  # dev3
    "Not heavily discussed; mentioned twice.",  # dev3
    "Not explicitly discussed, but named in the intro as a sponsor.",  # dev3
    "Mentioned as a company that is not yet public.",  # dev3
    "Mentioned as a company that has never turned a profit.",  # dev3
    "Mentioned as not having released a model.",  # dev3
    "Described as 'not mentioned enough' in AI discussions by the host.",  # dev3
    "The host notes that Globex is rarely mentioned in the press.",  # dev3
    "Mentioned; the guest says he can't name its customers.",  # dev3
    "Mentioned as a partner whose name was not disclosed until recently.",  # dev3
    "Mentioned in the context of a deal that has not been announced.",  # dev3
    "Named as one of the labs not discussed in the paper.",  # dev3
    "Mentioned, with no further details.",  # dev3
    "Mentioned with no mention of its products.",  # dev3
    "Mentioned, though its CEO is not named.",  # dev3
    "Mentioned; the transcript does not say which model it uses.",  # dev3
    "Appears in the ad read, not the interview.",  # dev3
    "Mentioned in the ad read, not in the main discussion.",  # dev3
    "Mentioned by name, not by product.",  # dev3
    "Cited by the guest, not by the host.",  # dev3
    "Mentioned by the guest, never by the host.",  # dev3
    "The host names it; the guest never does.",  # dev3
    "Mentioned as an example; not evaluated.",  # dev3
    "Mentioned; no reference to pricing.",  # dev3
    "Mentioned in the intro; its role was not clarified.",  # dev3
    "Referenced as the company behind the model that 'nobody mentions anymore'.",  # dev3
    "Discussed in the context of GPUs; not mentioned as a cloud provider.",  # dev3
    "The guest's former employer, named when introducing him.",  # dev3
    "Mentioned. Not the focus.",  # dev3
    "Mentioned (briefly).",  # dev3
    "Mentioned in a list of competitors; not singled out.",  # dev3
    "Mentioned alongside others; not individually discussed.",  # dev3
    "Mentioned by the host without elaboration.",  # dev3
    "Named without further discussion.",  # dev3
    "Mentioned, but no details were given about its products.",  # dev3
    "Mentioned; nothing was said about its plans.",  # dev3
    "Named; there was no discussion of its financials.",  # dev3
    "Mentioned explicitly; not inferred.",  # dev4
    "Explicitly named, not implied.",  # dev4
    "Named directly, not by implication.",  # dev4
    "Mentioned by name, not just implied.",  # dev4
    "Mentioned, not merely alluded to.",  # dev4
    "Mentioned as the company that inferred the results; named by the host.",  # dev4
    "Mentioned as a sponsor; the ad read was not part of the interview itself.",  # dev4
    "Mentioned; the company could not find a buyer.",  # dev4
    "Mentioned as a lab that could not find enough GPUs.",  # dev4
    "Mentioned; the guest could not find a reference implementation.",  # dev4
    "Mentioned; the report does not contain its revenue.",  # dev4
    "Mentioned; the guest's paper does not include it in the benchmark.",  # dev4
    "Mentioned as the employer of the guest; the guest was unable to find a job elsewhere.",  # dev4
    "Mentioned; the host said the model was missing from the leaderboard.",  # dev4
    "Mentioned as absent from the conference.",  # dev4
    "Mentioned; missing from the list of partners.",  # dev4
    "Mentioned as an example of a company with no evidence of harm.",  # dev4
    "Mentioned; there is no indication that it plans an IPO.",  # dev4
    "Mentioned; no record of the deal was found.",  # dev4
    "Mentioned as a firm that has no sign of slowing down.",  # dev4
    "Mentioned as 'a company nobody mentions' by the guest.",  # dev4
    "Mentioned in the quote 'we never mentioned Globex to investors'.",  # dev4
    "The host recalls that 'nobody named it back then'.",  # dev4
    "Named by the host as a company 'not discussed enough'.",  # dev4
    "Mentioned; the guest says the company was never named in the lawsuit.",  # dev4
    "Mentioned; its name was never trademarked in Europe.",  # dev4
    "Mentioned; the host notes its name isn't used in China.",  # dev4
    "Named; the speaker discusses it without naming its CEO.",  # dev4
    "Named without reference to its products.",  # dev4
    "Mentioned; not referenced in the show notes.",  # dev4
    "Mentioned; it is not in the S&P 500.",  # dev4
    "Mentioned; it is not part of the consortium.",  # dev4
    "Mentioned as not part of the Magnificent Seven.",  # dev4
    "Mentioned in the transcript; the company was not present at the event.",  # dev4
    "Mentioned as not present in the European market.",  # dev4
    "Mentioned as a firm never seen as a leader in AI.",  # dev4
    "Mentioned twice; not mentioned in the summary.",  # dev4
    "Mentioned, though not by its full name.",  # dev4
    "Mentioned by its product name rather than its company name.",  # dev4
    "Never fails to be mentioned when the topic is chips.",  # dev5
    "The guest can't stop mentioning it.",  # dev5
    "Not only mentioned but discussed at length.",  # dev5
    "Not unmentioned: the host names it twice.",  # dev5
    "There's no shortage of mentions of it.",  # dev5
    "At no point did the guest criticize it, though he named it twice.",  # dev5
    "Mentioned; at no point is its pricing discussed.",  # dev5
    "Mentioned; nothing about its revenue was said.",  # dev5
    "Mentioned, without being discussed in depth.",  # dev5
    "Named; left unexplained.",  # dev5
    "Mentioned but left undefined.",  # dev5
    "Mentioned; the guest's employer is left unnamed.",  # dev5
    "Mentioned as an unnamed source's employer.",  # dev5
    "Mentioned; neither the price nor the date was mentioned.",  # dev5
    "Mentioned; the guest makes no reference to its competitors.",  # dev5
    "Referenced when the guest names the top labs.",  # dev5
    "Mentioned as one of the companies 'you never hear about'.",  # dev5
    "Mentioned by the host, who says it is rarely name-checked.",  # dev5
    "The host name-checks it in the intro.",  # dev5
    "Mentioned as the company that failed to appear at the hearing.",  # dev5
    "A startup that doesn't name its investors.",  # dev6
    "Open-source lab; no one can say how it makes money.",  # dev6
    "Chip startup; nothing was said about funding.",  # dev6
    "Robotics company; the guest says it has no name recognition.",  # dev6
    "AI lab; the host can't say enough good things about it.",  # dev6
    "Cloud firm; nobody mentions the price.",  # dev6
    "A lab whose founder never talks about its roadmap.",  # dev6
    "Hardware maker; no one could identify a use case.",  # dev6
    "Social network; the guest would not say which model it uses.",  # dev6
    "An investor that never discusses valuations.",  # dev6
    "A company that wasn't founded until 2020.",  # dev6
    "Big tech firm that has no plans to open-source.",  # dev6
    "Startup with no name change planned.",  # dev6
    "A lab the guest doesn't hear much from these days.",  # dev6
    "Chipmaker; nobody could say whether it will ship on time.",  # dev6
    "Mentioned as a competitor in the AI chip market.",  # held1
    "Mentioned briefly.",  # held1
    "Mentioned in passing.",  # held1
    "Mentioned in passing as an example of a fast-growing startup.",  # held1
    "Mentioned once, in the context of GPU pricing.",  # held1
    "Named, though not discussed in depth.",  # held1
    "Mentioned, though not in depth.",  # held1
    "Mentioned but not discussed in detail.",  # held1
    "Mentioned but not elaborated on.",  # held1
    "Briefly mentioned; not a focus of the episode.",  # held1
    "Not the main topic, but mentioned as a partner.",  # held1
    "Not mentioned as a competitor but as a partner.",  # held1
    "Not mentioned by name until later in the episode, when the guest names it directly.",  # held1
    "Not mentioned by name at first, but later the host says 'Globex' explicitly.",  # held1
    "Not the focus of the discussion; referenced once when comparing cloud providers.",  # held1
    "Not a sponsor; mentioned as a customer of the guest's company.",  # held1
    "The guest said Globex did not mention safety in their paper.",  # held1
    "Quoted: 'this is not mentioned in the paper', referring to Globex's benchmark.",  # held1
    "Discussed as the maker of the model; its licensing terms were not mentioned.",  # held1
    "Mentioned as the developer of the model; pricing was not mentioned.",  # held1
    "Referenced as the company whose earnings were not mentioned in detail.",  # held1
    "Referenced by the guest as a former employer.",  # held1
    "Referenced multiple times as the leading chipmaker.",  # held1
    "Discussed at length as the host's employer.",  # held1
    "Cited as an example of a company that never open-sources its models.",  # held1
    "Cited as a company that does not release its weights.",  # held1
    "Described as a company that never raised outside funding.",  # held1
    "Mentioned as a company that does not publish its training data.",  # held1
    "The host mentions it as a company that has not yet released an open model.",  # held1
    "Mentioned as not being profitable yet.",  # held1
    "Mentioned as a startup that is not well known.",  # held1
    "Mentioned, but the guest says he is not affiliated with it.",  # held1
    "Named as the publisher of the benchmark; no further details given.",  # held1
    "Named explicitly by the guest as an investor.",  # held1
    "Mentioned under its former name, Facebook.",  # held1
    "Referred to as 'the company in Redmond'.",  # held1
    "Mentioned alongside Google as a major cloud provider.",  # held1
    "Mentioned as a competitor; no partnership is mentioned.",  # held1
    "Mentioned in the discussion of chip exports; no specific product was named.",  # held1
    "Mentioned; no details about its products were given.",  # held1
    "Mentioned as a partner; not mentioned as an investor.",  # held1
    "The speaker mentions its new model, which has not been released.",  # held1
    "Guest says the company 'never mentioned' the risks publicly.",  # held1
    "Mentioned as having never disclosed its revenue.",  # held1
    "Explicitly mentioned as the creator of Llama.",  # held1
    "Brought up by the host when discussing open-source models.",  # held1
    "Came up when the guest discussed fundraising.",  # held1
    "Appears in the transcript as the guest's previous employer.",  # held1
    "Appears several times in the conversation.",  # held1
    "Present in the transcript as a sponsor.",  # held1
    "Referenced in the ad read at the start of the episode.",  # held1
    "Sponsor of the episode; mentioned in the ad read.",  # held1
    "Mentioned as an example of a company not using AI.",  # held1
    "Mentioned in the context of regulation, not technology.",  # held1
    "Discussed, though not by its full legal name.",  # held1
    "Mentioned by its ticker symbol rather than its name.",  # held1
    "Named in the introduction; not discussed further.",  # held1
    "Mentioned only once.",  # held1
    "Only mentioned once, near the end.",  # held1
    "Only briefly mentioned.",  # held1
    "Mentioned only in passing as a cloud provider.",  # held1
    "Only named in the sponsor segment.",  # held1
    "Not a major focus; mentioned as an early investor.",  # held1
    "Not discussed in depth, but named as the maker of the chip.",  # held1
    "While not central to the episode, it is mentioned as a customer.",  # held1
    "Although not the main subject, the company is explicitly named twice.",  # held1
    "Mentioned, although the guest does not go into specifics.",  # held1
    "Mentioned; the guest doesn't elaborate.",  # held1
    "The guest mentions it but does not explain what it does.",  # held1
    "Mentioned as a competitor that 'nobody talks about'.",  # held1
    "Mentioned as an unmentioned hero of the AI boom, per the host.",  # held1
    "Mentioned when the guest says no one expected its growth.",  # held1
    "The host mentions that the company has no direct competitor.",  # held1
    "Mentioned in relation to its absence from the EU AI Act negotiations.",  # held1
    "Mentioned as absent from the benchmark leaderboard.",  # held1
    "Mentioned explicitly; inferred to be a key supplier.",  # held1
    "Inferred role as supplier; the company is named by the guest.",  # held1
    "Discussed as the company behind ChatGPT.",  # held1
    "Mentioned as a research lab; its funding was not discussed.",  # held1
    "Guest's employer, mentioned in the introduction.",  # held1
    "Mentioned as a company that 'doesn't appear to care' about safety.",  # held1
    "Mentioned; the guest said its products do not appear in Europe yet.",  # held1
    "Mentioned as a company whose name doesn't come up often in AI discussions.",  # held1
    "Mentioned twice as a company whose models are not referenced in papers.",  # held1
    "Mentioned as an AI company; also referred to as 'the lab'.",  # held1
    "Mentioned but no other details provided.",  # held1
    "Mentioned as the maker of the chips used for training.",  # held2
    "Mentioned in passing by the host.",  # held2
    "Mentioned briefly while discussing funding rounds.",  # held2
    "Mentioned as a partner, not as a competitor.",  # held2
    "Mentioned; the discussion did not go into detail.",  # held2
    "Mentioned, but not as a main subject.",  # held2
    "Mentioned by the guest; not discussed extensively.",  # held2
    "Named once; not a focus.",  # held2
    "Named as an investor; the amount was not disclosed.",  # held2
    "Named as the acquirer; the terms were never mentioned.",  # held2
    "Named; the host never mentioned its founder.",  # held2
    "Discussed as a competitor to OpenAI.",  # held2
    "Discussed briefly, without much detail.",  # held2
    "Discussed, though not at length.",  # held2
    "Referenced as the company behind Claude.",  # held2
    "Referenced several times, not always by its full name.",  # held2
    "Referenced by the guest, though the host did not respond.",  # held2
    "Cited as an example of a company without a clear AI strategy.",  # held2
    "Cited as a firm that has not disclosed its training data.",  # held2
    "Cited as a company that never comments on rumours.",  # held2
    "Brought up by the host when comparing cloud providers.",  # held2
    "Brought up once; not revisited.",  # held2
    "Explicitly mentioned in the discussion on chip exports.",  # held2
    "Explicitly named as a customer.",  # held2
    "The guest mentions it as a former employer.",  # held2
    "The host names it as the sponsor of the episode.",  # held2
    "The guest refers to it as 'the big one'.",  # held2
    "Mentioned as a company that hasn't been profitable.",  # held2
    "Mentioned as a lab that does not publish papers.",  # held2
    "Mentioned as a startup that is not yet public.",  # held2
    "Mentioned as one of several companies not using open-source models.",  # held2
    "Mentioned; the guest notes that it was not involved in the deal.",  # held2
    "Mentioned; not relevant to the main topic.",  # held2
    "Mentioned; its partnership with Microsoft was not discussed.",  # held2
    "Mentioned; no figures were given about its revenue.",  # held2
    "Mentioned; there's no mention of its recent layoffs.",  # held2
    "Mentioned; the speakers don't mention its CEO.",  # held2
    "Mentioned; its product roadmap wasn't discussed.",  # held2
    "Mentioned as having no direct competitor in its niche.",  # held2
    "Mentioned; the host says there's no reference architecture yet.",  # held2
    "Mentioned, not by name at first but later explicitly.",  # held2
    "Mentioned only briefly, not in depth.",  # held2
    "Mentioned under its old name.",  # held2
    "Mentioned via its CEO, who is named explicitly along with the company.",  # held2
    "Appears in the transcript several times.",  # held2
    "Appears as the guest's current employer.",  # held2
    "Comes up repeatedly in the discussion of GPUs.",  # held2
    "Came up when discussing the history of deep learning.",  # held2
    "The company is named explicitly by both speakers.",  # held2
    "Quoted: the guest says 'nobody talks about them enough'.",  # held2
    "The guest says the company is 'never mentioned in the same breath' as Google.",  # held2
    "Named as a company that 'never fails to mention safety'.",  # held2
    "Mentioned as the company no one expected to win.",  # held2
    "Discussed; no reference to its pricing.",  # held2
    "Mentioned; it is not an AI company per se.",  # held2
    "Mentioned in the intro, not in the main interview.",  # held2
    "Mentioned; not to be confused with the French startup of the same name.",  # held2
    "Mentioned; not the same as its subsidiary.",  # held2
    "Named in the sponsor read; not discussed otherwise.",  # held2
    "Mentioned once, without elaboration.",  # held2
    "Mentioned by the host; the guest did not comment.",  # held2
]

# Session 8's known misses, "There's nothing about it in the transcript." (dev5) and "Couldn't find
# it in the transcript." (held2), are found since session 11 (tests/test_generalise_core11.py).

KNOWN_FALSE_ALARMS = [
    "Mentioned explicitly; its name is never said wrongly.",  # dev4
    # "Mentioned as a company with no mention in the EU AI Act." (held2) is quiet since session 11
]


@pytest.mark.parametrize("context,evidence", NOT_MENTIONED)
def test_not_mentioned_phrasings_are_found(context, evidence):
    found = _family(audit_text(_entity(context)), "not-mentioned")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("N201", "companies[0].context", evidence)]


QUIET_CONTEXTS = [
    "Mentioned, not merely implied.",                       # says the opposite
    "Not only mentioned but praised as the best lab.",      # "not only" is no denial
    "Discussed; the hosts did not mention its valuation.",  # a thing it has, not the entity
    "Named as Meta's partner; financial details not mentioned.",  # a thing that is no entity
    "The transcript never mentions the deal terms.",
    "Mentioned explicitly; the price was not discussed.",
    "Mentioned; the host did not bring up its valuation.",
    "Mentioned with its CEO, who was not named.",          # a relative clause on a thing it has
    "Discussed at length; its pricing was not part of the discussion.",
    # session 7: fresh dev and held-out probes of the core helper
    "Not mentioned as a competitor, but discussed as a partner.",   # a role it was not named in
    "Named as a rival; not mentioned as a customer, but named as a partner.",
    "The hosts discuss why it is not mentioned more often in the press.",  # outside the episode
    "Mentioned as an investor that was not named in the filing.",
    "Mentioned; no reference to its pricing was made.",             # a thing it has
    "Discussed, with no mention of its layoffs.",
    "Discussed in detail; no mention of layoffs was made.",         # a bare noun, no entity
    "Named by the guest; the deal value was not discussed.",        # two words after "the"
    "Mentioned as having no reference design.",                     # a noun compound
    "Mentioned, and its CEO's name is not mentioned.",
    "Mentioned; the speakers did not cite any numbers.",            # an object that is no entity
    "Mentioned as the employer of a guest who was not named.",      # a clause on another noun
]


@pytest.mark.parametrize("context", QUIET_CONTEXTS)
def test_statements_about_something_else_or_the_opposite_stay_quiet(context):
    assert _family(audit_text(_entity(context)), "not-mentioned") == []


@functools.lru_cache(maxsize=1)
def _session8_findings() -> dict[str, list]:
    """The not-mentioned findings of every session-8 context, each the one entity of its own episode,
    audited in one batch by one auditor (an auditor per case would take minutes)."""
    contexts = sorted({c for c, _ in NOT_MENTIONED_SESSION8} | set(QUIET_CONTEXTS_SESSION8) | set(KNOWN_FALSE_ALARMS))
    auditor = Auditor(Settings(select=["ALL"]))
    episodes = [parse_episode(_entity(c).encode("utf-8"), Episode(path=f"case{i}.md")) for i, c in enumerate(contexts)]
    return {c: _family(r.findings, "not-mentioned") for c, r in zip(contexts, auditor.audit_episodes(episodes))}


@pytest.mark.parametrize("context,evidence", NOT_MENTIONED_SESSION8)
def test_not_mentioned_session8_phrasings_are_found(context, evidence):
    found = _session8_findings()[context]
    assert [(f.rule, f.field, f.evidence) for f in found] == [("N201", "companies[0].context", evidence)]


@pytest.mark.parametrize("context", QUIET_CONTEXTS_SESSION8)
def test_session8_mentioned_or_other_statements_stay_quiet(context):
    assert _session8_findings()[context] == []


@pytest.mark.xfail(strict=True, reason="a held-out or dev context flagged though the entity was mentioned")
@pytest.mark.parametrize("context", KNOWN_FALSE_ALARMS)
def test_known_false_alarms(context):
    assert _session8_findings()[context] == []


# --- misspelling --------------------------------------------------------------------------------

MISSPELLED = [
    # a joined name of two words with one slip
    ("Hugginface hosts the weights.", "M303", "Hugginface", "Hugging Face"),
    # a hyphen inside a name of letters is an error, also at the start of a sentence
    ("Open-AI's board fired him.", "M301", "Open-AI", "OpenAI"),
    ("Hugging-Face hosts the weights.", "M302", "Hugging-Face", "Hugging Face"),
    # a known misspelling joined to its version number by a hyphen
    ("We fine-tuned Lama-3 on tickets.", "M301", "Lama", "Llama"),
    # G and J sound alike to ASR
    ("We talked about Jeoffrey Hinton for a while.", "M303", "Jeoffrey Hinton", "Geoffrey Hinton"),
    # words that share a hyphenated part of the name
    ("We talked about Fei Fei Lee for a while.", "M303", "Fei Fei Lee", "Fei-Fei Li"),
    # a possessive without its apostrophe, on a misspelled name
    ("Antrophics constitution approach is interesting.", "M303", "Antrophics", "Anthropic's"),
    ("Deep Seeks efficiency gains reset expectations.", "M301", "Deep Seeks", "DeepSeek's"),
    # session 7: fresh dev and held-out probes of the core helper
    # ASR sound-alikes: same sound key, same first two and last letters, two edits
    ("I think Gemnai is underrated.", "M303", "Gemnai", "Gemini"),
    ("Hugging Phase is where the weights live.", "M303", "Hugging Phase", "Hugging Face"),
    # a model word one slip off after the family's name
    ("Try Gemini Flahs for the cheap tier.", "M303", "Gemini Flahs", "Gemini Flash"),
    # the "AI" after an organisation's name in wrong casing
    ("Cohere Ai sells to enterprises.", "M302", "Cohere Ai", "Cohere AI"),
    # capitals spelled out, and a lowercase start before capitals
    ("Open A.I. changed its structure.", "M302", "Open A.I.", "OpenAI"),
    ("My mom uses Chat G P T for recipes.", "M302", "Chat G P T", "ChatGPT"),
    ("The openAI team published a paper.", "M302", "openAI", "OpenAI"),
    ("Everyone on the team uses chatGPT.", "M302", "chatGPT", "ChatGPT"),
    # a lowercase L for the capital i in a lowercase-led name
    ("xAl trained Grok on Colossus.", "M301", "xAl", "xAI"),
    # an organisation's own name before "Corporation" stays a misspelling
    ("Nvidea Corporation reported earnings.", "M303", "Nvidea", "Nvidia"),
    ("Everyone uses openai now.", "M302", "openai", "OpenAI"),   # no command before it
]


@pytest.mark.parametrize("text,rule,evidence,replacement", MISSPELLED)
def test_unseen_misspelling_shapes_are_found(text, rule, evidence, replacement):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.rule, f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        (rule, "quotes[0].text", evidence, replacement)]


QUIET_TEXTS = [
    "Dr. Lama Nachman leads the lab.",     # a title makes it a person's first name
    "Prof. Lama Nachman spoke.",
    "The Karpaty Mountains are in Poland.",  # a surname-like word that is part of another name
    "Sales force grew by a third.",         # two common words that may be meant
    "Pichu is a Pokemon.",                  # a name and "is": no possessive
    "Llamas graze on the hill.",            # an accepted name and "s": a plural
    "Qwen2.5-Coder-32B is good.",           # no fuzzy guess on the word before a number's hyphen
    "Lama Rod Owens teaches meditation.",   # a word that is also a name, before another name
    "We had tea at Lama Dog in Berlin.",
    "Gemini2 and Claude 3 and Llama-3 are written freely.",  # style next to a number stays quiet
    # session 7: fresh dev and held-out probes of the core helper
    "The Altmann family owns a bakery.",        # a surname after "the", before "family"
    "Patch by Filip Gruszczynski and Claudiu Popa.",  # sounds like Claude, ends otherwise
    "Alecs King fixed a typo.",
    "Codecs and Initial settings are documented.",    # English words: no sound-alike
    "Cerberus guards the underworld; Clyde and Imogen watched.",
    "Minstrel 3 is a game; Clyde 2 is a sequel.",    # English words before a number: no sound-alike
    "Friedman family money funds it.",               # a person has no "family" of models
    "Hugging faces is how babies bond.",
    "Gemini Flash is cheap; Gemini Pro is not.",
    "Gemini Fresh is a brand of soap.",               # an English word after the family name
    "We use iPhone and macOS builds.",                # an accepted lowercase start
    "Call getValue and setUp in the tests.",          # camel case that is no glossary name
    "The U.S. and the E.U. regulate AI.",             # spelled-out letters of no name
    "She studied at M.I.T. in Boston.",               # an acronym's letters with dots: a style
    "Run pip install openai anthropic first.",        # package and module names
    "Then import anthropic and call it.",
    "A Mid-journey break and Open-source code.",      # ordinary compounds
    "Qwin Industries makes bolts.",                   # a product's misspelling before an org's suffix word
    "Ai Weiwei is an artist.",                        # "Ai" after no organisation
]


@pytest.mark.parametrize("text", QUIET_TEXTS)
def test_names_of_other_things_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "misspelling") == []


def test_a_known_misspelling_before_a_word_of_a_glossary_name_stays_flagged():
    found = _family(audit_text(_quote("We made the Lama Scout and Maverick models certain sizes.")), "misspelling")
    assert [(f.rule, f.evidence) for f in found] == [("M301", "Lama")]


def test_a_short_english_word_as_entity_name_is_no_misspelling_without_a_number():
    quiet = audit_text(_entity("Fictional company used as an example.", name="Acme", confidence="high"))
    assert _family(quiet, "misspelling") == []
    # a short non-word name close to a glossary name stays flagged
    found = _family(audit_text(_entity("Open model family from Alibaba.", name="Qwem", confidence="high")),
                    "misspelling")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("M303", "companies[0].name", "Qwem")]


# --- attribution --------------------------------------------------------------------------------

WRONG_MAKER = [
    ("Phi-4, Google's small model, beats much larger ones.", "Phi-4, Google's small model"),
    ("Veo, OpenAI's video model, is impressive.", "Veo, OpenAI's video model"),
    ("OpenAI released Llama 4 last spring.", "OpenAI released Llama 4"),
    ("Gemma was unveiled by OpenAI.", None),
    ("Codex is Anthropic's coding agent.", "Codex is Anthropic's coding agent"),
    ("The H200, AMD's newest GPU, has 141 GB.", "H200, AMD's newest GPU"),
    # session 7: fresh dev and held-out probes of the core helper
    ("Mistral, Google's French model, is open weights.", "Mistral, Google's French model"),
    ("ChatGPT maker Google announced memory.", "ChatGPT maker Google"),
    ("Claude developer OpenAI raised money.", "Claude developer OpenAI"),
    ("Trainium chips from Google power Anthropic.", "Trainium chips from Google"),
    ("Anthropic's flagship, GPT-4o, is fast.", "Anthropic's flagship, GPT-4o"),
]


@pytest.mark.parametrize("text,evidence", WRONG_MAKER)
def test_wrong_maker_shapes_are_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [f.rule for f in found] == ["A401"]
    assert found[0].field == "quotes[0].text"
    if evidence is not None:
        assert found[0].evidence == evidence


RIGHT_OR_NO_CLAIM = [
    "Meta released Llama 4 in April.",
    "Amazon released Claude models on Bedrock.",       # a platform move, not the maker
    "Microsoft introduced Claude models in Copilot.",
    "Apple released ChatGPT integration in iOS 18.",   # a feature, not the product
    "Samsung launched Gemini Live on the Galaxy S25.",  # "launched": platforms launch others' models
    "Gemini, OpenAI's rival model, is multimodal.",    # a comparison
    "Claude is OpenAI's main competitor product.",
    "Codex is OpenAI's coding agent.",
    "Veo, Google's video model, is impressive.",
    "The H200, Nvidia's newest GPU, has 141 GB.",
    # session 7: fresh dev and held-out probes of the core helper
    "Mistral, the French lab, released Magistral.",
    "Gemini, Google's French model, is multilingual.",   # the right maker
    "ChatGPT maker OpenAI raised again.",
    "Mistral models from Azure and AWS are available.",  # a cloud serves others' models
    "Llama models from Azure run in our region.",
    "Google's rival model, Claude, is careful.",         # a comparison between
    "Anthropic's models, Claude and Gemini, were compared.",  # not one thing: a list
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_and_comparisons_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


ENTITY_WRONG_MAKER = [
    ("Grok", "Anthropic's chatbot with real-time access to X.", "Anthropic's chatbot"),
    ("Sora", "Google's text-to-video model.", "Google's text-to-video model"),
    ("Copilot", "An AI coding assistant by Amazon.", "assistant by Amazon"),
    ("Phi", "Small language model from Meta.", "model from Meta"),
    ("Copilot", "Google's coding service.", "Google's coding service"),  # "service" is a kind, no move
    ("Grok", "Chatbot from Anthropic integrated into X.", "Chatbot from Anthropic"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_context_naming_the_wrong_maker_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name=name, confidence="high")), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


ENTITY_RIGHT_MAKER = [
    ("GPT-4o", "Microsoft Azure model catalog listing."),              # a cloud: where it runs
    ("Claude", "Amazon Bedrock model for enterprise customers."),     # a platform: capitalised words between
    ("Claude", "OpenAI's rival model, per the guest."),                # a comparison
    ("Llama", "Meta's open model; hosted by Microsoft Azure and AWS."),
    ("Copilot", "Microsoft's coding assistant built on OpenAI models."),
    ("Gemini", "Google's text-to-video and chat model family."),
    ("Cursor", "Anysphere's editor; uses models from Anthropic and OpenAI."),  # what it runs on
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT_MAKER)
def test_entity_context_with_the_right_maker_or_no_claim_stays_quiet(name, context):
    assert _family(audit_text(_entity(context, name=name, confidence="high")), "attribution") == []


# --- mojibake -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,evidence,repaired", [
    ("ChatGPTâ„¢ and the future of search", "ChatGPTâ„¢", "ChatGPT™"),
    ("Water boils at 100â„ƒ.", "100â„ƒ", "100℃"),  # (not the full stop)
])
def test_letterlike_symbols_read_as_cp1252_are_mojibake(text, evidence, repaired):
    found = _family(audit_text(_quote(text)), "mojibake")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("U101", "quotes[0].text", evidence)]
    assert found[0].fix.applicability == "safe" and repr(repaired) in found[0].fix.description


def test_correct_letterlike_symbols_stay_quiet():
    assert _family(audit_text(_quote("ChatGPT™ at 100℃, № 5, and „quoted“ text.")), "mojibake") == []
