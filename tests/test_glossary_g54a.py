"""Session 54 (g54a): glossary names of AI in cybersecurity and defence tech (Palo Alto Networks'
platforms, units and acquired firms, CrowdStrike's and SentinelOne's, Microsoft's and Google's
security products and people, Cisco, Fortinet and Zscaler, email, identity and deepfake security,
SOC and exposure platforms, AI-security start-ups; Anduril's units and systems, Palantir, Scale AI,
Shield AI, Helsing, Europe's and America's drone and missile start-ups) and the people behind them:
a misspelled name is found with the canonical fix, whether the glossary lists that misspelling or
only the fuzzy match finds it; a product, unit, acquired firm or leader tied to the wrong firm is
found and its own firm is quiet; the right spelling, and the ordinary words that the new names are or
sit close to ("a red canary", "the huntress", "lacework", "prompt security", "an arctic wolf",
"a switchblade", "Protein AI", "Ben Coleman", "In June" beside Intune, "One Password", "Get Real"),
stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    # Palo Alto Networks
    ("CortexCloud protects the workloads.", "CortexCloud", "Cortex Cloud"),
    ("Prizma Cloud scans the containers.", "Prizma Cloud", "Prisma Cloud"),
    ("Cortex XTR stops the attack.", "Cortex XTR", "Cortex XDR"),
    ("Cortex XSore runs the playbooks.", "Cortex XSore", "Cortex XSOAR"),
    ("Cortex Agentics runs security agents.", "Cortex Agentics", "Cortex AgentiX"),
    ("Prisma Sassy secures the branch offices.", "Prisma Sassy", "Prisma SASE"),
    ("Unit Forty-Two tracked the ransomware gang.", "Unit Forty-Two", "Unit 42"),
    ("Protekt AI scans models for malware.", "Protekt AI", "Protect AI"),
    ("Model Skan checks the weights.", "Model Skan", "ModelScan"),
    ("Tallon Cyber Security built a browser.", "Tallon Cyber Security", "Talon Cyber Security"),
    ("Neer Zuk founded the firewall company.", "Neer Zuk", "Nir Zuk"),
    ("Lee Clarich runs product.", "Lee Clarich", "Lee Klarich"),
    # CrowdStrike and SentinelOne
    ("Falcon Flecks changed the licensing.", "Falcon Flecks", "Falcon Flex"),
    ("Falcon Log Scale stores the logs.", "Falcon Log Scale", "Falcon LogScale"),
    ("Humeo built a log database.", "Humeo", "Humio"),
    ("Michael Sentonis is the president.", "Michael Sentonis", "Michael Sentonas"),
    ("Elia Zaitzev is the CTO.", "Elia Zaitzev", "Elia Zaitsev"),
    ("Itamar Gollan founded the start-up.", "Itamar Gollan", "Itamar Golan"),
    ("Obserbo AI routes telemetry.", "Obserbo AI", "Observo AI"),
    # Microsoft
    ("Microsoft Defendor blocked the malware.", "Microsoft Defendor", "Microsoft Defender"),
    ("Microsoft Sentinal collects the logs.", "Microsoft Sentinal", "Microsoft Sentinel"),
    ("Microsoft Intra manages identities.", "Microsoft Intra", "Microsoft Entra"),
    ("Microsoft Perview labels the data.", "Microsoft Perview", "Microsoft Purview"),
    ("Microsoft InTune manages the phones.", "Microsoft InTune", "Microsoft Intune"),
    ("Vasu Jakal leads the security business.", "Vasu Jakal", "Vasu Jakkal"),
    ("Igor Tsiganskiy is the security chief.", "Igor Tsiganskiy", "Igor Tsyganskiy"),
    ("Mark Rusinovich is the cloud CTO.", "Mark Rusinovich", "Mark Russinovich"),
    # Google
    ("Virus Total scans files.", "Virus Total", "VirusTotal"),
    ("OSS Fuzz fuzzes open-source code.", "OSS Fuzz", "OSS-Fuzz"),
    ("Sec Gemini answers security questions.", "Sec Gemini", "Sec-Gemini"),
    ("Google Unify Security joins the tools.", "Google Unify Security", "Google Unified Security"),
    ("Sandra Joice leads threat intelligence.", "Sandra Joice", "Sandra Joyce"),
    ("Charles Karmakal responds to incidents.", "Charles Karmakal", "Charles Carmakal"),
    ("John Hultquest is the chief analyst.", "John Hultquest", "John Hultquist"),
    ("Royal Hanssen leads security engineering.", "Royal Hanssen", "Royal Hansen"),
    # Wiz, Cisco, Fortinet, Zscaler
    ("Whiz Defend detects cloud threats.", "Whiz Defend", "Wiz Defend"),
    ("Yinon Kostica co-founded the company.", "Yinon Kostica", "Yinon Costica"),
    ("Roy Resnik co-founded the company.", "Roy Resnik", "Roy Reznik"),
    ("Sisco AI Defense guards the models.", "Sisco AI Defense", "Cisco AI Defense"),
    ("FoundationSec-8B is an open security model.", "FoundationSec-8B", "Foundation-sec-8B"),
    ("Cisco Thalos tracks threats.", "Cisco Thalos", "Cisco Talos"),
    ("Cisco Hyper Shield protects the data centre.", "Cisco Hyper Shield", "Cisco Hypershield"),
    ("Chuck Robins runs the networking giant.", "Chuck Robins", "Chuck Robbins"),
    ("Jitu Patel runs product.", "Jitu Patel", "Jeetu Patel"),
    ("Forti Gate is a firewall.", "Forti Gate", "FortiGate"),
    ("Fortiguard Labs tracks threats.", "Fortiguard Labs", "FortiGuard Labs"),
    ("Ken Shie founded the firewall maker.", "Ken Shie", "Ken Xie"),
    ("Avaler built a data fabric.", "Avaler", "Avalor"),
    # email, identity, deepfake and human-risk security
    ("Evan Reisser runs the email-security firm.", "Evan Reisser", "Evan Reiser"),
    ("Toma Bravo bought the company.", "Toma Bravo", "Thoma Bravo"),
    ("Sumit Dawan runs the email-security firm.", "Sumit Dawan", "Sumit Dhawan"),
    ("Tessien stopped misdirected email.", "Tessien", "Tessian"),
    ("Jill Popelca runs the company.", "Jill Popelca", "Jill Popelka"),
    ("PinDrop detects voice deepfakes.", "PinDrop", "Pindrop"),
    ("Vijay Balasubramaniyam runs the voice-security firm.", "Vijay Balasubramaniyam", "Vijay Balasubramaniyan"),
    ("RealityDefender detects deepfakes.", "RealityDefender", "Reality Defender"),
    ("Ben Kolman runs the deepfake-detection firm.", "Ben Kolman", "Ben Colman"),
    ("Get Real Security checks video calls.", "Get Real Security", "GetReal Security"),
    ("Hany Fareed studies image forensics.", "Hany Fareed", "Hany Farid"),
    ("Know Be Four trains staff against phishing.", "Know Be Four", "KnowBe4"),
    ("Stu Sjowerman founded the training firm.", "Stu Sjowerman", "Stu Sjouwerman"),
    # SOC, detection, exposure and data security
    ("ArcticWolf runs a security operations cloud.", "ArcticWolf", "Arctic Wolf"),
    ("Cylence made antivirus with machine learning.", "Cylence", "Cylance"),
    ("TrendVision One correlates alerts.", "TrendVision One", "Trend Vision One"),
    ("Securworks was sold in 2025.", "Securworks", "Secureworks"),
    ("Exa Beam sells a SIEM.", "Exa Beam", "Exabeam"),
    ("Log Rhythm sold a SIEM.", "Log Rhythm", "LogRhythm"),
    ("Net Skope secures web traffic.", "Net Skope", "Netskope"),
    ("Shlomo Kremer founded the SASE firm.", "Shlomo Kremer", "Shlomo Kramer"),
    ("Ilumio segments networks.", "Ilumio", "Illumio"),
    ("Veronis protects data.", "Veronis", "Varonis"),
    ("Yaki Feitelson runs the data-security firm.", "Yaki Feitelson", "Yaki Faitelson"),
    ("Sail Point governs identities.", "Sail Point", "SailPoint"),
    ("OnePassword stores secrets.", "OnePassword", "1Password"),
    ("Axonious counts assets.", "Axonious", "Axonius"),
    ("Cyerra maps sensitive data.", "Cyerra", "Cyera"),
    ("Vektra AI detects attackers.", "Vektra AI", "Vectra AI"),
    ("Kyle Hanslovin runs the security firm.", "Kyle Hanslovin", "Kyle Hanslovan"),
    ("Orka Security scans clouds without agents.", "Orka Security", "Orca Security"),
    # application and supply-chain security, AI-security start-ups
    ("Invarient Labs studies agent security.", "Invarient Labs", "Invariant Labs"),
    ("Feross Abukhadijeh runs the supply-chain firm.", "Feross Abukhadijeh", "Feross Aboukhadijeh"),
    ("Check Marx scans code.", "Check Marx", "Checkmarx"),
    ("Vera Code scans code.", "Vera Code", "Veracode"),
    ("Endore Labs scans dependencies.", "Endore Labs", "Endor Labs"),
    ("Oege de Moore runs the pentesting start-up.", "Oege de Moore", "Oege de Moor"),
    ("Nico Waismann leads security research.", "Nico Waismann", "Nico Waisman"),
    ("Owen Hinchy runs the automation firm.", "Owen Hinchy", "Eoin Hinchy"),
    ("Ofer Smadarri runs the SOC start-up.", "Ofer Smadarri", "Ofer Smadari"),
    ("Horizon Three AI runs autonomous pentests.", "Horizon Three AI", "Horizon3.ai"),
    ("Snehal Antany runs the pentesting firm.", "Snehal Antany", "Snehal Antani"),
    ("Intezzer analyses malware.", "Intezzer", "Intezer"),
    ("Exa Force builds SOC agents.", "Exa Force", "Exaforce"),
    ("Yonatan Striem Amit co-founded the start-up.", "Yonatan Striem Amit", "Yonatan Striem-Amit"),
    ("Radient Security triages alerts.", "Radient Security", "Radiant Security"),
    ("Zennity secures low-code agents.", "Zennity", "Zenity"),
    ("Michael Bargouri hacks copilots.", "Michael Bargouri", "Michael Bargury"),
    ("Operent AI protects runtimes.", "Operent AI", "Operant AI"),
    ("GuardrailsAI validates outputs.", "GuardrailsAI", "Guardrails AI"),
    ("RunSibyl hacks like a human.", "RunSibyl", "RunSybil"),
    ("Ariel Herbert Voss founded the start-up.", "Ariel Herbert Voss", "Ariel Herbert-Voss"),
    ("Dane Stuckley is the security chief.", "Dane Stuckley", "Dane Stuckey"),
    # defence tech
    ("Altious is a launched drone.", "Altious", "Altius"),
    ("BlueForce Technologies built the aircraft.", "BlueForce Technologies", "Blue Force Technologies"),
    ("DiveXL is an undersea vehicle.", "DiveXL", "Dive-XL"),
    ("Baracuda-500 is a cruise missile.", "Baracuda-500", "Barracuda-500"),
    ("Matt Stekman co-founded the defence company.", "Matt Stekman", "Matt Steckman"),
    ("Meta-Constellation tasks satellites.", "Meta-Constellation", "MetaConstellation"),
    ("Thunder Forge plans military operations.", "Thunder Forge", "Thunderforge"),
    ("Defense Lama answers military questions.", "Defense Lama", "Defense Llama"),
    ("Jason Drogue runs the data-labelling firm.", "Jason Drogue", "Jason Droege"),
    ("SG1 Fathom glides under water.", "SG1 Fathom", "SG-1 Fathom"),
    ("Sky Node runs on the drone.", "Sky Node", "Skynode"),
    ("Epi Sci built autonomy for jets.", "Epi Sci", "EpiSci"),
    ("Arks Robotics builds ground robots.", "Arks Robotics", "ARX Robotics"),
    ("Frankenberg Technologies builds missiles.", "Frankenberg Technologies", "Frankenburg Technologies"),
    ("Kusty Salm runs the missile start-up.", "Kusty Salm", "Kusti Salm"),
    ("Destinous builds drones.", "Destinous", "Destinus"),
    ("Castellion builds hypersonic weapons.", "Castellion", "Castelion"),
    ("Nerros builds FPV drones.", "Nerros", "Neros"),
    ("Ethan Thorton runs the weapons start-up.", "Ethan Thorton", "Ethan Thornton"),
    ("Vanevar Labs sells to the Pentagon.", "Vanevar Labs", "Vannevar Labs"),
    ("Brett Grandberg runs the start-up.", "Brett Grandberg", "Brett Granberg"),
    ("Govinni analyses defence supply chains.", "Govinni", "Govini"),
    ("Fire Storm Labs builds drones.", "Fire Storm Labs", "Firestorm Labs"),
    ("Bryon Boots runs the off-road autonomy firm.", "Bryon Boots", "Byron Boots"),
    ("Kratus Defense builds target drones.", "Kratus Defense", "Kratos Defense"),
    ("XQ-58 Valkerie flew with a loyal wingman.", "XQ-58 Valkerie", "XQ-58 Valkyrie"),
    ("Boieng builds the loyal wingman.", "Boieng", "Boeing"),
    ("MQ28 Ghost Bat flew in Australia.", "MQ28 Ghost Bat", "MQ-28 Ghost Bat"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Michael Sentonass is the president.", "Michael Sentonass", "Michael Sentonas"),
    ("Igor Tsyganskiyy is the security chief.", "Igor Tsyganskiyy", "Igor Tsyganskiy"),
    ("Charles Carmakall responds to incidents.", "Charles Carmakall", "Charles Carmakal"),
    ("Vijay Balasubramaniyann runs the voice-security firm.", "Vijay Balasubramaniyann",
     "Vijay Balasubramaniyan"),
    ("Stu Sjouwermann founded the training firm.", "Stu Sjouwermann", "Stu Sjouwerman"),
    ("Eoin Hinchyy runs the automation firm.", "Eoin Hinchyy", "Eoin Hinchy"),
    ("Feross Aboukhadijehh runs the supply-chain firm.", "Feross Aboukhadijehh", "Feross Aboukhadijeh"),
    ("Yaki Faitelsonn runs the data-security firm.", "Yaki Faitelsonn", "Yaki Faitelson"),
    ("Kyle Hanslovann runs the security firm.", "Kyle Hanslovann", "Kyle Hanslovan"),
    ("Snehal Antanii runs the pentesting firm.", "Snehal Antanii", "Snehal Antani"),
    ("Ofer Smadarii runs the SOC start-up.", "Ofer Smadarii", "Ofer Smadari"),
    ("Hornetsecurityy protects mailboxes.", "Hornetsecurityy", "Hornetsecurity"),
    ("Checkmarxs scans code.", "Checkmarxs", "Checkmarx"),
    ("Thunderforgee plans military operations.", "Thunderforgee", "Thunderforge"),
    ("Frankenburg Technologiess builds missiles.", "Frankenburg Technologiess", "Frankenburg Technologies"),
    ("Mark Russinovichh is the cloud CTO.", "Mark Russinovichh", "Mark Russinovich"),
    ("John Hultquistt is the chief analyst.", "John Hultquistt", "John Hultquist"),
    ("Michael Barguryy hacks copilots.", "Michael Barguryy", "Michael Bargury"),
    ("Jill Popelkaa runs the company.", "Jill Popelkaa", "Jill Popelka"),
    ("Dean Sysmann runs the asset company.", "Dean Sysmann", "Dean Sysman"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


def _wm(name: str, wrong: str, right: str, rest: str = "works well.") -> tuple[str, str, str]:
    return (f"{wrong}'s {name} {rest}", f"{wrong}'s {name}", f"{right}'s {name} {rest}")


def _owned(name: str, wrong: str, right: str) -> tuple[str, str, str]:
    return (f"{name}, owned by {wrong}, was busy.", f"{name}, owned by {wrong}",
            f"{name}, owned by {right}, was busy.")


def _led(name: str, role: str, wrong: str, right: str, at: str = "of") -> tuple[str, str, str]:
    return (f"{name}, the {role} {at} {wrong}, spoke.", f"{name}, the {role} {at} {wrong}",
            f"{name}, the {role} {at} {right}, spoke.")


# (a product, unit, acquired firm or leader tied to the wrong firm, its evidence, a quiet twin)
WRONG_MAKERS = [
    # products
    _wm("Cortex Cloud", "Microsoft", "Palo Alto Networks"),
    _wm("Prisma Cloud", "CrowdStrike", "Palo Alto Networks"),
    _wm("Cortex XDR", "SentinelOne", "Palo Alto Networks"),
    _wm("Falcon Flex", "SentinelOne", "CrowdStrike"),
    _wm("Falcon LogScale", "Splunk", "CrowdStrike"),
    _wm("Microsoft Sentinel", "Google", "Microsoft"),
    _wm("Microsoft Purview", "Google", "Microsoft"),
    _wm("OSS-Fuzz", "Microsoft", "Google"),
    _wm("Sec-Gemini", "Microsoft", "Google"),
    _wm("Wiz Defend", "Palo Alto Networks", "Wiz"),
    _wm("Cisco AI Defense", "Fortinet", "Cisco"),
    _wm("Cisco Hypershield", "Fortinet", "Cisco"),
    _wm("FortiGate", "Cisco", "Fortinet"),
    _wm("Pindrop Pulse", "Reality Defender", "Pindrop"),
    _wm("Trend Vision One", "Sophos", "Trend Micro"),
    _wm("NodeZero", "Pentera", "Horizon3.ai"),
    _wm("NeMo Guardrails", "Meta", "Nvidia"),
    _wm("Altius", "Shield AI", "Anduril"),
    _wm("Dive-XL", "Saronic", "Anduril"),
    _wm("MetaConstellation", "Anduril", "Palantir"),
    _wm("Thunderforge", "Palantir", "Scale AI"),
    _wm("Defense Llama", "OpenAI", "Scale AI"),
    _wm("Skynode", "Skydio", "Auterion"),
    _wm("XQ-58 Valkyrie", "Boeing", "Kratos Defense"),
    _wm("MQ-28 Ghost Bat", "General Atomics", "Boeing"),
    # units and acquired firms
    _owned("Unit 42", "CrowdStrike", "Palo Alto Networks"),
    _owned("Protect AI", "CrowdStrike", "Palo Alto Networks"),
    _owned("Humio", "Splunk", "CrowdStrike"),
    _owned("Prompt Security", "CrowdStrike", "SentinelOne"),
    _owned("VirusTotal", "Microsoft", "Google"),
    _owned("Cisco Talos", "Fortinet", "Cisco"),
    _owned("Lacework", "Wiz", "Fortinet"),
    _owned("Red Canary", "CrowdStrike", "Zscaler"),
    _owned("Tessian", "Microsoft", "Proofpoint"),
    _owned("Cylance", "Sophos", "Arctic Wolf"),
    _owned("Secureworks", "Dell", "Sophos"),
    _owned("Invariant Labs", "Semgrep", "Snyk"),
    _owned("Area-I", "Shield AI", "Anduril"),
    _owned("EpiSci", "Shield AI", "Applied Intuition"),
    # leaders
    _led("Nir Zuk", "CTO", "CrowdStrike", "Palo Alto Networks"),
    _led("Michael Sentonas", "president", "SentinelOne", "CrowdStrike"),
    _led("Vasu Jakkal", "head of security", "Google", "Microsoft", "at"),
    _led("Sandra Joyce", "head of threat intelligence", "CrowdStrike", "Google", "at"),
    _led("Jeetu Patel", "president", "Fortinet", "Cisco"),
    _led("Ken Xie", "CEO", "Cisco", "Fortinet"),
    _led("Evan Reiser", "CEO", "Proofpoint", "Abnormal Security"),
    _led("Sumit Dhawan", "CEO", "Abnormal Security", "Proofpoint"),
    _led("Jill Popelka", "CEO", "Sophos", "Darktrace"),
    _led("Vijay Balasubramaniyan", "CEO", "Reality Defender", "Pindrop"),
    _led("Ben Colman", "CEO", "Pindrop", "Reality Defender"),
    _led("Oege de Moor", "CEO", "Horizon3.ai", "XBOW"),
    _led("Eoin Hinchy", "CEO", "Torq", "Tines"),
    _led("Shlomo Kramer", "CEO", "Netskope", "Cato Networks"),
    _led("Gary Steele", "CEO", "Anduril", "Shield AI"),
    _led("Jason Droege", "CEO", "Palantir", "Scale AI"),
    _led("Matt Steckman", "president", "Palantir", "Anduril"),
    _led("Dane Stuckey", "head of security", "Anthropic", "OpenAI", "at"),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words and other names that they are or sit close to
QUIET = [
    "A red canary sang in the mine, and the huntress drew her bow.",
    "The lacework on the dress was fine, and prompt security fixes matter.",
    "An arctic wolf crossed the ice, and a switchblade is a knife.",
    "The tines of the fork bent, and dig security into the design.",
    "Aim security at the weakest point, and pillar security holds.",
    "Protein AI models fold proteins, and Ben Coleman wrote about it.",
    "Integer overflow bugs are common, and Illumina sequences genomes.",
    "Netscape shipped a browser, and Pantera played loud.",
    "The New York Times wrote it, and Symbian phones sold well.",
    "Hermes ships bags, and Nero's palace burned.",
    "The band was in tune, and the checkpoint was saved.",
    "Ghost bats roost in caves, and Kratos is a god of war.",
    "In June the lab published its evaluation, and In Tune magazine wrote it up.",
    "Why One Password Is Not Enough, and Get Real about it.",
    "In June, Cisco released Foundation-sec-8b, an open security model.",
    # the new names spelt right
    "Palo Alto Networks sells Cortex Cloud, Prisma Cloud, Cortex XDR, Cortex XSOAR and Prisma SASE.",
    "Unit 42, Protect AI, Talon Cyber Security and Dig Security belong to Palo Alto Networks.",
    "Nir Zuk and Lee Klarich work at Palo Alto Networks, and Ian Swanson founded Protect AI.",
    "CrowdStrike sells Falcon Flex and Falcon LogScale and bought Humio, Adaptive Shield and Onum.",
    "Michael Sentonas and Elia Zaitsev work at CrowdStrike.",
    "SentinelOne bought Prompt Security and Observo AI, and Itamar Golan founded Prompt Security.",
    "Microsoft sells Microsoft Defender, Microsoft Sentinel, Microsoft Entra, Microsoft Purview and Intune.",
    "Microsoft Defender for Endpoint, Defender for Office 365 and Defender for Cloud are Microsoft's.",
    "Vasu Jakkal, Igor Tsyganskiy, Ram Shankar Siva Kumar and Mark Russinovich work at Microsoft.",
    "Google owns VirusTotal and Project Zero and made OSS-Fuzz and Sec-Gemini.",
    "Google Cloud sells Google Unified Security, and Sandra Joyce, Charles Carmakal and John Hultquist work there.",
    "Royal Hansen works at Google, and Wiz makes Wiz Defend.",
    "Yinon Costica and Roy Reznik co-founded Wiz.",
    "Cisco makes Cisco AI Defense, Cisco Hypershield and Foundation-sec-8B and runs Cisco Talos.",
    "Chuck Robbins and Jeetu Patel run Cisco.",
    "Fortinet makes FortiGate and FortiAI, runs FortiGuard Labs, bought Lacework and is run by Ken Xie.",
    "Zscaler bought Red Canary and Avalor.",
    "Evan Reiser and Sanjay Jeyakumar founded Abnormal Security.",
    "Thoma Bravo owns Darktrace and Proofpoint, and Jill Popelka runs Darktrace.",
    "Sumit Dhawan runs Proofpoint, which bought Tessian and Hornetsecurity.",
    "Pindrop makes Pindrop Pulse, and Vijay Balasubramaniyan runs it.",
    "Ben Colman runs Reality Defender, and Hany Farid co-founded GetReal Security.",
    "Stu Sjouwerman founded KnowBe4, and Arctic Wolf bought Cylance.",
    "Trend Micro sells Trend Vision One, and Tenable sells Tenable One.",
    "Sophos bought Secureworks, and Exabeam merged with LogRhythm.",
    "Sanjay Beri runs Netskope, and Shlomo Kramer runs Cato Networks, which bought Aim Security.",
    "Illumio, Varonis, SailPoint, Ping Identity, 1Password, Axonius and Armis sell security.",
    "Yaki Faitelson runs Varonis, and Dean Sysman co-founded Axonius.",
    "Yotam Segev runs Cyera, Hitesh Sheth runs Vectra AI, and Kyle Hanslovan runs Huntress.",
    "Avi Shua runs Orca Security, and Snyk bought Invariant Labs.",
    "Feross Aboukhadijeh runs Socket Security, and Checkmarx, Veracode, Aikido Security and Endor Labs scan code.",
    "Oege de Moor and Nico Waisman work at XBOW.",
    "Eoin Hinchy runs Tines, and Ofer Smadari runs Torq.",
    "Horizon3.ai makes NodeZero, and Snehal Antani runs it; Pentera and Intezer compete.",
    "Prophet Security, Exaforce, 7AI and Radiant Security build SOC agents.",
    "Lior Div and Yonatan Striem-Amit founded 7AI.",
    "Niv Braun runs Noma Security, and Michael Bargury works at Zenity.",
    "Pillar Security, Straiker, Operant AI and Guardrails AI secure AI apps.",
    "Nvidia makes NeMo Guardrails, and Ariel Herbert-Voss runs RunSybil.",
    "Dane Stuckey works at OpenAI.",
    "Anduril owns Area-I, Blue Force Technologies and Dive Technologies.",
    "Anduril makes Altius, Dive-XL, Ghost-X and Barracuda-500, and Matt Steckman co-founded it.",
    "Palantir makes MetaConstellation, and Scale AI makes Thunderforge and Defense Llama.",
    "Jason Droege runs Scale AI, and Gary Steele runs Shield AI.",
    "Helsing makes Altra and SG-1 Fathom, and Auterion makes Skynode.",
    "Applied Intuition bought EpiSci, and ARX Robotics builds ground robots.",
    "Kusti Salm runs Frankenburg Technologies, and Destinus builds drones.",
    "Chaos Industries, Castelion, Neros and Mach Industries build weapons.",
    "Ethan Thornton runs Mach Industries, and Brett Granberg runs Vannevar Labs.",
    "Govini, Primer AI, Firestorm Labs and Overland AI sell to the Pentagon.",
    "Byron Boots runs Overland AI.",
    "Kratos Defense makes the XQ-58 Valkyrie, and Boeing makes the MQ-28 Ghost Bat.",
    "AeroVironment makes the Switchblade.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
