"""Session 48 (gloss48a): glossary names of cybersecurity (vendors, their AI products, red-teaming
tools, standards bodies and the people behind them), defence tech (makers, their drones, vessels
and aircraft, the people who run them) and education technology (tutors, detectors, platforms and
the labs' offers for schools): a misspelled name is found with the canonical fix, whether the
glossary lists that misspelling or only the fuzzy match finds it; a product, unit or executive tied
to the wrong firm is found and its own firm is quiet; the right spelling, and the ordinary words
that the new names are ("wiz", "tenable", "aardvark", "ghost shark") or sit close to ("fury",
"lattice", "brisk", "maven", "Epirus" the region), stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    ("Asaf Rappaport founded the cloud security company.", "Asaf Rappaport", "Assaf Rappaport"),
    ("Dark Trace sells AI for network defence.", "Dark Trace", "Darktrace"),
    ("Poppy Gustaffson ran the company until 2024.", "Poppy Gustaffson", "Poppy Gustafsson"),
    ("Cyber Ark protects privileged accounts.", "Cyber Ark", "CyberArk"),
    ("Z Scaler sells zero trust.", "Z Scaler", "Zscaler"),
    ("Jay Chaudry runs the company.", "Jay Chaudry", "Jay Chaudhry"),
    ("Auth Zero handles the logins.", "Auth Zero", "Auth0"),
    ("Mathew Prince runs Cloudflare.", "Mathew Prince", "Matthew Prince"),
    ("Synk scans the dependencies.", "Synk", "Snyk"),
    ("Rapid Seven scans the network.", "Rapid Seven", "Rapid7"),
    ("Splunck indexes the logs.", "Splunck", "Splunk"),
    ("Trend Mikro sells antivirus.", "Trend Mikro", "Trend Micro"),
    ("Hacker One runs the bug bounty.", "Hacker One", "HackerOne"),
    ("Chain Guard ships hardened images.", "Chain Guard", "Chainguard"),
    ("X-Bow topped the leaderboard.", "X-Bow", "XBOW"),
    ("Cortex XIAM runs the SOC.", "Cortex XIAM", "Cortex XSIAM"),
    ("Nikesh Arrora runs the company.", "Nikesh Arrora", "Nikesh Arora"),
    ("George Curtz runs the company.", "George Curtz", "George Kurtz"),
    ("SecPalm was tuned for security.", "SecPalm", "Sec-PaLM"),
    ("Garrack scans models for jailbreaks.", "Garrack", "Garak"),
    ("Prompt Foo red-teams the app.", "Prompt Foo", "Promptfoo"),
    ("Mitre Attack maps the tactics.", "Mitre Attack", "MITRE ATT&CK"),
    ("Owasp lists the top risks.", "Owasp", "OWASP"),
    ("Bruce Schnier wrote about it.", "Bruce Schnier", "Bruce Schneier"),
    ("Mikko Hyponen spoke about malware.", "Mikko Hyponen", "Mikko Hyppönen"),
    ("GhostShark dives deep.", "GhostShark", "Ghost Shark"),
    ("Brian Shimpf runs Anduril.", "Brian Shimpf", "Brian Schimpf"),
    ("Brandon Seng co-founded the company.", "Brandon Seng", "Brandon Tseng"),
    ("Maven Smart Systems picks targets.", "Maven Smart Systems", "Maven Smart System"),
    ("Gundbert Sherf co-founded the company.", "Gundbert Sherf", "Gundbert Scherf"),
    ("Saronik builds autonomous boats.", "Saronik", "Saronic"),
    ("Auterian makes drone software.", "Auterian", "Auterion"),
    ("Grippen is a Swedish fighter.", "Grippen", "Gripen"),
    ("Rhinemetall makes shells.", "Rhinemetall", "Rheinmetall"),
    ("Armin Paperger runs the company.", "Armin Paperger", "Armin Papperger"),
    ("Tekiver makes drones in Portugal.", "Tekiver", "Tekever"),
    ("Bayrakter TB2 flew over Ukraine.", "Bayrakter TB2", "Bayraktar TB2"),
    ("Lockheed Martian builds the jet.", "Lockheed Martian", "Lockheed Martin"),
    ("Northrup Grumman builds the bomber.", "Northrup Grumman", "Northrop Grumman"),
    ("L3 Harris builds radios.", "L3 Harris", "L3Harris"),
    ("Chat GPT Edu reached the campus.", "Chat GPT Edu", "ChatGPT Edu"),
    ("Chegg Mate answers questions.", "Chegg Mate", "CheggMate"),
    ("Jeff Maggiancalda ran the company.", "Jeff Maggiancalda", "Jeff Maggioncalda"),
    ("TurnItIn checks essays.", "TurnItIn", "Turnitin"),
    ("GPT Zero flags AI text.", "GPT Zero", "GPTZero"),
    ("Coarse Hero sells study guides.", "Coarse Hero", "Course Hero"),
    ("Quill Bot paraphrases text.", "Quill Bot", "QuillBot"),
    ("Priya Lakhanee founded the company.", "Priya Lakhanee", "Priya Lakhani"),
    ("Byju Ravindran founded the company.", "Byju Ravindran", "Byju Raveendran"),
    ("Squirel AI tutors children in China.", "Squirel AI", "Squirrel AI"),
    ("MacGraw Hill publishes textbooks.", "MacGraw Hill", "McGraw Hill"),
    ("Kahut runs the quiz.", "Kahut", "Kahoot"),
    ("Arman Jafer founded the company.", "Arman Jafer", "Arman Jaffer"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Darktrase sells AI security.", "Darktrase", "Darktrace"),
    ("Zscalar sells zero trust.", "Zscalar", "Zscaler"),
    ("Crowdstrike Falcon stopped the attack.", "Crowdstrike Falcon", "CrowdStrike Falcon"),
    ("Semgrepp scans code.", "Semgrepp", "Semgrep"),
    ("Saroniq builds autonomous boats.", "Saroniq", "Saronic"),
    ("Rheinmettal makes shells.", "Rheinmettal", "Rheinmetall"),
    ("Northrop Grummen builds bombers.", "Northrop Grummen", "Northrop Grumman"),
    ("Assaf Rapoport founded the company.", "Assaf Rapoport", "Assaf Rappaport"),
    ("Nikesh Aurora runs the company.", "Nikesh Aurora", "Nikesh Arora"),
    ("Bruce Schneir wrote the blog post.", "Bruce Schneir", "Bruce Schneier"),
    ("Brandon Tsheng co-founded the company.", "Brandon Tsheng", "Brandon Tseng"),
    ("Jeff Maggiocalda ran the company.", "Jeff Maggiocalda", "Jeff Maggioncalda"),
    ("GPTZerro flags AI text.", "GPTZerro", "GPTZero"),
    ("Turnittin checks essays.", "Turnittin", "Turnitin"),
    ("Unaccademy teaches online.", "Unaccademy", "Unacademy"),
    ("Todd McKinon runs the company.", "Todd McKinon", "Todd McKinnon"),
    ("Jay Chaudhary runs the company.", "Jay Chaudhary", "Jay Chaudhry"),
    ("Dino Mavrookus runs the company.", "Dino Mavrookus", "Dino Mavrookas"),
    ("Edward Tiann built the detector.", "Edward Tiann", "Edward Tian"),
    ("Epiruss makes microwave weapons.", "Epiruss", "Epirus"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, unit or executive tied to the wrong firm, its evidence, a quiet twin naming its own firm)
WRONG_MAKERS = [
    ("Microsoft's Aardvark finds bugs.", "Microsoft's Aardvark", "OpenAI's Aardvark finds bugs."),
    ("Google's PyRIT red-teams models.", "Google's PyRIT", "Microsoft's PyRIT red-teams models."),
    ("Microsoft's Garak scans models.", "Microsoft's Garak", "Nvidia's Garak scans models."),
    ("Google's LlamaFirewall guards agents.", "Google's LlamaFirewall", "Meta's LlamaFirewall guards agents."),
    ("Microsoft's Sec-PaLM was tuned for security.", "Microsoft's Sec-PaLM",
     "Google's Sec-PaLM was tuned for security."),
    ("CrowdStrike's Cortex XSIAM runs the SOC.", "CrowdStrike's Cortex XSIAM",
     "Palo Alto Networks' Cortex XSIAM runs the SOC."),
    ("Tenable's DeepCode AI fixes code.", "Tenable's DeepCode AI", "Snyk's DeepCode AI fixes code."),
    ("Splunk, owned by Microsoft, indexes logs.", "Splunk, owned by Microsoft",
     "Splunk, owned by Cisco, indexes logs."),
    ("Auth0, owned by Microsoft, handles logins.", "Auth0, owned by Microsoft",
     "Auth0, owned by Okta, handles logins."),
    ("George Kurtz, the CEO of SentinelOne, spoke.", "George Kurtz, the CEO of SentinelOne",
     "George Kurtz, the CEO of CrowdStrike, spoke."),
    ("Nikesh Arora, the CEO of Zscaler, spoke.", "Nikesh Arora, the CEO of Zscaler",
     "Nikesh Arora, the CEO of Palo Alto Networks, spoke."),
    ("Assaf Rappaport, the CEO of Snyk, spoke.", "Assaf Rappaport, the CEO of Snyk",
     "Assaf Rappaport, the CEO of Wiz, spoke."),
    ("Todd McKinnon, the CEO of CyberArk, spoke.", "Todd McKinnon, the CEO of CyberArk",
     "Todd McKinnon, the CEO of Okta, spoke."),
    ("Shield AI's Ghost Shark dives deep.", "Shield AI's Ghost Shark", "Anduril's Ghost Shark dives deep."),
    ("Anduril's X-BAT takes off vertically.", "Anduril's X-BAT", "Shield AI's X-BAT takes off vertically."),
    ("Anduril's Maven Smart System picks targets.", "Anduril's Maven Smart System",
     "Palantir's Maven Smart System picks targets."),
    ("Anduril's HX-2 strikes targets.", "Anduril's HX-2", "Helsing's HX-2 strikes targets."),
    ("Lockheed Martin's MQ-9 Reaper flies long missions.", "Lockheed Martin's MQ-9 Reaper",
     "General Atomics' MQ-9 Reaper flies long missions."),
    ("General Atomics' YFQ-44A flew in 2025.", "General Atomics' YFQ-44A", "Anduril's YFQ-44A flew in 2025."),
    ("Rheinmetall's Gripen flies in Sweden.", "Rheinmetall's Gripen", "Saab's Gripen flies in Sweden."),
    ("Saab's Bayraktar TB2 flew over Ukraine.", "Saab's Bayraktar TB2",
     "Baykar's Bayraktar TB2 flew over Ukraine."),
    ("Teal Drones, owned by Skydio, builds drones.", "Teal Drones, owned by Skydio",
     "Teal Drones, owned by Red Cat Holdings, builds drones."),
    ("Brian Schimpf, the CEO of Shield AI, spoke.", "Brian Schimpf, the CEO of Shield AI",
     "Brian Schimpf, the CEO of Anduril, spoke."),
    ("Dino Mavrookas, the CEO of Anduril, spoke.", "Dino Mavrookas, the CEO of Anduril",
     "Dino Mavrookas, the CEO of Saronic, spoke."),
    ("Armin Papperger, the CEO of Saab, spoke.", "Armin Papperger, the CEO of Saab",
     "Armin Papperger, the CEO of Rheinmetall, spoke."),
    ("Adam Bry, the CEO of Auterion, spoke.", "Adam Bry, the CEO of Auterion", "Adam Bry, the CEO of Skydio, spoke."),
    ("Anthropic's ChatGPT Edu reached campuses.", "Anthropic's ChatGPT Edu",
     "OpenAI's ChatGPT Edu reached campuses."),
    ("OpenAI's Claude for Education reached campuses.", "OpenAI's Claude for Education",
     "Anthropic's Claude for Education reached campuses."),
    ("Microsoft's Gemini for Education reached schools.", "Microsoft's Gemini for Education",
     "Google's Gemini for Education reached schools."),
    ("Quizlet's CheggMate answers questions.", "Quizlet's CheggMate", "Chegg's CheggMate answers questions."),
    ("Chegg's Coursera Coach answers questions.", "Chegg's Coursera Coach",
     "Coursera's Coursera Coach answers questions."),
    ("Course Hero, owned by Chegg, sells study guides.", "Course Hero, owned by Chegg",
     "Course Hero, owned by Learneo, sells study guides."),
    ("Udacity, owned by Coursera, teaches coding.", "Udacity, owned by Coursera",
     "Udacity, owned by Accenture, teaches coding."),
    ("Edward Tian, the CEO of Turnitin, spoke.", "Edward Tian, the CEO of Turnitin",
     "Edward Tian, the CEO of GPTZero, spoke."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other people's names beside them
QUIET = [
    "She is a wiz at maths, and the Wiz Khalifa concert sold out.",
    "The Wiz is a musical, and Wix builds websites.",
    "The fury of the crowd grew, and Tyson Fury boxed again.",
    "A lattice of steel held the roof, and lattice-based cryptography resists quantum attacks.",
    "We took a brisk walk before lunch.",
    "The Socratic method works in class.",
    "She is a maven of marketing.",
    "Pyrrhus of Epirus won costly battles, and the region of Epirus is mountainous.",
    "The Saronic Gulf is near Athens, and Saronic builds autonomous boats.",
    "A ghost shark lives in the deep sea.",
    "An aardvark ate the ants.",
    "That position is not tenable, and Tenable sells exposure management.",
    "The abnormal security readings worried the team.",
    "The study is a strong proof point for the thesis.",
    "Turn it in by Friday, and Turnitin checks for plagiarism.",
    "The mitre joint was cut with a mitre saw.",
    "A red cat sat on the mat, and a teal drone flew past.",
    "Quantum systems decohere quickly.",
    "He hit the checkpoint, and the model checkpoint was saved.",
    "A sneak attack followed.",
    "We used a vector database.",
    "The 21st-century tech economy grew, and Century Tech personalises lessons.",
    "Pyrite is fool's gold.",
    "Trey Stephens and Brian Krebs spoke.",
    "The Gripen is a Swedish fighter built by Saab.",
    "The Wiz team spoke, and a wiz kid won.",
    "Wiz was founded by Assaf Rappaport and Ami Luttwak.",
    "Darktrace, CyberArk, Zscaler, Okta and Auth0 sell security.",
    "Palo Alto Networks sells Cortex XSIAM and Prisma AIRS, and Nikesh Arora runs it.",
    "CrowdStrike makes CrowdStrike Falcon and Charlotte AI, and George Kurtz runs it.",
    "Snyk, Semgrep and Chainguard secure code, and HackerOne and Bugcrowd run bug bounties.",
    "Garak from Nvidia, PyRIT from Microsoft and Promptfoo red-team models.",
    "MITRE maintains MITRE ATT&CK and MITRE ATLAS, and OWASP lists the top risks.",
    "Anduril makes the YFQ-44A, Ghost Shark and Dive-LD, and Palmer Luckey founded it.",
    "Shield AI makes the V-BAT and X-BAT, and Brandon Tseng co-founded it.",
    "Palantir sells the Maven Smart System, and Shyam Sankar is its CTO.",
    "Helsing makes the HX-2 and the CA-1 Europa, and Gundbert Scherf co-founded it.",
    "General Atomics makes the MQ-9 Reaper and the YFQ-42A.",
    "Rheinmetall, Saab, Lockheed Martin, Northrop Grumman, BAE Systems and L3Harris build weapons.",
    "Baykar makes the Bayraktar TB2, and Selçuk Bayraktar runs it.",
    "Skydio makes the Skydio X10, and Adam Bry runs it.",
    "Auterion, founded by Lorenz Meier, builds drone software, and Tekever makes drones in Portugal.",
    "Teal Drones is part of Red Cat Holdings.",
    "OpenAI sells ChatGPT Edu, Anthropic sells Claude for Education and Google offers Gemini for Education.",
    "Chegg built CheggMate, Coursera built Coursera Coach and Quizlet built Q-Chat.",
    "GPTZero was built by Edward Tian, and Turnitin detects AI writing.",
    "Learneo owns Course Hero and QuillBot.",
    "Century Tech was founded by Priya Lakhani, and Byju Raveendran founded Byju's.",
    "Squirrel AI, edX, Udacity, McGraw Hill, PowerSchool, Kahoot, Brainly and Unacademy sell learning.",
    "Dan Rosensweig ran Chegg, and Jeff Maggioncalda ran Coursera.",
    "Bruce Schneier, Mikko Hyppönen, Jen Easterly and Johann Rehberger spoke.",
    "Matthew Prince and Michelle Zatlyn founded Cloudflare, and Cloudflare One secures networks.",
    "Poppy Gustafsson ran Darktrace, and Kevin Mandia founded Mandiant.",
    "Jay Chaudhry runs Zscaler, Todd McKinnon runs Okta and Tomer Weingarten runs SentinelOne.",
    "Google Security Operations and Google Threat Intelligence use Sec-PaLM, and Heather Adkins leads security at Google.",
    "OpenAI's Aardvark finds bugs, and Meta's LlamaFirewall guards agents.",
    "XBOW topped the leaderboard, Dropzone AI triages alerts and Mindgard red-teams models.",
    "Splunk is part of Cisco, Rapid7 and Tenable scan for vulnerabilities, and Proofpoint filters email.",
    "Trend Micro and Sophos sell antivirus, and Abnormal Security stops phishing.",
    "Arman Jaffer founded Brisk Teaching, and Trae Stephens and Brian Schimpf lead Anduril.",
    "Dino Mavrookas runs Saronic, Armin Papperger runs Rheinmetall and Ryan Tseng runs Shield AI.",
    "Epirus makes the Leonidas microwave weapon.",
    "Raytheon makes missiles, and DeepCode AI is Snyk's engine.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
