"""Step 1 of the layout: the score of each line of a page, and what it adds to a run of text.

Takes the measured lines of a page (`clean_features.LineFeatures`) and the tag the
outlet appends to its lines; gives them scored (`score`, a `clean_lines.Scored`
each): the signal table's body score and removal reason (`clean_signals.weigh_all`),
the caption marks (`clean_captions`), and the gain the core search adds up. Running
text gains by its length; table rows, numbered list items, amounts in a row ("1 tsp
cinnamon") and the figures of a list of details (`DetailRun`) add a little; the
labels between those figures, quote attributions, and boxes of other stories set
between paragraphs are neutral; paragraphs cut off with an ellipsis, when a page
holds a few, and later copies of a line add nothing; the rest costs. Lines the
archive learned as the site's furniture are read as the article's where its text
holds them (the rows of its table, a crosshead every review carries).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from .clean_boxes import (
    BOX_CLOSING_PHRASES,
    closes_related_box,
    related_links_above,
    repeated_box,
)
from .clean_captions import caption_marks, split_credit, strip_outlet_tag
from .clean_features import LineFeatures
from .clean_lines import Scored, heading_shaped
from .clean_signals import (
    REASON_NO_WORDS,
    REASON_RECURRING,
    REASON_WEB_ADDRESS,
    THRESHOLDS,
    weigh_all,
)


def score(lines: list[LineFeatures], numbers: list[int], outlet_tag: str | None) -> list[Scored]:
    """The lines scored (`numbers`: their line numbers in the file)."""
    texts = list(dict.fromkeys(line.text for line in lines))
    marks = {
        text: mark or ("outlet tag" if outlet_tag and _ends_with_tag(text, outlet_tag) else "")
        for text, mark in zip(texts, caption_marks(texts), strict=True)
    }
    marked = [bool(marks[line.text]) for line in lines]
    # A credit alone on its line ("GETTY", "(Image: © NASA/ESA)") makes the sentence above
    # it the caption it credits, when the text goes on under it: the last line of a page
    # credits no picture ("Reuters" signing off a wire story), nor one over the site's
    # furniture ("© Jane Doe" / "You may also like:" signing off a post). A blank line
    # between them parts a paragraph of the text from a picture credited alone.
    bare_credits = {
        text for text, mark in marks.items() if mark and not split_credit(text, outlet_tag)[0]
    }
    if bare_credits:
        caption_max_words = THRESHOLDS["caption_max_words"]
        apart_max_words = THRESHOLDS["caption_apart_max_words"]
        for index in range(1, len(lines) - 1):
            above = lines[index - 1]
            if (
                lines[index].text in bare_credits
                and above.ends_sentence
                and above.words <= caption_max_words
                and not lines[index + 1].furniture
                and (numbers[index] - numbers[index - 1] == 1 or above.words <= apart_max_words)
            ):
                marked[index - 1] = True
    # A line that repeats a caption's text (the alt text and the visible caption) is a caption too.
    caption_texts = {
        split_credit(line.text, outlet_tag)[0]
        for line, mark in zip(lines, marked, strict=True)
        if mark
    }
    caption_texts.discard("")
    scored: list[Scored] = []
    closings = []  # links that may close a box of other stories ("More in Politics")
    distinct = list({line.text: line for line in lines}.values())
    weights = dict(zip((line.text for line in distinct), weigh_all(distinct), strict=True))
    body_score = THRESHOLDS["body_score"]
    for line, mark in zip(lines, marked, strict=True):
        copy = (
            bool(caption_texts)
            and not mark
            and strip_outlet_tag(line.text, outlet_tag) in caption_texts
        )
        score, removal = weights[line.text]
        caption = mark or copy
        body_like = not removal and not caption and score >= body_score
        item = Scored(line, score, removal, caption, body_like)
        item.gain = _gain(item)
        if line.furniture in BOX_CLOSING_PHRASES:
            closings.append(len(scored))
        scored.append(item)
    _discount_cut_off_excerpts(scored)
    _keep_recurring_lines_of_the_text(scored)
    _count_amount_lists(scored)
    _count_detail_lists(scored)
    if closings:
        _count_closed_boxes(scored, closings)
    # A long line that repeats an earlier one adds nothing to a run of text:
    # it is removed as a repeat in any case, and counting it would let the
    # run take in what lies between the two copies only when the copy is there.
    seen: set[str] = set()
    for item in scored:
        text = item.features.text
        if text in seen and item.features.words >= THRESHOLDS["repeat_min_words"]:
            item.gain = min(item.gain, 0.0)
        seen.add(text)
    _free_repeated_boxes(scored)
    # An embedded post printed twice ("Image Copyright @jane" / "Report" / "Image Copyright
    # @jane" / "Report") costs once: the copy of a line two above adds nothing either way.
    for index in range(2, len(scored)):
        item = scored[index]
        if item.removal and item.features.text == scored[index - 2].features.text:
            item.gain = 0.0
    return scored


def _free_repeated_boxes(scored: list[Scored]) -> None:
    """A box the page prints between the article's paragraphs at intervals (a heading such
    as "Most Popular" over the same links each time) interrupts the text; it does not
    weigh against the text on either side."""
    for index, item in enumerate(scored):
        if item.features.article_end:
            for line in repeated_box(scored, index, len(scored) - 1):
                scored[line].gain = max(scored[line].gain, 0.0)


def _keep_recurring_lines_of_the_text(scored: list[Scored]) -> None:
    """Lines the archive learned as the site's furniture that are the article's own.

    A template sets its menus, prompts and footers around the text, but a site also
    writes the same crossheads into many of its articles ("The verdict" in every review,
    "What happens next" in every report) and the same header row over its tables ("Pos
    Player Plays"). Their recurrence is no evidence against them there, and the layout
    reads them as on a page of an archive that had not learned them:
    - the rows of a table that also holds rows of the page's own;
    - a run of a few lines shaped as headings, with the article's text right over and
      under it (a section's heading, and its first subheading), or only the site's
      prompts between (an advertisement's label over a crosshead).
    An interface prompt set between paragraphs ("Advertisement", "Read more") is removed
    by its phrase whether the archive learned it or not; a template line set there that
    names no interface ("Weekend Picks") is kept, as it is when no archive is learned."""
    if not any(item.removal == REASON_RECURRING for item in scored):
        return  # most pages: no archive, or none of its lines inside the text
    for first, last in _runs(scored, _is_table_row):
        table = scored[first : last + 1]
        if any(not row.removal for row in table):
            _keep_recurring(table)
    max_lines = THRESHOLDS["recurring_heading_max_lines"]
    for first, last in _runs(scored, _is_recurring_heading):
        if (
            last - first < max_lines
            and _is_article_text(_past_prompts(scored, first, -1))
            and _is_article_text(_past_prompts(scored, last, 1))
        ):
            _keep_recurring(scored[first : last + 1])


def _past_prompts(scored: list[Scored], index: int, step: int) -> Scored | None:
    """The next line from `index` on in the direction of `step` (1 or -1) that is not one
    of the site's prompts ("Advertisement"), or None at the end of the page."""
    index += step
    while 0 <= index < len(scored) and scored[index].features.furniture:
        index += step
    return scored[index] if 0 <= index < len(scored) else None


def _runs(scored: list[Scored], member: Callable[[Scored], bool]) -> list[tuple[int, int]]:
    """The first and last index of each run of consecutive lines that are members."""
    runs = []
    first = 0
    for is_member, group in itertools.groupby(scored, key=member):
        length = sum(1 for _ in group)
        if is_member:
            runs.append((first, first + length - 1))
        first += length
    return runs


def _is_table_row(item: Scored) -> bool:
    return item.features.table_row and not item.caption


def _is_recurring_heading(item: Scored) -> bool:
    return item.removal == REASON_RECURRING and not item.caption and heading_shaped(item.features)


def _is_article_text(item: Scored | None) -> bool:
    """Running text, or a row of a table or an item of a list, of the page's own."""
    if item is None:
        return False
    features = item.features
    return not item.removal and (
        item.body_like or features.table_row or bool(features.item_number) or features.amount_item
    )


def _keep_recurring(items: list[Scored]) -> None:
    """Read these lines as if the archive had not learned them (`_gain` already does)."""
    for item in items:
        if item.removal == REASON_RECURRING:
            item.removal = ""


def _count_closed_boxes(scored: list[Scored], closings: list[int]) -> None:
    """A box of other stories set between two paragraphs and closed by its link ("More in
    Island Talks") costs a run of text nothing, as a picture does: the text goes on under
    it. `clean_layout._read_core` removes it. `closings`: the lines that may close a box."""
    for index in closings:
        if (
            index + 1 < len(scored)
            and scored[index + 1].body_like
            and closes_related_box(scored[index])
        ):
            for member in (*related_links_above(scored, index, 0), index):
                scored[member].gain = max(scored[member].gain, 0.0)


def _discount_cut_off_excerpts(scored: list[Scored]) -> None:
    """Paragraphs cut off in mid-sentence ("... residents may soon...") are excerpts of
    other stories: a ticker, a feed, the latest comments. A page that holds a few of them
    lists other stories, and they add nothing to a run of text (an article's own paragraph
    may trail off once, a quote's lead-in "Here is what he had to say…", but not often)."""
    cut_off = [item for item in scored if item.body_like and _is_cut_off(item.features.text)]
    if len(cut_off) < THRESHOLDS["excerpts_min_lines"]:
        return
    for item in cut_off:
        item.body_like = False
        item.gain = min(item.gain, 0.0)


def _is_cut_off(text: str) -> bool:
    """Whether the line ends in an ellipsis right after a word or a comma: "may soon...",
    "he als…" (not after a sentence's end, "said....", nor set apart, "what a time ...")."""
    if text.endswith("…"):
        before = text[-2:-1]
    elif text.endswith("...") and not text.endswith("...."):
        before = text[-4:-3]
    else:
        return False
    return before.isalnum() or before == ","


def _count_amount_lists(scored: list[Scored]) -> None:
    """Amounts in a row ("8-9 ripe pears" / "1 tsp cinnamon") are a list the article gives,
    ingredients or quantities, and add to a run of text as a numbered list does; one amount
    alone ("2 comments") is not a list."""
    amounts = [item.features.amount_item and not item.removal for item in scored]
    if amounts.count(True) < 2:
        return
    list_gain = THRESHOLDS["gain_table_or_list"]
    for index, item in enumerate(scored):
        if (
            amounts[index]
            and item.gain < list_gain
            and not item.caption
            and ((index > 0 and amounts[index - 1]) or amounts[index + 1 : index + 2] == [True])
        ):
            item.gain = list_gain


def _count_detail_lists(scored: list[Scored]) -> None:
    """A list of details set between two paragraphs (a meal plan: "Pre-Workout Meal" / "Eat
    60–90 minutes before your workout" / "1 cup asparagus, 2 eggs") adds to a run of text as
    a list does: its figures a little, the labels between them nothing, so that the run goes
    on through it rather than keep the text on one side of it only."""
    _weigh_details(scored)
    list_gain = THRESHOLDS["gain_table_or_list"]
    for first, last in _detail_lists(scored):
        for item in scored[first : last + 1]:
            item.in_details = True
            if item.detail_gain:  # a figure, or a label: not running text
                gain = list_gain if item.detail_gain > 0 else 0.0
                item.gain = max(item.gain, gain)


def _detail_lists(scored: list[Scored]) -> list[tuple[int, int]]:
    """The first and last line of each list of details: a run of lines between the site's
    furniture in which the figures outweigh the other short lines (`_weigh_details`), from
    its first figure to the line where the run's total is best, holding enough figures
    (`DetailRun.is_list`)."""
    lists = []
    run: DetailRun | None = None  # the run read, from its first figure
    best = 0.0
    first = last = -1
    for index, item in enumerate(scored):
        gain = item.detail_gain
        if run is None:
            if not gain or gain < 0:
                continue  # no run starts at running text, a label or the site's line
            # (a label right over the first figure, "Tickets", is where the run starts anew)
            run = DetailRun(labelled=index > 0 and (scored[index - 1].detail_gain or 0.0) < 0)
            best, first, last = 0.0, index, -1
        elif gain is None or run.total + gain <= 0:
            if last >= 0:
                lists.append((first, last))
            run = None
            continue
        run.add(item, gain)
        if run.total > best and run.is_list:
            best, last = run.total, index
    if last >= 0:
        lists.append((first, last))
    return lists


@dataclass(slots=True)
class DetailRun:
    """A run of lines read as a list of details: its total gain and what it holds."""

    total: float = 0.0
    figures: int = 0
    labelled: bool = False  # a line says what the figures are for ("Tickets", "Dinner")
    prices_only: bool = True

    def add(self, item: Scored, gain: float) -> None:
        self.total += gain
        if gain > 0:
            self.figures += 1
            self.prices_only = self.prices_only and item.features.figure == "price"
        self.labelled = self.labelled or gain < 0

    @property
    def is_list(self) -> bool:
        """At least `details_min_figures` figures (one amount alone is not a list, and two
        headlines of other stories may state one each); prices alone, with no line to say
        what they are for, are a box of products ("Earbuds $19.99" / "Case $9.99")."""
        return self.figures >= THRESHOLDS["details_min_figures"] and (
            self.labelled or not self.prices_only
        )


def _weigh_details(scored: list[Scored]) -> None:
    """What each line adds to a list of details under or inside the text: a figure (an
    amount in a unit, a price, a telephone number) adds, another short line costs a little,
    running text neither. The site's own lines (a prompt, a template line, a date or a
    byline of another story, a picture) have None: no list runs across them. A bare web
    address may be a detail (where to buy the tickets) as often as the site's: it neither
    adds nor costs."""
    gain_figure = THRESHOLDS["details_gain_figure"]
    gain_other = THRESHOLDS["details_gain_other"]
    # (from the first line of running text: the site's header above it is no list of the text)
    text_start = next((index for index, item in enumerate(scored) if item.body_like), len(scored))
    for item in itertools.islice(scored, text_start, None):
        removal = item.removal
        if (
            item.features.article_end
            or item.caption
            or (removal and removal != REASON_WEB_ADDRESS and removal != REASON_NO_WORDS)
        ):
            item.detail_gain = None
        elif removal == REASON_WEB_ADDRESS:
            item.detail_gain = 0.0
        elif not item.body_like:
            item.detail_gain = gain_figure if item.features.figure else gain_other


def _ends_with_tag(text: str, outlet_tag: str | None) -> bool:
    """An image title the site tagged with its name: "A leader waves - Sputnik International"."""
    if not outlet_tag:
        return False
    return text.endswith(outlet_tag) and len(strip_outlet_tag(text, outlet_tag).split()) >= 4


def _gain(item: Scored) -> float:
    # The archive's template lines remove themselves but do not move the article: a table
    # whose rows recur on the site's other pages carries a run of text on as any table does.
    removed = bool(item.removal) and item.removal != REASON_RECURRING
    if item.caption and not removed:
        return THRESHOLDS["gain_caption"]
    if item.body_like:
        words = min(item.features.words, THRESHOLDS["gain_max_words"])
        return THRESHOLDS["gain_base"] + words / THRESHOLDS["gain_per_words"]
    if (item.features.table_row or item.features.item_number) and not removed:
        return THRESHOLDS["gain_table_or_list"]
    if item.features.attribution and not removed:
        return THRESHOLDS["gain_attribution"]
    return max(min(item.score, THRESHOLDS["gain_neutral"]), THRESHOLDS["gain_floor"])
