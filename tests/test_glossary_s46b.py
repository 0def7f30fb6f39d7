"""Session 46: glossary names of big tech's AI products (Google's Flow, LearnLM, AI Overviews and AI
Mode; Microsoft's Muse and Copilot Vision; Meta's Vibes and Emu; NVIDIA's Edify, ACE and Audio2Face;
Alibaba's Wan), of media and creative AI (Luma's Ray3, Runway's Aleph, Moonvalley's Marey, the
University of Chicago's Glaze and Nightshade, Getty Images, Shutterstock, Lionsgate, game studios)
and of education AI (Chegg, Quizlet, MagicSchool, Udemy, PhysicsWallah): a misspelled name is
found with the canonical fix; a product tied to the wrong maker is found and its own maker is quiet;
the right spelling, and the ordinary words that sit close to the new names (the flow of data, a
muse, good vibes, deadly nightshade, an ace, a wan smile), stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix)
MISSPELLED = [
    ("Learn LM powers the tutor in Gemini.", "Learn LM", "LearnLM"),
    ("LearnLLM was tuned on teaching data.", "LearnLLM", "LearnLM"),
    ("Google Vidz turns a document into a video.", "Google Vidz", "Google Vids"),
    ("Co-Pilot Vision reads what is on the screen.", "Co-Pilot Vision", "Copilot Vision"),
    ("Clip Champ is the video editor in Windows.", "Clip Champ", "Clipchamp"),
    ("Audio 2 Face animates the character's lips.", "Audio 2 Face", "Audio2Face"),
    ("Kling comes from Kwai Show, the short-video company.", "Kwai Show", "Kuaishou"),
    ("Artists poison their images with Night Shade.", "Night Shade", "Nightshade"),
    ("Magic School AI writes lesson plans for teachers.", "Magic School AI", "MagicSchool"),
    ("Chegg Mate was the company's answer to ChatGPT.", "Chegg Mate", "CheggMate"),
    ("Quiz Let retired its chatbot tutor.", "Quiz Let", "Quizlet"),
    ("Physics Wallah teaches millions of students in India.", "Physics Wallah", "PhysicsWallah"),
    ("Shutter Stock licensed its library to OpenAI.", "Shutter Stock", "Shutterstock"),
    ("Lions Gate signed a deal with Runway.", "Lions Gate", "Lionsgate"),
    ("Ubi Soft showed its NEO NPC demo.", "Ubi Soft", "Ubisoft"),
    ("In World AI builds characters for games.", "In World AI", "Inworld AI"),
    ("Gen Moji makes an emoji from a prompt.", "Gen Moji", "Genmoji"),
    ("Khan Migo tutors students in math.", "Khan Migo", "Khanmigo"),
    ("Udemi cut prices on its AI courses.", "Udemi", "Udemy"),
    ("AI Over Views cut the clicks to publishers.", "AI Over Views", "AI Overviews"),
    # unlisted slips, found by the fuzzy matcher
    ("Quizlett added a study assistant.", "Quizlett", "Quizlet"),
    ("Shuterstock sells images to model makers.", "Shuterstock", "Shutterstock"),
    ("Nightshde poisons the training data.", "Nightshde", "Nightshade"),
    ("Mubbert generates royalty-free music.", "Mubbert", "Mubert"),
    ("Lionsgait gave Runway its film library.", "Lionsgait", "Lionsgate"),
    ("Krafron put an AI teammate in PUBG.", "Krafron", "Krafton"),
    ("Kwaishou makes the Kling models.", "Kwaishou", "Kuaishou"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product tied to the wrong maker, its evidence, a quiet twin naming its own maker)
WRONG_MAKERS = [
    ("Adobe's Flow generates shots.", "Adobe's Flow", "Google's Flow generates shots."),
    ("Flow, Adobe's filmmaking tool, strings shots together.", "Flow, Adobe's filmmaking tool",
     "Flow, Google's filmmaking tool, strings shots together."),
    ("Muse, Sony's gameplay model, dreams up levels.", "Muse, Sony's gameplay model",
     "Muse, Microsoft's gameplay model, dreams up levels."),
    ("Wan 2.2, ByteDance's open-weights model, runs at home.", "Wan 2.2, ByteDance's open-weights model",
     "Wan 2.2, Alibaba's open-weights model, runs at home."),
    ("Anthropic's LearnLM tutors students.", "Anthropic's LearnLM", "Google's LearnLM tutors students."),
    ("Nightshade, Adobe's data-poisoning tool, protects artists.", "Nightshade, Adobe's data-poisoning tool",
     "Nightshade, the University of Chicago's data-poisoning tool, protects artists."),
    ("Shutterstock's Edify model makes licensed images.", "Shutterstock's Edify",
     "NVIDIA's Edify model makes licensed images."),
    ("ACE from AMD voices the game's characters.", "ACE from AMD", "ACE from NVIDIA voices the game's characters."),
    ("Ray3 from Pika Labs renders in HDR.", "Ray3 from Pika Labs", "Ray3 from Luma AI renders in HDR."),
    ("AI Mode from Microsoft answers long questions.", "AI Mode from Microsoft",
     "AI Mode from Google answers long questions."),
    ("Meta's Aleph edits existing footage.", "Meta's Aleph", "Runway's Aleph edits existing footage."),
    ("Google's Study Mode quizzes the student.", "Google's Study Mode", "OpenAI's Study Mode quizzes the student."),
    ("Dream Track from Meta writes a song for Shorts.", "Dream Track from Meta",
     "Dream Track from YouTube writes a song for Shorts."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other people's names beside them
QUIET = [
    "The flow of data into the model is steady, and we reached a flow state.",
    "She was a muse for the artist, and Muse played Wembley.",
    "Good vibes only, and the vibes at the launch were off.",
    "Deadly nightshade is poisonous.",
    "He kept an ace up his sleeve, and Ace Ventura is a comedy.",
    "ACE inhibitors lower blood pressure.",
    "I want to go, and he gave a wan smile.",
    "Alexandr Wang runs Scale AI, and James Wan directed Saw for Lionsgate.",
    "Edify the masses, whisk the eggs, glaze the pots and splice the tape.",
    "Emus are birds, and EMI signed the Beatles.",
    "Recall from the model was ninety percent, and Total Recall is a film.",
    "The Magic School Bus is a children's show.",
    "The general-purpose AI Code of Practice binds providers.",
    "Lions Gate Entertainment was the company's old name.",
    "Pearson correlation is high, and Peterson said so.",
    "Study mode is on, and guided learning works.",
    "Aleph Alpha builds models in Heidelberg.",
    "Microsoft Flow automates office tasks.",
    "Etienne-Jules Marey filmed birds in flight.",
    "Google's Flow, LearnLM, AI Overviews and AI Mode, and NotebookLM's Audio Overviews.",
    "Microsoft Research put out Muse with Ninja Theory, and NVIDIA has ACE in PUBG Ally from Krafton.",
    "Glaze and Nightshade come from Ben Zhao's lab at the University of Chicago.",
    "Getty Images built its generator with NVIDIA on Edify, and Shutterstock licenses its library.",
    "Luma's Ray3, Runway's Aleph, Moonvalley's Marey and Alibaba's open-weights Wan.",
    "Meta's Vibes feed sits inside the Meta AI app, next to Emu Video.",
    "Chegg, Quizlet, Udemy, Coursera Coach, MagicSchool, PhysicsWallah and Byju's.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
