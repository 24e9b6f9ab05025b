"""Article notes, hover cards, misspellings and the build-time pictures (SVG).

On the small hand-made corpus of conftest.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from markupsafe import Markup

from archive.model import Mention
from archive.render import render
from archive.render_lists import date_bars
from archive.render_svg import Bar, Neighbour, network_svg, timeline_svg
from archive.render_text import find_passage, mark_mentions
from archive.text import sentence_bounds
from archive.urls import output_path

SVG = "{http://www.w3.org/2000/svg}"


def build(tmp_path: Path, corpus, layouts: Path, content: Path) -> Path:
    out = tmp_path / "site"
    render(corpus, layouts, content, out)
    return out


def read_page(site: Path, url_path: str) -> str:
    return (site / output_path(url_path)).read_text(encoding="utf-8")


def svg_of(html: str, element_id: str) -> ElementTree.Element:
    match = re.search(rf'<svg [^>]*aria-labelledby="{element_id}-title.*?</svg>', html, re.DOTALL)
    assert match, f"no picture {element_id}"
    return ElementTree.fromstring(
        match.group(0).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )


# Editor's notes ------------------------------------------------------------------


def test_a_note_sits_beside_the_paragraph_holding_its_quote_which_is_marked(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    (content / "notes" / "alpha.md").write_text(
        '---\nquote: "the Senkaku  islands"\n---\nJapan calls them *Senkaku*.\n', encoding="utf-8"
    )
    html = read_page(build(tmp_path, corpus, layouts, content), "/articles/alpha/")
    noted = re.search(r'<div class="noted">(.*?)</aside>\s*</div>', html, re.DOTALL)
    assert noted, "no paragraph with a note"
    assert '<mark class="note-anchor">the Senkaku islands</mark> were discussed.' in noted.group(1)
    assert "<p>Japan calls them <em>Senkaku</em>.</p>" in noted.group(1)
    assert 'class="editor-note margin-note"' in noted.group(1)
    assert 'id="note-title"' not in html  # not repeated after the article


def test_a_note_whose_quote_is_not_in_the_text_is_shown_after_the_article(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    (content / "notes" / "alpha.md").write_text(
        "---\nquote: words nobody wrote\n---\nA note.\n", encoding="utf-8"
    )
    html = read_page(build(tmp_path, corpus, layouts, content), "/articles/alpha/")
    assert 'class="noted"' not in html
    assert "The passage this note is about is no longer in the text." in html
    assert "<p>A note.</p>" in html


def test_a_note_passage_mark_never_cuts_a_mention_in_two() -> None:
    text = "Taro Kono met Wang Yi."
    mentions = [Mention(0, 9, "Taro Kono", "person", "Taro Kono")]
    html = mark_mentions(text, mentions, lambda _: "/e/", highlight=(5, 13))
    assert html.startswith('<mark class="note-anchor"><a href="/e/"')
    assert html.endswith("Taro Kono</a> met</mark> Wang Yi.")


def test_a_passage_is_found_whatever_its_spacing_and_case() -> None:
    assert find_passage("The  Senkaku\nIslands were", "the senkaku islands") == (0, 20)
    assert find_passage("Nothing here", "Senkaku") is None


# Hover cards and misspellings ------------------------------------------------------


def test_each_mention_points_at_its_entity_card_with_name_type_and_description(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    html = read_page(build(tmp_path, corpus, layouts, content), "/articles/alpha/")
    card_ids = re.findall(
        r'class="mention[^"]*" data-entity="Taro Kono" aria-describedby="([^"]+)"', html
    )
    assert card_ids and set(card_ids) == {"about-taro-kono"}
    card = re.search(
        r'<div class="hover-card[^"]*" id="about-taro-kono" role="tooltip" hidden>(.*?)</div>', html
    )
    assert card, "no card for Taro Kono"
    assert "<strong>Taro Kono</strong>" in card.group(1)
    assert "Person" in card.group(1)
    assert "Japan&#39;s foreign minister. See all names." in card.group(1)  # Markdown made plain
    assert html.count('id="about-taro-kono"') == 1


def test_a_probable_misspelling_is_said_on_the_page(
    tmp_path: Path, corpus_factory, layouts: Path, content: Path
) -> None:
    corpus = corpus_factory()
    item = corpus.articles[1]  # beta: "Wang Yi spoke in Beijing. He urged Japan to act."
    kano = Mention(0, 7, "Wang Yi", "person", "Wang Yi", probable_misspelling=True)
    annotation = type(item.annotation)(mentions=(kano,))
    corpus.articles[1] = type(item)(item.article, annotation)
    html = read_page(build(tmp_path, corpus, layouts, content), "/articles/beta/")
    assert "(probable misspelling of Wang Yi)</span>" in html
    assert "“Wang Yi”: probable misspelling of Wang Yi" in html


# Pictures ------------------------------------------------------------------------------


def test_home_page_timeline_is_an_accessible_picture_with_the_figures_beside_it(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    html = read_page(build(tmp_path, corpus, layouts, content), "/")
    svg = svg_of(html, "home-timeline")
    assert svg.get("role") == "img"
    assert svg.findtext(f"{SVG}title") == "Articles in the archive, by month of publication"
    assert svg.findtext(f"{SVG}desc") == "1 dated article from Jan 2018 to Jan 2018: Jan 2018, 1."
    assert len(svg.findall(f"{SVG}rect")) == 1
    assert '<ol class="timeline">' in html and 'href="/archive/years/2018/"' in html


def test_entity_page_draws_its_network_and_timeline(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    html = read_page(build(tmp_path, corpus, layouts, content), "/entities/taro-kono/")
    network = svg_of(html, "entity-network")
    assert network.get("role") == "img"
    assert network.findtext(f"{SVG}title") == "Names seen with Taro Kono"
    labels = [text.text for text in network.findall(f"{SVG}text")]
    assert labels == ["Beijing", "Wang Yi", "Taro Kono"]
    assert "Beijing (1), Wang Yi (1)" in (network.findtext(f"{SVG}desc") or "")
    timeline = svg_of(html, "entity-timeline")
    assert timeline.findtext(f"{SVG}title") == "Articles naming Taro Kono, by month of publication"
    assert 'class="chips"' in html  # the names as a list too


def test_dates_make_bars_by_month_over_a_short_span_and_by_year_over_a_long_one() -> None:
    short, unit = date_bars(["2018-01-28", "2018-03-01", None, "2018-01-02"])
    assert unit == "month"
    assert short == [Bar("Jan 2018", 2), Bar("Feb 2018", 0), Bar("Mar 2018", 1)]
    long, unit = date_bars(["2015-05-01", "2018-01-28", "2018-02-01"])
    assert unit == "year"
    assert long == [Bar("2015", 1), Bar("2016", 0), Bar("2017", 0), Bar("2018", 2)]


def test_timeline_draws_one_bar_per_period_as_tall_as_its_count() -> None:
    svg = timeline_svg([Bar("2016", 2), Bar("2017", 0), Bar("2018", 4)], "T", "D", "t")
    tree = ElementTree.fromstring(
        str(svg).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )
    heights = [float(rect.get("height") or 0) for rect in tree.findall(f"{SVG}rect")]
    assert heights[2] > heights[0] > heights[1]


def test_network_layout_is_a_circle_in_weight_order_and_the_same_every_time() -> None:
    center = Neighbour("A", "person", 5)
    around = [Neighbour(name, "place", count) for name, count in (("B", 4), ("C", 2), ("D", 1))]
    first = network_svg(center, around, [(0, 1)], "n")
    assert first == network_svg(center, around, [(0, 1)], "n")
    tree = ElementTree.fromstring(
        str(first).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )
    circles = tree.findall(f"{SVG}circle")
    top = circles[0]  # the heaviest neighbour is at twelve o'clock
    assert float(top.get("cy") or 0) < float(circles[-1].get("cy") or 0)
    assert len(tree.findall(f"{SVG}line")) == 1 + 3  # one link between neighbours, three edges


def test_no_picture_when_there_is_nothing_to_draw() -> None:
    assert timeline_svg([], "T", "D", "t") == Markup("")
    assert network_svg(Neighbour("A", "person", 1), [], [], "n") == Markup("")


def test_picture_text_is_escaped() -> None:
    svg = timeline_svg([Bar("<b>", 1)], "<script>", "&", "t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;" in svg


# Keyword in context at archive scale --------------------------------------------------


def test_a_chinese_or_japanese_sentence_ends_at_its_full_stop() -> None:
    text = (
        "日本政府は発表した。尖閣諸島の周辺で中国の船を確認した。「危険だ」と述べた。"
        " The U.S. said so."
    )
    quoted = {
        word: text[slice(*sentence_bounds(text, text.index(word), text.index(word) + 2))]
        for word in ("尖閣", "危険", "U.")
    }
    assert quoted == {
        "尖閣": "尖閣諸島の周辺で中国の船を確認した。",
        "危険": "「危険だ」と述べた。",
        "U.": "The U.S. said so.",
    }
