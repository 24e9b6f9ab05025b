"""The address a page was published at, where the page gives it."""

from __future__ import annotations

import pytest
from test_clean import PARAGRAPHS, page, saved_page

from archive.clean import clean
from archive.clean_address import web_address
from archive.export import article_markdown

HEADLINE = "New SUVs and electric vehicles highlight L.A. Auto Show"
ADDRESS = "https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-14848164.php"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (ADDRESS, ADDRESS),
        ("  http://example.org/a?b=1&c=2 ", "http://example.org/a?b=1&c=2"),
        ("javascript:alert(1)", None),
        ("ftp://example.org/file", None),
        ("https://example.org/a b", None),
        ('https://example.org/"><script>', None),
        ("See https://example.org/", None),
        (None, None),
    ],
)
def test_a_web_address_is_http_or_https_and_nothing_else(text, address):
    assert web_address(text) == address


def test_a_dump_gives_the_address_printed_over_its_headline():
    article = clean(page("News | Cars", ADDRESS, HEADLINE, *PARAGRAPHS))
    assert article.source_url == ADDRESS


def test_a_dump_gives_the_address_under_its_copy_link_prompt():
    address = "https://www.bbc.com/news/newsbeat-50470672"
    article = clean(page(HEADLINE, *PARAGRAPHS, "Share this with", "Copy this link", address))
    assert article.source_url == address


def test_a_dumps_address_spelling_its_headline_is_its_own_the_others_are_links():
    teaser = "https://example.com/2019/11/19/storm-hits-the-coast/"
    article = clean(page(HEADLINE, *PARAGRAPHS, "Most read", teaser))
    assert article.source_url is None
    spelled = clean(page(HEADLINE, *PARAGRAPHS, "Most read", teaser, "Share", ADDRESS))
    assert spelled.source_url == ADDRESS


def test_a_saved_page_gives_its_canonical_address():
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    head = f'<title>{HEADLINE}</title><link rel="canonical" href="{ADDRESS}">'
    article = clean(saved_page(f"<h1>{HEADLINE}</h1>{paragraphs}", head))
    assert article.source_url == ADDRESS


def test_markdown_front_matter_gives_the_address_and_eject_keeps_it():
    article = clean(
        page(f"---\ntitle: Cars\nsource_url: {ADDRESS}\n---\n\nNew SUVs.\n", format_="md")
    )
    assert article.source_url == ADDRESS
    assert clean(page(article_markdown(article), format_="md")).source_url == ADDRESS


def test_an_address_that_is_no_web_address_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="'source_url' in the front matter must be a web address"):
        clean(page("---\nsource_url: javascript:alert(1)\n---\n\nText.\n", format_="md"))
