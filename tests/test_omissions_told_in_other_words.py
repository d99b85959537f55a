"""An omission the other source perhaps states in other words (compare/other_words.py): close though under the
coverage bar and writing the point's names and nouns, it is lowered to low severity and its reason names that claim
with its file and line; a look-alike (the same place or person, another point) stays an omission as it was.
Readouts and articles written for these tests; the real pipeline and model."""
import re

import pytest

from .conftest import write

_JAPAN = ("---\noutlet: Japanese Foreign Ministry\ntitle: Readout of the call\ndate: 2026-02-03\n---\n"
          "Foreign Minister Ana Sato spoke with Chinese Foreign Minister Wang Lei.\n\n"
          "The two ministers agreed to reopen the border crossing at Velden for trade next month.\n\n"
          "Sato raised the detention of three Japanese fishermen, whom the coast guard has held off Hainan since "
          "January.\n\n"
          "{point}\n")
_CHINA = ("---\noutlet: Ministry of Foreign Affairs of the People's Republic of China\ntitle: Readout of the call\n"
          "date: 2026-02-03\n---\n"
          "Foreign Minister Wang Lei held a call with Japanese Foreign Minister Sato.\n\n"
          "Both ministers agreed that the Velden border crossing will reopen for trade next month.\n\n"
          "Wang said the detention of the three Japanese fishermen off Hainan would be handled in accordance with the "
          "law.\n\n"
          "{other}\n")

# (what Japan's readout says, what China's says of it in other words)
TOLD_OTHERWISE = [
    # a narrower wording against a broader one
    ("Sato raised the safety of tankers in the Strait of Malacca.",
     "Wang listed China's maritime priorities for the year, among them fishing quotas, piracy off Somalia and "
     "tankers passing the Strait of Malacca."),
    # a synonym ("ban", "restrictions"), among other points; "raised", "spoke of"
    ("Sato raised the ban on Miyagi seafood.",
     "Beyond the Velden crossing, Wang spoke of rice tariffs, rare earth licences, students' visas and the "
     "restrictions on Miyagi seafood."),
    # a passive, among other points
    ("Sato called for a joint survey of the Ryuku reef.",
     "Fishing quotas for the coming season, the typhoon warning network that both coast guards use, the visa rules "
     "for students and a joint survey of the Ryuku reef were all raised."),
    # a name against its title
    ("Sato invited Premier Li Qiang to the Osaka trade fair.",
     "Wang said the premier had been invited to Osaka but that his autumn was taken up by trips to Africa and Latin "
     "America."),
]

# (Japan's point, China's sentence about the same place or person that does not tell it)
LOOK_ALIKES = [
    # the same place, another point
    ("Sato said both sides would withdraw their troops from the Velden border by June.",
     "Wang said the Velden border was calm."),
    ("Sato said the Velden border was calm.",
     "Wang said both sides would withdraw their troops from the Velden border by June."),
    ("Sato protested the seizure of a Japanese trawler near the Ryuku reef.",
     "Wang proposed a joint survey of the Ryuku reef."),
    # the same person, another act
    ("Sato said Wang's deputy, Zhou Min, had led the rescue of a Japanese yacht crew off Dalian.",
     "Zhou Min, Wang said, will lead the talks on rare earth licences."),
    # the same subject, another point
    ("Sato urged China to lift its ban on seafood imports from Miyagi prefecture.",
     "Wang said the Miyagi water release worried Chinese fishermen."),
]


def _omissions(tmp_path, embedder, settings, point, other):
    from crosscheck.pipeline import run

    write(tmp_path, "japan.txt", _JAPAN.format(point=point))
    write(tmp_path, "china.txt", _CHINA.format(other=other))
    corpus, _ = run([tmp_path], settings, embedder)
    return [f for f in corpus.findings if f.kind.value == "omit" and f.level == "side" and f.absent == ("china",)
            and any(v.value == point for v in f.values)]


@pytest.mark.parametrize("point, other", TOLD_OTHERWISE)
def test_an_omission_told_in_other_words_is_lowered_and_names_where(tmp_path, embedder, settings, point, other):
    found = _omissions(tmp_path, embedder, settings, point, other)
    assert found, "no omission raised: the sentences reach the coverage bar, no test of the rule"
    finding = found[0]
    assert finding.severity.label == "low" and finding.most.label == "low"
    # the claim, or the clause of it, that tells it, with its file and line
    quoted = re.search(r"perhaps told in other words: “(.+)” \(china\.txt:\d+\)$", finding.reason)
    assert quoted and quoted.group(1).rstrip("…") in other, finding.reason


@pytest.mark.parametrize("point, other", LOOK_ALIKES)
def test_a_look_alike_stays_an_omission(tmp_path, embedder, settings, point, other):
    found = _omissions(tmp_path, embedder, settings, point, other)
    assert found and all("other words" not in f.reason and f.most.label != "low" for f in found), found


def test_the_things_a_point_names_are_its_phrases_names_and_figures():
    from crosscheck.claims import claim_from_text
    from crosscheck.compare.other_words import point_units, written_share

    claim = claim_from_text("Sato said 1,200 troops would leave the Velden border posts.")
    units = point_units(claim.text, claim, frozenset({"Sato"}))
    assert frozenset({"1200"}) in units and any({"velden", "border"} <= u for u in units)
    assert frozenset({"~leave"}) in units  # what it says was done, not the saying
    assert not any("sato" in u or "~say" in u for u in units)
    # a thing is written when half its words are; a figure when it is the same; an act by its stem
    assert written_share(units, "1,200 troops are leaving the border at Velden.") == 1
    assert written_share(units, "Twelve hundred soldiers left.") < 1
