"""The layout of a page dump: where the article is, and what each line is.

Takes the measured lines of a page (`clean_features.measure_page`) and gives
every line a role from `model.ROLES` with, for removed lines, a reason:

1. score each line with the signal table; decisive signals remove a line
   wherever it stands (`clean_gains`);
2. find the article's core, the run of lines with the largest total body gain
   (the densest run of running text; table rows, numbered list items, amounts
   in a row ("1 tsp cinnamon") and the figures of a list of details add a little,
   the labels between those figures and quote attributions are neutral, and
   paragraphs cut off with an ellipsis, when a page holds a few, add nothing),
   ended early by a comments heading, a share bar, a most-read box or an author's
   biography, or above a feed of headlines; then grow it to the last item of a
   list the article numbers itself, over closing sentences, attributions, a last
   paragraph a wire story signs with its credit and, in an article written in
   sections, a last crosshead with its paragraph, and
   over the details it lists under its text (a meal plan, a show's tickets: lines
   stating amounts and prices); end it above the publisher's description of itself
   (`clean_core`);
3. above the core, find the headline, the standfirst under it and the
   captions between them and the text; everything else above is the header
   (`clean_head`);
4. inside the core, tell body, crossheads, captions and teasers for other
   articles apart (here, with the boxes of other stories of `clean_boxes`);
   everything below the core is the footer.

The steps share the scored line (`clean_lines.Scored`) and the shapes of a line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .clean_boxes import (
    closes_related_box,
    is_related_box_heading,
    related_links,
    related_links_above,
    repeated_box,
    teaser_lines,
)
from .clean_core import find_core
from .clean_features import LineFeatures
from .clean_gains import score
from .clean_head import read_head
from .clean_lines import Scored, Verdict, is_crosshead, is_detail, is_short_name
from .clean_signals import REASON_NO_WORDS, REASON_WEB_ADDRESS, THRESHOLDS

REASON_ABOVE_TITLE = "above the headline (site header, navigation)"
REASON_FOOTER = "below the end of the article (footer, related links or comments)"
REASON_TEASER = "a teaser for another article (picture caption and headline)"
REASON_RELATED_LINK = "a link in a box of related stories"
REASON_REPEAT = "repeats line {number}"
REASON_NO_ARTICLE = "no running text found on the page"
REASON_CREDIT = "a photo credit under its caption"
REASON_REPEATED_BOX = "a box of links the page prints again between paragraphs"


@dataclass(frozen=True, slots=True)
class Layout:
    """The role of every measured line, by position in the measured list."""

    verdicts: tuple[Verdict, ...]
    title: int | None
    standfirst: int | None
    core: tuple[int, int]  # first and last index of the article's core (end < start: none)


def lay_out(
    lines: list[LineFeatures],
    numbers: list[int],
    outlet_tag: str | None,
    outlet: str | None = None,
) -> Layout:
    """The roles of a page's lines (`numbers` are their line numbers in the file; `outlet`
    the name the page gives its publisher, `clean_outlet.find_outlet`)."""
    scored = score(lines, numbers, outlet_tag)
    start, end = find_core(scored, outlet)
    verdicts: list[Verdict | None] = [None] * len(scored)
    title, standfirst = read_head(scored, start, verdicts) if end >= start else (None, None)
    if end >= start:
        _read_core(scored, numbers, start, end, verdicts)
    for index, item in enumerate(scored):
        if verdicts[index] is not None:
            continue
        if end < start:
            reason = item.removal or REASON_NO_ARTICLE
        elif index > end:
            reason = item.removal or REASON_FOOTER
        else:
            reason = item.removal or REASON_ABOVE_TITLE
        verdicts[index] = Verdict("boilerplate", reason)
    return Layout(tuple(verdicts), title, standfirst, (start, end))  # type: ignore[arg-type]


def _read_core(
    scored: list[Scored], numbers: list[int], start: int, end: int, verdicts: list[Verdict | None]
) -> None:
    kept_texts: dict[str, int] = {}
    copies: Counter[str] = Counter()  # the core's lines, counted when a repeat asks
    index = start
    while index <= end:
        item = scored[index]
        features = item.features
        if (
            item.removal == REASON_WEB_ADDRESS
            and index > start
            and scored[index - 1].features.item_number
        ):
            verdicts[index] = Verdict("body")  # the link an item of the article's list gives
        elif item.in_details and item.removal in (REASON_WEB_ADDRESS, REASON_NO_WORDS):
            # a list of details gives a web address, a telephone number, a price alone
            verdicts[index] = Verdict("body")
        elif item.removal:
            verdicts[index] = Verdict("boilerplate", item.removal)
            box = repeated_box(scored, index, end) if features.article_end else []
            if box:
                for line in box[1:]:
                    verdicts[line] = Verdict("boilerplate", REASON_REPEATED_BOX)
                index = box[-1] + 1
                continue
            if index < end and closes_related_box(item):
                for link in related_links_above(scored, index, start):
                    verdicts[link] = Verdict("boilerplate", REASON_RELATED_LINK)
            if is_related_box_heading(item):
                links = related_links(scored, index, end)
                for link in links:
                    verdicts[link] = Verdict("boilerplate", REASON_RELATED_LINK)
                index += 1 + len(links)
                continue
        elif item.caption:
            teaser = teaser_lines(scored, index, end)
            if teaser:
                for member in (index, *teaser):
                    verdicts[member] = Verdict("boilerplate", REASON_TEASER)
                index = teaser[-1] + 1
                continue
            verdicts[index] = Verdict("caption", "a photo caption")
        elif (
            features.text in kept_texts
            and features.words >= THRESHOLDS["repeat_min_words"]
            and not _asked_again(features.text, scored, start, end, copies)
            # the same meal on two days of a plan is an item its list gives again
            and not is_detail(item)
        ):
            verdicts[index] = Verdict(
                "boilerplate", REASON_REPEAT.format(number=kept_texts[features.text])
            )
        elif is_crosshead(item):
            if _is_credit_under_caption(scored, numbers, index, start, verdicts):
                verdicts[index - 1] = Verdict("caption", "a photo caption over its credit")
                verdicts[index] = Verdict("boilerplate", REASON_CREDIT)
            else:
                verdicts[index] = Verdict("heading")
        else:
            verdicts[index] = Verdict("body")
        kept_texts.setdefault(features.text, numbers[index])
        index += 1


def _is_credit_under_caption(
    scored: list[Scored],
    numbers: list[int],
    index: int,
    start: int,
    verdicts: list[Verdict | None],
) -> bool:
    """A short name set on the line right under a sentence of text, a blank line under it,
    is the credit of the picture that sentence describes ("This satellite image shows
    fires near Delhi." / "NASA Worldview"); a crosshead stands over its paragraph, not
    glued to the one before."""
    above = index - 1
    features = scored[index].features
    caption = scored[above].features if above >= start else None
    return (
        caption is not None
        and numbers[above] == numbers[index] - 1
        and (index + 1 >= len(numbers) or numbers[index + 1] > numbers[index] + 1)
        and is_short_name(features)
        and caption.ends_sentence
        and caption.words <= THRESHOLDS["caption_max_words"]
        and (verdict := verdicts[above]) is not None
        and verdict.role == "body"
    )


def _asked_again(
    text: str, scored: list[Scored], start: int, end: int, copies: Counter[str]
) -> bool:
    """Whether the article repeats the line as its pattern, a question put to each of the
    people it interviews, rather than once as a pull quote. `copies`: the core's lines
    counted, filled here on the first call."""
    if not copies:
        copies.update(scored[index].features.text for index in range(start, end + 1))
    return copies[text] >= THRESHOLDS["repeat_pattern_min_copies"]
