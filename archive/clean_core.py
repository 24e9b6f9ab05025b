"""Step 2 of the layout: the article's core, the run of lines that is its text.

Takes a page's scored lines (`clean_gains.score`) and gives the first and last
index of the core (`find_core`): the run of lines with the largest total gain (the
densest run of running text), ended early by a comments heading, a share bar, a
most-read box or an author's biography, or above a feed of headlines; then grown to
the last item of a list the article numbers itself, over closing sentences,
attributions, a last paragraph a wire story signs with its credit and, in an
article written in sections, a last crosshead with its paragraph, and over the
details it lists under its text (a meal plan, a show's tickets: lines stating
amounts and prices); ended above the publisher's description of itself; and started
under the headline (one asked as a question too) or the signature of a standfirst,
past a box of key points, or at the story's dateline, when the run took in lines
above them.
"""

from __future__ import annotations

import re
from functools import partial

from .clean_boxes import cut_at_feed, repeated_box
from .clean_captions import caption_mark
from .clean_dates import find_dateline
from .clean_gains import DetailRun
from .clean_head import SIGNED_HEADLINE_MIN_WORDS, is_signed
from .clean_lines import Scored, is_box_heading, is_crosshead
from .clean_signals import REASON_RECURRING, THRESHOLDS
from .text import sentence_ends

# A credit closing a line of text is this short: "(c)AFP/Jane Doe", "REUTERS/Jane Doe".
CREDIT_MAX_WORDS = 6
# What follows the publisher's name when it describes itself: "<name> is a", "<name> (SIX:
# ASCN) is headquartered", "<name>, founded in 1955, is the". Only what describes: a
# wire story's last line "Reuters was unable to verify the report" is the story's.
_SELF_DESCRIPTION = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:,[^,]{1,80},)?\s+"
    r"(?:(?:is|are)\s+(?:a|an|the|one\s+of|headquartered|based|owned|part\s+of|listed)"
    r"|(?:was|were)\s+(?:founded|established|created|launched))\s"
)
# ... or speaks of its own website: "<name>’s website can also be accessed at ...".
_OWN_WEBSITE = re.compile(r"[’']s\s+(?:web\s?site|home\s?page)\b")


def find_core(scored: list[Scored], outlet: str | None = None) -> tuple[int, int]:
    """The run of lines with the largest total gain (Kadane), cut at a headline, grown, and
    ended above the publisher's description of itself."""
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    weight = 1.0
    article_end_after_gain = THRESHOLDS["article_end_after_gain"]
    for index, item in enumerate(scored):
        if (
            item.features.article_end
            and best >= article_end_after_gain
            and not _opens_repeated_box(scored, index)
        ):
            # "Comments", "Related stories": a run cannot go on across it, and what follows
            # (comments, teasers) counts for less than the text before.
            total, weight = 0.0, THRESHOLDS["weight_after_article_end"]
        if total <= 0:
            total, start = 0.0, index
        total += item.gain * weight
        if total > best:
            best, best_start, best_end = total, start, index
    if best_end < 0:
        return 0, -1
    end = cut_at_feed(scored, best_start, best_end)
    if end == best_end:
        end = _grow_end(scored, best_start, _grow_through_list(scored, best_start, best_end))
        end = _grow_through_introduced_list(scored, end)
        end = _grow_through_details(scored, end)
    if outlet:
        end = _cut_at_publisher_blurb(scored, best_start, end, outlet)
    start = _cut_at_headline(scored, best_start, best_end)
    start = _cut_at_question_headline(scored, start, end)
    start = _start_under_signature(scored, start, end)
    return _skip_summary_box(scored, _start_at_dateline(scored, start, end), end), end


def _opens_repeated_box(scored: list[Scored], index: int) -> bool:
    return bool(repeated_box(scored, index, len(scored) - 1))


def _start_under_signature(scored: list[Scored], start: int, end: int) -> int:
    """A paragraph between the headline and the byline or date line is the standfirst
    ("Headline" / "One sentence of summary." / "Text: Jane Doe · 24 September 2018" /
    text): the article's text begins under its signature, and the head reads the rest."""
    signature = start + 1
    if (
        start > 0
        and signature < end
        and scored[start - 1].headline_like
        and scored[start].body_like
        and scored[start].features.words <= THRESHOLDS["standfirst_max_words"]
        and not scored[signature].body_like
        and (scored[signature].features.date_line or scored[signature].features.byline)
        and scored[signature + 1].body_like
    ):
        return signature + 1
    return start


def _cut_at_publisher_blurb(scored: list[Scored], start: int, end: int, outlet: str) -> int:
    """An article ends above the paragraphs in which its publisher describes itself ("Ascom
    is a global solutions provider ..." / "Ascom is headquartered in ..."), the "About us"
    box that closes a press release or a company's post, with or without its heading
    ("About Ascom"). They read as text, and the run of text takes them in."""
    first = max(start + 1, end + 1 - THRESHOLDS["publisher_blurb_max_lines"])
    for index in range(first, end + 1):
        if _is_publisher_blurb(scored[index].features.text, outlet):
            return index - 1
    return end


def _is_publisher_blurb(text: str, outlet: str) -> bool:
    """ "About <outlet>", "<outlet> is ..." ("<outlet> (SIX: ASCN), founded in 1955, is ..."),
    or "<outlet>’s website ..."."""
    name = outlet.casefold()
    if text[:6].casefold() == "about ":
        return text[6:].rstrip(" :").casefold() == name
    return text[: len(outlet)].casefold() == name and (
        _SELF_DESCRIPTION.match(text, len(outlet)) is not None
        or _OWN_WEBSITE.match(text, len(outlet)) is not None
    )


def _cut_at_headline(scored: list[Scored], start: int, end: int) -> int:
    """An article starts under its headline: drop a blurb the run took in above it.

    A headline is a headline-like line that is set apart from the text below
    it by captions or page furniture, never directly followed by text (that
    would be a crosshead). A line that recurs across the site is a headline
    there only where a byline or a date signs it (a column's: "Letters to the
    editor"); unsigned, it is the site's (a link of a box, a row of a table).
    """
    # Paragraphs above the headline: one is a blurb, more are the article's own (a line
    # the page prints twice is a headline or a teaser, no paragraph).
    paragraphs = 0
    for index in range(start, min(end, start + THRESHOLDS["headline_cut_max_lines"]) + 1):
        item = scored[index]
        paragraphs += item.body_like and item.features.repeats < 2
        if paragraphs > 1:
            break
        if not item.headline_like or item.body_like:
            continue
        if item.removal == REASON_RECURRING and not is_signed(scored, index, end):
            continue
        following = index + 1
        while following <= end and (scored[following].caption or scored[following].removal):
            following += 1
        if following > index + 1 and following <= end and scored[following].body_like:
            return following
    return start


def _cut_at_question_headline(scored: list[Scored], start: int, end: int) -> int:
    """A headline asked as a question ("Economy in stress; time to be careful?") reads as a
    sentence of text, and the run of text takes it in when it stands on the text. It is
    the headline when a date line or byline stands right over it and the head above holds
    no line long enough to be the headline ("Last Updated : Nov 20, 2019" over it, the
    site's menu over that); then it is no text, and the head reads it as a candidate."""
    item = scored[start]
    words = item.features.words
    if not (
        start < end
        and start > 0
        and item.features.text.endswith("?")
        and THRESHOLDS["title_min_words"] <= words <= THRESHOLDS["feed_headline_max_words"]
        and (scored[start - 1].features.date_line or scored[start - 1].features.byline)
    ):
        return start
    head = range(max(0, start - 1 - THRESHOLDS["head_window"]), start - 1)
    if any(
        scored[index].headline_like and scored[index].features.words >= SIGNED_HEADLINE_MIN_WORDS
        for index in head
    ):
        return start
    item.body_like = False  # the headline, read by `read_head`
    return start + 1


def _start_at_dateline(scored: list[Scored], start: int, end: int) -> int:
    """A news story's text opens with its dateline ("BUFFALO, N.Y. — Hours before ..."):
    the few short lines a run of text takes in over it are other stories' headlines or a
    teaser set over the story, not its text."""
    last = min(end, start + THRESHOLDS["dateline_max_lines_below_start"])
    for index in range(start, last + 1):
        item = scored[index]
        if not item.body_like:
            continue
        if find_dateline(item.features.text):
            return index
        if item.features.words > THRESHOLDS["feed_headline_max_words"]:
            break  # a paragraph of text: the story has begun
    return start


def _skip_summary_box(scored: list[Scored], start: int, end: int) -> int:
    """A box of key points over the story ("KEY POINTS" / two sentences) is a summary, not
    the text: the run takes it in when it ends the head, but a picture parts it from the
    story, which opens with its dateline under the picture."""
    if start == 0 or not is_box_heading(scored[start - 1]):
        return start
    last = min(end, start + THRESHOLDS["summary_box_max_lines"])
    for index in range(start + 1, last + 1):
        if not scored[index].caption:
            continue
        following = index + 1
        while following <= end and (scored[following].caption or scored[following].removal):
            following += 1
        if (
            following <= end
            and scored[following].body_like
            and find_dateline(scored[following].features.text)
        ):
            return following
        break
    return start


def _grow_through_list(scored: list[Scored], start: int, end: int) -> int:
    """A list the article numbers itself ("1) ...", "2) ...") is the article's to its last item.

    The items of a list of links or products are short and scored low, so the run of
    text may stop at the first of them; item n + 1 following item n carries it on, and
    the last item takes as many lines as the one before it (its link, its price).
    """
    last = next(
        (index for index in range(end, start - 1, -1) if scored[index].features.item_number),
        None,
    )
    if last is None:
        return end
    gap = THRESHOLDS["list_item_max_gap"]
    previous = None
    while True:
        wanted = scored[last].features.item_number + 1
        following = next(
            (
                index
                for index in range(last + 1, min(last + gap + 1, len(scored)))
                if scored[index].features.item_number == wanted and not scored[index].removal
            ),
            None,
        )
        if following is None:
            break
        previous, last = last, following
    if previous is not None:
        last = min(last + (last - previous) - 1, len(scored) - 1)
    return max(end, last)


def _grow_end(scored: list[Scored], start: int, end: int) -> int:
    """Take in short closing lines of text that the gain alone leaves out ("He was 87."),
    the attribution of a closing quote ("— Jane Doe"), a last paragraph signed with a
    credit (`_signs_off_text`), and, in an article written in sections, a last crosshead
    with its paragraph ("AUSTRALIA AHEAD" / "Australia beat ...")."""
    in_sections: bool | None = None  # whether the core has a crosshead over text: found once
    while end + 1 < len(scored):
        item = scored[end + 1]
        if item.caption and _signs_off_text(item):
            item.caption, item.body_like = False, True  # read as text by `clean_layout._read_core`
            return end + 1
        if _promo_over_last_paragraph(scored, end + 1):
            end += 2
            continue
        if item.removal or item.caption:
            break
        if item.features.attribution:
            end += 1
            continue
        if _is_crosshead_over_text(scored, end + 1):
            if in_sections is None:
                in_sections = any(map(partial(_is_crosshead_over_text, scored), range(start, end)))
            if not in_sections:
                break
            end += 2
            continue
        if item.score < THRESHOLDS["near_body_score"] or not item.features.ends_sentence:
            break
        end += 1
    return end


# The site's links to itself that some set between an article's last two paragraphs:
# "GET FOX BUSINESS ON THE GO BY CLICKING HERE".
_PROMOS = frozenset(("click here", "clicking here", "read more"))


def _promo_over_last_paragraph(scored: list[Scored], index: int) -> bool:
    """A promo at `index`, then a paragraph of text, then furniture or the page's end: the
    paragraph is the article's last, set under the promo ("GET FOX BUSINESS ON THE GO BY
    CLICKING HERE" / "Home Depot shares are up 39 percent ..." / "READ MORE ON FOX
    BUSINESS BY CLICKING HERE")."""
    if index + 1 >= len(scored) or scored[index].features.furniture not in _PROMOS:
        return False
    paragraph = scored[index + 1]
    after = scored[index + 2] if index + 2 < len(scored) else None
    return (
        paragraph.body_like
        and paragraph.features.ends_sentence
        and (after is None or bool(after.removal))
    )


def _signs_off_text(item: Scored) -> bool:
    """Whether the line is a paragraph of text closed by a credit: a wire story signs its
    last paragraph with the agency's and the writer's names ("... the analyst said.
    (c)AFP/Jane Doe", "... he said. REUTERS/Jane Doe"). Such a line carries a caption's
    mark; but it scores as running text (a caption is shorter), and the credit follows its
    last full sentence."""
    if item.removal or item.score < THRESHOLDS["body_score"]:
        return False
    text = item.features.text
    ends = list(sentence_ends(text))
    credit = text[ends[-1].end() :] if ends else ""
    return 0 < len(credit.split()) <= CREDIT_MAX_WORDS and bool(caption_mark(credit))


def _grow_through_introduced_list(scored: list[Scored], end: int) -> int:
    """Take in the list that the article's last sentence introduces ("The plan includes:" /
    "• Repairs to the fountains" / "• Three new playgrounds"): its items are short and score
    as a feed of headlines does, but the colon says they are the text's. The list runs to
    the site's furniture, within `introduced_list_max_lines`; one that runs on is not known
    to end, and is left out."""
    if not (scored[end].body_like and scored[end].features.text.endswith(":")):
        return end
    last = min(len(scored), end + 1 + THRESHOLDS["introduced_list_max_lines"])
    grown = next(
        (
            index - 1
            for index in range(end + 1, last)
            if scored[index].removal or scored[index].caption or scored[index].features.article_end
        ),
        last - 1 if last == len(scored) else end,
    )
    for item in scored[end + 1 : grown + 1]:
        item.in_list = True  # items, not crossheads
    return grown


def _grow_through_details(scored: list[Scored], end: int) -> int:
    """Take in the details an article lists under its text: a meal plan ("Pre-Workout Meal" /
    "Eat 60–90 minutes before your workout" / "1 cup asparagus, 2 eggs"), a show's dates and
    tickets ("Viewing age of 48 months and above" / "VIP : 60,000₩").

    Their lines are short, and score as labels or a menu do; but a menu or a box of other
    headlines states no figures (`LineFeatures.states_figure`), a list of details states
    many. The run goes on under the text, each figure adding to it and each other line
    that is not running text costing a little (`clean_gains._weigh_details`), up to the
    site's furniture; it ends at its best total, if that makes a list (`DetailRun.is_list`).
    """
    run, best = DetailRun(), 0.0
    grown = end
    for index in range(end + 1, len(scored)):
        gain = scored[index].detail_gain
        if gain is None:
            break
        run.add(scored[index], gain)
        if run.total > best and run.is_list:
            best, grown = run.total, index
    return grown


def _is_crosshead_over_text(scored: list[Scored], index: int) -> bool:
    """A crosshead with a paragraph of text under it; not a name over its biography
    ("Jane Doe" / "Jane Doe is a reporter ...")."""
    below = index + 1
    return (
        below < len(scored)
        and is_crosshead(scored[index])
        and scored[below].body_like
        and not scored[below].features.text.startswith(scored[index].features.text)
    )
