"""P801/P802: more of the ad read's own idioms, and their ordinary look-alikes.

The host's turn back from the break ("now back to my conversation with ..."), the break's "after
these messages", any "wherever you get your podcasts", another show promoted after "if you enjoyed
today's episode", an offer's formula and deadline ("no credit card required", "the offer ends
Friday", "while supplies last"), an offer on the listener's first order, the sums the sponsor saved
its members, a count of its users ("trusted by millions of"), a free trial with its length between
("start your free thirty-day trial") and the ad's social proof with "build on" / "rely on" are ad
copy by themselves. So are disclosures ("sponsored content", "a paid partnership"), the nameless break ("a word from the folks
who ...") and its tease ("Right after this, ..."), the call's closers ("tell them X sent you", "the
ideal gift for the ... in your life", "a ninety-day money-back guarantee"), a crowd to join, the
premium feed's "ad-free episodes", an offer to new members, the listener's imperative with an offer,
public radio's "Support for NPR and the following message come from", customers named as "already"
using it, an offer to the listeners, the vanity link, an offer on a whole range, "rate and review
the show", a dynamic ad's "[AD BREAK]", "wherever books are sold" and the small print of banks and
drugs. A guest's "we'll be right back to normal", a free tier "no credit card needed", "the offer
ended up lower", "on your first order they lose money", customers' savings told without the ad's
"up to", "a word from the regulator", "right after this happened", advice to "start with the free
version", "teams like ours already use", "diners rate and review restaurants" and "(ads)" are not.
"""

from __future__ import annotations

from tests.conftest import audit_text, quote_episode, transcript_episode
from tests.test_sponsor_s19 import FILL, _flagged

AD_COPY = [
    "Okay, now back to my conversation with Professor Lindqvist.",
    "Stick around, there's plenty more right after these messages.",
    "New episodes drop every Tuesday on Apple Podcasts or wherever you get your podcasts.",
    "If you enjoyed today's episode, you'll probably love Slow Burn Economics, our sister show.",
    "Set up your first dashboard in five minutes, no credit card required.",
    "The offer expires at the end of the month, so don't sleep on it.",
    "Limited-time offer: two mattress protectors thrown in while supplies last.",
    "You'll get a free travel kit with your first order of the starter bundle.",
    "Since launch, Pennywell has saved its members more than two hundred million dollars in fees.",
    "Members save up to nine hundred dollars a year on their phone and internet bills.",
    "Harbormaster is the scheduling platform trusted by thousands of independent clinics.",
    "Start your free thirty-day trial and see the difference in your first week.",
    "Over ten thousand data teams build on Quarrystone to ship pipelines they can trust.",
    # disclosures, the nameless break and its tease, the call's closers
    "Sponsored content: the next few minutes are a paid partnership with Orvane Motors.",
    "And now, a quick word from the folks who keep this feed free.",
    "Right after this, the story of the bridge that sank twice.",
    "Tell them Midnight Ledger sent you and they'll knock off the setup fee.",
    "It's the ideal gift for the amateur astronomer in your life.",
    "Every pair comes with a ninety-day money-back guarantee.",
    "Join more than forty thousand engineers who read it every Sunday.",
    "Premium subscribers get ad-free episodes and a monthly bonus show.",
    "New members get their first two classes for the price of one.",
    "Download Fernly today and get a bonus month on the annual plan.",
    "Support for NPR and the following message come from the Ardent Trust.",
    "Studios like Pixelmoor and Larchway already render their trailers there.",
    "There's a free starter kit for all our listeners this week.",
    "Sign up through our link and the installation is on the house.",
    "Thirty percent off all frames through Sunday.",
    "Please rate and review the show wherever you listen, it really helps.",
    "[AD BREAK]",
    "The novel is out now wherever books are sold.",
    "Brindle is a financial technology company, not a bank; banking services provided by Lakeshore Bank, Member FDIC.",
    "Ask your doctor if Calmora is right for you.",
]

NOT_AD_COPY = [
    "Once the port reopens, we'll be right back to normal shipping times.",
    "There is a generous free tier, no credit card needed, and that drove our growth.",
    "The offer ended up thirty percent below our last round, and we took it.",
    "On your first order they lose money, and they make it back by the third.",
    "Our customers save about a fifth on freight once they consolidate shipments.",
    "I went back to my conversation notes from the first interview and they were useless.",
    "We tried a free trial of every tool and picked the one the nurses liked.",
    "Most of the banks we talked to rely on mainframes from the eighties.",
    "And now a word from the regulator, who disagrees with all of this.",
    "Right after this happened, the board called an emergency meeting.",
    "The money-back guarantee on the scooter turned into a class action.",
    "Start with the free version and upgrade when it hurts.",
    "Teams like ours already use Postgres for everything.",
    "Visit any port today and you'll see the same empty berths.",
    "Diners rate and review restaurants, and the platform takes a cut.",
    "We got a five-star review in the Times and sales doubled.",
    "Their main business (ads) still pays for everything else.",
    "We gave free tickets to the volunteers and nothing to the press.",
]


def _quote_flagged(text: str) -> bool:
    return any(f.family == "sponsor" for f in audit_text(quote_episode(text), select=("sponsor",)))


def test_the_ad_reads_own_idioms_are_ad_copy_in_a_quote():
    assert [t for t in AD_COPY if not _quote_flagged(t)] == []


def test_their_ordinary_look_alikes_are_not():
    assert [t for t in NOT_AD_COPY if _quote_flagged(t)] == []


def test_promotion_of_another_show_makes_its_window_an_ad_read():
    transcript = (FILL * 3 + "If you enjoyed today's episode, you'll love {Tidewater}, a new podcast about "
                  "harbours, every Friday on {Pocket Casts} or wherever you get your podcasts. " + FILL * 3)
    quotes = ["A new podcast about harbours, every Friday."]
    assert _flagged(transcript, quotes) >= {"companies[0]:P802", "quotes[0]:P801"}


def test_a_turn_back_to_normal_in_talk_is_no_break():
    transcript = (FILL * 3 + "After the flood at {Rotterdam} it took a month, and then we'll be right back to "
                  "normal, or so {Maersk} told us. " + FILL * 3)
    quotes = ["It took a month, and then we'll be right back to normal, or so Maersk told us."]
    assert _flagged(transcript, quotes) == set()


def test_a_hosts_read_goes_on_in_the_first_person_singular():
    transcript = (FILL * 3 + "Hey all, this episode is sponsored by {Brightwell}. Whenever I'm in an airport, I turn on "
                  "{Brightwell} so nobody can read my mail. One plan covers every device in the house. " + FILL * 3)
    quotes = ["I turn on Brightwell so nobody can read my mail. One plan covers every device."]
    assert _flagged(transcript, quotes) == {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"}
