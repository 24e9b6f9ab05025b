"""The cleaner, one behaviour per test, on small made-up pages."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.clean import clean
from archive.clean_captions import caption_mark, split_credit
from archive.clean_features import measure_page
from archive.clean_head import REASON_SUMMARY_BOX
from archive.clean_html_text import parse_page, visible_text
from archive.clean_layout import REASON_REPEATED_BOX
from archive.clean_signals import SIGNALS, THRESHOLDS
from archive.model import ROLES, Caption, Source

PARAGRAPHS = [
    "The two ministers met in the capital on Sunday to discuss trade, security and the long "
    "dispute over the islands.",
    "Officials said the talks had been frank and useful, and that both sides wanted to meet "
    "again before the summer.",
    "The meeting was the first between the two since the election, which had been followed by "
    "months of harsh words.",
    "Analysts said that the visit was a sign that relations were slowly improving after a very "
    "difficult year for both.",
    "A spokesman for the ministry told reporters that no agreement had been signed but that the "
    "mood had been good.",
]


def page(*lines: str, name: str = "page", format_: str = "txt") -> Source:
    text = "\n\n".join(lines)
    return Source(
        id=name,
        slug=name,
        path=f"seeds/{name}.{format_}",
        format=format_,
        text=text,
        digest=hashlib.sha256(text.encode()).hexdigest(),
    )


def roles(article) -> dict[str, str]:
    return {line.text: line.role for line in article.lines}


def article_page(
    *extra_top: str, body: tuple[str, ...] = tuple(PARAGRAPHS), bottom: tuple[str, ...] = ()
):
    return page(*extra_top, "Ministers Meet To Mend Ties", *body, *bottom)


# Layout: headline, text, furniture


def test_navigation_above_the_headline_is_boilerplate():
    article = clean(article_page("Home", "World", "Sport"))
    assert article.title == "Ministers Meet To Mend Ties"
    assert roles(article)["Sport"] == "boilerplate"
    assert article.paragraphs == PARAGRAPHS


def test_line_numbers_count_blank_lines():
    article = clean(article_page())
    assert [line.number for line in article.lines] == [1, 3, 5, 7, 9, 11]


def test_social_prompt_is_boilerplate():
    body = (*PARAGRAPHS[:2], "Like Us on Facebook", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    line = next(line for line in article.lines if line.text == "Like Us on Facebook")
    assert line.role == "boilerplate"
    assert "furniture" in line.reason
    assert "Like Us on Facebook" not in article.body_text


@pytest.mark.parametrize(
    "prompt", ["Folgen Sie uns", "Abonnez-vous", "Síguenos en Twitter", "READ MORE: Another story"]
)
def test_furniture_in_other_languages_and_read_more_are_boilerplate(prompt):
    body = (*PARAGRAPHS[:2], prompt, *PARAGRAPHS[2:])
    assert roles(clean(article_page(body=body)))[prompt] == "boilerplate"


def test_sentence_that_mentions_a_furniture_word_is_body():
    body = (*PARAGRAPHS[:2], "The ministry declined to comment.", *PARAGRAPHS[2:])
    assert roles(clean(article_page(body=body)))["The ministry declined to comment."] == "body"


def test_crosshead_is_heading():
    body = (*PARAGRAPHS[:2], "A difficult history", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)["A difficult history"] == "heading"
    assert article.headings == ["A difficult history"]


def test_standfirst_is_the_sentence_under_the_headline():
    article = clean(
        page(
            "Ministers meet to mend ties",
            "The foreign minister makes his first official visit to the capital",
            *PARAGRAPHS,
        )
    )
    assert article.title == "Ministers meet to mend ties"
    assert (
        article.standfirst == "The foreign minister makes his first official visit to the capital"
    )


def test_footer_after_the_article_is_boilerplate():
    article = clean(
        article_page(bottom=("Newsfeed", "0", "log in or register", "Real Time Analytics"))
    )
    assert article.paragraphs == PARAGRAPHS
    assert all(line.reason for line in article.removed)


def test_comments_after_the_article_are_removed():
    comment = (
        "I think this is a very good thing for both countries, and I hope that they keep on "
        "talking for years."
    )
    bottom = (
        "Comments",
        "jsmith",
        "2 days ago",
        comment,
        "Reply",
        "mlee",
        "3 days ago",
        comment + " Yes.",
    )
    article = clean(article_page(bottom=bottom))
    assert comment not in article.body_text


MORE_PARAGRAPHS = [
    "Later in the day the foreign minister said the government would keep talking, whatever "
    "the newspapers wrote about the visit.",
    "Diplomats in the capital said the next round of talks could begin before the end of the "
    "year, if both sides agreed on the agenda.",
]


def most_popular_box() -> tuple[str, ...]:
    return (
        "Most Popular",
        "Business",
        "Ten Tools You Should Have At Home",
        "Jane Roe",
        "Science",
        "The Moon Is Drifting Away From Us",
        "John Doe",
    )


def test_a_box_printed_between_paragraphs_again_and_again_does_not_end_the_article():
    body = (*PARAGRAPHS[:3], *most_popular_box(), *PARAGRAPHS[3:], *most_popular_box())
    article = clean(article_page(body=(*body, *MORE_PARAGRAPHS), bottom=("Subscribe",)))
    assert article.paragraphs == PARAGRAPHS + MORE_PARAGRAPHS
    removed = {line.text: line.reason for line in article.removed}
    assert removed["The Moon Is Drifting Away From Us"] == REASON_REPEATED_BOX


@pytest.mark.parametrize("counter", ["Visto 314 veces", "Viewed 1,204 times", "3,204 views"])
def test_a_counter_of_readers_is_site_furniture(counter):
    article = clean(article_page("Home", "World", counter))
    assert article.title == "Ministers Meet To Mend Ties"
    removed = {line.text: line.reason for line in article.removed}
    assert removed[counter].startswith("site furniture")


@pytest.mark.parametrize(
    "prompt",
    [
        "Found a typo? Select it and press Ctrl+Enter to tell the editors.",
        "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.",
        "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu!",
    ],
)
def test_a_prompt_to_report_a_typo_is_site_furniture(prompt):
    article = clean(article_page(bottom=(prompt,)))
    assert article.paragraphs == PARAGRAPHS
    removed = {line.text: line.reason for line in article.removed}
    assert removed[prompt].startswith("site furniture")


def test_a_spanish_comment_button_ends_the_article():
    comments = (
        "Vaya comportamiento tan poco ejemplar del ministro, que defiende lo indefendible, como "
        "para que luego nos pidan confianza en las instituciones.",
        "Lo importante no es si se reúnen o no, lo importante es la comida que se van a comer "
        "todos juntos a costa de los contribuyentes.",
        "A mí lo que me despierta la curiosidad es saber qué piensan de verdad los ministros, y "
        "lo digo con todo el respeto.",
    )
    article = clean(article_page(bottom=("Comentar", *comments)))
    assert article.paragraphs == PARAGRAPHS


def test_a_share_bar_printed_over_and_under_the_text_is_no_box_inside_it():
    share = ("Share on Facebook", "Share on Twitter", "Share via Email")
    standfirst = "The talks were frank. Both sides want to meet again."
    article = clean(article_page(body=(standfirst, *share, *PARAGRAPHS), bottom=share))
    assert article.standfirst == standfirst
    assert article.paragraphs == PARAGRAPHS


def test_a_box_printed_once_still_ends_the_article():
    comments = (
        "I think the ministers were right to meet, and I hope that they keep on talking about "
        "the islands for years.",
        "Nobody in my town believes a word of it, and the papers should stop writing about "
        "these visits as if they mattered.",
    )
    article = clean(article_page(bottom=(*most_popular_box(), *comments)))
    assert article.paragraphs == PARAGRAPHS


def test_other_script_line_is_removed():
    article = clean(article_page(bottom=("Заголовок открываемого материала",)))
    line = article.lines[-1]
    assert line.role == "boilerplate"
    assert "script" in line.reason


def test_line_mixing_in_the_page_script_is_not_an_interface_string():
    russian = (
        "министры двух стран встретились в столице в воскресенье, чтобы обсудить торговлю, "
        "безопасность и давний спор о далёких островах на севере.",
        "чиновники сказали, что переговоры были откровенными и полезными и что обе стороны "
        "хотят встретиться снова ещё до наступления лета.",
        "аналитики считают, что этот визит ясно показывает, что отношения между странами "
        "медленно улучшаются после очень трудного года.",
    )
    account = "Аккаунт: @jane_doe"
    article = clean(page("Министры встретились", russian[0], account, *russian[1:]))
    assert roles(article)[account] != "boilerplate"


def test_a_blurb_above_the_headline_is_not_the_article():
    blurb = (
        "Find top stories and features from the region. Keep updated on major political "
        "stories and analyses."
    )
    article = clean(page("Asia", blurb, "Ministers Meet To Mend Ties", "Subscribe", *PARAGRAPHS))
    assert roles(article)[blurb] == "boilerplate"
    assert article.title == "Ministers Meet To Mend Ties"


def test_cookie_notice_written_as_a_sentence_is_boilerplate():
    notice = "We use cookies to improve your experience on our site."
    assert roles(clean(article_page(notice)))[notice] == "boilerplate"


@pytest.mark.parametrize(
    "notice",
    [
        # not a sentence: the notice runs into its buttons
        "This website uses cookies to make your visit better. We assume you are happy with "
        "that, but you can say no if you like.Accept Read More",
        # longer than a sentence prompt, but made of the site's phrases
        "This website uses cookies. By continuing to use the website without changing your "
        "settings, you accept our use of cookies on all the pages you visit. Click here for "
        "more information.",
    ],
)
def test_long_cookie_notice_is_boilerplate(notice):
    article = clean(article_page(bottom=(notice,)))
    line = next(line for line in article.lines if line.text == notice)
    assert line.role == "boilerplate"
    assert "this website uses" in line.reason


@pytest.mark.parametrize(
    ("notice", "phrase"),
    [
        (
            "Nos gusta el debate en los comentarios. Al publicar aceptas que usemos tu mensaje "
            "con tu nombre y tu foto, de acuerdo con nuestra política de privacidad y los "
            "términos de uso del sitio.",
            "política de privacidad",
        ),
        (
            "نرحب بالنقاش المفيد بين القراء، ونطلب منكم الالتزام بقواعد الحوار قبل نشر أي تعليق. "
            "وتخضع مشاركاتكم مع أسمائكم إلى سياسة الخصوصية كما تنص عليها شروط الاستخدام في "
            "الموقع.",
            "سياسة الخصوصية",
        ),
    ],
)
def test_a_comment_policy_naming_the_sites_policies_is_boilerplate_in_other_languages(
    notice, phrase
):
    article = clean(article_page(bottom=(notice,)))
    line = next(line for line in article.lines if line.text == notice)
    assert line.role == "boilerplate"
    assert phrase in line.reason


def test_long_sentence_with_one_sign_up_phrase_is_body():
    sentence = (
        "The minister said that his country would sign up for the new fishing agreement only "
        "if the other side agreed to stop patrols near the islands during the summer months."
    )
    assert (
        roles(clean(article_page(body=(*PARAGRAPHS[:2], sentence, *PARAGRAPHS[2:]))))[sentence]
        == "body"
    )


def test_table_inside_the_article_is_kept():
    table = ("Pos.\tDriver\tPoints", "1\tJane Doe\t5040", "2\tJohn Roe\t5035")
    body = (*PARAGRAPHS[:2], "\n".join(table), *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert all(roles(article)[row] == "body" for row in table)


def test_standings_table_is_the_article_when_the_sidebar_has_more_prose():
    intro = (
        "This page always shows the latest standings of the championship after the last race.",
        "Final standings after 36 races:",
    )
    rows = tuple(
        f"{rank}\tDriver Number {rank}\t{5000 - 40 * rank}\t{rank % 4}\t{rank % 3}"
        for rank in range(1, 31)
    )
    sidebar = (
        "Share this on WhatsApp",
        "Click on the picture above and see how the drivers are ranked in this season so far.",
        "Click on the picture and find out when every practice and race of the season is shown.",
        "A great return of our weekly show, talking about all that happened on the track so far.",
    )
    article = clean(page("Championship Standings 2019", *intro, *rows, *sidebar))
    assert all(roles(article)[row] == "body" for row in rows)
    assert all(roles(article)[line] == "boilerplate" for line in sidebar)


def test_numbered_list_of_links_is_kept_to_its_last_item():
    items = []
    for number in range(1, 9):
        items += [
            f"{number}) Product Name Number {number} (Blu-Ray)",
            f"http://example.com/{number}",
        ]
    article = clean(article_page(body=(*PARAGRAPHS[:2], *items), bottom=("Leave a comment",)))
    assert [block.text for block in article.blocks[2:]] == items, "items and their links"
    assert roles(article)["Leave a comment"] == "boilerplate"


@pytest.mark.parametrize("marker", ["Share this on WhatsApp", "Most Read", "Next Up In Science"])
def test_share_bar_or_most_read_box_ends_the_article(marker):
    feed = (
        "Brazil’s rainforest destruction is at its highest rate in more than a decade, say "
        "officials",
        "One of the witnesses confirmed a deal on television, and it may be the biggest "
        "moment yet.",
    )
    article = clean(article_page(bottom=(marker, *feed)))
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(
    ("heading", "name"),
    [("About Jane Doe", "Jane"), ("About the author", "She"), ("Sobre Carlos Nadal", "Carlos")],
)
def test_author_biography_after_the_article_is_removed(heading, name):
    bio = (
        f"{name} is a freelance writer who lives in the capital with a family and far too "
        "many books, and has written for many papers."
    )
    article = clean(article_page(bottom=(heading, bio)))
    assert roles(article)[heading] == "boilerplate"
    assert roles(article)[bio] == "boilerplate"
    assert article.paragraphs == PARAGRAPHS


def test_crosshead_starting_with_about_does_not_end_the_article():
    footer = ("About Press T&C Contact Us",) * 3  # a row of links, not "About <outlet>"
    assert clean(article_page(bottom=footer)).outlet is None
    body = (*PARAGRAPHS[:3], "About North Korea", *PARAGRAPHS[3:])
    assert clean(article_page(body=body)).paragraphs == PARAGRAPHS


def test_long_legal_small_print_is_removed():
    small_print = (
        "© 2019 Daily Planet, LLC. All rights reserved. Daily Planet is the owner of the Daily "
        "Planet trademarks, and all related designs, logos and names, which may not be used "
        "without the written permission of the company."
    )
    article = clean(article_page(bottom=(small_print,)))
    assert roles(article)[small_print] == "boilerplate"


def test_signature_of_a_quoted_post_is_not_a_date_line():
    signature = "— Jane Doe (@janedoe) November 18, 2019"
    body = (*PARAGRAPHS[:2], "We are on it.", signature, *PARAGRAPHS[2:])
    assert roles(clean(article_page(body=body)))[signature] != "boilerplate"


def test_long_line_in_capitals_inside_the_text_is_a_link_to_another_article():
    link = "MINISTERS OF THE TWO COUNTRIES SAY TALKS WILL GO ON NEXT YEAR"
    body = (*PARAGRAPHS[:2], link, *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[link] == "boilerplate"
    assert article.paragraphs == PARAGRAPHS


def test_headline_in_capitals_is_still_the_title_and_short_capitals_a_crosshead():
    title = "MINISTERS OF THE TWO COUNTRIES MEET TO MEND THEIR TIES"
    body = (*PARAGRAPHS[:2], "A DIFFICULT HISTORY", *PARAGRAPHS[2:])
    article = clean(page("Home", title, *body))
    assert article.title == title
    assert article.headings == ["A DIFFICULT HISTORY"]


def test_quotes_with_their_attributions_are_kept_to_the_last_one():
    quotes = []
    for name, paragraph in zip(("Ann", "Bob", "Cy"), PARAGRAPHS[2:], strict=False):
        quotes += [f"“{paragraph}”", f"– {name}**"]
    article = clean(article_page(body=(*PARAGRAPHS[:2], *quotes), bottom=("Leave a Reply",)))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS[:2], *quotes]


def test_a_line_of_invisible_characters_is_blank_and_does_not_end_the_article():
    closing = (
        "Thank you all for coming!",
        "For those who have yet to see the show, what are you waiting for, and who will you bring?",
    )
    body = (*PARAGRAPHS, "\u200b", *closing)
    article = clean(article_page(body=body, bottom=("Leave a Reply",)))
    assert article.paragraphs == [*PARAGRAPHS, *closing]
    assert all(line.text.strip() for line in article.lines)


RECIPE = (
    "Spiced Pear Jam",
    "Ingredients",
    "8-9 ripe pears, cored and peeled",
    "1 lemon, or about 1/4 cup lemon juice",
    "6 tbsp fruit pectin powder",
    "1 tsp cinnamon",
    "1/2 tsp ground cloves",
    "½ cup honey",
    "Instructions",
    "Fill the canner with water and set it to simmer, then warm the empty jars in it.",
    "Peel and cube the pears, put them in a pot with the lemon juice, the spices and the "
    "pectin, and bring it all to a boil.",
    "Spoon the jam into the jars and boil them for ten minutes in the canner.",
)


def test_list_of_ingredients_after_the_text_is_kept_with_its_steps():
    article = clean(article_page(bottom=(*RECIPE, "You may also like:", *FEED[1:])))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *RECIPE]
    assert all(roles(article)[line] == "boilerplate" for line in FEED[1:])


def test_list_of_ingredients_is_not_a_feed_of_headlines():
    ingredients = RECIPE[2:5]
    closing = ("Peel and cube the pears, put them in a pot with the lemon juice, and boil them.",)
    body = (*PARAGRAPHS, "You will need", *ingredients, *closing)
    article = clean(article_page(body=body))
    assert all(roles(article)[line] == "body" for line in (*ingredients, *closing))


def test_one_amount_alone_after_the_article_is_not_a_list():
    article = clean(article_page(bottom=("2 new messages", "Contact Us")))
    assert article.paragraphs == PARAGRAPHS


MEAL_PLAN = (
    "Meal Plan for Week One",
    "Pre-Workout Meal",
    "Eat 60–90 minutes before your workout",
    "Oats and Berries [1 cup rolled oats, ½ cup blueberries, 1 tsp. honey]",
    "Workout Drink",
    "Drink during your workout",
    "Post-Workout Meal",
    "Eat 1–2 hours after your workout",
    "Chicken Salad (2 cups lettuce, 4 oz. cooked chicken, 1 Tbsp. dressing)",
    "Dinner",
    "Eat every 2–3 hours",
    "Beef and Peppers [4 oz. ground beef, 1 cup sweet peppers, 10 olives]",
    "Evening Snack",
    "30 minutes before bed",
)


def test_meal_plan_under_the_text_is_the_article_not_a_menu():
    # labels and short lines score as a menu does; the figures they state make them a list
    plan = (*MEAL_PLAN, *MEAL_PLAN[1:])  # the plan of the second week runs as the first
    article = clean(article_page(bottom=(*plan, "Related Articles", *FEED[1:])))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *plan]
    assert "Eat 60–90 minutes before your workout" not in article.headings
    assert all(roles(article)[line] == "boilerplate" for line in FEED[1:])


def test_meal_plan_between_two_parts_of_the_text_keeps_both():
    body = (*PARAGRAPHS[:2], *MEAL_PLAN, *PARAGRAPHS[2:])
    article = clean(article_page(body=body, bottom=("Related Articles", *FEED[1:])))
    assert article.title == "Ministers Meet To Mend Ties"
    assert [block.text for block in article.blocks] == list(body)


def test_details_of_a_show_under_the_text_are_kept_up_to_the_share_bar():
    details = (
        "We hope to see you soon!",
        "Tradition Series Performance",
        "Tue – Sat 4PM (Closed on Sun & Mon)",
        "Viewing age of 48 months and above",
        "Ticketing",
        "VIP : 60,000₩",
        "R : 50,000₩",
        "S : 40,000₩",
    )
    article = clean(article_page(bottom=(*details, "Share this entry", "Share on Facebook")))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *details]


def test_a_web_address_and_a_telephone_number_in_a_list_of_details_are_kept():
    details = (
        "Viewing age of 48 months and above",
        "Ticketing",
        "www.theatre.example",
        "VIP : 60,000₩",
        "R : 50,000₩",
        "Inquiry",
        "02-751-1500",
    )
    article = clean(article_page(bottom=(*details, "Share this entry", "Share on Facebook")))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *details]


@pytest.mark.parametrize(
    "box",
    [
        # price tags under the names of the products
        ("Wireless earbuds", "Now $19.99", "Phone case", "Was $12.99", "Charger", "From $14.99"),
        # prices alone, nothing to say what they are for
        ("Earbuds $19.99", "Case $9.99", "Charger $14.99", "Cable $4.99"),
    ],
)
def test_a_box_of_products_under_the_text_is_no_list_of_details(box):
    article = clean(article_page(bottom=(*box, "Share this story", "Facebook")))
    assert [block.text for block in article.blocks] == PARAGRAPHS


def test_prices_under_a_label_are_a_list_of_details():
    prices = ("Tickets", "Adults $12", "Children $6", "Seniors $8")
    article = clean(article_page(bottom=(*prices, "Share this story", "Facebook")))
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *prices]


def test_headlines_of_other_stories_stating_a_figure_or_two_are_no_list_of_details():
    feed = (
        "Clumio raises $135 million for its cloud backup tools",
        "13 hours ago",
        "Four shootings in 20 minutes leave one dead, police say",
        "15 hours ago",
        "Hearing delayed 30 days as lawyers seek more time",
        "3 min read",
        "Why farmers may want to paint their cows with zebra stripes",
    )
    article = clean(article_page(bottom=feed))
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "states"),
    [
        ("Eat 60–90 minutes before your workout", True),
        ("Portion: 1 Green, 1 Purple, 1 tsp.", True),
        ("1 1/2 cups honey", True),
        ("250g flour", True),
        ("VIP : 60,000₩", True),
        ("Adults $12", True),
        ("Clumio raises $135 million for its cloud backup tools", False),
        ("13 hours ago", False),
        ("il y a 3 heures", False),
        ("3 min read", False),
        ("10 Emerging Cloud Computing Trends To Watch In 2020", False),
        ("The 2019 season", False),
        ("£5,349.00", False),
        ("Now $19.99", False),  # a price tag: it names nothing
        ("02-751-1500", True),
        ("Tel. +1 (212) 555-0100", True),
        ("2019-11-19", False),
        ("2018-2019", False),
    ],
)
def test_a_figure_is_an_amount_in_a_unit_or_a_price_named_in_a_few_words(line, states):
    assert measure_page([line])[0].states_figure is states


@pytest.mark.parametrize("heading", [(), ("About Acme",)])
def test_the_publishers_description_of_itself_under_the_text_is_not_the_article(heading):
    about = (
        "Acme is a global solutions provider focused on healthcare and mobile workflow, with a "
        "vision to close the gaps of digital information in hospitals.",
        "Acme is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and "
        "employs around 1,300 people worldwide.",
    )
    article = clean(article_page(bottom=(*heading, *about, "©2019 Acme")))
    assert article.outlet == "Acme"
    assert article.paragraphs == PARAGRAPHS
    assert all(roles(article)[line] == "boilerplate" for line in (*heading, *about))


@pytest.mark.parametrize(
    "closing",
    [
        "Globex is a global solutions provider focused on healthcare and mobile workflow, and "
        "it signed the deal on Monday.",
        # the publisher named in the story's own last line, not describing itself
        "Acme was unable to verify the report independently, and the ministry did not reply.",
        "Acme has been told by two officials that the talks will resume in the spring.",
    ],
)
def test_a_closing_line_naming_a_company_is_the_article(closing):
    article = clean(article_page(body=(*PARAGRAPHS, closing), bottom=("©2019 Acme",)))
    assert article.outlet == "Acme"
    assert article.paragraphs == [*PARAGRAPHS, closing]


@pytest.mark.parametrize(
    "closing", ['"That\'s correct," Volker said.', "“No,” she said.", '"Why?" asked Mr Kono.']
)
def test_a_short_quotation_and_its_speaker_closing_the_text_is_the_article(closing):
    bottom = ("First published on November 20, 2019 / 1:07 AM", "© 2019 Acme Inc.")
    article = clean(article_page(body=(*PARAGRAPHS, closing), bottom=bottom))
    assert article.paragraphs == [*PARAGRAPHS, closing]


def test_the_last_paragraph_under_a_promo_of_the_site_is_the_article():
    last = "Shares of the carmaker are up 39 percent this year, while the index is up 24 percent."
    body = (*PARAGRAPHS, "GET DAILY PLANET ON THE GO BY CLICKING HERE", last)
    bottom = ("READ MORE ON DAILY PLANET BY CLICKING HERE", "Markets", "Advertisement")
    article = clean(article_page(body=body, bottom=bottom))
    assert article.paragraphs == [*PARAGRAPHS, last]
    assert roles(article)["GET DAILY PLANET ON THE GO BY CLICKING HERE"] == "boilerplate"


SECTIONS = (
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    "TRADE FIRST",
    PARAGRAPHS[2],
    PARAGRAPHS[3],
    '"We talked for hours," he said.',
    "ISLANDS NEXT",
    "The islands were left for the next meeting, in the spring.",
    "Both men were very tired.",
)


def test_last_section_of_an_article_in_sections_is_kept():
    article = clean(article_page(body=SECTIONS, bottom=("More from the Planet",)))
    assert [block.text for block in article.blocks] == list(SECTIONS)
    assert article.headings == ["TRADE FIRST", "ISLANDS NEXT"]


def test_name_over_a_biography_after_an_article_in_sections_is_not_a_section():
    bio = ("Jane Doe", "Jane Doe is a reporter for the Daily Planet.")
    article = clean(article_page(body=SECTIONS[:-3], bottom=bio))
    assert all(roles(article)[line] == "boilerplate" for line in bio)


def test_question_put_to_each_person_interviewed_is_kept_every_time():
    question = "What do you like to cook at home, and is there a dish you would never eat?"
    names = ("Anna Petrova", "Olga Ivanova", "Daria Orlova")
    body = [PARAGRAPHS[0]]
    for name, answer in zip(names, PARAGRAPHS[1:4], strict=True):
        body += [name, question, answer]
    article = clean(article_page(body=tuple(body)))
    assert [line.role for line in article.lines if line.text == question] == ["body"] * 3


def test_quote_printed_twice_in_the_text_is_a_pull_quote():
    quote = "“We talked for hours and we will talk again before the summer,” the minister said."
    body = (*PARAGRAPHS[:2], quote, *PARAGRAPHS[2:4], quote, PARAGRAPHS[4])
    article = clean(article_page(body=body))
    assert [line.role for line in article.lines if line.text == quote] == ["body", "boilerplate"]


FEED = (
    "More Great Stories",
    "Why farmers may want to paint their cows with zebra stripes",
    "The plan to boost drone batteries with a tiny jet engine",
    "Paid political ads are not the problem, our perceptions are",
    "How moon rocks reveal the long history of the whole solar system",
)


def test_feed_of_headlines_after_the_article_is_removed():
    bio = "Jane Doe is a contributor and the host of a weekly show about the economy."
    article = clean(article_page(body=(*PARAGRAPHS, *FEED, bio)))
    assert article.paragraphs == PARAGRAPHS
    assert all(roles(article)[line] == "boilerplate" for line in FEED)


def test_excerpts_cut_off_with_an_ellipsis_are_not_the_text():
    # a ticker of other stories over the article, each excerpt longer than its paragraphs
    excerpts = [
        f"Story number {number} of the day WASHINGTON: Officials in the capital said on "
        "Tuesday that the long dispute over the budget, which has kept hundreds of offices "
        "closed for weeks and left thousands of workers without pay, could soon be settled "
        "if both sides agree to the latest offer, although several members of the committee "
        "said they would..."
        for number in range(1, 7)
    ]
    article = clean(article_page("Breaking News", *excerpts))
    assert article.title == "Ministers Meet To Mend Ties"
    assert article.paragraphs == PARAGRAPHS


def test_share_count_label_is_not_a_crosshead():
    article = clean(article_page(body=(PARAGRAPHS[0], "Shares", *PARAGRAPHS[1:])))
    assert roles(article)["Shares"] == "boilerplate"


def test_list_the_text_introduces_with_a_colon_is_kept():
    points = FEED[1:]
    closing = (
        "Both sides said that they would publish the full text of the agreement next week, "
        "after it has been read by the two parliaments."
    )
    body = (*PARAGRAPHS, "The main points of the agreement:", *points, closing)
    assert all(roles(clean(article_page(body=body)))[line] != "boilerplate" for line in points)


def test_list_that_the_last_sentence_introduces_is_kept_as_text():
    lead_in = "The council approved the plan on Monday, officials said. The plan includes:"
    items = (
        "• Repairs to the fountains in the central park",
        "• Three new playgrounds in the northern districts",
        "• Longer opening hours in the summer months",
    )
    article = clean(page("Home", "Council Approves Parks Plan", lead_in, *items, "Share this"))
    assert [block.text for block in article.blocks] == [lead_in, *items]
    assert all(block.kind == "paragraph" for block in article.blocks)


def test_a_last_sentence_that_introduces_what_the_page_left_out_is_text():
    lead_in = "Readers on social media seemed a bit confused by the campaign:"
    article = clean(article_page(bottom=(lead_in, "Terms of Service", "Privacy Policy")))
    assert article.paragraphs == [*PARAGRAPHS, lead_in]


def test_the_publishers_note_on_its_own_website_is_not_the_article():
    note = "Acme News’s website can also be accessed at the following alternate addresses:"
    article = clean(article_page(bottom=(note, "Acme News Roku", "© 2019 Acme News")))
    assert article.paragraphs == PARAGRAPHS


def test_list_in_the_middle_of_the_article_is_kept():
    body = (*PARAGRAPHS[:2], *FEED[1:], *PARAGRAPHS[2:])
    assert all(roles(clean(article_page(body=body)))[line] != "boilerplate" for line in FEED[1:])


def test_headlines_under_a_related_stories_heading_inside_the_article_are_removed():
    links = (
        "Rebels seize the northern port after a week of fighting",
        "Talks on the islands resume in the capital, officials say",
    )
    body = (*PARAGRAPHS[:2], "Related stories", *links, *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert article.paragraphs == PARAGRAPHS
    assert all(roles(article)[link] == "boilerplate" for link in links)


def test_headlines_over_the_link_closing_a_box_inside_the_article_are_removed():
    links = (
        "Island Talks",
        "Watch live: talks on the islands resume in the capital",
        "7 key moments from the first day of the talks",
        "Rebels seize the northern port after a week of fighting",
    )
    body = (*PARAGRAPHS[:3], *links, "More in Island Talks", *PARAGRAPHS[3:])
    article = clean(article_page(body=body))
    assert article.paragraphs == PARAGRAPHS
    assert all(roles(article)[link] == "boilerplate" for link in links)


def test_a_related_link_on_its_own_line_leaves_the_crosshead_under_it():
    body = (
        *PARAGRAPHS[:2],
        "Related: Rebels Seize The Port",
        "A long history of the islands",
        *PARAGRAPHS[2:],
    )
    assert clean(article_page(body=body)).headings == ["A long history of the islands"]


# Captions


def test_caption_printed_twice_is_one_caption():
    caption = (
        "The two ministers shake hands before their meeting in the capital. "
        "Photograph: Getty Images"
    )
    article = clean(page("Ministers meet to mend ties", caption, caption, *PARAGRAPHS))
    assert [line.role for line in article.lines[1:3]] == ["caption", "caption"]
    assert len(article.captions) == 1
    assert article.captions[0].credit == "Getty Images"
    assert (
        article.captions[0].text
        == "The two ministers shake hands before their meeting in the capital."
    )


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("(Photo : REUTERS/Jane Doe ) A minister bows.", "A minister bows.", "REUTERS/Jane Doe"),
        ("A minister (L) shakes hands. (Photo by AFP)", "A minister (L) shakes hands.", "AFP"),
        ("A rally in the capital. (AFP photo)", "A rally in the capital.", "AFP"),
        (
            "© REUTERS / Jane Doe/PoolThe minister, left, waves",
            "The minister, left, waves",
            "REUTERS / Jane Doe/Pool",
        ),
        ("A minister waves - Daily Planet", "A minister waves", None),
        (
            "The minister speaks in Braunau, Austria.Jane Doe / Reuters file",
            "The minister speaks in Braunau, Austria.",
            "Jane Doe / Reuters file",
        ),
        (  # a date closing the caption, an initial opening the photographer's name
            "The minister speaks on July 25, 2019.J. Jane Doe / AP file",
            "The minister speaks on July 25, 2019.",
            "J. Jane Doe / AP file",
        ),
    ],
)
def test_caption_credit_is_split_off(line, text, credit):
    assert split_credit(line, outlet_tag="Daily Planet") == (text, credit)


def test_copyright_notice_is_not_a_photo_credit():
    notice = "© 2019 Daily Planet Ltd. All rights reserved."
    article = clean(article_page(bottom=(notice,)))
    assert roles(article)[notice] == "boilerplate"
    assert article.captions == ()
    assert article.outlet == "Daily Planet"


def test_glued_credit_is_found_from_the_caption_printed_twice():
    caption = "The minister, left, and his counterpart pose before their meeting"
    article = clean(
        page(
            "- Daily Planet",
            "Ministers Meet To Mend Ties",
            f"© Some Agency {caption}",
            f"{caption} - Daily Planet",
            *PARAGRAPHS,
        )
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Some Agency")]


@pytest.mark.parametrize(
    "credit", ["Jane Doe/Daily Planet/Getty Images", "Jane Doe | Bloomberg | Getty Images"]
)
def test_credit_line_naming_photographer_and_agency_makes_the_line_above_a_caption(credit):
    caption = "Air pollution is once again surging in the capital, and the schools are closed."
    body = (*PARAGRAPHS[:2], caption, credit, *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[caption] == "caption"
    assert caption not in article.body_text


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Screenshot by Jane Doe/Daily Planet", "", "Jane Doe/Daily Planet"),
        ("Photo by Jane Doe on Unsplash", "", "Jane Doe on Unsplash"),
        ("Photo by Jane Doe/Getty Images", "", "Jane Doe/Getty Images"),
        ("Image courtesy of the White House", "", "the White House"),
        ("The minister waves. Photo by J. Jane Doe/AP", "The minister waves.", "J. Jane Doe/AP"),
    ],
)
def test_a_credit_worded_photo_by_is_split_off(line, text, credit):
    assert caption_mark(line) == "credited by"
    assert split_credit(line) == (text, credit)


def test_a_sentence_about_photographs_is_no_credit():
    for line in (
        "Photographs by Jane Doe sold for millions at auction.",
        "The photo by Jane Doe won the prize.",
    ):
        assert caption_mark(line) == ""


def test_a_credit_worded_photo_by_is_no_text():
    caption = "Players of the winning side lift the trophy on the stage in the capital."
    credit = "Screenshot by Jane Doe/Daily Planet"
    body = (*PARAGRAPHS[:2], f"{caption}\n{credit}", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert article.paragraphs == list(PARAGRAPHS)
    assert (caption, "Jane Doe/Daily Planet") in [(c.text, c.credit) for c in article.captions]


def test_caption_inside_the_article_is_a_caption():
    caption = (
        "The minister (2nd-L) speaks during the meeting in the capital, January 28, 2018. "
        "(Photo by AFP)"
    )
    body = (*PARAGRAPHS[:2], caption, *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[caption] == "caption"
    assert caption not in article.body_text


def test_a_paragraph_closing_the_text_with_a_wire_credit_is_text_not_a_caption():
    # a wire story signs its last paragraph with the agency's and the writer's names
    closing = (
        "The government says the rebels are on the run, but one analyst said that the group "
        "still had the means and the will to carry out large attacks in the north of the "
        "country. (c)AFP/Jane Doe"
    )
    bottom = ("More Stories", "Privacy policy")
    article = clean(article_page(body=(*PARAGRAPHS, closing), bottom=bottom))
    assert article.paragraphs == [*PARAGRAPHS, closing]
    # a caption under the text is as short as captions are
    caption = "The minister speaks in the capital, January 28, 2018. REUTERS/Jane Doe"
    article = clean(article_page(body=(*PARAGRAPHS, caption), bottom=bottom))
    assert roles(article)[caption] != "body"


def test_credit_on_its_own_line_makes_the_line_above_a_caption():
    caption = "A stock picture of the port, where most of the trade with the islands passes."
    body = (*PARAGRAPHS[:2], f"{caption}\nGETTY", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[caption] == "caption"
    assert (caption, "GETTY") in [(c.text, c.credit) for c in article.captions]


def test_teaser_next_to_caption_is_removed():
    teaser_caption = (
        "A soldier prepares a missile launcher at a base in the south (File) - Daily Planet"
    )
    teaser_title = "Country Installing Missile Base Near The Coast"
    body = (
        *PARAGRAPHS[:2],
        f"{teaser_caption}\n{teaser_title}\n{PARAGRAPHS[2]}",
        *PARAGRAPHS[3:],
        "Other Story Headline - Daily Planet",
    )
    article = clean(article_page(body=body))
    assert roles(article)[teaser_caption] == "boilerplate"
    assert roles(article)[teaser_title] == "boilerplate"
    assert roles(article)[PARAGRAPHS[2]] == "body"
    assert "teaser" in next(line.reason for line in article.lines if line.text == teaser_title)


def test_a_buying_guides_product_and_price_under_a_picture_are_no_teaser():
    credit, product = "Jane Doe/Daily Planet", "Zorvex Air Earbuds Pro for $235"
    body = (*PARAGRAPHS[:2], f"{credit}\n{product}\n{PARAGRAPHS[2]}", *PARAGRAPHS[3:])
    article = clean(article_page(body=body))
    assert roles(article)[product] == "heading"
    assert roles(article)[credit] == "caption"


# Dates, dateline, outlet


def test_page_clock_is_not_publication_date():
    article = clean(article_page("01/21/2025 11:27:39 pm"))
    assert article.captured == "2025-01-21T23:27:39"
    assert article.published is None
    assert roles(article)["01/21/2025 11:27:39 pm"] == "boilerplate"


def test_caption_date_is_published_when_the_body_names_its_weekday():
    caption = "The ministers meet in the capital, on January 28, 2018. (Photo by AFP)"
    article = clean(
        page("Ministers Meet To Mend Ties", caption, *PARAGRAPHS)
    )  # "on Sunday" in the body
    assert article.published == "2018-01-28"


def test_caption_date_is_not_published_when_the_header_dates_the_update():
    caption = "The ministers meet in the capital, on January 28, 2018. (Photo by AFP)"
    article = clean(
        page(
            "Ministers Meet To Mend Ties",
            "By Jane Doe Updated Feb 2, 2018, 10:28am EST",
            caption,
            *PARAGRAPHS,
        )
    )
    assert (article.published, article.updated) == (None, "2018-02-02")


def test_caption_date_of_another_day_is_not_published():
    caption = "A minister bows at a ceremony in the capital August 15, 2014. (Photo by AFP)"
    article = clean(page("Ministers Meet To Mend Ties", caption, *PARAGRAPHS))
    assert article.published is None


def test_published_label_gives_the_date():
    article = clean(page("Ministers Meet To Mend Ties", "Published March 3, 2019", *PARAGRAPHS))
    assert article.published == "2019-03-03"


def test_update_time_is_removed_but_not_taken_for_the_publication_date():
    article = clean(
        page("Ministers Meet To Mend Ties", "Updated 1:39 am, November 20, 2019", *PARAGRAPHS)
    )
    assert roles(article)["Updated 1:39 am, November 20, 2019"] == "boilerplate"
    assert article.published is None


def test_a_date_line_without_its_year_is_removed_and_signs_the_headline():
    headline = "Ministers meet to mend ties after a year of harsh words"
    article = clean(page("Home", "World", headline, "Nov 18 2:05 p.m.", *PARAGRAPHS))
    assert article.title == headline
    assert (
        "date line"
        in next(line for line in article.lines if line.text == "Nov 18 2:05 p.m.").reason
    )
    assert article.published is None  # no year on the page


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Posted Nov 18, 8:19 PM", "2024-11-18"),  # the latest Nov 18 up to the clock
        ("Updated Jan 21, 9:41 AM;Posted Jan 20, 8:19 PM", "2025-01-20"),
        ("Jan 22 1:05 a.m.", "2025-01-22"),  # a day ahead of the clock: its time zone
    ],
)
def test_a_date_without_its_year_takes_the_year_of_the_page_clock(date_line, published):
    source = page("01/21/2025 11:27:39 pm", "Ministers Meet To Mend Ties", date_line, *PARAGRAPHS)
    assert clean(source).published == published


def test_a_date_without_its_year_takes_the_year_that_the_same_day_is_stated_with():
    tweet = "Talks resume today. — Jane Doe (@janedoe) November 18, 2019"
    body = (*PARAGRAPHS[:2], tweet, *PARAGRAPHS[2:])
    source = page("Ministers Meet To Mend Ties", "Posted Nov 18, 8:19 PM", *body)
    assert clean(source).published == "2019-11-18"
    other_day = tweet.replace("November 18", "November 17")
    source = page("Ministers Meet To Mend Ties", "Posted Nov 18, 8:19 PM", other_day, *PARAGRAPHS)
    assert clean(source).published is None  # no year for Nov 18 on the page: no guess


@pytest.mark.parametrize(
    ("notice", "published"),
    [
        ("© 2019 Daily Planet. All rights reserved.", "2019-11-18"),
        ("Copyright © 2005-2019 Daily Planet", "2019-11-18"),  # the last year of the span
        ("© 2018 Daily Planet. © 2019 Planet Media. All rights reserved.", None),  # two years
        ("© 2016 Jane Doe", None),  # a picture's credit: not the site's notice
    ],
)
def test_a_date_without_its_year_takes_the_year_of_the_copyright_notice(notice, published):
    source = page("Ministers Meet To Mend Ties", "Posted Nov 18, 8:19 PM", *PARAGRAPHS, notice)
    assert clean(source).published == published


def test_the_publication_date_after_the_update_label_dates_the_article():
    line = "Updated Nov 19, 2019, 9:41 AM;Posted Nov 18, 2019, 8:19 PM"
    article = clean(page("Ministers Meet To Mend Ties", line, *PARAGRAPHS))
    assert (article.published, article.updated) == ("2019-11-18", "2019-11-19")


def test_dateline_is_kept_in_the_body_and_recorded():
    first = "BEIJING (Agency) - " + PARAGRAPHS[0]
    article = clean(article_page(body=(first, *PARAGRAPHS[1:])))
    assert article.dateline == "BEIJING"
    assert article.paragraphs[0] == first


def test_outlet_from_a_masthead_in_capitals():
    assert clean(article_page("DAILY PLANET")).outlet == "Daily Planet"


NETWORK_BAR = ("THE A.V. CLUB", "DEADSPIN", "GIZMODO", "JALOPNIK", "KOTAKU")


def test_a_networks_bar_of_sites_in_capitals_names_the_one_its_page_names():
    bio = "Science writer at Gizmodo and pug aficionado elsewhere"
    assert clean(article_page(*NETWORK_BAR, bottom=("About the author", bio))).outlet == "Gizmodo"
    # none of them named in the page's text: not the first of the bar
    assert clean(article_page(*NETWORK_BAR)).outlet is None


@pytest.mark.parametrize(
    ("top", "bottom", "outlet"),
    [
        ((), ("© 2019 NEWSWEEK",), "Newsweek"),
        ((), ("© 2019 BBC",), "BBC"),
        (
            (),
            ("Copyright © 2010 AUTORACING.", "Aqui no Autoracing você não perde nada!"),
            "Autoracing",
        ),
        (("THE A.V. CLUB",), (), "The A.V. Club"),
        # an initialism the text writes in capitals stays in them; a logo's capitals do not
        ((), ("© 2019 PLANET USA, LLC. All Rights Reserved.", "PLANET USA NEWS"), "Planet Usa"),
        (
            (),
            ("© 2019 PLANET USA, LLC. All Rights Reserved.", "Sold in the USA and Canada."),
            "Planet USA",
        ),
        # a domain's letters are not how the page writes the name
        ((), ("© 2019 BBC", "Also on bbc.com: the week in pictures"), "BBC"),
    ],
)
def test_an_outlet_in_capitals_is_written_as_the_page_writes_it_or_with_capital_initials(
    top, bottom, outlet
):
    assert clean(article_page(*top, bottom=bottom)).outlet == outlet


def test_a_teasers_label_after_a_bar_is_no_outlet_tag():
    teasers = (
        "DIGG PICKS | AFFILIATE",
        "The best headphones of the year",
        "DIGG PICKS | AFFILIATE",
    )
    assert clean(article_page(bottom=teasers)).outlet is None


def test_outlet_from_a_tag_repeated_on_several_lines():
    article = clean(
        page(
            "- Daily Planet",
            "Ministers Meet To Mend Ties",
            *PARAGRAPHS,
            "A photo of a rally - Daily Planet",
        )
    )
    assert article.outlet == "Daily Planet"


def test_outlet_from_the_website_line():
    article = clean(
        article_page(bottom=("Daily Planet’s website can also be accessed at these addresses:",))
    )
    assert article.outlet == "Daily Planet"


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Phil Helsel is a reporter for NBC News.", "NBC News"),
        ("Jane Doe is a senior staff writer at The Daily Planet.", "The Daily Planet"),
        ("Jane Doe is a former reporter for The Daily Planet.", None),
        ("Jane Doe is a professor at Zorvex University.", None),
    ],
)
def test_outlet_from_the_authors_note_where_the_page_names_it_nowhere_else(note, outlet):
    assert clean(article_page(bottom=("Jane Doe", note))).outlet == outlet


def test_links_of_a_footer_are_no_outlet_and_copyright_is_no_part_of_its_name():
    footer = ("Terms of Use | Privacy Policy", "Contact us | Privacy Policy")
    article = clean(article_page(bottom=footer))
    assert article.outlet is None
    article = clean(article_page(bottom=(*footer, "© 2019 Copyright Daily Planet Pvt. Ltd.")))
    assert article.outlet == "Daily Planet Pvt"


def test_outlet_from_the_sites_own_lines_before_the_company_of_its_copyright():
    top = ("The Verge homepage", "Follow The Verge online:", "The Verge main menu")
    bottom = ("Vox Media Advertise with us Jobs © 2019 Vox Media, LLC. All Rights Reserved",)
    assert clean(article_page(*top, bottom=bottom)).outlet == "The Verge"
    assert clean(article_page(bottom=bottom)).outlet == "Vox Media"


def test_outlet_from_weaker_lines_that_agree_written_as_not_in_capitals():
    bottom = ("Subscribe to WIRED", "Wired Staff", "More From WIRED")
    assert clean(article_page(bottom=bottom)).outlet == "Wired"


@pytest.mark.parametrize(
    "bottom",
    [
        ("Follow Daily Planet on", "Read Daily Planet Privacy policy to find out more."),
        ("By Lois Lane, Daily Planet Staff", "Welcome to Daily Planet’s EU experience"),
        (
            "Daily Planet is supported by its audience. We may earn a commission.",
            "Originally published on Daily Planet.",
        ),
        ("DailyPlanet.com", "Daily Planet Apps"),
        ("Lois Lane is a reporter for Daily Planet.", "Subscribe to Daily Planet on YouTube"),
        ("Also on dailyplanet.com: more stories", "DAILY PLANET"),
    ],
)
def test_outlet_where_two_kinds_of_the_sites_own_prompts_name_it(bottom):
    assert clean(article_page(bottom=bottom)).outlet == "Daily Planet"


@pytest.mark.parametrize(
    "bottom",
    [
        ("Follow Lois Lane on Twitter", "Lois Lane"),  # an author
        ("Planet Sport Newsletter", "Planet Sport Scores", "Planet Sport Results"),  # a product
        ("SisterSite.com", "SisterSite"),  # a network's footer
        ("© REUTERS / Andy Wong", "Reuters"),  # a photo's credit
        ("© Lois", "Lois"),  # an author's
    ],
)
def test_one_kind_of_prompt_or_lines_that_only_support_one_name_no_outlet(bottom):
    assert clean(article_page(bottom=bottom)).outlet is None


@pytest.mark.parametrize(
    "notice",
    [
        "© Daily Planet Pty Ltd. All rights reserved.",
        "Copyright Daily Planet, All rights reserved",
    ],
)
def test_copyright_without_a_year_names_the_company_before_its_form(notice):
    assert clean(article_page(bottom=(notice,))).outlet == "Daily Planet"


def test_the_company_of_the_copyright_is_the_outlet_where_the_page_uses_it_as_a_brand():
    section = ("Follow Planet Sport on Instagram, Facebook, Twitter", "Planet Sport")
    copyright_ = ("Copyright © 2019 Daily Planet. Not responsible for external sites.",)
    brand = ("Daily Planet News Navigation", "Daily Planet Weather")
    assert clean(article_page(bottom=(*section, *copyright_))).outlet == "Planet Sport"
    assert clean(article_page(bottom=(*section, *brand, *copyright_))).outlet == "Daily Planet"


def test_the_initials_of_the_company_of_the_copyright_are_the_outlet_where_they_are_a_brand():
    copyright_ = ("© 2019 Cable News Network. A Warner Media Company. All Rights Reserved.",)
    assert clean(article_page(bottom=copyright_)).outlet == "Cable News Network"
    brand = ("CNN Underscored", "CNN Store")
    assert clean(article_page(bottom=(*brand, *copyright_))).outlet == "CNN"


def test_the_logo_at_the_top_is_the_outlet_where_it_carries_the_brand_of_the_copyrights_company():
    menu = ("Money", "Markets", "Real Estate")
    fox = ("© 2019 FOX News Network, LLC. All rights reserved.",)
    assert clean(article_page("Fox Business", *menu, bottom=fox)).outlet == "Fox Business"
    assert clean(article_page(*menu, bottom=fox)).outlet == "FOX News Network"
    post = ("© 2019 NYP Holdings, Inc. All Rights Reserved",)
    assert clean(article_page("Sections", "New York Post", bottom=post)).outlet == "New York Post"
    cbs = ("© 2019 CBS Interactive Inc. All rights reserved.",)
    assert clean(article_page("CBSSports.com", "MaxPreps", bottom=cbs)).outlet == "CBSSports.com"


def test_the_logo_at_the_top_is_the_outlet_where_another_line_gives_it_as_a_domain():
    copyright_ = ("© 2019 Mortons Media Group Ltd",)
    domain = ("morebikes.co.uk features the latest bike reviews and news",)
    top = ("Skip to content", "MoreBikes", "News", "Blog")
    assert clean(article_page(*top, bottom=(*domain, *copyright_))).outlet == "MoreBikes"
    assert clean(article_page(*top, bottom=copyright_)).outlet == "Mortons Media Group"


def test_a_menu_item_at_the_top_is_not_the_outlet_though_the_menu_repeats_it():
    menu = ("Bengaluru", "Top Stories", "Politics")
    copyright_ = ("Copyright 2019, The Printers (Mysore) Private Ltd.",)
    bottom = (*menu, *copyright_)
    assert clean(article_page(*menu, bottom=bottom)).outlet == "The Printers"
    # a brand's first word in lower case is a word, not the brand: "New" of the New York Times
    times = ("© 2019 The New York Times Company",)
    article = clean(article_page("New Jersey", "Opinion", bottom=times))
    assert article.outlet == "The New York Times Company"


def test_one_weaker_line_names_the_outlet_only_where_a_masthead_or_copyright_does_too():
    footer = ("More from Sportsnet", "© 2000-2019 Rogers Media. All rights reserved.")
    assert clean(article_page(bottom=footer)).outlet == "Rogers Media"
    assert clean(article_page("Sportsnet", "NHL", bottom=footer)).outlet == "Sportsnet"
    copyright_ = ("About CNBC", "© 2019 CNBC LLC. All Rights Reserved.")
    assert clean(article_page(bottom=copyright_)).outlet == "CNBC"
    footer = ("About Press T&C Contact Us",) * 3  # a row of links, not "About <outlet>"
    assert clean(article_page(bottom=footer)).outlet is None
    body = (*PARAGRAPHS[:3], "About North Korea", *PARAGRAPHS[3:])
    article = clean(article_page(body=body))
    assert article.outlet is None
    assert article.paragraphs == PARAGRAPHS


def test_outlet_is_none_when_the_page_does_not_name_it():
    assert clean(article_page()).outlet is None


# Markdown and HTML


MARKDOWN = """---
title: Ministers meet to mend ties
outlet: Daily Planet
published: 2018-01-28
standfirst: The foreign minister makes his first visit
---

# Ministers meet to mend ties

The two ministers met on *Sunday*
in the capital.

## A difficult history

Relations have been tense for years.
"""


def test_markdown_front_matter_gives_the_metadata():
    article = clean(page(MARKDOWN, format_="md"))
    assert (article.title, article.outlet, article.published) == (
        "Ministers meet to mend ties",
        "Daily Planet",
        "2018-01-28",
    )
    assert article.standfirst == "The foreign minister makes his first visit"


def test_markdown_body_is_taken_as_clean():
    article = clean(page(MARKDOWN, format_="md"))
    assert article.blocks[0].text == "The two ministers met on Sunday in the capital."
    assert article.headings == ["A difficult history"]
    assert {line.role for line in article.lines} <= {"title", "heading", "body"}


@pytest.mark.parametrize(
    "text",
    ["---\ntitle: [unclosed\n---\nText.", "---\n- a list\n---\nText.", "---\ntitle: no end\nText."],
)
def test_malformed_front_matter_raises_a_plain_value_error(text):
    with pytest.raises(ValueError, match="front matter"):
        clean(page(text, format_="md"))


def test_html_page_is_extracted_with_its_metadata():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    last = "Relations between the two countries have been tense for many years, since the war."
    html = (
        "<html><head><title>Ministers meet to mend ties</title>"
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta name="description" content="The foreign minister makes his first visit">'
        '<meta property="article:published_time" content="2018-01-28">'
        "</head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        f"<article><h1>Ministers meet to mend ties</h1>{paragraphs}<h2>A difficult history</h2>"
        f"<p>{last}</p></article><footer>Copyright Daily Planet</footer></body></html>"
    )
    article = clean(page(html, format_="html"))
    assert article.title == "Ministers meet to mend ties"
    assert article.outlet == "Daily Planet"
    assert article.published == "2018-01-28"
    assert "A difficult history" in article.headings
    assert article.paragraphs == [*PARAGRAPHS, last]
    assert "Home" not in article.body_text


def saved_page(body: str, head: str = "") -> Source:
    return page(f"<html><head>{head}</head><body>{body}</body></html>", format_="html")


@pytest.mark.parametrize(
    ("description", "standfirst"),
    [
        (
            "The foreign minister makes his first visit",
            "The foreign minister makes his first visit",
        ),
        # the opening again, after a byline, or in other quote marks, or cut short
        (f"By Jane Doe CNN {PARAGRAPHS[0][:60]}", None),
        (PARAGRAPHS[0].replace("islands", "isles"), None),
        (PARAGRAPHS[0][:50], None),
    ],
)
def test_a_saved_pages_description_is_its_standfirst_unless_it_repeats_the_opening(
    description, standfirst
):
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    head = f'<title>Ministers meet</title><meta name="description" content="{description}">'
    article = clean(saved_page(f"<article><h1>Ministers meet</h1>{paragraphs}</article>", head))
    assert article.standfirst == standfirst


def test_saved_page_loses_its_navigation_and_footer_and_keeps_the_article():
    menu = "".join(
        f"<li><a href='/{section}'>{section}</a></li>"
        for section in ("Home", "World", "Business", "Sport", "Culture", "Opinion")
    )
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    article = clean(
        saved_page(
            f"<header><nav><ul>{menu}</ul></nav></header>"
            f"<article><h1>Ministers meet to mend ties</h1>{paragraphs}</article>"
            "<footer><p>Copyright 2019 Daily Planet. All rights reserved.</p>"
            "<ul><li>Privacy policy</li><li>Contact us</li></ul></footer>"
        )
    )
    assert article.title == "Ministers meet to mend ties"
    assert article.paragraphs == PARAGRAPHS
    for removed in ("Home", "World", "Privacy policy", "Contact us"):
        assert removed not in article.body_text
    # each line of the page's visible text has its role, and a removed line its reason
    by_text = {line.text: line for line in article.lines}
    assert by_text["Sport"].role == "boilerplate" and by_text["Sport"].reason
    assert by_text[PARAGRAPHS[0]].role == "body"


def test_saved_pages_outlet_is_the_markups_site_name_over_its_publishing_company():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    body = (
        f"<article><h1>Ministers meet to mend ties</h1>{paragraphs}</article>"
        "<footer><p>© 2019 Planet Media Group. All rights reserved.</p></footer>"
    )
    named = '<meta property="og:site_name" content="Daily Planet">'
    assert clean(saved_page(body)).outlet == "Planet Media Group"
    assert clean(saved_page(body, head=named)).outlet == "Daily Planet"
    # the site's own lines are the text's word for it, over the markup's
    follow = "<p>Follow The Planet online:</p><p>The Planet main menu</p>"
    assert clean(saved_page(follow + body, head=named)).outlet == "The Planet"


def test_saved_page_headline_and_date_come_from_its_markup():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    article = clean(
        saved_page(
            f"<h1>Ministers Meet</h1>{paragraphs}",
            head='<meta property="og:title" content="Ministers meet to mend ties">'
            '<meta property="article:published_time" content="2019-11-20T08:00:00Z">',
        )
    )
    assert (article.title, article.published) == ("Ministers meet to mend ties", "2019-11-20")


def test_saved_page_date_comes_from_its_markup_before_its_address():
    from archive.clean_html import extracted_by_trafilatura

    # the address was made when the story was filed, the day before it was published
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    source = saved_page(
        f"<h1>Ministers meet to mend ties</h1>{paragraphs}",
        head='<link rel="canonical" href="https://example.com/news/2019-11-19/ministers/">'
        '<meta property="article:published_time" content="2019-11-20T06:07:01+0000">',
    )
    assert clean(source).published == "2019-11-20"
    assert extracted_by_trafilatura(source).published == "2019-11-20"  # the fallback too


def test_saved_page_logo_in_its_only_h1_is_not_the_headline():
    # no og:title: trafilatura takes the page's only <h1>, here the site's logo
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    article = clean(
        saved_page(
            "<header><h1>Daily Planet</h1><nav><a href='/'>Home</a> <a href='/w'>World</a>"
            f"</nav></header><article><h2>Ministers meet to mend ties</h2>{paragraphs}</article>",
            head="<title>Ministers meet to mend ties | Daily Planet</title>",
        )
    )
    assert article.title == "Ministers meet to mend ties"


def _page_titled(og_title: str, head: str = "", before_text: str = "") -> Source:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return saved_page(
        f"<article>{before_text}{paragraphs}</article>",
        head=f'<meta property="og:title" content="{og_title}">{head}',
    )


@pytest.mark.parametrize(
    ("og_title", "head", "before_text", "headline"),
    [
        # the run of pieces the page prints as its headline, quotes and dashes aside
        (
            "‘Frank talks’ – ministers meet to mend ties - Planet",
            "",
            "<h1>'Frank talks' - ministers meet to mend ties</h1>",
            "‘Frank talks’ – ministers meet to mend ties",
        ),
        (
            "Opinion | Ministers meet to mend ties",
            "",
            "<h1>Ministers meet to mend ties</h1>",
            "Ministers meet to mend ties",
        ),
        # the site's name from its metadata, with the breadcrumb of sections before it
        (
            "Ministers meet to mend ties » World » Europe » Daily Planet",
            '<meta property="og:site_name" content="Daily Planet">',
            "",
            "Ministers meet to mend ties",
        ),
        # the site's name from its address, with a section
        (
            "Analysis: ministers meet to mend ties | Planet Politics",
            '<meta property="og:url" content="https://www.planet.co.uk/world/talks">',
            "<h1>Ministers meet to mend ties</h1>",
            "Analysis: ministers meet to mend ties",
        ),
        # the site's name and slogan before the headline
        (
            "Daily Planet | Your world, daily: Ministers meet to mend ties",
            '<meta property="og:site_name" content="Daily Planet | Your world, daily">',
            "",
            "Ministers meet to mend ties",
        ),
        # a short Chinese site name after a dash, and what follows it
        ("外长会晤修复关系-星球网", "", "", "外长会晤修复关系"),
        (
            "外长会晤修复关系 - 星球网 - 国际",
            '<meta property="og:site_name" content="星球网">',
            "",
            "外长会晤修复关系",
        ),
        # a headline with a dash in it keeps its words, site name or not
        (
            "Fallen Order review - shoots for the moon, lands among the stars - Planet",
            '<meta property="og:site_name" content="Planet">',
            "",
            "Fallen Order review - shoots for the moon, lands among the stars",
        ),
        ("Man, 45, dies in crash on the bypass - police", "", "", None),
        # an <h1> naming a section is not the headline
        ("World - Ministers meet to mend ties", "", "<h1>World</h1>", None),
    ],
)
def test_saved_page_headline_loses_the_site_name_and_section_trail(
    og_title, head, before_text, headline
):
    article = clean(_page_titled(og_title, head, before_text))
    assert article.title == (og_title if headline is None else headline)


@pytest.mark.parametrize(
    ("og_title", "before_text", "headline"),
    [
        # a social card's title cut from the headline the page prints
        (
            "three reporters bailed",
            "<h1>Charged with sedition, three reporters bailed</h1>",
            "Charged with sedition, three reporters bailed",
        ),
        # a printed headline with a separator may hold the site's name: the title stands
        (
            "Ministers meet to mend ties",
            "<h1>Daily Planet - Ministers meet to mend ties</h1>",
            "Ministers meet to mend ties",
        ),
        # the card's note on its picture, after the headline and the author's name in <h1>
        (
            "Ministers meet to mend ties (Photo: Reuters)",
            "<h1><span>Ministers meet to mend ties</span><br><span>Jane Doe</span></h1>",
            "Ministers meet to mend ties",
        ),
        ("外长会晤修复关系（图）", "<h1>外长会晤修复关系</h1>", "外长会晤修复关系"),
        # a note the page prints in its headline too is the headline's (a line break of
        # the markup's own is a space)
        (
            "Ministers meet to mend ties (VIDEO)",
            "<h1>Ministers meet to mend ties\n(VIDEO)</h1>",
            "Ministers meet to mend ties (VIDEO)",
        ),
    ],
)
def test_saved_page_headline_as_printed_over_a_cut_or_noted_markup_title(
    og_title, before_text, headline
):
    assert clean(_page_titled(og_title, before_text=before_text)).title == headline


def test_visible_text_is_what_a_browser_copies():
    html = (
        "<html><head><title>Not shown</title><style>p {}</style></head><body>"
        "<div>Top <a href='/'>story</a><span>line</span></div>"
        "<p>First line<br>second line <img src='x.jpg' alt='a picture'></p>"
        "<div hidden>hidden</div><div aria-hidden='true'>also hidden</div>"
        "<div style='color: red; display: none'>styled away</div>"
        "<script>var shown = false;</script><noscript>no script</noscript>"
        "<table><tr><td>Pos.</td><td> Name </td></tr><tr><td>1</td><td>Kyle</td></tr></table>"
        "<h2>A crosshead</h2>Text after it</body></html>"
    )
    assert visible_text(parse_page(html)) == (
        "Top storyline\n\nFirst line\nsecond line\n\nPos.\tName\n1\tKyle\nA crosshead\n"
        "Text after it"
    )


def test_visible_text_sets_blank_lines_where_a_browser_copies_them():
    # around a paragraph (not under a heading), and where one line break follows another
    html = (
        "<html><body><h1>Headline</h1><div>By Jane Doe</div><p>First paragraph.</p>"
        "<div>A picture</div><div>Photo: Reuters</div><p>Second paragraph.</p>"
        "Third paragraph.<br><br><h2>A crosshead</h2><br><br>Fourth paragraph.</body></html>"
    )
    assert visible_text(parse_page(html)) == (
        "Headline\nBy Jane Doe\n\nFirst paragraph.\n\nA picture\nPhoto: Reuters\n\n"
        "Second paragraph.\n\nThird paragraph.\n\nA crosshead\n\nFourth paragraph."
    )


def test_visible_text_leaves_out_what_the_page_style_sheets_hide():
    html = (
        "<html><head><style>/* site */ .ticker li, .promo { display : none !important }"
        "#modal{visibility:hidden} .menu{display:none} nav .menu.open{display:block}"
        "@media (max-width: 600px) { .wide { display: none } }</style></head><body>"
        "<div class='box promo'>Promoted</div><div id='modal'>Sign in</div>"
        "<ul class='menu'><li>Sport</li></ul><div class='wide'>Wide only</div>"
        "<ul class='ticker'><li>Other story</li></ul><p>Text</p></body></html>"
    )
    # what a rule outside @media hides for a class or an id alone; not what another rule
    # shows (a menu that opens), a small screen hides, or a longer selector names
    assert visible_text(parse_page(html)).split("\n") == [
        "Sport",
        "Wide only",
        "Other story",
        "",
        "Text",
    ]


def test_visible_text_leaves_out_text_for_screen_readers_only():
    html = (
        "<html><body><a href='/share'><span class='sr-only'>Share to Twitter</span>Twitter</a>"
        "<p>Text<span class='screen-reader-text'> (opens in a new window)</span></p>"
        "<div class='at4-visually-hidden'>Sharing buttons</div></body></html>"
    )
    assert visible_text(parse_page(html)) == "Twitter\n\nText"


def test_visible_text_of_an_empty_page_is_empty():
    assert visible_text(parse_page("   ")) == ""
    assert visible_text(parse_page("<?xml version='1.0' encoding='utf-8'?><html></html>")) == ""


# The signal table and properties of any page


def test_signals_are_named_and_decisive_ones_give_a_reason():
    names = [signal.name for signal in SIGNALS]
    assert len(names) == len(set(names))
    assert all(signal.reason for signal in SIGNALS if signal.removes)
    assert THRESHOLDS["body_score"] > 0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=25
    )
)
def test_every_non_blank_line_gets_exactly_one_role(lines):
    text = "\n".join(lines)
    if not text.strip():
        return
    article = clean(page(text))
    # blank: spaces and characters that take no room (zero-width spaces and joiners)
    numbered = [
        number
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip().strip("\u200b\u200c\u200d\u2060\ufeff").strip()
    ]
    assert [line.number for line in article.lines] == numbered
    assert all(line.role in ROLES for line in article.lines)
    assert article.body_text == "\n\n".join(block.text for block in article.blocks)


# Spaces


def test_no_break_spaces_in_kept_text_become_plain_spaces():
    caption = "The\u00a0minister waves in the capital. Photograph:\u202fGetty Images"
    article = clean(
        page(
            "Ministers\u00a0Meet To Mend Ties",
            caption,
            PARAGRAPHS[0].replace(" ", "\u00a0", 3),
            *PARAGRAPHS[1:],
        )
    )
    assert article.title == "Ministers Meet To Mend Ties"
    assert article.paragraphs == PARAGRAPHS
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The minister waves in the capital.", "Getty Images")
    ]
    assert article.lines[0].text == "Ministers\u00a0Meet To Mend Ties", "lines keep the file's text"


def test_markdown_no_break_spaces_become_plain_spaces():
    article = clean(
        page("---\ntitle: Winter\u00a0Games\n---\n\nIn\u00a0Pyeongchang.", format_="md")
    )
    assert (article.title, article.body_text) == ("Winter Games", "In Pyeongchang.")


def test_a_section_label_between_headline_and_standfirst_is_passed_over():
    """Headline, section label, standfirst written as sentences, dates, a photo, the text."""
    standfirst = (
        "The authorities have only made the crisis worse. It is up to them to calm it, and "
        "others should tell them so."
    )
    source = page(
        "Home",
        "The Planet view on the islands: a dispute on the brink",
        "Editorial",
        standfirst,
        "Mon 18 Nov 2019 18.54 GMT",
        "Last modified on Mon 18 Nov 2019 18.56 GMT",
        "Police officers on the bridge to the islands. Photograph: Jane Doe/Reuters",
        *PARAGRAPHS,
    )
    article = clean(source, frozenset({"editorial"}))
    assert article.title == "The Planet view on the islands: a dispute on the brink"
    assert article.standfirst == standfirst
    assert roles(article)["Editorial"] == "boilerplate"


def test_a_caption_marked_above_does_not_hide_the_headline():
    """ "Above: ..." is a caption even when its credit recurs across the archive."""
    caption = "Above: The two ministers at the start of their talks in the capital."
    source = page(
        "Home",
        "Ministers Meet To Mend Ties",
        "Reuters November 18, 2019 11:03 PM",
        caption,
        "Image Credit: Daily Planet",
        *PARAGRAPHS,
    )
    article = clean(source, frozenset({"image credit: daily planet"}))
    assert article.title == "Ministers Meet To Mend Ties"
    assert roles(article)[caption] == "caption"


def test_a_drop_capital_is_joined_to_the_word_it_starts():
    source = page(
        "Ministers Meet To Mend Ties",
        "Home",
        "T\nhe two ministers met in the capital on Sunday to discuss trade and the islands.",
        *PARAGRAPHS[1:],
    )
    article = clean(source)
    assert article.paragraphs[0].startswith("The two ministers met")
    capital = next(line for line in article.lines if line.text == "T")
    assert (capital.number, capital.role) == (5, "boilerplate")
    assert capital.reason == "a drop capital: the first letter of the line below"
    assert [line.number for line in article.lines] == sorted(line.number for line in article.lines)


@pytest.mark.parametrize("letter", ["A", "I"])
def test_a_one_letter_word_alone_on_its_line_is_not_taken_for_a_drop_capital(letter):
    source = page("Ministers Meet To Mend Ties", *PARAGRAPHS[:2], f"{letter}\nman said.")
    assert not any(paragraph.startswith(f"{letter}man") for paragraph in clean(source).paragraphs)


def test_a_headline_written_as_a_sentence_is_known_by_the_date_line_under_it():
    headline = "The islands dispute is back. This time it might be settled."
    source = page(
        "Home",
        "World",
        headline,
        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
        "Jane Doe | Getty Images",
        "The two ministers, pictured at the start of their talks in the capital on Sunday.",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == headline
    assert roles(article)["Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM"] == "boilerplate"
    assert [caption.credit for caption in article.captions] == ["Jane Doe | Getty Images"]


# "KEY POINTS" recurs on every page of its site, so a grown archive learns it as furniture.
@pytest.mark.parametrize("furniture", [frozenset(), frozenset({"key points"})])
def test_a_box_of_key_points_between_the_headline_and_the_text_does_not_hide_the_headline(
    furniture,
):
    headline = "Ministers agree to reopen talks on the disputed islands next spring"
    points = [
        "The two ministers agreed to meet again in the spring to discuss the islands.",
        "The agreement comes after months of harsh words between the two capitals.",
    ]
    caption = "The two ministers, pictured at the start of their talks in the capital on Sunday."
    source = page(
        "Home",
        "World",
        "Asia",
        headline,
        "Published Wed, Nov 20 2019 4:29 AM EST",
        "Jane Doe",
        "KEY POINTS",
        *points,
        caption,
        "John Smith | Getty Images",
        "TOKYO — " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
    )
    article = clean(source, furniture)
    assert article.title == headline
    reasons = {line.text: line.reason for line in article.lines}
    assert [reasons[point] for point in points] == [REASON_SUMMARY_BOX] * 2
    assert [caption.text for caption in article.captions] == [caption]
    assert article.paragraphs == ["TOKYO — " + PARAGRAPHS[0], *PARAGRAPHS[1:]]


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", True),
        ("Posted March 3, 10:15 am", True),
        ("Updated on March 3 at the meeting of the board", False),  # no time: words
        # a day and a time alone on the line, no label, no year
        ("Nov 19, 9:41 AM", True),
        ("Nov 18 2:05 p.m.", True),
        ("Monday, Nov. 18, 8:19 PM EST", True),
        ("18 November, 14:05", True),
        ("Nov 18", False),  # no time: the day of a teaser, or words
        ("Nov 18 2:05 pm in the square", False),
    ],
)
def test_a_date_line_may_leave_out_the_year(line, is_one):
    from archive.clean_dates import is_date_line

    assert is_date_line(line) is is_one


def test_a_headline_over_a_share_bar_is_found():
    """Headline, comment count, standfirst, byline, a dozen share buttons, a photo, text."""
    headline = "Ministers meet to mend ties after a year of harsh words"
    standfirst = "The two sides are dealing with a long list of disputes, old and new."
    share_bar = [
        "Share this story",
        "Share this on Facebook",
        "Share this on Twitter",
        "Share All sharing options",
        f"Share All sharing options for: {headline}",
        "Reddit",
        "Pocket",
        "Flipboard",
        "Email",
        "Copy this link",
    ]
    source = page(
        "Filed under:",
        "Diplomacy",
        headline,
        "New, 6 comments",
        standfirst,
        "By Jane Doe Nov 18, 2019, 11:47am EST",
        *share_bar,
        "Photo by Jane Doe/Getty Images",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert (article.title, article.standfirst) == (headline, standfirst)
    assert all(roles(article)[line] == "boilerplate" for line in share_bar)


def test_a_trail_of_links_ending_in_the_headline_is_not_the_headline():
    source = page(
        "Home World Asia Ministers Meet To Mend Ties After A Hard Year",
        "MINISTERS MEET TO MEND TIES AFTER A HARD YEAR",
        "written by Jane Doe",
        *PARAGRAPHS,
    )
    assert clean(source).title == "MINISTERS MEET TO MEND TIES AFTER A HARD YEAR"


@pytest.mark.parametrize(
    "byline",
    [
        "Author: Jane Doe, Diplomatic Correspondent at the Daily Planet",
        "Autorin: Anna Weber (Korrespondentin für Außenpolitik)",
        "Autori: Līga Kalniņa, Jānis Bērziņš (Ziņu dienesta redaktori)",
    ],
)
def test_a_byline_under_a_label_is_no_headline(byline):
    source = page("World", "Ministers Meet To Mend Ties", "Today, 17:40", byline, *PARAGRAPHS)
    article = clean(source)
    assert article.title == "Ministers Meet To Mend Ties"
    assert next(line for line in article.lines if line.text == byline).reason == "a byline"


def test_a_label_makes_a_byline_only_over_a_name():
    features = measure_page(["Authors: what they earn and why", "Autor: Ülle Öpik"])
    assert [line.byline for line in features] == [False, True]


def test_a_photo_caption_over_its_credit_does_not_hide_the_headline():
    """Headline, standfirst, photo caption, "Credit...", its credit, byline, links, text."""
    caption = "The two ministers at the start of their talks in the capital on Sunday."
    source = page(
        "SKIP TO CONTENT",
        "Ministers Meet To Mend Ties After A Hard Year",
        "The two sides are dealing with a long list of disputes, old and new, and want talks.",
        caption,
        "Credit...",
        "Jane Doe/The Daily Planet",
        "By Jane Doe",
        "阅读简体中文版閱讀繁體中文版",  # links to the article in Chinese
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == "Ministers Meet To Mend Ties After A Hard Year"
    assert roles(article)[caption] == "caption"
    assert roles(article)["Jane Doe/The Daily Planet"] == "caption"


def test_a_caption_over_credit_and_label_after_the_byline_is_a_figure_with_its_credit():
    """The Times sets the picture under the byline and its section's label: the caption,
    "Credit...", the credit, then the text; the label over the caption is no caption."""
    caption = "The two ministers at the start of their talks in the capital on Sunday."
    source = page(
        "Ministers Meet To Mend Ties After A Hard Year",
        "The two sides are dealing with a long list of disputes, old and new, and want talks.",
        "By Jane Doe",
        "Opinion Columnist",
        caption,
        "Credit...",
        "John Roe/The Daily Planet",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.paragraphs == PARAGRAPHS
    assert article.captions == (Caption(caption, "John Roe/The Daily Planet"),)
    assert roles(article)["Opinion Columnist"] == "boilerplate"


def test_a_credit_run_into_its_label_does_not_hide_the_headline():
    """A saved page's text runs the label into the credit: "Credit...Jane Doe/The Daily
    Planet", between the standfirst and the byline, is a caption's credit, not a headline."""
    credit = "Credit...Jane Doe/The Daily Planet"
    source = page(
        "SKIP TO CONTENT",
        "Ministers Meet To Mend Ties After A Hard Year",
        "The two sides are dealing with a long list of disputes, old and new, and want talks.",
        credit,
        "By Jane Doe",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == "Ministers Meet To Mend Ties After A Hard Year"
    assert roles(article)[credit] == "caption"
    assert split_credit(credit) == ("", "Jane Doe/The Daily Planet")


def test_an_email_address_under_the_byline_is_not_the_headline():
    source = page(
        "Ministers Meet To Mend Ties After A Hard Year",
        "The two sides are dealing with a long list of disputes, old and new, and want talks.",
        "By",
        "Jane Doe",
        "Jane.Doe@dailyplanet.com",
        "Nov. 19, 2019 8:03 am ET",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == "Ministers Meet To Mend Ties After A Hard Year"
    assert roles(article)["Jane.Doe@dailyplanet.com"] == "boilerplate"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Jane Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Diplomacy", "byline"),
        ("you are here: HomeNewsWorldAsia", "you are here"),
        ("CLICK FOR FULL STATE SWIM RESULTS", "click for"),
        ("Tags: Ruritania, Islands, Diplomacy", "'tags'"),
        (
            "As you comment, please be respectful of other commenters and of their views, and "
            "keep to the subject of the article.",
            "please be respectful",
        ),
        (
            "Get breaking news alerts and special reports. The stories that matter, delivered "
            "weekday mornings.",
            "news alerts",
        ),
    ],
)
def test_bylines_with_details_trails_and_prompts_are_boilerplate(line, reason):
    article = clean(article_page(line))
    removed = next(item for item in article.lines if item.text == line)
    assert removed.role == "boilerplate"
    assert reason in removed.reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Von Jane Doe publiziert am 25. September 2018", "2018-09-25"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
        ("Publié le 15 mars 2019 à 10h00", "2019-03-15"),
        ("Updated Nov. 20, 2019", "2019-11-20"),
        ("Posted on Maret 30, 2015 by Admin", "2015-03-30"),
        ("Jane Doe 27/09/2018 Comments", "2018-09-27"),
        ("11.14.2019 09:00 AM", "2019-11-14"),
        ("By Jane Doe - Contributor 2019-11-19T12:48:14Z Space", "2019-11-19"),
        ("PUBLISHED WED, NOV 20 20194:29 AM EST", "2019-11-20"),
        ("By Jane Doe - 11/19/19 06:56 AM EST", "2019-11-19"),
        ("Текст: Анна Иванова·24 сентября 2018", "2018-09-24"),
        # the date run into the share button after it
        ("21:17 18.11.2019Get short URL", "2019-11-18"),
        ("12:05 18.11.2019Share this", "2019-11-18"),
        ("Nov 18, 2019Comments", "2019-11-18"),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10"),
        ("2018年6月18日 10:01 発信地：カノ/ナイジェリア", "2018-06-18"),
        ("입력 2019년 8월 20일 09:31", "2019-08-20"),
        # the year first: always year, month, day
        ("2018/6/19 5:50", "2018-06-19"),
        ("2019.11.20 10:00 KST", "2019-11-20"),
        ("jueves, 20-11-2019 - 10:21 h", "2019-11-20"),
    ],
)
def test_date_lines_in_other_languages_state_their_date(text, day):
    from archive.clean_dates import find_dates, is_date_line

    assert is_date_line(text)
    assert [found.isoformat() for found in find_dates(text)] == [day]


def test_a_disclosure_of_a_sponsored_post_is_boilerplate():
    disclosure = "This post has been compensated by Acme, Inc. All opinions are mine. #ad"
    assert roles(clean(article_page(disclosure)))[disclosure] == "boilerplate"


@pytest.mark.parametrize(
    "text", ["04/05/2019", "version 1.2.2019", "31/02/2019", "04/05/19", "3.11.19", "1/2/3/19"]
)
def test_a_numeric_date_is_read_only_where_its_order_shows(text):
    from archive.clean_dates import find_dates

    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text", ["https://example.com/2019/11/20/ministers-meet", "version 2019.11.20.1"]
)
def test_a_web_address_or_a_version_number_is_no_date(text):
    from archive.clean_dates import find_dates

    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["2018.04.05 ~ OPEN RUN", "April 5, 2018 ~ June 30, 2018"])
def test_a_span_of_dates_is_no_date_line(text):
    from archive.clean_dates import is_date_line

    assert not is_date_line(text)


@pytest.mark.parametrize("stack", [("November 20", "15:23", "2019"), ("20", "Nov", "2019")])
def test_a_date_set_as_a_stack_of_lines_dates_the_article(stack):
    source = page("Ministers Meet To Mend Ties", *stack, "Print this article", *PARAGRAPHS)
    assert clean(source).published == "2019-11-20"


def test_a_date_left_unread_under_the_headline_is_not_passed_over_for_a_later_one():
    from archive.clean_dates import published_date

    # "08/01/2014" may be January 8 or August 1; "27/06/2012" dates the photo under it
    byline = "Jane Doe | Capital City | 08/01/2014"
    assert published_date([byline, "27/06/2012"], None, [], []) is None
    assert published_date(["27/06/2012"], None, [], []) == "2012-06-27"


def test_a_date_line_over_the_headline_dates_the_article():
    source = page(
        "Markets",
        "Wednesday 20 November 2019 9:22 am",
        "Ministers meet to mend ties after a year of harsh words",
        "By Jane Doe",
        *PARAGRAPHS,
    )
    assert clean(source).published == "2019-11-20"


def test_a_publication_date_stated_under_the_text_dates_the_article():
    source = page(
        "Ministers Meet To Mend Ties",
        "Updated on: November 21, 2019 / 10:07 AM",
        *PARAGRAPHS,
        "First published on November 19, 2019 / 8:16 AM",
        "© 2019 Acme Interactive Inc. All Rights Reserved.",
    )
    article = clean(source)
    assert (article.published, article.updated) == ("2019-11-19", "2019-11-21")


def test_an_update_time_is_not_the_publication_date_wherever_its_label_stands():
    from archive.clean_dates import published_date

    assert published_date(["By Jane Doe Updated Nov 13, 2019, 10:28am EST"], None, [], []) is None
    assert published_date(["By Jane Doe Nov 13, 2019, 10:28am EST"], None, [], []) == "2019-11-13"


@pytest.mark.parametrize(
    "line",
    [
        "Nov 18, 2019 @17:19 PM · Updated: Nov 21, 2019 @17:26 PM",
        "November 18, 2019 / 12:21 AM / Updated 14 hours ago",
    ],
)
def test_the_date_before_an_update_label_is_the_publication_date(line):
    from archive.clean_dates import published_date

    assert published_date([line], None, [], []) == "2019-11-18"


def test_a_byline_with_details_dates_the_article():
    from archive.clean_dates import published_date

    byline = "By Jane Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware"
    assert published_date([byline], None, [], []) == "2019-11-18"


def test_date_lines_that_disagree_under_the_headline_date_a_list_of_other_stories():
    from archive.clean_dates import published_date

    over = ["Ministers fly home", "July 30, 2010"]  # more of the list, over the headline
    under = ["November 20, 2015", "NEWS", "Ministers meet again", "September 12, 2016"]
    assert published_date(under, None, [], [], (), over) is None
    assert published_date(["November 20, 2015", "NEWS"], None, [], [], (), over) == "2015-11-20"
    assert published_date(under, None, [], [], (), ["Published March 3, 2015"]) == "2015-03-03"


def test_a_date_line_well_above_a_list_of_other_stories_dates_the_article():
    from archive.clean_dates import published_date

    stories = ["AUTO NEWS", "Turbocharged Sentra unleashed", "November 16, 2016"] + [
        "FEATURES", "The Nissan nicknames", "December 18, 2015",
        "AUTO NEWS", "Sentra makes a statement", "August 18, 2005",
    ]  # fmt: skip
    boxes = ["FIND YOUR NEXT CAR", "Choose vehicle brand", "Abarth", "Audi", "BMW", "Choose model"]
    header = ["Nissan November 20, 2019 13:42", *boxes, "MORE STORIES LIKE THIS ONE", *stories]
    assert published_date(header, None, [], []) == "2019-11-20"
    # right over the list, the first date line may be one of its items
    assert published_date(header[:1] + header[-10:], None, [], []) is None


def test_a_sentence_between_the_headline_and_its_signature_is_the_standfirst():
    standfirst = (
        "They are the best of neighbours again. The two sides want to settle the long dispute "
        "over the islands before the summer, and both of them have said so in public this week."
    )
    source = page(
        "Ministers meet to mend ties after a year of harsh words",
        standfirst,
        "By Jane Doe · 24 September 2018",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert (article.standfirst, article.published) == (standfirst, "2018-09-24")
    assert article.paragraphs == PARAGRAPHS


def test_a_link_card_set_into_the_text_is_taken_out_of_the_body():
    card = (
        "The minister met Rep. Jane DoeJane DoeSenate passes the budget | Doe asks for a vote on "
        "the islands MORE (D-Minn.) in the capital on Sunday to discuss the islands."
    )
    article = clean(article_page(body=(card, *PARAGRAPHS)))
    assert article.paragraphs[0] == (
        "The minister met Rep. Jane Doe (D-Minn.) in the capital on Sunday to discuss the islands."
    )
    assert roles(article)[card] == "body"  # the line is kept as the page has it


def test_a_link_card_giving_the_name_in_full_is_taken_out_of_the_body():
    card = (
        "Gov. Jane DoeJane Mary DoeSenate passes the budget | Doe asks for a vote MORE said "
        "on Sunday that the talks had been useful."
    )
    article = clean(article_page(body=(card, *PARAGRAPHS)))
    assert article.paragraphs[0] == "Gov. Jane Doe said on Sunday that the talks had been useful."


def test_a_long_line_in_another_script_inside_the_article_is_a_quotation():
    verse = "Любовь долго терпит, милосердствует, любовь не завидует, любовь не превозносится."
    article = clean(article_page(body=(*PARAGRAPHS[:2], verse, *PARAGRAPHS[2:])))
    assert roles(article)[verse] == "body"


def test_a_credit_run_into_its_caption_marks_a_caption_not_a_headline():
    caption = "The two ministers meet in the capital on Sunday.Jane Doe / Reuters file"
    article = clean(page("Home", "Ministers Meet To Mend Ties", caption, *PARAGRAPHS))
    assert article.title == "Ministers Meet To Mend Ties"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The two ministers meet in the capital on Sunday.", "Jane Doe / Reuters file")
    ]


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("By Jane Doe Updated Nov 13, 2019, 10:28am EST", "2019-11-13"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"),
        ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 21, 2019", "2019-11-21"),
        ("Published November 19, 2019", None),
    ],
)
def test_the_update_date_is_read_apart_from_the_publication_date(line, updated):
    from archive.clean_dates import updated_date

    assert updated_date([line]) == updated


def test_an_article_with_only_an_update_date_is_filed_under_it():
    source = page(
        "Ministers Meet To Mend Ties", "Updated on: November 19, 2019 / 10:07 AM", *PARAGRAPHS
    )
    article = clean(source)
    assert (article.published, article.updated, article.filed) == (None, "2019-11-19", "2019-11-19")


def test_the_update_date_under_the_first_of_two_copies_of_the_headline_dates_the_article():
    # a headline over a photo gallery, and again over the text (Hearst's sites)
    caption = (
        "Foreign Minister Jane Doe, left, and her counterpart John Roe, right, shake hands before"
        " their talks in the capital on Sunday, Nov. 17, 2019, the first such meeting in three"
        " years. less"
    )
    photo = "Photo: Jane Doe, AP"
    gallery = (caption, caption, photo, photo, "Image 1 of / 23", "Caption", "Close")
    gallery += ("Image 1 of 23", caption, caption, photo)
    header = ("Tom Krisher, Ap Auto Writer", "Updated 1:39 am EST, Wednesday, November 20, 2019")
    headline = "Ministers Meet To Mend Ties"
    lines = ("Home", "World", headline, *header, *gallery, headline, "1 / 23", "Back to Gallery")
    article = clean(page(*lines, *PARAGRAPHS))
    copies = [line for line in article.lines if line.text == headline]
    assert [line.role for line in copies] == ["boilerplate", "title"]
    assert article.paragraphs == PARAGRAPHS
    assert (article.published, article.updated) == (None, "2019-11-20")


def test_an_update_date_goes_through_markdown_and_back():
    from archive.export import article_markdown

    dump = clean(page("Ministers Meet To Mend Ties", "Updated Nov 19, 2019, 10:07 AM", *PARAGRAPHS))
    assert dump.updated == "2019-11-19"
    again = clean(page(article_markdown(dump), format_="md"))
    assert again.updated == "2019-11-19"


@pytest.mark.parametrize("box", ["More On:", "MOST POPULAR", "Related stories"])
def test_a_box_of_other_headlines_under_the_signed_headline_is_not_the_headline(box):
    source = page(
        "News",
        "Ministers meet to mend ties",
        "By Jane Doe",
        "November 18, 2019 | 4:10pm",
        box,
        "Harbour strike enters its second week with no talks planned",
        "Fishermen protest new quotas outside the regional parliament",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == "Ministers meet to mend ties"
    assert article.published == "2019-11-18"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a site's slogan over the headline, which a standfirst, a dated byline and a share
        # bar follow
        (
            (
                "News, Analysis and Perspective for Solution Providers and Technology Integrators",
                "Ministers Meet To Mend Ties",
                "The two ministers talked for hours in the capital, their first meeting in a year.",
                "By Jane Doe November 19, 2019, 07:47 PM EST",
                "Share to Facebook",
                "Share to Twitter",
            ),
            "2019-11-19",
        ),
        # a notice over the headline; the author's name with the agency over the date line
        (
            (
                "Welcome to the Daily Planet's European Union Experience",
                "Learn More",
                "Ministers meet to mend ties",
                "Jane Doe Associated Press",
                "Published 11:34 PM EST Nov 19, 2019",
            ),
            "2019-11-19",
        ),
        # a link of the site's menu over the date line set above the headline
        (
            (
                "Initial public offerings: is there still a pulse?",
                "Wednesday 20 November 2019 9:22 am",
                "Ministers meet to mend ties",
                "Jane Doe",
            ),
            "2019-11-20",
        ),
        # the headline right over a dated line, under the names of the site's magazines
        (
            (
                "Motor Cycle Monthly",
                "Classic Motorcycle Mechanics",
                "Ministers Meet To Mend Ties",
                "21/06/2014 Jane Doe All, Books, News",
                "Tested by: Jane Doe RRP: 49.95 Euro (£40) More info from the publisher in Berlin",
            ),
            "2014-06-21",
        ),
        # a standfirst as long as the headline, a label between them
        (
            (
                "TV Shows",
                "Ministers meet to mend ties after a year of harsh words",
                "New, 15 comments",
                "The first meeting between the two since the election last year",
                "By Jane Doe Nov 19, 2019, 7:53pm EST",
            ),
            "2019-11-19",
        ),
    ],
)
def test_the_signed_headline_wins_over_longer_lines_around_it(head, published):
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title.casefold().startswith("ministers meet to mend ties")
    assert article.published == published


MENU = ("Home", "World", "Business", "Opinion", "Weekly Podcast", "The Big Interview")


@pytest.mark.parametrize(
    "head",
    [
        # the date line right under the headline
        (*MENU, "Crosswords", "Puzzles", "Listen Live", "Ministers Meet", "Published Nov 18, 2019"),
        # a longer entry of the menu over it; a picture's credit, a label and the date
        # run into a link under it
        (
            *MENU,
            "Ask the Doctor About Your Ailments",
            "Cartoons",
            "Video",
            "Podcasts",
            "Listen Live",
            "Search",
            "Ministers Meet",
            "Jane Doe/Reuters",
            "Columnists",
            "12:05 18.11.2019Share this",
            "by Jane Doe",
        ),
    ],
)
def test_a_short_signed_headline_under_the_sites_menu_wins_over_longer_entries(head):
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title == "Ministers Meet"
    assert article.published == "2019-11-18"


@pytest.mark.parametrize(
    ("headline", "authors"),
    [
        ("Storm Hits The Town", ("Jane Doe", "Associated Press")),
        ("Storm Hits The Town", ("Jane Doe", "Staff Writer", "Associated Press")),
        ("Storm Hits The Town", ("Jane Doe", "Staff Writer", "By Reuters")),
        # a headline as short as an entry of the menu over it
        ("Storm Hits Town", ("Jane Doe", "Reuters")),
    ],
)
def test_a_short_name_signed_under_the_headline_does_not_end_a_menu(headline, authors):
    head = ("Home", "News", "World", "Europe", headline, *authors, "November 19, 2019")
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title == headline


def test_a_credit_in_square_brackets_closes_a_caption():
    from archive.clean_captions import split_credit

    caption = "Troops remain in the country, 18 years after the invasion [File: Reuters]"
    assert split_credit(caption) == (
        "Troops remain in the country, 18 years after the invasion",
        "Reuters",
    )
    assert split_credit("He said it was fine [Applause]")[1] is None


def test_the_headline_is_found_over_its_standfirst_printed_again_and_an_author_label():
    standfirst = "The ministers are talking again, and markets like it. What a time to be alive."
    source = page(
        "Markets",
        "Hedge Funds",
        "Opening Bell",
        "Opening Bell 11.18.19",
        standfirst,
        "Author:",
        "The Water Cooler",
        "Publish date:",
        "Nov 18, 2019",
        standfirst,
        *PARAGRAPHS,
    )
    assert clean(source).title == "Opening Bell 11.18.19"


# Captions and credits, boxes of other stories, the start of the story (precision)


def test_a_sentence_over_a_credit_alone_on_its_line_is_its_caption():
    caption = "An artist's illustration of a plume of water vapour rising from the icy moon."
    body = (*PARAGRAPHS[:2], caption, "(Image: © Space Agency/Jane Doe)", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[caption] == "caption"
    assert article.paragraphs == PARAGRAPHS
    # but a copyright signing off the post, over the site's furniture, credits no picture
    closing = "Remove the jars from the canner and allow them to cool for a day."
    body = (*PARAGRAPHS, closing, "© Jane Doe", "You may also like:")
    article = clean(article_page(body=body, bottom=("Privacy policy",)))
    assert article.paragraphs == [*PARAGRAPHS, closing]


def test_a_paragraph_a_blank_line_over_a_picture_credited_alone_is_text():
    # the picture under it has a credit and no caption (ONE Esports' pages)
    paragraph = (
        "In contrast, the other side opted for a scaling bottom lane while the rest of "
        "the lanes held out early in the game."
    )
    body = (*PARAGRAPHS[:2], paragraph, "Credit: Riot Games", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert roles(article)[paragraph] == "body"
    assert article.paragraphs == [*PARAGRAPHS[:2], paragraph, *PARAGRAPHS[2:]]
    # glued to the credit, the same sentence is the picture's caption
    body = (*PARAGRAPHS[:2], f"{paragraph}\nCredit: Riot Games", *PARAGRAPHS[2:])
    assert roles(clean(article_page(body=body)))[paragraph] == "caption"


def test_a_short_name_glued_under_a_sentence_is_the_credit_of_its_picture():
    caption = "This satellite image shows fires detected near the capital on Nov. 3, 2019."
    credit = "Space Agency Worldview"
    text = "\n\n".join(
        ("Ministers Meet To Mend Ties", *PARAGRAPHS[:2], f"{caption}\n{credit}", *PARAGRAPHS[2:])
    )
    source = page(text)
    article = clean(source)
    assert roles(article)[caption] == "caption"
    assert roles(article)[credit] == "boilerplate"
    assert article.paragraphs == PARAGRAPHS
    assert article.headings == []


@pytest.mark.parametrize("heading", ["More:", "Trending News", "DON'T MISS"])
def test_headlines_under_a_box_heading_between_two_paragraphs_are_removed(heading):
    links = (
        "Rebels seize the northern port after a week of fighting",
        "Spacewalking into history",
        "Talks on the islands resume in the capital, officials say",
    )
    body = (*PARAGRAPHS[:2], heading, *links, *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert article.paragraphs == PARAGRAPHS
    assert article.headings == []


@pytest.mark.parametrize(
    "after",
    [
        ("Related", "Talks on the islands resume in the capital, officials say"),
        ("The two ministers shake hands in the capital. (Photo: Jane Doe)",),
    ],
)
def test_a_box_of_headlines_may_run_into_the_next_box_or_a_picture(after):
    box = ("Related", "Rebels seize the northern port after a week of fighting")
    body = (*PARAGRAPHS[:3], *box, *after, *PARAGRAPHS[3:])
    article = clean(article_page(body=body))
    assert article.paragraphs == PARAGRAPHS
    assert article.headings == []


def test_a_story_begins_at_its_dateline_under_a_box_of_other_headlines():
    opening = (
        "RIVERTON, N.Y. — Hours before the talks began on Sunday, the two ministers met alone "
        "for breakfast at the embassy, officials said."
    )
    source = page(
        "Ministers Meet To Mend Ties After A Hard Year",
        "By Jane Doe",
        "MOST POPULAR",
        "Police chief sought funding for a new radio system, but mayor unswayed",
        "The county fair will be free to attend starting next summer",
        "Man dies after crashing into a power pole downtown",
        "Property taxes are on the rise. These maps show where and how much.",
        "Skimming device found at gas station",
        opening,
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == "Ministers Meet To Mend Ties After A Hard Year"
    assert article.paragraphs == [opening, *PARAGRAPHS]
    assert article.dateline == "RIVERTON, N.Y."


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow The Daily Planet on Instagram, Facebook, Twitter and YouTube.",
        "Have a tip? Jane Doe may be reached by email. Follow her on Twitter.",
        "Thanks for signing up!",
        "Keep an eye on your inbox for the latest news.",
        "Advert",
        "Video Ad Feedback",  # a video player's labels
        "Now playing",
    ],
)
def test_prompts_inside_the_article_are_boilerplate(prompt):
    body = (*PARAGRAPHS[:3], prompt, *PARAGRAPHS[3:])
    article = clean(article_page(body=body))
    assert roles(article)[prompt] == "boilerplate"
    assert article.paragraphs == PARAGRAPHS
    # a sentence of the text that only says "follow" is no prompt
    sentence = "Follow the money, the investigators said, and the rest of the story will follow."
    body = (*PARAGRAPHS[:3], sentence, prompt, *PARAGRAPHS[3:])
    assert sentence in clean(article_page(body=body)).paragraphs


def test_an_embedded_post_printed_twice_does_not_cut_the_article_in_two():
    embeds = (
        "Image Copyright @janedoe @janedoe",
        "Report",
        "Image Copyright @janedoe @janedoe",
        "Report",
        "Image Copyright @johndoe @johndoe",
        "Report",
        "Image Copyright @johndoe @johndoe",
        "Report",
    )
    closing = (
        "The talks are to resume in the spring, when both ministers hope to sign a first "
        "agreement on fishing rights.",
        "Until then, officials on both sides will meet every month to prepare the ground "
        "for the next round.",
        "Neither minister would say what the first agreement might hold, but both said that "
        "they were hopeful.",
    )
    body = (*PARAGRAPHS[:4], *embeds, *PARAGRAPHS[4:], *closing)
    article = clean(article_page(body=body, bottom=("Related Topics", "Privacy Policy")))
    assert article.paragraphs == [*PARAGRAPHS, *closing]


def test_a_share_bar_between_the_headline_and_its_byline_does_not_unsign_it():
    head = (
        "Earnings",
        "Ministers meet to mend ties",
        "The two ministers talked for hours in the capital, their first meeting in a year.",
        "Facebook",
        "Twitter",
        "Comments",
        "Print",
        "Email",
        "By Jane Doe",
        "video",
        # a video's caption over the text, longer than the headline
        "Opposition leader says the talks between the two ministers came far too late",
    )
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title == "Ministers meet to mend ties"
    assert article.standfirst == head[2]


def test_a_signed_headline_of_four_words_wins_over_a_longer_box_title():
    head = (
        "Best new phones of 2019",
        "Five phones came out ahead of the rest in our tests this year, and one by far.",
        "By Jane Doe | November 18, 2019",
        "Black Friday",
        "Our Reporters' Top Picks Today",
        "The very best Black Friday deals and sales.",
    )
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title == "Best new phones of 2019"


def test_share_it_with_friends_is_a_prompt():
    head = (
        "Deportees return home from abroad",
        "November 20",
        "Print This Article",
        "Share it With Friends",
        "by Jane Doe",
    )
    article = clean(page(*head, *PARAGRAPHS))
    assert article.title == "Deportees return home from abroad"
    line = next(line for line in article.lines if line.text == "Share it With Friends")
    assert line.reason.startswith("site furniture")


def test_a_headline_asked_as_a_question_under_the_date_line_is_no_text():
    question = "Economy in stress and markets on a high; time to be careful?"
    head = ("Portfolio", "Forum", "Be a Pro", "Last Updated : Nov 20, 2019 01:41 PM IST")
    article = clean(page(*head, question, *PARAGRAPHS))
    assert article.title == question
    assert article.paragraphs == PARAGRAPHS
    # a question opening the text under a signed headline stays text
    opening = "Have the two ministers finally settled their long dispute over the islands?"
    article = clean(page("Ministers meet to mend ties", "November 20, 2019", opening, *PARAGRAPHS))
    assert article.title == "Ministers meet to mend ties"
    assert article.paragraphs == [opening, *PARAGRAPHS]


def test_closing_sentence_signed_off_with_an_emoji_is_text():
    closing = "Book your seats through the ministry website and come to see the talks today! 🙂"
    article = clean(article_page(body=(*PARAGRAPHS, closing), bottom=("Share this entry",)))
    assert roles(article)[closing] == "body"


def test_dateline_names_the_region_after_the_city():
    from archive.clean_dates import find_dateline

    opening = "DUBAI, United Arab Emirates — The airline finalised a deal for thirty jets."
    assert find_dateline(opening) == ("DUBAI, United Arab Emirates", None)


def test_box_of_key_points_in_title_case_is_not_the_text():
    # a saved page's markup has the label as written: its style sheet sets it in capitals
    points = (
        "The two ministers agreed to meet again before the summer to talk about trade.",
        "The meeting was the first between them since the election and months of harsh words.",
    )
    caption = "The foreign minister arrives at the ministry on Sunday, a day after the election."
    opening = "LYON, France — " + PARAGRAPHS[0]
    article = clean(
        page(
            "Home", "Ministers Meet To Mend Ties", "By Jane Doe", "Key Points", *points,
            caption, "Jane Roe | Reuters | Getty Images", opening, *PARAGRAPHS[1:],
        )
    )  # fmt: skip
    assert article.paragraphs == [opening, *PARAGRAPHS[1:]]


def test_box_of_key_points_over_a_picture_is_not_the_text():
    points = (
        "The two ministers agreed to meet again before the summer to talk about trade.",
        "The meeting was the first between them since the election and months of harsh words.",
    )
    caption = "The foreign minister arrives at the ministry on Sunday. (Photo: Reuters)"
    opening = "LYON, Rhone Alps — " + PARAGRAPHS[0]
    article = clean(article_page(body=("KEY POINTS", *points, caption, opening, *PARAGRAPHS[1:])))
    # (the box's first sentence may stand as the standfirst; neither is the text)
    assert article.paragraphs == [opening, *PARAGRAPHS[1:]]


# Scripts written without spaces between words, or without capitals

CHINESE_PARAGRAPHS = [
    "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会答问，并向公众道歉。",
    "梁振英此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题，但他一直没有公开。",
    "不过泛民主派议员们普遍指责梁振英撒谎，要求他马上辞职下台，并计划提出不信任动议。",
    "一些亲北京阵营议员欢迎梁振英道歉，且认为应能获得香港民众接受，但也要求他尽快处理。",
]


def test_a_chinese_page_dump_gives_its_article():
    source = page(
        "浏览协助",
        "直接前往内部导航",
        "BBC Chinese",
        "简体版",
        "繁體版",
        "港特首梁振英就住宅违建事件道歉",
        "更新时间 2012年12月10日, 格林尼治标准时间10:41",
        "Facebook",
        "Twitter",
        *CHINESE_PARAGRAPHS,
        "点击 页首",
        "与内文相关的链接",
        "相关内容",
    )
    article = clean(source)
    assert article.title == "港特首梁振英就住宅违建事件道歉"
    assert article.published == "2012-12-10"
    assert article.paragraphs == CHINESE_PARAGRAPHS


def test_a_headline_over_its_date_is_found_over_a_long_share_bar():
    # the links to a dozen sites to share the story on fill the lines over the text
    share_bar = [
        "Facebook",
        "Twitter",
        "微信",
        "QQ好友",
        "百度贴吧",
        "网易微博",
        "搜狐微博",
        "腾讯微博",
        "人民微博",
        "收藏本文",
        "推荐给朋友",
        "打印本页",
        "电邮本文",
    ]
    headline = "两国部长会晤修补关系"
    source = page(
        "简体版",
        "繁體版",
        headline,
        "更新时间 2019年11月18日, 格林尼治标准时间10:41",
        *share_bar,
        *CHINESE_PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == headline
    assert article.paragraphs == CHINESE_PARAGRAPHS


def test_words_of_a_script_written_without_spaces_are_counted_as_words():
    line = "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会答问，并向公众道歉。"
    features = measure_page([line, "简体版"])
    assert features[0].words >= 15  # a sentence, not a word
    assert features[0].ends_sentence
    assert features[1].words <= 2


def test_khmer_is_read_as_a_script_written_without_spaces():
    line = "រដ្ឋាភិបាលបានប្រកាសនៅថ្ងៃច័ន្ទថា ខ្លួននឹងបើកសាលារៀនឡើងវិញនៅខែក្រោយ។"
    features = measure_page([line, "ព័ត៌មាន"])
    assert features[0].words >= 10  # a sentence, not two words
    assert features[0].ends_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "सरकार ने सोमवार को कहा कि स्कूल अगले महीने फिर से खुलेंगे।",
        "အစိုးရက စနေနေ့တွင် ကြေညာခဲ့သည်။",
        "བོད་ཀྱི་གནས་ཚུལ་གསར་འགྱུར།",
        "هل ستفتح المدارس أبوابها في الشهر المقبل؟",
    ],
)
def test_a_sentence_ends_with_the_full_stop_of_its_script(sentence):
    from archive.clean_features import ends_sentence

    assert ends_sentence(sentence)


def test_a_latin_acronym_does_not_put_a_thai_line_in_capitals():
    headline = "ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย"
    features = measure_page([headline, "ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์"])
    assert not features[0].shouted_headline


def test_two_paragraphs_above_a_headline_like_line_are_the_article_not_a_blurb():
    # an advertisement link between the paragraphs reads like a headline over the text
    body = (*PARAGRAPHS[:2], "Advertise With The Daily Courier", "Facebook", *PARAGRAPHS[2:])
    article = clean(article_page(body=body))
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Analysis by Jane Doe, Senior Diplomatic Correspondent", True),
        ("Opinion by Jane Doe", True),
        ("By Jane Doe, John Roe, Jim Poe, and Ann Moe, The Daily Planet", True),
        ("Killed by Police Near Home", False),
        ("By the time the talks ended, Jane Doe and John Roe had left the capital", False),
    ],
)
def test_a_byline_may_name_the_kind_of_piece_or_many_authors(line, is_one):
    assert measure_page([line])[0].byline is is_one


def test_a_byline_with_the_authors_post_is_no_headline():
    byline = "Analysis by Jane Doe, Senior Diplomatic Correspondent"
    source = page(
        "World",
        "The long road back: how two ministers set out to mend ties after a hard year",
        byline,
        "5 minute read",
        "Updated 9:22 PM EST, Mon November 6, 2023",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title.startswith("The long road back")
    assert roles(article)[byline] == "boilerplate"


def test_a_row_of_people_in_a_picture_marks_a_caption():
    for caption in ("(L-R) Jane Doe, John Roe, Jim Poe", "Jane Doe and John Roe (from left)"):
        assert caption_mark(caption) == "position in brackets"
    assert caption_mark("The L-R split (LR)") == ""


def test_a_politicians_party_in_brackets_is_no_position_in_a_picture():
    lede = "South Dakota Gov. Kristi Noem (R) is defending the state's launch of a campaign."
    assert caption_mark(lede) == ""
    for caption in (
        "Japanese Prime Minister Shinzo Abe (R) shakes hands with Chinese Premier Li Keqiang.",
        "Sen. Susan Collins (R) and Sen. Joe Manchin (L) talk before the vote.",
    ):
        assert caption_mark(caption) == "position in brackets"
    article = clean(article_page(body=(lede, *PARAGRAPHS)))
    assert article.paragraphs == [lede, *PARAGRAPHS]


def test_the_authors_and_the_outlets_names_over_the_date_line_sign_the_headline():
    """A story one site reprints from another: the site's slogan under its clock, the
    headline, the author and the outlet on lines of their own, the date, a caption."""
    headline = "Court files show how the two ministers were watched during their talks last year"
    source = page(
        "Welcome to the Daily Courier",
        "Mon, 25 Dec 2023",
        "The Paper for People who Read",
        "World Affairs",
        headline,
        "Jane Doe",
        "The Daily Planet",
        "Thu, 14 May 2020 17:55 UTC",
        "(L-R) Jane Doe, John Roe, Jim Poe",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == headline
    assert roles(article)["(L-R) Jane Doe, John Roe, Jim Poe"] == "caption"


def test_a_headline_signed_over_a_video_playlist_is_found():
    """Headline, byline, date, then a playlist of videos between it and the text."""
    headline = "Takeaways from the ministers' talks in the capital"
    playlist = [
        line
        for number in range(1, 16)
        for line in (f"Watch minister number {number} speak to reporters", "02:27", "Now playing")
    ]
    source = page(
        *MENU,
        headline,
        "By Jane Doe, John Roe, Jim Poe, and Ann Moe, The Daily Planet",
        "7 minute read",
        "Updated 4:48 PM EST, Mon November 6, 2023",
        *playlist,
        "See More Videos",
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == headline
    assert article.paragraphs == PARAGRAPHS


def test_a_headline_over_a_feed_of_dated_headlines_is_found():
    """A widget and a box of other stories, each its section, headline and date, stand
    between the headline and the text: the box fills the window above the text."""
    headline = "Ministers meet in the capital to mend ties after a hard year"
    feed = [
        line
        for year, subject in enumerate(("trade", "fishing", "the islands", "visas", "ports"))
        for line in (
            "WORLD NEWS",
            f"Old talks on {subject} end without a deal",
            f"May {year + 1}, 2015",
        )
    ]
    source = page(
        *MENU,
        headline,
        "World November 20, 2019 13:42",
        "FIND YOUR NEXT TRIP",
        *(f"Destination number {number}" for number in range(1, 30)),
        "MORE STORIES LIKE THIS ONE",
        *feed,
        *PARAGRAPHS,
    )
    article = clean(source)
    assert article.title == headline
    assert article.paragraphs == PARAGRAPHS


def test_a_headline_signed_over_a_rating_widget_is_found():
    """The byline states its date in an order that does not show ("08/01/2014"); five
    lines to rate the story stand between it and the text."""
    headline = "Ministers will decide in the capital whether to appeal the ruling"
    source = page(
        *MENU,
        headline,
        "Jane Doe | Capital City | 08/01/2014",
        "Rate:",
        "Currently rated 1 star out of 5",
        *(f"Rate it {stars} stars" for stars in range(1, 6)),
        "18",
        "Seen 314 times",
        "Photos",
        "0",
        "2",
        "2",
        "0",
        *PARAGRAPHS,
    )
    assert clean(source).title == headline


def test_a_feed_of_dated_headlines_over_the_text_gives_no_headline():
    """Other stories, each signed with its author and date, stand over the head; the
    article's own headline is the one in the head, though its date is not read."""
    headline = "Ministers Meet To Mend Ties After A Hard Year"
    feed = [
        line
        for number in range(1, 4)
        for line in (f"Another story number {number} about the talks", "Jane Doe 11/13/19 9:00AM")
    ]
    head = ["Diplomacy", headline, "Jane Doe", "Monday 5:30PM", "Filed to:", "Talks"]
    counters = [f"{number}.1K" for number in range(1, 8)]
    article = clean(page(*MENU, *feed, *counters, *head, "72", "108", *PARAGRAPHS))
    assert article.title == headline


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a trail of three entries over the headline written as a sentence
        (
            ("News", "Middle East", "Video", "Sport", "News Middle East Video"),
            "Video: ministers meet to mend ties after a year of harsh words in the capital",
        ),
        # a short headline may be two entries of the menu
        (("Standings", "Racing", "Racing Standings"), "Racing Standings"),
    ],
)
def test_a_trail_of_menu_entries_without_separators_is_not_the_headline(head, title):
    source = page(
        *head[:-1],
        head[-1],
        *([title] if title != head[-1] else []),
        "Friday, 22 October 2010 20:13",
        *PARAGRAPHS,
    )
    assert clean(source).title == title


@pytest.mark.parametrize(
    "line",
    ["26 အောက်တိုဘာ 2018", "3. oktobris 2018", "Jane Doe | Capital City | 08/01/2014"],
)
def test_a_date_in_any_language_or_order_is_a_date_line(line):
    from archive.clean_dates import find_dates, is_date_line

    assert is_date_line(line)
    assert not find_dates("08/01/2014")  # the value is never a guess


def test_a_notice_ending_with_the_full_stop_of_its_script_is_no_headline():
    """Myanmar: headline, date, a share button, a notice that the links open a new page
    (a sentence), the share bar, text."""
    headline = "အစိုးရ ကြေညာချက် ထုတ်ပြန်"
    sentence = "အစိုးရက စနေနေ့တွင် ကြေညာခဲ့သည်။ "
    paragraphs = [sentence * count for count in (6, 7, 8, 9)]
    source = page(
        "ပင်မစာမျက်နှာ",
        "နိုင်ငံတကာ",
        headline,
        "26 အောက်တိုဘာ 2018",
        "မျှဝေရန်",
        "ဤလင့်များသည် စာမျက်နှာအသစ်တွင် ပွင့်ပါမည်။",
        *(f"မျှဝေရန် {site}" for site in ("Email", "Twitter", "Facebook", "Messenger", "WhatsApp")),
        "လင့်ကို ကူးယူရန်",
        "https://www.example.com/news/world-45989",
        "မျှဝေခြင်း ပိတ်ရန်",
        "ဓာတ်ပုံ မူပိုင် Jane Doe",
        *paragraphs,
    )
    assert clean(source).title == headline
