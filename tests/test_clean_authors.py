"""Authors: the people a page's byline names, in every kind of source."""

from __future__ import annotations

import pytest
from test_clean import PARAGRAPHS, page, saved_page

from archive.clean import clean
from archive.clean_authors import byline_names, listed_authors
from archive.export import article_markdown


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Sarah E. Needleman", ("Sarah E. Needleman",)),
        ("by Bryan DeArdo", ("Bryan DeArdo",)),
        ("By Mike Wuerthele and Malcolm Owen", ("Mike Wuerthele", "Malcolm Owen")),
        (
            "By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ("Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"),
        ),
        (
            "By Stefan Becket, Kathryn Watson, Grace Segers",
            ("Stefan Becket", "Kathryn Watson", "Grace Segers"),
        ),
        # the author's post or outlet ends the list of names
        ("By Eric Song, IGN Staff", ("Eric Song",)),
        ("By Troy L. Smith, Cleveland.com", ("Troy L. Smith",)),
        ("By Joan Biskupic, CNN Senior Supreme Court Analyst", ("Joan Biskupic",)),
        ("By BILL HOPPE | Special to the Pioneer Press", ("Bill Hoppe",)),
        ("Tom Krisher, Ap Auto Writer", ("Tom Krisher",)),
        # the details of the page after the name
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ("Tess Bonn",)),
        ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", ("Joseph Tsidulko",)),
        ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ("Sherif Saed",)),
        ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",)),
        ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", ("Kashmira Gander",)),
        ("BY KEVIN MCCARTHY AND SEAN O'NEIL", ("Kevin McCarthy", "Sean O'Neil")),
        ("Catherine Shu @catherineshu / 2 days", ("Catherine Shu",)),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ("Chris Davies",)),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ("Joe Rossignol",)),
        # run into the next word
        ("By Meg JamesStaff Writer", ("Meg James",)),
        ("By Jonathan GarberFOXBusiness", ("Jonathan Garber",)),
        # names in other languages, and with particles
        ("Autor: Łukasz Nowak (Korespondent)", ("Łukasz Nowak",)),
        ("Par Jean Dupont et Marie Roy", ("Jean Dupont", "Marie Roy")),
        ("Текст: Венера Ерофеева·24 сентября 2018", ("Венера Ерофеева",)),
        ("Texto: Ana María Pérez", ("Ana María Pérez",)),
        ("By Alejandro de la Garza", ("Alejandro de la Garza",)),
        ("By Dr. Jane Doe and Prof. John Roe", ("Jane Doe", "John Roe")),
        ("By Mohamed el Baradei", ("Mohamed el Baradei",)),
        ("Par Jean Dupont le 20 novembre 2019", ("Jean Dupont",)),
        ("Von Hans Meier am 20.11.2019", ("Hans Meier",)),
        # a nickname in quotation marks inside the name
        ('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm', ("Amanda Tan",)),
        # signed by an outlet or an agency, or no byline at all
        ("By Reuters", ()),
        ("By Agence France-Presse", ()),
        ("By Al Jazeera and Reuters", ()),
        ("by India Post News Weekly", ()),
        ("Politics - Nov 19, 2019", ()),
        ("HONG KONG | Nov 19, 2019", ()),
        ("Follow Us @dailyplanet", ()),
        ("Getty Images - Nov 19, 2019", ()),
        ("Los Angeles - Nov 19, 2019, 10:31 pm PST", ()),
        ("Stand By Me", ()),
        ("The ministers met on Sunday.", ()),
    ],
)
def test_a_byline_names_its_authors(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


def test_a_page_dump_takes_the_byline_under_its_headline_not_a_teasers() -> None:
    article = clean(
        page(
            "World | Politics",
            "Ministers Meet To Mend Ties",
            "By Jane Doe and John Roe, Daily Example",
            *PARAGRAPHS,
            "Most popular",
            "Storm hits the coast",
            "By Ann Other",
        )
    )
    assert article.authors == ("Jane Doe", "John Roe")


def test_a_byline_signed_by_the_pages_outlet_names_no_author() -> None:
    footer = "© 2019 Harbour Courier. All rights reserved."
    signed = clean(page("Ministers Meet To Mend Ties", "By Harbour Courier", *PARAGRAPHS, footer))
    assert (signed.outlet, signed.authors) == ("Harbour Courier", ())
    by_a_person = clean(page("Ministers Meet To Mend Ties", "By Lois Lane", *PARAGRAPHS, footer))
    assert by_a_person.authors == ("Lois Lane",)


def test_a_name_alone_over_the_date_line_signs_the_page() -> None:
    article = clean(
        page("Ministers Meet To Mend Ties", "David Ehrlich", "Nov 13, 2019 4:26 pm", *PARAGRAPHS)
    )
    assert article.authors == ("David Ehrlich",)
    assert article.published == "2019-11-13"


def test_a_name_alone_over_the_date_line_that_the_text_tells_of_is_a_label_not_a_byline() -> None:
    # a gallery's label over the date line: the swimmer the report is about
    paragraph = (
        "Trinity Academy junior Ben Patton added to his collection of state titles, "
        "winning the 200 yard individual medley."
    )
    lines = ("Swimmers Win State Titles", "Ben Patton Trinity", "Nov 13, 2019 4:26 pm")
    article = clean(page(*lines, paragraph, *PARAGRAPHS))
    assert article.authors == ()
    assert article.published == "2019-11-13"
    # a line that credits the author signs nothing away
    lines = ("Swimmers Win State Titles", "Natasha Turak", "Nov 13, 2019 4:26 pm")
    credit = "Follow Natasha Turak on Twitter for the latest news from the state swimming finals"
    assert clean(page(*lines, *PARAGRAPHS, credit)).authors == ("Natasha Turak",)


def test_a_name_alone_over_a_handle_spelling_it_signs_the_page() -> None:
    header = ("Ministers Meet To Mend Ties", "Natasha Turak", "@NATASHATURAK")
    assert clean(page(*header, *PARAGRAPHS)).authors == ("Natasha Turak",)
    # a handle of another name signs nothing
    header = ("Ministers Meet To Mend Ties", "Natasha Turak", "@dailyplanet")
    assert clean(page(*header, *PARAGRAPHS)).authors == ()


def test_the_box_of_an_authors_other_stories_names_the_author_of_a_page_without_byline() -> None:
    box = ("Recent from Ed Cara", "A Woman's Palms Revealed Her Lung Cancer")
    article = clean(page(*box, "Ministers Meet To Mend Ties", *PARAGRAPHS))
    assert article.authors == ("Ed Cara",)
    # a box of a site's section names no one
    box = ("More from Verge Guidebook", "How to Set Up Your Phone")
    assert clean(page(*box, "Ministers Meet To Mend Ties", *PARAGRAPHS)).authors == ()


def test_a_wire_credit_under_the_text_names_the_reporter() -> None:
    article = clean(
        page(
            "Ministers Meet To Mend Ties",
            *PARAGRAPHS,
            "(Graphic: Global assets in 2019 - here)",
            "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; "
            "Editing by Dan Grebler",
            "Our Standards: The Thomson Reuters Trust Principles.",
        )
    )
    assert article.authors == ("Rodrigo Campos",)


def test_a_place_over_the_date_line_is_no_author() -> None:
    article = clean(page("Ministers Meet To Mend Ties", "NEW YORK", "Nov 13, 2019", *PARAGRAPHS))
    assert article.authors == ()


def test_a_page_without_a_byline_names_no_author() -> None:
    # the people of the text are not its authors
    article = clean(
        page(
            "Ministers Meet To Mend Ties",
            "By Taro Kono's account, the talks went well.",
            *PARAGRAPHS,
        )
    )
    assert article.authors == ()


# A saved page's headline and text, under the headline its <title> gives.
TITLE = "<title>Ministers Meet To Mend Ties</title>"
ARTICLE = "<h1>Ministers Meet To Mend Ties</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def test_a_saved_page_names_its_author_in_its_markup_where_its_text_does_not() -> None:
    head = TITLE + '<meta name="author" content="Jane Doe; admin">'
    assert clean(saved_page(ARTICLE, head)).authors == ("Jane Doe",)


def test_the_markup_names_no_publisher_for_an_author() -> None:
    head = TITLE + '<meta name="author" content="Conde Nast; Jane Doe">'
    footer = "<footer>© 2023 Conde Nast. All rights reserved.</footer>"
    assert clean(saved_page(ARTICLE + footer, head)).authors == ("Jane Doe",)


def test_the_markup_lists_people_only() -> None:
    assert listed_authors("By TOM KRISHER, AP Auto Writer") == ("Tom Krisher",)
    assert listed_authors("CNN Wire; admin") == ()
    assert listed_authors(None) == ()


def test_markdown_front_matter_gives_the_authors_and_eject_keeps_them() -> None:
    text = "---\ntitle: Ministers meet\nauthors: [Jane Doe, John Roe]\n---\n\nThey met.\n"
    article = clean(page(text, format_="md"))
    assert article.authors == ("Jane Doe", "John Roe")
    again = clean(page(article_markdown(article), format_="md"))
    assert again.authors == ("Jane Doe", "John Roe")
    one = clean(page("---\nauthor: Jane Doe\n---\n\nShe wrote it.\n", format_="md"))
    assert one.authors == ("Jane Doe",)


def test_authors_that_are_not_names_are_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="'authors' in the front matter"):
        clean(page("---\nauthors: [{name: Jane Doe}]\n---\n\nText.\n", format_="md"))
