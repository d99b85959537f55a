"""Events at scale: occasions kept apart and together, dates from datelines and links, versions.

One small corpus, written here, run once through the whole pipeline with the real model:
- two stories on one day about one country (floods in Lagos; Nigeria's central bank raising rates),
  each told by two outlets, one of them in a short piece and a long one;
- an undated article on the floods;
- a story told by one outlet and updated with one changed figure (two versions), and the same
  outlet's other stories with its newsletter footer.
"""
from datetime import date
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.ingest import dateline_date, read_articles, url_date
from crosscheck.types import Line

from .conftest import write

FLOODS_LONG = """---
outlet: Daily Ledger
title: Lagos floods kill at least 30 as rivers burst their banks
date: 2025-06-02
---
LAGOS, June 2, 2025 — Flash floods killed at least 30 people in Lagos on Monday after two days of torrential rain, the state emergency agency said.

The Ogun and Osun rivers burst their banks overnight, submerging homes in Ikorodu and Agege.

Rescue workers pulled 112 people from flooded houses, according to the Lagos State Emergency Management Agency.

Governor Babajide Sanwo-Olu visited Ikorodu and promised relief for families who lost their homes.

The Nigerian Meteorological Agency warned that more heavy rain is expected across the southwest this week.

Residents said drainage channels had been blocked by refuse for months before the rain began.

More than 4,000 people have moved to temporary shelters in schools and churches, the agency said.

Flooding in Lagos has become more frequent as the city expands onto wetlands, engineers say.
"""

FLOODS_SHORT = """---
outlet: Coast Wire
title: Death toll from Lagos flooding rises to 30
date: 2025-06-02
---
At least 30 people died in flash floods in Lagos on Monday after torrential rain, emergency officials said.

Rescuers in Ikorodu pulled more than a hundred residents from submerged homes.

Governor Babajide Sanwo-Olu promised relief for displaced families.
"""

FLOODS_UNDATED = """---
outlet: Harbour Times
title: Lagos residents count the cost of deadly floods
---
Families in Ikorodu returned on Tuesday to homes wrecked by the flash floods that killed 30 people in Lagos.

The Lagos State Emergency Management Agency said rescuers had pulled 112 people from flooded houses.

Governor Babajide Sanwo-Olu repeated his promise of relief for families who lost their homes in the floods.
"""

RATES_ONE = """---
outlet: Daily Ledger
title: Nigeria's central bank raises interest rate to 27.5% to fight inflation
date: 2025-06-02
---
The Central Bank of Nigeria raised its benchmark interest rate to 27.5% on Monday, its fourth increase this year.

Governor Olayemi Cardoso said the Monetary Policy Committee voted to tighten policy because inflation remains above 30%.

The naira weakened slightly against the dollar after the decision was announced in Abuja.

Economists had expected the committee to hold the rate at 26.75%.
"""

RATES_TWO = """---
outlet: Coast Wire
title: CBN hikes rate again as inflation bites
date: 2025-06-02
---
Nigeria's Monetary Policy Committee raised the benchmark rate by 75 basis points to 27.5% on Monday.

Central bank governor Olayemi Cardoso told reporters in Abuja that inflation above 30% left the committee no choice.

Analysts said the increase would raise borrowing costs for manufacturers already hit by the weak naira.
"""

PORT = """---
outlet: Harbour Times
title: Port of Apapa reopens after dredging
date: 2025-06-09
---
The Port of Apapa reopened to container ships on Monday after three months of dredging work.

Dredgers deepened the shipping channel to 13.5 metres over three months.

Shipping lines said they would restore weekly calls to Apapa from July.

Truck drivers said the access road to the port remains congested.

Discover the best stories of the week, picked by our editors every Friday morning.
"""

PORT_UPDATE = PORT.replace("title: Port of Apapa reopens after dredging", "title: Port of Apapa reopens (updated)") \
    .replace("to 13.5 metres", "to 14.5 metres").replace("date: 2025-06-09", "date: 2025-06-10")

OTHER_HARBOUR_STORY = """---
outlet: Harbour Times
title: Fishermen protest fuel prices in Badagry
date: 2025-06-20
---
Hundreds of fishermen blocked the coastal road in Badagry on Friday to protest the price of fuel.

Police said the protest ended peacefully after local officials agreed to meet the fishermen's union.

Discover the best stories of the week, picked by our editors every Friday morning.
"""

FILES = {"floods_long.txt": FLOODS_LONG, "floods_short.txt": FLOODS_SHORT, "floods_undated.txt": FLOODS_UNDATED,
         "rates_one.txt": RATES_ONE, "rates_two.txt": RATES_TWO, "port.txt": PORT,
         "port_update.txt": PORT_UPDATE, "fishermen.txt": OTHER_HARBOUR_STORY}


@pytest.fixture(scope="module")
def events_run(tmp_path_factory, embedder, settings):
    from crosscheck.pipeline import run

    folder = tmp_path_factory.mktemp("events")
    for name, text in FILES.items():
        write(folder, name, text)
    corpus, stats = run([folder], settings, embedder)
    return corpus, stats


def _event_files(corpus) -> list[set[str]]:
    name = {a.id: Path(a.path).name for a in corpus.articles}
    return [{name[aid] for aid in event.article_ids} for event in corpus.clustering.events]


def test_two_same_day_stories_about_one_country_stay_apart(events_run):
    events = _event_files(events_run[0])
    floods = next(e for e in events if "floods_long.txt" in e)
    rates = next(e for e in events if "rates_one.txt" in e)
    assert floods is not rates
    assert {"rates_one.txt", "rates_two.txt"} == rates


def test_a_short_and_a_long_article_of_one_story_and_an_undated_one_share_its_event(events_run):
    events = _event_files(events_run[0])
    assert {"floods_long.txt", "floods_short.txt", "floods_undated.txt"} in events


def test_event_label_names_the_occasion_and_its_date(events_run):
    corpus = events_run[0]
    event = next(e for e in corpus.clustering.events if len(e.article_ids) == 3)
    assert event.date == date(2025, 6, 2) and event.label.endswith(", 2 Jun 2025")
    label = event.label.lower()
    assert "lagos" in label or "flood" in label
    assert not any(verb in label.split(" · ") for verb in ("said", "says", "told"))
    port = next(e for e in corpus.clustering.events if any("port" in Path(a.path).name
                                                          for a in corpus.articles if a.id in e.article_ids))
    assert port.date == date(2025, 6, 9)  # the original's date, not the update's


def test_versions_are_recognised_and_both_keep_their_claims(events_run):
    corpus, stats = events_run
    by_name = {Path(a.path).name: a for a in corpus.articles}
    port, update = by_name["port.txt"], by_name["port_update.txt"]
    assert port.versions == (update.id,) and update.versions == (port.id,)
    assert any("versions of one article" in w for w in stats.warnings)
    counts = {a.id: sum(c.article_id == a.id for c in corpus.claims) for a in (port, update)}
    assert counts[port.id] == counts[update.id] >= 3
    shared = "Shipping lines said they would restore weekly calls to Apapa from July."
    assert shared in [line.text for line in port.lines] and shared in [line.text for line in update.lines]


def test_the_changed_figure_between_versions_is_a_finding(events_run):
    corpus = events_run[0]
    text = {c.id: c.text for c in corpus.claims}
    differences = [f for f in corpus.findings if f.kind.value == "differ"]
    assert any(any("13.5" in text.get(c, "") for c in f.claim_ids) and any("14.5" in text.get(c, "") for c in f.claim_ids)
               for f in differences)


def test_a_footer_one_outlet_repeats_across_its_stories_is_boilerplate(events_run):
    corpus = events_run[0]
    footer = "Discover the best stories of the week, picked by our editors every Friday morning."
    assert not any(footer == line.text for a in corpus.articles for line in a.lines)


def test_versions_and_boilerplate_without_the_model(tmp_path):
    write(tmp_path, "port.txt", PORT)
    write(tmp_path, "port_update.txt", PORT_UPDATE)
    write(tmp_path, "fishermen.txt", OTHER_HARBOUR_STORY)
    result = read_articles([tmp_path], Settings())
    lines = {Path(a.path).name: [line.text for line in a.lines] for a in result.articles}
    assert len(lines["port.txt"]) == len(lines["port_update.txt"]) == 4  # all but the footer
    assert len(lines["fishermen.txt"]) == 2
    # Without the outlet's other story the footer is only shared by two versions: it stays.
    (tmp_path / "fishermen.txt").unlink()
    result = read_articles([tmp_path], Settings())
    assert all(len(a.lines) == 5 for a in result.articles)


def test_two_outlets_sharing_a_quote_keep_it(tmp_path):
    quote = "“We will rebuild every home that the water took,” the governor said on Monday."
    for outlet, first in (("One", "Floods hit the city after two days of heavy rain."),
                          ("Two", "Rescuers worked through the night in the flooded districts."),
                          ("Three", "Schools were closed across the state because of the floods.")):
        write(tmp_path, f"{outlet}.txt", f"---\noutlet: {outlet}\n---\n{first}\n{quote}\n")
    result = read_articles([tmp_path], Settings())
    assert all(quote in [line.text for line in a.lines] for a in result.articles)


def test_dates_from_datelines_and_links(tmp_path):
    assert dateline_date([Line(1, "LAGOS, June 2, 2025 — Flash floods killed at least 30 people.")]) == date(2025, 6, 2)
    assert dateline_date([Line(1, "ABUJA, Nigeria, 3 June 2025 - The bank raised rates.")]) == date(2025, 6, 3)
    assert dateline_date([Line(1, "Officials said on June 2, 2025 — a Monday — that rain would ease.")]) is None
    assert url_date("https://example.com/news/2021/10/18/story-slug") == date(2021, 10, 18)
    assert url_date("https://example.com/world/powell-dies-2021-10-18/") == date(2021, 10, 18)
    assert url_date("https://example.com/a/20211018/b.html") == date(2021, 10, 18)
    assert url_date("https://example.com/story_4050870.html") is None
    assert url_date("https://example.com/2021/13/45/nonsense") is None
    write(tmp_path, "a.txt", "---\noutlet: X\nurl: https://example.com/2025/06/02/floods\n---\n"
                             "Flash floods killed at least 30 people in the city.\n")
    write(tmp_path, "b.txt", "---\noutlet: Y\n---\nLAGOS, June 3, 2025 — Rescuers searched for the missing.\n")
    published = {Path(a.path).name: a.published for a in read_articles([tmp_path], Settings()).articles}
    assert published == {"a.txt": date(2025, 6, 2), "b.txt": date(2025, 6, 3)}


def test_event_similarity_tables_are_sized_by_articles_not_vocabulary():
    from crosscheck.events import _word_matrix
    from crosscheck.types import Article

    articles = [Article(str(i), f"{i}.txt", "X", f"Title {i}", None, None,
                        (Line(1, " ".join(f"word{i}x{j}" for j in range(200)) + "."),)) for i in range(50)]
    matrix = _word_matrix(articles, [])
    assert hasattr(matrix, "nnz") and matrix.shape[0] == 50 and matrix.nnz <= 50 * 201


def test_report_names_files_under_the_corpus_folder_and_lists_versions(events_run):
    from crosscheck.report import render_markdown

    text = render_markdown(events_run[0])
    sources = text.split("## Sources", 1)[1].split("\n## ", 1)[0]
    assert "Versions of one article" in sources and "port.txt, port\\_update.txt" in sources


def test_two_folders_files_of_one_name_are_told_apart():
    from crosscheck.report import relative_names
    from crosscheck.types import Article

    articles = [Article(i, path, "X", "T", None, None, ()) for i, path in
                (("1", "/data/monday/article.txt"), ("2", "/data/tuesday/article.txt"), ("3", "/data/top.txt"))]
    assert relative_names(articles) == {"1": "monday/article.txt", "2": "tuesday/article.txt", "3": "top.txt"}
