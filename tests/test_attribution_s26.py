"""Attribution: a release's reception is no platform, a model's size word after
a family ending in a digit, where a product began, org contexts (whose, a firm's description, a
foundry), adverbs in relative clauses, and a maker's list of its models item by item."""
import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, quote_episode, summary_episode, title_episode


def _attribution(text):
    return [(f.rule, f.field, f.evidence) for f in audit_text(text, select=("attribution",))]


# (episode builder, a wrong claim, its evidence, a quiet twin: right, or no claim of making)
PAIRS = [
    # a release "to" how it was received, or to researchers, is the maker's own; to customers a platform's
    (summary_episode, "AlphaFold, which Meta released to a lot of fanfare, changed biology.", "AlphaFold, which Meta released",
     "Amazon released Claude 3.5 Sonnet to Bedrock customers in June."),
    (summary_episode, "Anthropic unveiled GPT-4o to mixed reviews.", "Anthropic unveiled GPT-4o",
     "Microsoft released Phi-3 to a lot of fanfare, claiming GPT-3.5-level quality."),
    (summary_episode, "Mistral released Llama 3.1 to wide acclaim.", "Mistral released Llama 3.1",
     "Google DeepMind released AlphaFold 3 to academic researchers with restrictions."),
    (quote_episode, "Gemma, which OpenAI released to the open-source community, is small.", "Gemma, which OpenAI released",
     "When Google released Gemma to researchers for free, we jumped on it."),
    (title_episode, "Meta Launches Gemini 2.0 for the Agentic Era", "Meta Launches Gemini 2.0",
     "Microsoft Launches Llama 3 for Azure Customers"),
    # where a product began
    (summary_episode, "Mistral Small originated at Cohere before the spin-out.", "Mistral Small originated at Cohere",
     "Claude originated at Anthropic."),
    (summary_episode, "Phi-4 was born at Google's research lab.", "Phi-4 was born at Google",
     "The idea behind Claude originated at OpenAI."),
    (quote_episode, "Grok emerged from Anthropic's research on long context.", "Grok emerged from Anthropic",
     "Grok emerged from xAI's push for fewer guardrails."),
    # an adverb of time before a relative clause's verb; a platform's move stays quiet
    (summary_episode, "Llama, which Google first released in 2023, is open.", "Llama, which Google first released",
     "Claude, which Amazon just made available on Bedrock, is good."),
    (quote_episode, "so Gemini, which OpenAI just shipped, is supposedly better", "Gemini, which OpenAI just shipped",
     "Llama, which Microsoft then shipped in Azure, is good."),
    # a maker's list of its models, item by item; a cloud's owner lists its catalogue
    (summary_episode, "OpenAI's models, including GPT-4o and Gemini, lead the charts.",
     "OpenAI's models, including GPT-4o and Gemini", "Microsoft's models include GPT-4o and Phi-4."),
    (summary_episode, "Meta's open models like Llama and Qwen power many startups.", "Meta's open models like Llama and Qwen",
     "Amazon's models include Claude and Llama."),
    (summary_episode, "Google DeepMind's models include Gemini and Claude.", "Google DeepMind's models include Gemini and Claude",
     "Google's models include Claude and Gemini."),
]


@pytest.mark.parametrize("build,wrong,evidence,right", PAIRS)
def test_wrong_maker_found_and_twin_quiet(build, wrong, evidence, right):
    assert [e for _, _, e in _attribution(build(wrong))] == [evidence]
    assert _attribution(build(right)) == []


def test_size_word_after_a_family_ending_in_a_digit():
    """'o3-mini' is a model of the o3 family: its context's wrong maker is found."""
    found = _attribution(llm_entity_episode("o3-mini", "Small reasoning model developed by Anthropic, used for math tasks."))
    assert found == [("A402", "companies[0].context", "developed by Anthropic")]
    assert _attribution(llm_entity_episode("o3-mini", "Small reasoning model from OpenAI.")) == []


@pytest.mark.parametrize("name,context,evidence,quiet", [
    ("Google", "Tech giant whose Claude models compete with GPT-4.", "whose Claude",
     [("Amazon", "Retail giant whose cloud hosts Claude."), ("Microsoft", "Tech giant whose Azure cloud hosts GPT-4."),
      ("Microsoft", "Investor in OpenAI, whose GPT models power Copilot.")]),
    ("Alibaba", "Chinese tech giant behind the Qwen and Kimi models.", "Chinese tech giant behind the Qwen and Kimi",
     [("Alibaba", "Chinese tech giant behind the Qwen models.")]),
    ("Intel", "Chip maker that makes the H100.", "Chip maker that makes the H100",
     [("Samsung", "Phone maker whose Galaxy phones run Gemini.")]),
    # "produces" of a model or an AI lab's product; hardware may be produced for its maker
    ("Meta", "Lab that produces the Claude models.", "Lab that produces the Claude",
     [("Foxconn", "Manufacturer that produces the GB200 NVL72 racks."),
      ("Nvidia", "GPU maker; produces the H100, Blackwell and TPU chips.")]),
])
def test_org_context_names_it_the_maker(name, context, evidence, quiet):
    assert [e for _, _, e in _attribution(llm_entity_episode(name, context))] == [evidence]
    for q_name, q_context in quiet:
        assert _attribution(llm_entity_episode(q_name, q_context)) == []


def test_foundry_makes_others_chips():
    """A foundry's context that makes others' chips is manufacture; a design claim is still judged."""
    assert _attribution(llm_entity_episode("TSMC", "Contract chipmaker; makes the H100 and the M4 chips.")) == []
    assert [e for _, _, e in _attribution(llm_entity_episode("TSMC", "Foundry that designed the H100."))] == \
        ["Foundry that designed the H100"]


def test_findings_point_at_the_field():
    text = episode_text('title: x\nsummary: "AlphaFold, which Meta released to a lot of fanfare, changed biology."\n')
    assert [(r, f) for r, f, _ in _attribution(text)] == [("A401", "summary")]


@pytest.mark.parametrize("wrong,evidence,right", [
    # an apposition's noun before "owned by"
    ("ElevenLabs, the voice startup owned by Microsoft, released a new model.",
     "ElevenLabs, the voice startup owned by Microsoft", "Anthropic, the startup partly owned by Google, released Claude."),
    ("Mistral AI, the French lab owned by Microsoft, released Codestral.",
     "Mistral AI, the French lab owned by Microsoft", "GitHub, the code host owned by Microsoft, added agents."),
    # a relative clause of owning, the owner its subject; the verb ends the clause
    ("Groq, the chip startup that Google owns, is serving Llama.", "Groq, the chip startup that Google owns",
     "Anthropic, which Google owns a stake in, released Claude."),
    ("Groq, which Google owns, is serving Llama.", "Groq, which Google owns", "Groq, which Nvidia owns, is serving Llama."),
])
def test_independent_org_said_owned(wrong, evidence, right):
    assert [e for _, _, e in _attribution(summary_episode(wrong))] == [evidence]
    assert _attribution(summary_episode(right)) == []


@pytest.mark.parametrize("right", [
    "Amazon released Claude to researchers through Bedrock.",
    "Microsoft released Llama 2 to researchers on Azure.",
    "Google released Claude to the research community via Vertex AI.",
])
def test_release_to_researchers_on_a_platform_is_the_platforms(right):
    """A release to researchers is the maker's own only where no platform follows it; with its
    wrong twin, which the platform's words leave a claim."""
    assert _attribution(summary_episode("Meta released Gemma to researchers with a custom license.")) == \
        [("A401", "summary", "Meta released Gemma")]
    assert _attribution(summary_episode(right)) == []


def test_origin_in_a_makers_alumni_is_no_claim():
    """Where a product began names its maker; the people who left a firm are not the firm."""
    assert _attribution(summary_episode("Claude emerged from OpenAI alumni who founded Anthropic.")) == []
    assert _attribution(summary_episode("Grok emerged from Anthropic.")) == [("A401", "summary", "Grok emerged from Anthropic")]


@pytest.mark.parametrize("denied", ["It's not like OpenAI built Gemini or anything.", "It isn't as if Meta made Claude."])
def test_spoken_denial_before_a_claim(denied):
    """'It's not like X built Y' denies the claim; without the denial it stands."""
    assert _attribution(quote_episode(denied)) == []
    assert [e for _, _, e in _attribution(quote_episode(denied.replace("not like", "like").replace("isn't as if", "is as if")))]
