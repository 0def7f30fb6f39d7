"""Session 47 (gloss47b): glossary names of consumer tech (game publishers and studios, engines,
stores, consoles and handhelds, game titles, phones and their makers, AI gadgets and wearables,
streaming and creator tools) and the people behind them: a misspelled name is found with the
canonical fix, whether the glossary lists that misspelling or only the fuzzy match finds it; a
product, unit or executive tied to the wrong firm is found and its own firm is quiet; the right
spelling, and the ordinary words that the new names are ("nothing", "bee", "friend", "kick",
"among us", "honor") or sit close to, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    ("Take Two Interactive owns the studio.", "Take Two Interactive", "Take-Two Interactive"),
    ("RockStar Games made the trailer.", "RockStar Games", "Rockstar Games"),
    ("Electronics Arts shipped the game.", "Electronics Arts", "Electronic Arts"),
    ("XBox Game Studios published it.", "XBox Game Studios", "Xbox Game Studios"),
    ("Zenimax was bought by Microsoft.", "Zenimax", "ZeniMax Media"),
    ("RiotGames runs the esports league.", "RiotGames", "Riot Games"),
    ("Mihoyo makes the anime game.", "Mihoyo", "miHoYo"),
    ("SuperCell makes mobile games in Helsinki.", "SuperCell", "Supercell"),
    ("Nyantic builds a large geospatial model.", "Nyantic", "Niantic"),
    ("Inner Sloth made the game.", "Inner Sloth", "Innersloth"),
    ("GoDot is free and open source.", "GoDot", "Godot Engine"),
    ("SteamDeck sold millions.", "SteamDeck", "Steam Deck"),
    ("Gamepass added the title.", "Gamepass", "Xbox Game Pass"),
    ("GTA Six comes out next year.", "GTA Six", "Grand Theft Auto VI"),
    ("Mario Cart World launched with the console.", "Mario Cart World", "Mario Kart World"),
    ("Genshen Impact made billions.", "Genshen Impact", "Genshin Impact"),
    ("Valorent has a big esports scene.", "Valorent", "Valorant"),
    ("Counter Strike is a shooter.", "Counter Strike", "Counter-Strike"),
    ("Patrion pays creators monthly.", "Patrion", "Patreon"),
    ("Motorolla launched a phone.", "Motorolla", "Motorola"),
    ("Karl Pei founded the company.", "Karl Pei", "Carl Pei"),
    ("Marquez Brownlee reviewed the phone.", "Marquez Brownlee", "Marques Brownlee"),
    ("Avi Schiffman made the pendant.", "Avi Schiffman", "Avi Schiffmann"),
    ("Imran Chaudry designed the pin.", "Imran Chaudry", "Imran Chaudhri"),
    ("Essilor Luxottica makes the frames.", "Essilor Luxottica", "EssilorLuxottica"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Innerslothe made the game.", "Innerslothe", "Innersloth"),
    ("Scopeley bought the game.", "Scopeley", "Scopely"),
    ("Valorrant has a big esports scene.", "Valorrant", "Valorant"),
    ("Genshin Impcat made billions.", "Genshin Impcat", "Genshin Impact"),
    ("Kajaby hosts the course.", "Kajaby", "Kajabi"),
    ("Substak pays writers.", "Substak", "Substack"),
    ("Gumroud sells the ebook.", "Gumroud", "Gumroad"),
    ("Fairfone makes repairable phones.", "Fairfone", "Fairphone"),
    ("Ultrahumen makes a ring.", "Ultrahumen", "Ultrahuman"),
    ("Phil Spencar runs Xbox.", "Phil Spencar", "Phil Spencer"),
    ("Marques Brownley reviewed the phone.", "Marques Brownley", "Marques Brownlee"),
    ("Bethany Bongiorni ran the company.", "Bethany Bongiorni", "Bethany Bongiorno"),
    ("Hideo Kojimma made the game.", "Hideo Kojimma", "Hideo Kojima"),
    ("Shigeru Miyamato designed Mario.", "Shigeru Miyamato", "Shigeru Miyamoto"),
    ("Bobby Kottick ran the company.", "Bobby Kottick", "Bobby Kotick"),
    ("Casey Niestat made a vlog.", "Casey Niestat", "Casey Neistat"),
    ("Riot Gaems runs the esports league.", "Riot Gaems", "Riot Games"),
    ("League of Legands is played by millions.", "League of Legands", "League of Legends"),
    ("Hoyovers makes the anime game.", "Hoyovers", "HoYoverse"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, unit or executive tied to the wrong firm, its evidence, a quiet twin naming its own firm)
WRONG_MAKERS = [
    ("Ubisoft's Grand Theft Auto VI comes out next year.", "Ubisoft's Grand Theft Auto VI",
     "Rockstar's Grand Theft Auto VI comes out next year."),
    ("Sony's Steam Deck runs Linux.", "Sony's Steam Deck", "Valve's Steam Deck runs Linux."),
    ("Microsoft's PlayStation 5 sold well.", "Microsoft's PlayStation 5", "Sony's PlayStation 5 sold well."),
    ("Nintendo's Xbox Series X is fast.", "Nintendo's Xbox Series X", "Microsoft's Xbox Series X is fast."),
    ("Riot Games, owned by Microsoft, runs the league.", "Riot Games, owned by Microsoft",
     "Riot Games, owned by Tencent, runs the league."),
    ("Rockstar Games, owned by Electronic Arts, made the trailer.", "Rockstar Games, owned by Electronic Arts",
     "Rockstar Games, owned by Take-Two, made the trailer."),
    ("Genshin Impact from Tencent made billions.", "Genshin Impact from Tencent",
     "Genshin Impact from HoYoverse made billions."),
    ("Supercell's Among Us was a pandemic hit.", "Supercell's Among Us",
     "Innersloth's Among Us was a pandemic hit."),
    ("Streamlabs, owned by Amazon, makes overlays.", "Streamlabs, owned by Amazon",
     "Streamlabs, owned by Logitech, makes overlays."),
    ("Bee, owned by Meta, makes a wristband.", "Bee, owned by Meta", "Bee, owned by Amazon, makes a wristband."),
    ("Limitless, owned by Google, makes a pendant.", "Limitless, owned by Google",
     "Limitless, owned by Meta, makes a pendant."),
    ("Carl Pei, the CEO of Xiaomi, spoke.", "Carl Pei, the CEO of Xiaomi", "Carl Pei, the CEO of Nothing, spoke."),
    ("Phil Spencer, the CEO of Sony, spoke.", "Phil Spencer, the CEO of Sony",
     "Phil Spencer, the CEO of Microsoft Gaming at Microsoft, spoke."),
    ("Samsung's Pixel 10 has a Tensor chip.", "Samsung's Pixel 10", "Google's Pixel 10 has a Tensor chip."),
    ("Apple's Galaxy Z Fold7 is thin.", "Apple's Galaxy Z Fold7", "Samsung's Galaxy Z Fold7 is thin."),
    ("Motorola, owned by Xiaomi, makes the Razr.", "Motorola, owned by Xiaomi",
     "Motorola, owned by Lenovo, makes the Razr."),
    ("Epic Games' Counter-Strike 2 has a big esports scene.", "Epic Games' Counter-Strike 2",
     "Valve's Counter-Strike 2 has a big esports scene."),
    ("Dan Siroker, the CEO of Humane, spoke.", "Dan Siroker, the CEO of Humane",
     "Dan Siroker, the CEO of Limitless, spoke."),
    ("Electronic Arts' Call of Duty sells every year.", "Electronic Arts' Call of Duty",
     "Activision's Call of Duty sells every year."),
    ("Meta's visionOS runs the headset.", "Meta's visionOS", "Apple's visionOS runs the headset."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other people's names beside them
QUIET = [
    "Nothing happened after the launch, and nothing changed.",
    "A bee stung me in the garden, and the spelling bee was on TV.",
    "Steam rose from the kettle.",
    "Among us there were doubters.",
    "Switch the light off before you leave.",
    "Kick off the meeting with a demo, and they kick the tires on every model.",
    "She is my friend, and Friends is a sitcom.",
    "Friend or foe, the model answered.",
    "Limitless growth is a myth.",
    "Your Honor, the model did not lie, and the honour was all mine.",
    "Discord broke out in the lab.",
    "In vivo studies confirmed it, and the oppo research was thorough.",
    "A supercell thunderstorm hit Oklahoma.",
    "The rockstar engineer shipped it, and Rockstar Energy sponsors the race.",
    "He went beyond the call of duty.",
    "Frostbite is a risk on the mountain.",
    "Waiting for Godot is a play by Samuel Beckett, and Godet is a French surname.",
    "The NIH in Bethesda funded the study, and Motorola Solutions sells radios to police.",
    "We use a 2k context window, and 2K tokens is small.",
    "Phil Spencer runs Xbox, and Phil Spector produced records.",
    "The Atlantic ran a story, and the Scopes trial was about evolution.",
    "Patrons of the arts funded a valiant effort.",
    "Medal of Honor was a hit, and Gal Gadot starred in the film.",
    "Take-Two owns Rockstar Games and 2K, and Strauss Zelnick runs it.",
    "Tencent owns Riot Games, which makes League of Legends and Valorant, and most of Supercell.",
    "miHoYo, now HoYoverse, makes Genshin Impact, and TiMi Studio Group makes Honor of Kings.",
    "Valve makes the Steam Deck, Counter-Strike 2 and Dota 2, and Gabe Newell runs it.",
    "Nintendo's Switch 2 launched with Mario Kart World, and Shigeru Miyamoto and Doug Bowser were there.",
    "Google Play and the App Store take a cut, and YouTube Shorts and TikTok Shop pay creators.",
    "Streamers moved from Twitch to Kick, and chat moved to Discord.",
    "OnePlus is part of Oppo, and Vivo, Honor and Motorola sell phones in India.",
    "The Nothing Phone (3), the Pixel 10, the iPhone 17, the iPhone Air and the Galaxy Z Fold7 launched.",
    "Avi Schiffmann made Friend, Dan Siroker made the Limitless Pendant, and Maria de Lourdes Zollo made Bee.",
    "Marques Brownlee reviewed it, MrBeast posted about it, and Casey Neistat filmed it.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
