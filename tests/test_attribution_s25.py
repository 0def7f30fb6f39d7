"""Attribution shapes that a held-out set of independently phrased claims missed or misread: a
comparison's verb before "Y from X"; "X launched its Y" of any maker; "the X model Y" of a company
the glossary knows no model of; "X's models, including Y" and "X models like Y"; a context's
"SDK from X"; a summary's bullet under a product's bold label read as the product's description;
an owner after a deal (rules/attribution.yaml `owners`) in an acquisition or a description; an
apposition after a user's "run"; newer glossary products. Each found case has a quiet twin."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, quote_episode, summary_episode


def _quote(text: str):
    return [(f.rule, f.field, f.evidence) for f in audit_text(quote_episode(text), select=("A4",))]


def _summary(text: str):
    return [(f.rule, f.field, f.evidence) for f in audit_text(summary_episode(text), select=("A4",))]


def _entity(name: str, context: str):
    return [(f.rule, f.field, f.evidence) for f in audit_text(llm_entity_episode(name, context), select=("A4",))]


# (a wrong claim, its evidence, a quiet twin: a right maker, a move, a relation or a platform's)
PAIRS = [
    # a comparison leaves "from" the product's origin; a move ends there
    ("Let's compare Magistral from Cohere against o3 on math.", "Magistral from Cohere",
     "They moved to Magistral from Cohere last year."),
    ("Compare Jamba from Nvidia with Mamba-only models.", "Jamba from Nvidia",
     "We compared Magistral from Mistral AI against o3 on math."),
    # the maker's own possessive after a verb of bringing out, whatever the maker's kind
    ("Nvidia rolled out its Codestral model last week.", "Nvidia rolled out its Codestral",
     "Samsung rolled out its Gemini Live feature to Galaxy phones."),
    ("Salesforce launched its Copilot Studio agents in March.", "Salesforce launched its Copilot Studio",
     "Microsoft rolled out its GPT-5 upgrade to Copilot."),
    # the maker named outright as a model's, though the glossary knows no model of it
    ("I'd call the Oracle model Jamba underrated.", "Oracle model Jamba", "the Samsung phone Galaxy S25 is thin"),
    # examples of a lab's models
    ("Anthropic's models, including Mixtral, are fast.", "Anthropic's models, including Mixtral",
     "Anthropic's models, like Google's Gemini, read images."),
    ("Cohere models like Phi-4 run on a laptop.", "Cohere models like Phi-4", "Google models like Gemma are tiny."),
    ("Models from OpenAI such as Gemma run anywhere.", "OpenAI such as Gemma", "Amazon models like Claude are on Bedrock."),
    # an apposition after a user's "run" still names the maker, a platform's "hosts" makes it none
    ("You can run Phi-4, Google's small model, on a phone.", "Phi-4, Google's small model",
     "Bedrock hosts Llama, Amazon's most popular model."),
    # newer glossary products
    ("Google's BitNet runs on plain CPUs.", "Google's BitNet", "Microsoft's BitNet runs on plain CPUs."),
    ("MedGemma, from Meta, reads X-rays.", "MedGemma, from Meta", "Google DeepMind's MedGemma reads X-rays."),
    # an acquisition by a firm recorded as the owner after a deal is right
    ("Oracle bought Windsurf after the Google deal fell apart.", "Oracle bought Windsurf",
     "Cognition acquired Windsurf last summer."),
    # a platform's upgrade to another's model is a relation
    ("Microsoft's Gemma models are small.", "Microsoft's Gemma",
     "Microsoft's GPT-5 upgrade reached Copilot users."),
]


@pytest.mark.parametrize("text,evidence,twin", PAIRS)
def test_a_wrong_maker_s25_is_found_and_its_twin_is_quiet(text, evidence, twin):
    assert _quote(text) == [("A401", "quotes[0].text", evidence)]
    assert _quote(twin) == []


LABELLED = [
    ("*   **Codestral:** Anthropic's code model, praised for autocomplete.", "Anthropic's code model",
     "*   **Codestral:** Mistral AI's code model, compared with OpenAI's Codex."),
    ("*   **Llama 4:** Developed by Google, mentioned for its long context.", "Developed by Google",
     "*   **Llama 4:** Meta's open model, hosted on AWS Bedrock and Microsoft Azure."),
    ("- **Gemma 3:** An OpenAI model the guest runs locally.", "An OpenAI model",
     "*   **Copilot:** Microsoft's assistant built on OpenAI's GPT models."),
    ("1. **DeepSeek-R1:** Reasoning model from Alibaba.", "model from Alibaba",
     "*   **Sonar:** Perplexity's model built on Meta's Llama."),
    ("*   **Veo 3:** Video model released by OpenAI.", "released by OpenAI",
     "*   **Bedrock:** AWS service offering Claude, Llama and Mistral models."),
    ("*   **Kimi K2:** Open model from Zhipu AI.", "model from Zhipu AI",
     "*   **Windsurf:** Code editor, now owned by Cognition."),
    ("*   **Phi-4:** Google's small language model.", "Google's small language model",
     "*   **OpenAI:** Mentioned for its reasoning models."),
]


@pytest.mark.parametrize("text,evidence,twin", LABELLED)
def test_a_bold_label_bullet_naming_the_wrong_maker_is_found(text, evidence, twin):
    def summary(bullet):
        return f"## Summary\n\n*   **Mark Zuckerberg:** The central figure.\n\n{bullet}\n\n*   **Scale AI:** A sponsor."
    assert _summary(summary(text)) == [("A401", "summary", evidence)]
    assert _summary(summary(twin)) == []


def test_a_label_claim_found_by_the_text_shapes_is_reported_once():
    assert _summary("**Gemma:** developed by OpenAI.\n*   **Codestral:** Anthropic's code model.") == [
        ("A401", "summary", "Gemma:** developed by OpenAI"), ("A401", "summary", "Anthropic's code model")]


def test_a_bold_label_finding_fixes_the_maker_in_place():
    text = "*   **Codestral:** Anthropic's code model."
    [f] = [f for f in audit_text(summary_episode(text), select=("A4",))]
    assert f.fix is not None and [e.replacement for e in f.fix.edits] == ["Mistral AI"]
    src = summary_episode(text)
    edit = f.fix.edits[0]
    assert src[edit.start:edit.end] == "Anthropic"


def test_a_context_names_an_sdk_from_the_wrong_maker():
    assert _entity("Semantic Kernel", "Orchestration SDK from Google.") == [
        ("A402", "companies[0].context", "SDK from Google")]
    assert _entity("Semantic Kernel", "Orchestration SDK from Microsoft, used with OpenAI models.") == []


def test_a_context_names_the_owner_after_a_deal():
    assert _entity("Windsurf", "AI code editor, now owned by Cognition.") == []
    assert _entity("Windsurf", "Cognition's AI code editor.") == []
    assert _entity("Windsurf", "AI code editor built by Cognition.") == [
        ("A402", "companies[0].context", "built by Cognition")]


# (a wrong claim, its evidence, a quiet twin), in shapes of headlines, adverbs, compounds and beliefs
PAIRS2 = [
    # a headline's purpose of competing after a launch
    ("Nvidia Launches MI325X To Take On AMD", "Nvidia Launches MI325X", "Microsoft Launches GPT-5 To Azure Customers"),
    # an adverb before the participle
    ("Keras, initially developed at Meta, is now part of TensorFlow.", "Keras, initially developed at Meta",
     "Keras, initially developed at Google, is now part of TensorFlow."),
    ("Codestral, first released by Cohere, writes code.", "Codestral, first released by Cohere",
     "Codestral, first released by Mistral AI, writes code."),
    # a demonym compound before the kind
    ("Pixtral, Google's French-made vision model, reads charts.", "Pixtral, Google's French-made vision model",
     "Pixtral, Mistral AI's French-made vision model, reads charts."),
    # what a developer takes from a maker
    ("TensorRT containers from AMD speed up inference.", "TensorRT containers from AMD",
     "TensorRT containers from Nvidia speed up inference."),
    # a device runs what its maker's possessive names; a platform's "runs" is no claim
    ("Most Android phones run Apple's Snapdragon chips.", "Apple's Snapdragon",
     "Azure runs Amazon's Claude instances for a few customers."),
    # a headline's maker noun
    ("Meta, Maker of Gemma, Opens a Paris Lab", "Meta, Maker of Gemma", "Google, Maker of Gemma, Opens a Paris Lab"),
    # a product line, a CPU, a package
    ("Xeon, AMD's server CPU line, lost share.", "Xeon, AMD's server CPU", "EPYC, AMD's server CPU line, won share."),
    ("Autopilot, Waymo's driver-assist package, is supervised.", "Autopilot, Waymo's driver-assist package",
     "Autopilot, Tesla's driver-assist package, is supervised."),
    # others' beliefs are reported, not claimed; the speaker's own hedge still claims
    ("I think Amazon made Gemini.", "Amazon made Gemini", "People assume Amazon made Gemini because it runs on Bedrock."),
    ("Honestly, Google built Claude.", "Google built Claude", "Many mistakenly think Google built Claude."),
]


@pytest.mark.parametrize("text,evidence,twin", PAIRS2)
def test_a_wrong_maker_s25b_is_found_and_its_twin_is_quiet(text, evidence, twin):
    assert _quote(text) == [("A401", "quotes[0].text", evidence)]
    assert _quote(twin) == []


def test_a_context_names_a_product_line_of_the_wrong_maker():
    assert _entity("Snapdragon", "Phone processor line from MediaTek.") == [
        ("A402", "companies[0].context", "line from MediaTek")]
    assert _entity("Snapdragon", "Phone processor line from Qualcomm.") == []
    assert _entity("HyperCLOVA X", "Kakao's Korean-language model.") == [
        ("A402", "companies[0].context", "Kakao's Korean-language model")]
    assert _entity("HyperCLOVA X", "Naver's Korean-language model.") == []


def test_kind_words_agree_between_appositions_contexts_and_labels():
    # an apposition's kinds a context or a bold label may call the product too
    assert _summary("*   **Llama Guard:** Google's classifier for unsafe prompts.") == [
        ("A401", "summary", "Google's classifier")]
    assert _summary("*   **Llama Guard:** Meta's classifier for unsafe prompts.") == []
    assert _entity("EVI", "Cohere's voice interface for empathic agents.") == [
        ("A402", "companies[0].context", "Cohere's voice interface")]
    # a maker whose name ends in "s" with a bare apostrophe
    assert _entity("Eleven v3", "Databricks' text-to-speech model.") == [
        ("A402", "companies[0].context", "Databricks' text-to-speech model")]
    assert _entity("Eleven v3", "ElevenLabs' text-to-speech model.") == []
    assert _quote("Project Rainier is Google's giant cluster for Anthropic.") == [
        ("A401", "quotes[0].text", "Project Rainier is Google's giant cluster")]
    assert _quote("Project Rainier is Amazon's giant cluster for Anthropic.") == []
    assert _quote("GB200 superchips, from Intel, pair a CPU with GPUs.") == [
        ("A401", "quotes[0].text", "GB200 superchips, from Intel")]
    assert _quote("GB200 superchips, from Nvidia, pair a CPU with GPUs.") == []


def test_a_release_from_a_maker_and_a_maker_named_through_another():
    assert _quote("Mixtral, the newest release from Cohere, is sparse.") == [
        ("A401", "quotes[0].text", "Mixtral, the newest release from Cohere")]
    assert _quote("Mixtral, the newest release from Mistral AI, is sparse.") == []
    # the org named after a possessive of a relation is the maker ("Microsoft's partner Meta")
    assert _quote("Llama, a model by Microsoft's partner Meta, is open.") == []
    assert _quote("Llama, a model by Microsoft, is open.") == [("A401", "quotes[0].text", "Llama, a model by Microsoft")]


# (a wrong claim, its evidence, a quiet twin) of relative clauses and a speaker's own running
PAIRS3 = [
    ("we actually run most things on Phi-4, which is the Google small model, locally",
     "Phi-4, which is the Google small model", "Azure runs Phi-4, which is the Microsoft small model, for customers"),
    ("Imagen, the image model Meta trained on licensed photos, is sharp.", "Imagen, the image model Meta trained on licensed photos",
     "the A100 chips Meta trained on are old"),
    ("The Gemma models Microsoft put out made small models popular.", "Gemma models Microsoft put out",
     "The Gemma models Google put out made small models popular."),
    ("The host compares the Cohere model Codestral and Codex.", "Cohere model Codestral",
     "The host compares the Mistral AI model Codestral and Codex."),
]


@pytest.mark.parametrize("text,evidence,twin", PAIRS3)
def test_a_wrong_maker_s25c_is_found_and_its_twin_is_quiet(text, evidence, twin):
    assert _quote(text) == [("A401", "quotes[0].text", evidence)]
    assert _quote(twin) == []
