"""Session 54 (g54b): glossary names of speech and voice AI (speech-to-text and text-to-speech firms,
voice-agent infrastructure, translation and dubbing, podcast tools) and their people, of AI in
education (tutoring, language learning, homework help, learning platforms and their leaders) and of
autonomous driving (robotaxi and trucking firms, their drivers and simulators, lidar makers, driver
assistance): a misspelled name is found with the canonical fix, whether the glossary lists that
misspelling or only the fuzzy match finds it; a product, owned firm or leader tied to the wrong firm
is found and its own firm is quiet; the right spelling, and the ordinary words that the new names
are or sit close to ("a daily stand-up", "a lilt in her voice", "a parakeet in a cage", "a nerdy
kid", "a birdbrain idea"), stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    # speech, voice and translation
    ("Eleven Reader reads articles aloud.", "Eleven Reader", "ElevenReader"),
    ("Scot Stephenson runs the speech company.", "Scot Stephenson", "Scott Stephenson"),
    ("Noah Shuddy co-founded the speech company.", "Noah Shuddy", "Noah Shutty"),
    ("Katie Wigdahl runs the speech company.", "Katie Wigdahl", "Katy Wigdahl"),
    ("Otter Pilot joins the meeting for you.", "Otter Pilot", "OtterPilot"),
    ("Andrew Mayson built the podcast editor.", "Andrew Mayson", "Andrew Mason"),
    ("Resembel AI clones voices.", "Resembel AI", "Resemble AI"),
    ("Zuhaib Ahmed runs the voice-cloning firm.", "Zuhaib Ahmed", "Zohaib Ahmed"),
    ("Mahmood Felfel sold his voice start-up.", "Mahmood Felfel", "Mahmoud Felfel"),
    ("Well Said Labs sells synthetic voices.", "Well Said Labs", "WellSaid Labs"),
    ("Matt Hockings runs the voice company.", "Matt Hockings", "Matt Hocking"),
    ("Live Kit streams audio for agents.", "Live Kit", "LiveKit"),
    ("Russ Dsa runs the real-time company.", "Russ Dsa", "Russ d'Sa"),
    ("Pipe Cat is a framework for voice agents.", "Pipe Cat", "Pipecat"),
    ("Quindla Hultman Kramer runs the WebRTC firm.", "Quindla Hultman Kramer", "Kwindla Hultman Kramer"),
    ("Jordan Dearsly runs the voice-agent platform.", "Jordan Dearsly", "Jordan Dearsley"),
    ("Blande AI sells phone agents.", "Blande AI", "Bland AI"),
    ("Isiah Granet runs the phone-agent firm.", "Isiah Granet", "Isaiah Granet"),
    ("Davit Bagdasaryan runs the noise-cancelling firm.", "Davit Bagdasaryan", "Davit Baghdasaryan"),
    ("Unbable translates support tickets.", "Unbable", "Unbabel"),
    ("Vasko Pedro runs the translation firm.", "Vasko Pedro", "Vasco Pedro"),
    ("Smart Ling localises websites.", "Smart Ling", "Smartling"),
    ("Spense Green runs the translation firm.", "Spense Green", "Spence Green"),
    ("Jessie Shemen ran the dubbing start-up.", "Jessie Shemen", "Jesse Shemen"),
    ("Rusk AI dubs videos.", "Rusk AI", "Rask AI"),
    ("Maria Chmeer runs the dubbing firm.", "Maria Chmeer", "Maria Chmir"),
    ("Murph AI makes voice-overs.", "Murph AI", "Murf AI"),
    ("Ankur Edkey runs the voice-over firm.", "Ankur Edkey", "Ankur Edkie"),
    ("Jean-Louis Keguiner runs the transcription firm.", "Jean-Louis Keguiner", "Jean-Louis Quéguiner"),
    ("Vibe Voice reads long podcasts aloud.", "Vibe Voice", "VibeVoice"),
    ("Nvidia Reva serves speech models.", "Nvidia Reva", "Nvidia Riva"),
    ("CozyVoice clones a voice from seconds of audio.", "CozyVoice", "CosyVoice"),
    ("Vijay Balasubramanyan runs the voice-security firm.", "Vijay Balasubramanyan", "Vijay Balasubramaniyan"),
    ("Cerrence builds assistants for cars.", "Cerrence", "Cerence"),
    ("Sound Hound powers voice ordering.", "Sound Hound", "SoundHound"),
    ("Kayvan Mohajer runs the voice company.", "Kayvan Mohajer", "Keyvan Mohajer"),
    ("Krish Ramaneni runs the note-taker.", "Krish Ramaneni", "Krish Ramineni"),
    ("Time Kettle sells translation earbuds.", "Time Kettle", "Timekettle"),
    ("Brayden Ream runs the agent-design firm.", "Brayden Ream", "Braden Ream"),
    ("Auphonik levels podcast audio.", "Auphonik", "Auphonic"),
    ("Tom Livni runs the transcription firm.", "Tom Livni", "Tom Livne"),
    # education
    ("Kristen DeCerbo leads learning at the non-profit.", "Kristen DeCerbo", "Kristen DiCerbo"),
    ("Varsity Tuters sells online tutoring.", "Varsity Tuters", "Varsity Tutors"),
    ("Amir Nathu founded the class marketplace.", "Amir Nathu", "Amir Nathoo"),
    ("Kurt Bidler runs the flashcard company.", "Kurt Bidler", "Kurt Beidler"),
    ("Hugo Sarazin runs the course marketplace.", "Hugo Sarazin", "Hugo Sarrazin"),
    ("Omar Abosh runs the publisher.", "Omar Abosh", "Omar Abbosh"),
    ("Divya Gokulnaath co-founded the tutoring firm.", "Divya Gokulnaath", "Divya Gokulnath"),
    ("Gourav Munjal co-founded the test-prep firm.", "Gourav Munjal", "Gaurav Munjal"),
    ("Carnagie Learning sells maths software.", "Carnagie Learning", "Carnegie Learning"),
    ("Kirill Bigay runs the tutoring marketplace.", "Kirill Bigay", "Kirill Bigai"),
    ("Ameera Learning listens to children read.", "Ameera Learning", "Amira Learning"),
    ("Grade Scope grades exams.", "Grade Scope", "Gradescope"),
    ("Quizziz runs classroom quizzes.", "Quizziz", "Quizizz"),
    ("Symbollab solves equations.", "Symbollab", "Symbolab"),
    ("Codeacademy teaches programming.", "Codeacademy", "Codecademy"),
    # autonomous driving
    ("Simulation City tests the driver in the cloud.", "Simulation City", "SimulationCity"),
    ("Drago Angelov leads research on the driver.", "Drago Angelov", "Drago Anguelov"),
    ("Vincent Vanhouke works on the robotaxis.", "Vincent Vanhouke", "Vincent Vanhoucke"),
    ("John Krafchick ran the robotaxi company.", "John Krafchick", "John Krafcik"),
    ("Drew Bagnall co-founded the trucking firm.", "Drew Bagnall", "Drew Bagnell"),
    ("Kodiac Driver hauls freight.", "Kodiac Driver", "Kodiak Driver"),
    ("Peter Vaughn Schmidt runs the trucking firm.", "Peter Vaughn Schmidt", "Peter Vaughan Schmidt"),
    ("Mobileye Chauffer drives on highways.", "Mobileye Chauffer", "Mobileye Chauffeur"),
    ("Soroush Salehyan runs the lidar company.", "Soroush Salehyan", "Soroush Salehian"),
    ("Foretelix tests driving software.", "Foretelix", "Foretellix"),
    ("Ziv Benyamini runs the testing firm.", "Ziv Benyamini", "Ziv Binyamini"),
    ("Dmitry Polishuk runs the robotaxi firm.", "Dmitry Polishuk", "Dmitry Polishchuk"),
    ("Bryan Saleski runs the trucking firm.", "Bryan Saleski", "Bryan Salesky"),
    ("Anthony Levandowsky started a new company.", "Anthony Levandowsky", "Anthony Levandowski"),
    ("Vladislav Voroninsky runs the driving-AI firm.", "Vladislav Voroninsky", "Vladislav Voroninski"),
    ("Volkswagon builds robotaxis with partners.", "Volkswagon", "Volkswagen"),
    ("Super Cruze drives hands-free.", "Super Cruze", "Super Cruise"),
    ("Blue Cruise drives hands-free.", "Blue Cruise", "BlueCruise"),
    ("Tim Kentley Clay co-founded the robotaxi firm.", "Tim Kentley Clay", "Tim Kentley-Klay"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Davit Baghdasaryann runs the noise-cancelling firm.", "Davit Baghdasaryann", "Davit Baghdasaryan"),
    ("Kwindla Hultman Kramerr runs the WebRTC firm.", "Kwindla Hultman Kramerr", "Kwindla Hultman Kramer"),
    ("Vijay Balasubramaniyann runs the voice-security firm.", "Vijay Balasubramaniyann", "Vijay Balasubramaniyan"),
    ("Artavazd Yeritsyann runs the podcast studio.", "Artavazd Yeritsyann", "Artavazd Yeritsyan"),
    ("Mahmoud Felfell sold his voice start-up.", "Mahmoud Felfell", "Mahmoud Felfel"),
    ("Kristen DiCerboo leads learning at the non-profit.", "Kristen DiCerboo", "Kristen DiCerbo"),
    ("Divya Gokulnathh co-founded the tutoring firm.", "Divya Gokulnathh", "Divya Gokulnath"),
    ("Hugo Sarrazinn runs the course marketplace.", "Hugo Sarrazinn", "Hugo Sarrazin"),
    ("Drago Anguelovv leads research on the driver.", "Drago Anguelovv", "Drago Anguelov"),
    ("Vincent Vanhouckee works on the robotaxis.", "Vincent Vanhouckee", "Vincent Vanhoucke"),
    ("Soroush Salehiann runs the lidar company.", "Soroush Salehiann", "Soroush Salehian"),
    ("Vladislav Voroninskii runs the driving-AI firm.", "Vladislav Voroninskii", "Vladislav Voroninski"),
    ("Dmitry Polishchukk runs the robotaxi firm.", "Dmitry Polishchukk", "Dmitry Polishchuk"),
    ("Anthony Levandowskii started a new company.", "Anthony Levandowskii", "Anthony Levandowski"),
    ("Foretellixx tests driving software.", "Foretellixx", "Foretellix"),
    ("SimulationCityy tests the driver.", "SimulationCityy", "SimulationCity"),
    ("Responsibility-Sensitive Safetyy is a formal model.", "Responsibility-Sensitive Safetyy",
     "Responsibility-Sensitive Safety"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, owned firm or leader tied to the wrong firm, its evidence, a quiet twin)
WRONG_MAKERS = [
    # products
    ("Deepgram's ElevenReader reads articles aloud.", "Deepgram's ElevenReader",
     "ElevenLabs' ElevenReader reads articles aloud."),
    ("Zoom's OtterPilot joins meetings.", "Zoom's OtterPilot", "Otter.ai's OtterPilot joins meetings."),
    ("Adobe's Underlord edits podcasts.", "Adobe's Underlord", "Descript's Underlord edits podcasts."),
    ("LiveKit's Pipecat builds voice agents.", "LiveKit's Pipecat", "Daily's Pipecat builds voice agents."),
    ("Google's VibeVoice reads podcasts aloud.", "Google's VibeVoice", "Microsoft's VibeVoice reads podcasts aloud."),
    ("Google's Nvidia Riva serves speech models.", "Google's Nvidia Riva",
     "Nvidia's Nvidia Riva serves speech models."),
    ("Chegg's Symbolab solves equations.", "Chegg's Symbolab", "Learneo's Symbolab solves equations."),
    ("Learneo's Mathway solves equations.", "Learneo's Mathway", "Chegg's Mathway solves equations."),
    ("Tesla's SimulationCity tests the driver.", "Tesla's SimulationCity", "Waymo's SimulationCity tests the driver."),
    ("Zoox's Waymo One carries riders.", "Zoox's Waymo One", "Waymo's Waymo One carries riders."),
    ("Waymo's Kodiak Driver hauls freight.", "Waymo's Kodiak Driver",
     "Kodiak Robotics' Kodiak Driver hauls freight."),
    ("Nvidia's Mobileye Chauffeur drives on highways.", "Nvidia's Mobileye Chauffeur",
     "Mobileye's Mobileye Chauffeur drives on highways."),
    ("Ford's Super Cruise drives hands-free.", "Ford's Super Cruise", "General Motors' Super Cruise drives hands-free."),
    ("General Motors' BlueCruise drives hands-free.", "General Motors' BlueCruise", "Ford's BlueCruise drives hands-free."),
    # owned firms
    ("PlayAI, owned by Google, clones voices.", "PlayAI, owned by Google", "PlayAI, owned by Meta, clones voices."),
    ("Varsity Tutors, owned by Chegg, sells tutoring.", "Varsity Tutors, owned by Chegg",
     "Varsity Tutors, owned by Nerdy, sells tutoring."),
    ("Gradescope, owned by Chegg, grades exams.", "Gradescope, owned by Chegg",
     "Gradescope, owned by Turnitin, grades exams."),
    ("MOIA, owned by Toyota, runs shuttles.", "MOIA, owned by Toyota", "MOIA, owned by Volkswagen, runs shuttles."),
    # leaders
    ("Scott Stephenson, the CEO of AssemblyAI, spoke.", "Scott Stephenson, the CEO of AssemblyAI",
     "Scott Stephenson, the CEO of Deepgram, spoke."),
    ("Dylan Fox, the CEO of Deepgram, spoke.", "Dylan Fox, the CEO of Deepgram",
     "Dylan Fox, the CEO of AssemblyAI, spoke."),
    ("Sam Liang, the CEO of Fireflies.ai, spoke.", "Sam Liang, the CEO of Fireflies.ai",
     "Sam Liang, the CEO of Otter.ai, spoke."),
    ("Russ d'Sa, the CEO of Vapi, spoke.", "Russ d'Sa, the CEO of Vapi", "Russ d'Sa, the CEO of LiveKit, spoke."),
    ("Jordan Dearsley, the CEO of LiveKit, spoke.", "Jordan Dearsley, the CEO of LiveKit",
     "Jordan Dearsley, the CEO of Vapi, spoke."),
    ("Vasco Pedro, the CEO of DeepL, spoke.", "Vasco Pedro, the CEO of DeepL", "Vasco Pedro, the CEO of Unbabel, spoke."),
    ("Keyvan Mohajer, the CEO of Cerence, spoke.", "Keyvan Mohajer, the CEO of Cerence",
     "Keyvan Mohajer, the CEO of SoundHound, spoke."),
    ("Kristen DiCerbo of Duolingo spoke.", "Kristen DiCerbo of Duolingo", "Kristen DiCerbo of Khan Academy spoke."),
    ("Greg Hart, the CEO of Udemy, spoke.", "Greg Hart, the CEO of Udemy", "Greg Hart, the CEO of Coursera, spoke."),
    ("Kurt Beidler, the CEO of Chegg, spoke.", "Kurt Beidler, the CEO of Chegg",
     "Kurt Beidler, the CEO of Quizlet, spoke."),
    ("Chris Caren, the CEO of GPTZero, spoke.", "Chris Caren, the CEO of GPTZero",
     "Chris Caren, the CEO of Turnitin, spoke."),
    ("Drago Anguelov, the head of research at Tesla, spoke.", "Drago Anguelov, the head of research at Tesla",
     "Drago Anguelov, the head of research at Waymo, spoke."),
    ("Chris Urmson, the CEO of Kodiak Robotics, spoke.", "Chris Urmson, the CEO of Kodiak Robotics",
     "Chris Urmson, the CEO of Aurora Innovation, spoke."),
    ("Gautam Narang, the CEO of Nuro, spoke.", "Gautam Narang, the CEO of Nuro", "Gautam Narang, the CEO of Gatik, spoke."),
    ("Omer Keilaf, the CEO of Luminar, spoke.", "Omer Keilaf, the CEO of Luminar",
     "Omer Keilaf, the CEO of Innoviz, spoke."),
    ("Edwin Olson, the CEO of Motional, spoke.", "Edwin Olson, the CEO of Motional",
     "Edwin Olson, the CEO of May Mobility, spoke."),
    ("Bryan Salesky, the CEO of Aurora Innovation, spoke.", "Bryan Salesky, the CEO of Aurora Innovation",
     "Bryan Salesky, the CEO of Stack AV, spoke."),
    ("Yu Kai, the CEO of Momenta, spoke.", "Yu Kai, the CEO of Momenta", "Yu Kai, the CEO of Horizon Robotics, spoke."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words and other names that they are or sit close to
QUIET = [
    "We hold a daily stand-up, and the Daily Mail ran the story.",
    "She spoke with a lilt in her voice.",
    "A parakeet sat in a cage.",
    "He was a nerdy kid with a birdbrain idea.",
    "The instructor handed out the paper cup.",
    "The topper on the cake was a volks wagon.",
    "Drive pilots and super cruises are not the same.",
    "Simulation of a city is hard.",
    # the new names spelt right
    "ElevenLabs makes ElevenReader, and Scott Stephenson and Noah Shutty founded Deepgram.",
    "Dylan Fox runs AssemblyAI, Katy Wigdahl runs Speechmatics, and Sam Liang runs Otter.ai.",
    "Andrew Mason founded Descript, which makes Underlord.",
    "Zohaib Ahmed runs Resemble AI, and Mahmoud Felfel co-founded PlayAI, formerly PlayHT.",
    "Matt Hocking runs WellSaid Labs, and Russ d'Sa runs LiveKit.",
    "Kwindla Hultman Kramer runs Daily, which makes Pipecat.",
    "Jordan Dearsley runs Vapi, and Isaiah Granet runs Bland AI.",
    "Davit Baghdasaryan runs Krisp, and Vasco Pedro runs Unbabel.",
    "Spence Green and John DeNero founded Lilt, and Smartling and TransPerfect localise.",
    "Jesse Shemen ran Papercup, and Maria Chmir runs Rask AI.",
    "Ankur Edkie runs Murf AI, and Jean-Louis Quéguiner runs Gladia.",
    "Microsoft made VibeVoice, Nvidia made Parakeet and Nvidia Riva, and Alibaba made CosyVoice.",
    "Vijay Balasubramaniyan runs Pindrop, and Keyvan Mohajer runs SoundHound.",
    "Cerence, Sanas and Timekettle build voice products.",
    "Braden Ream runs Voiceflow, and Artavazd Yeritsyan runs Podcastle.",
    "Auphonic, Voicemod, Verbit, Happy Scribe and Snipd serve podcasters.",
    "Kristen DiCerbo works at Khan Academy, and Birdbrain powers Duolingo.",
    "Greg Hart runs Coursera, Hugo Sarrazin runs Udemy, and Kurt Beidler runs Quizlet.",
    "Chuck Cohn runs Nerdy, which owns Varsity Tutors, and Amir Nathoo founded Outschool.",
    "Anant Agarwal founded edX, and Omar Abbosh runs Pearson.",
    "Andrew Hsu co-founded Speak, and Andrew Grauer runs Learneo.",
    "Divya Gokulnath co-founded Byju's, which owns WhiteHat Jr and Toppr.",
    "Alakh Pandey runs PhysicsWallah, and Gaurav Munjal runs Unacademy.",
    "ELSA Speak, Carnegie Learning, SchoolAI, Curipod and Eedi serve schools.",
    "Kirill Bigai runs Preply, and Michał Borkowski co-founded Brainly.",
    "Yuanfudao, Amira Learning, StudyFetch, Numerade and Quizizz teach students.",
    "Chris Caren runs Turnitin, which owns Gradescope, and PowerSchool makes PowerBuddy.",
    "Nearpod, ClassDojo, Mathway, Symbolab, upGrad, Vedantu and Lingokids are ed-tech.",
    "Pluralsight, Skillsoft, Codecademy and DataCamp teach programming.",
    "Waymo built SimulationCity and runs Waymo One, and Drago Anguelov works there.",
    "Vincent Vanhoucke works at Waymo, and John Krafcik ran it.",
    "Cruise built the Cruise Origin, and Drew Bagnell co-founded Aurora Innovation.",
    "Sterling Anderson joined General Motors, and Chris Urmson runs Aurora Innovation.",
    "Kodiak Robotics makes the Kodiak Driver, and Waabi makes Waabi World.",
    "Peter Vaughan Schmidt runs Torc Robotics, and Gautam Narang runs Gatik.",
    "Mobileye makes Mobileye Chauffeur and Responsibility-Sensitive Safety.",
    "Yu Kai runs Horizon Robotics, and Soroush Salehian and Mina Rezk run Aeva.",
    "Omer Keilaf runs Innoviz, and Ziv Binyamini runs Foretellix.",
    "Edwin Olson runs May Mobility, and Dmitry Polishchuk runs Avride.",
    "Bryan Salesky ran Argo AI and runs Stack AV, and TuSimple became CreateAI.",
    "Anthony Levandowski and Tim Kentley-Klay worked on self-driving cars.",
    "XPeng makes XNGP, and Jianxiong Xiao runs AutoX.",
    "Vladislav Voroninski runs Helm.ai, and Parallel Domain makes synthetic data.",
    "Volkswagen owns MOIA, General Motors makes Super Cruise, and Ford makes BlueCruise.",
    "Robert Falck runs Einride, and Arbe Robotics and Cepton make sensors.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
