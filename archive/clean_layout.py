"""The layout of a page dump: where the article is, and what each line is.

Takes the measured lines of a page (`clean_signals.measure_page`) and gives
every line a role from `model.ROLES` with, for removed lines, a reason:

1. score each line with the signal table; decisive signals remove a line
   wherever it stands;
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
   stating amounts and prices); end it above the publisher's description of itself;
3. above the core, find the headline, the standfirst under it and the
   captions between them and the text; everything else above is the header;
4. inside the core, tell body, crossheads, captions and teasers for other
   articles apart; everything below the core is the footer.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from .clean_captions import caption_mark, caption_marks, split_credit, strip_outlet_tag
from .clean_dates import find_dateline
from .clean_signals import (
    BYLINE_LABELS,
    BYLINE_WORDS,
    REASON_NO_WORDS,
    REASON_RECURRING,
    REASON_WEB_ADDRESS,
    REASONS_NOT_AGAINST_HEADLINE,
    RELATED_BOX_PHRASES,
    THRESHOLDS,
    LineFeatures,
    weigh_all,
)
from .text import sentence_ends

REASON_ABOVE_TITLE = "above the headline (site header, navigation)"
REASON_HEADER = "between the headline and the article (byline, date or page furniture)"
REASON_FOOTER = "below the end of the article (footer, related links or comments)"
REASON_TEASER = "a teaser for another article (picture caption and headline)"
REASON_RELATED_LINK = "a link in a box of related stories"
REASON_REPEAT = "repeats line {number}"
REASON_NO_ARTICLE = "no running text found on the page"
REASON_CREDIT = "a photo credit under its caption"
REASON_REPEATED_BOX = "a box of links the page prints again between paragraphs"
REASON_SUMMARY_BOX = "a box of key points over the article"
# A headline ends with none of these (a sentence, a lead-in, a clause), in Latin or
# Chinese and Japanese punctuation, or with the full stop of Myanmar, Khmer or the scripts
# of India (a notice: "These links open in a new page.").
_LEAD_IN_ENDS = (":", "：", ",", "，", "、")
_NOT_HEADLINE_ENDS = (".", "。", "။", "។", "।", *_LEAD_IN_ENDS)
# A label between a headline and its standfirst ("Editorial", "New, 6 comments") is this short.
LABEL_MAX_WORDS = 3
# A trail of links printed without separators joins at least this many of the menu's entries.
TRAIL_MIN_ENTRIES = 3
# A headline's byline or date line follows it within this many lines.
SIGNATURE_MAX_LINES_BELOW = 4
# A label over the author's name: "Author:" / "The Water Coolest".
_AUTHOR_LABEL = re.compile(rf"(?i:(?:{'|'.join(BYLINE_LABELS + BYLINE_WORDS)})\s*:?)$")
# A credit closing a line of text is this short: "(c)AFP/Jane Doe", "REUTERS/Jane Doe".
CREDIT_MAX_WORDS = 6
# An e-mail address alone on its line: the author's, given with the byline; never a headline.
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An author's name set over the date line, with the agency: "Tom Davies Associated Press".
AUTHOR_NAME_MAX_WORDS = 6
# A signed line this short may be a prompt or a name ("Breaking News Emails", "Molly Wood");
# numbers are no words, so "Best tech gadgets of 2019" has four.
SIGNED_HEADLINE_MIN_WORDS = 4
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


@dataclass(slots=True)  # one per line: not frozen, for speed
class Verdict:
    role: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """The role of every measured line, by position in the measured list."""

    verdicts: tuple[Verdict, ...]
    title: int | None
    standfirst: int | None
    core: tuple[int, int]  # first and last index of the article's core (end < start: none)


@dataclass(slots=True)  # per line, like LineFeatures: not frozen, for speed
class _Scored:
    features: LineFeatures
    score: float
    removal: str  # reason of a decisive signal, or ""
    caption: bool
    body_like: bool  # running text: scored as such, neither removed nor a caption
    gain: float = 0.0  # what the line adds to a run of text (`_gain`)
    # what it adds to a list of details (`_weigh_details`); None: the site's own, no detail
    detail_gain: float | None = 0.0
    in_details: bool = False  # inside a list of details (`_detail_lists`)
    in_list: bool = False  # an item of a list the text introduces with a colon

    @property
    def headline_like(self) -> bool:
        features = self.features
        if "@" in features.text and _EMAIL_ADDRESS.fullmatch(features.text):
            return False
        return (
            # a line recurring across the archive, or in capitals, may still be the headline
            (not self.removal or self.removal in REASONS_NOT_AGAINST_HEADLINE)
            and not self.caption
            and THRESHOLDS["title_min_words"] <= features.words <= THRESHOLDS["title_max_words"]
            and not features.text.endswith(_NOT_HEADLINE_ENDS)
        )


def lay_out(
    lines: list[LineFeatures],
    numbers: list[int],
    outlet_tag: str | None,
    outlet: str | None = None,
) -> Layout:
    """The roles of a page's lines (`numbers` are their line numbers in the file; `outlet`
    the name the page gives its publisher, `clean_outlet.find_outlet`)."""
    scored = _score(lines, outlet_tag)
    start, end = _find_core(scored, outlet)
    verdicts: list[Verdict | None] = [None] * len(scored)
    title, standfirst = _read_head(scored, start, verdicts) if end >= start else (None, None)
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


def _score(lines: list[LineFeatures], outlet_tag: str | None) -> list[_Scored]:
    texts = list(dict.fromkeys(line.text for line in lines))
    marks = {
        text: mark or ("outlet tag" if outlet_tag and _ends_with_tag(text, outlet_tag) else "")
        for text, mark in zip(texts, caption_marks(texts), strict=True)
    }
    marked = [bool(marks[line.text]) for line in lines]
    # A credit alone on its line ("GETTY", "(Image: © NASA/ESA)") makes the sentence above
    # it the caption it credits, when the text goes on under it: the last line of a page
    # credits no picture ("Reuters" signing off a wire story), nor one over the site's
    # furniture ("© Jane Doe" / "You may also like:" signing off a post).
    bare_credits = {
        text for text, mark in marks.items() if mark and not split_credit(text, outlet_tag)[0]
    }
    if bare_credits:
        caption_max_words = THRESHOLDS["caption_max_words"]
        for index in range(1, len(lines) - 1):
            above = lines[index - 1]
            if (
                lines[index].text in bare_credits
                and above.ends_sentence
                and above.words <= caption_max_words
                and not lines[index + 1].furniture
            ):
                marked[index - 1] = True
    # A line that repeats a caption's text (the alt text and the visible caption) is a caption too.
    caption_texts = {
        split_credit(line.text, outlet_tag)[0]
        for line, mark in zip(lines, marked, strict=True)
        if mark
    }
    caption_texts.discard("")
    scored = []
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
        item = _Scored(line, score, removal, caption, body_like)
        item.gain = _gain(item)
        if line.furniture in _BOX_CLOSING_PHRASES:
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


def _free_repeated_boxes(scored: list[_Scored]) -> None:
    """A box the page prints between the article's paragraphs at intervals (a heading such
    as "Most Popular" over the same links each time) interrupts the text; it does not
    weigh against the text on either side."""
    for index, item in enumerate(scored):
        if item.features.article_end:
            for line in _repeated_box(scored, index, len(scored) - 1):
                scored[line].gain = max(scored[line].gain, 0.0)


def _keep_recurring_lines_of_the_text(scored: list[_Scored]) -> None:
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


def _past_prompts(scored: list[_Scored], index: int, step: int) -> _Scored | None:
    """The next line from `index` on in the direction of `step` (1 or -1) that is not one
    of the site's prompts ("Advertisement"), or None at the end of the page."""
    index += step
    while 0 <= index < len(scored) and scored[index].features.furniture:
        index += step
    return scored[index] if 0 <= index < len(scored) else None


def _runs(scored: list[_Scored], member: Callable[[_Scored], bool]) -> list[tuple[int, int]]:
    """The first and last index of each run of consecutive lines that are members."""
    runs = []
    first = 0
    for is_member, group in itertools.groupby(scored, key=member):
        length = sum(1 for _ in group)
        if is_member:
            runs.append((first, first + length - 1))
        first += length
    return runs


def _is_table_row(item: _Scored) -> bool:
    return item.features.table_row and not item.caption


def _is_recurring_heading(item: _Scored) -> bool:
    return item.removal == REASON_RECURRING and not item.caption and _heading_shaped(item.features)


def _is_article_text(item: _Scored | None) -> bool:
    """Running text, or a row of a table or an item of a list, of the page's own."""
    if item is None:
        return False
    features = item.features
    return not item.removal and (
        item.body_like or features.table_row or bool(features.item_number) or features.amount_item
    )


def _keep_recurring(items: list[_Scored]) -> None:
    """Read these lines as if the archive had not learned them (`_gain` already does)."""
    for item in items:
        if item.removal == REASON_RECURRING:
            item.removal = ""


def _count_closed_boxes(scored: list[_Scored], closings: list[int]) -> None:
    """A box of other stories set between two paragraphs and closed by its link ("More in
    Island Talks") costs a run of text nothing, as a picture does: the text goes on under
    it. `_read_core` removes it. `closings`: the lines that may close a box."""
    for index in closings:
        if (
            index + 1 < len(scored)
            and scored[index + 1].body_like
            and _closes_related_box(scored[index])
        ):
            for member in (*_related_links_above(scored, index, 0), index):
                scored[member].gain = max(scored[member].gain, 0.0)


def _discount_cut_off_excerpts(scored: list[_Scored]) -> None:
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


def _count_amount_lists(scored: list[_Scored]) -> None:
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


def _count_detail_lists(scored: list[_Scored]) -> None:
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


def _detail_lists(scored: list[_Scored]) -> list[tuple[int, int]]:
    """The first and last line of each list of details: a run of lines between the site's
    furniture in which the figures outweigh the other short lines (`_weigh_details`), from
    its first figure to the line where the run's total is best, holding enough figures
    (`_DetailRun.is_list`)."""
    lists = []
    run: _DetailRun | None = None  # the run read, from its first figure
    best = 0.0
    first = last = -1
    for index, item in enumerate(scored):
        gain = item.detail_gain
        if run is None:
            if not gain or gain < 0:
                continue  # no run starts at running text, a label or the site's line
            # (a label right over the first figure, "Tickets", is where the run starts anew)
            run = _DetailRun(labelled=index > 0 and (scored[index - 1].detail_gain or 0.0) < 0)
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
class _DetailRun:
    """A run of lines read as a list of details: its total gain and what it holds."""

    total: float = 0.0
    figures: int = 0
    labelled: bool = False  # a line says what the figures are for ("Tickets", "Dinner")
    prices_only: bool = True

    def add(self, item: _Scored, gain: float) -> None:
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


def _weigh_details(scored: list[_Scored]) -> None:
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
    return (
        bool(outlet_tag)
        and text.endswith(outlet_tag)
        and len(strip_outlet_tag(text, outlet_tag).split()) >= 4
    )


def _gain(item: _Scored) -> float:
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


def _find_core(scored: list[_Scored], outlet: str | None = None) -> tuple[int, int]:
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
    end = _cut_at_feed(scored, best_start, best_end)
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


def _opens_repeated_box(scored: list[_Scored], index: int) -> bool:
    return bool(_repeated_box(scored, index, len(scored) - 1))


def _repeated_box(scored: list[_Scored], heading: int, end: int) -> list[int]:
    """The heading and the lines of a box that the page prints more than once, up to
    `end`; none if the lines under the heading are not printed again, or are furniture."""
    if scored[heading].features.repeats < 2:
        return []
    box = [heading]
    while box[-1] < end and _in_repeated_box(scored[box[-1] + 1]):
        box.append(box[-1] + 1)
    return box if len(box) > THRESHOLDS["repeated_box_min_lines"] else []


def _in_repeated_box(item: _Scored) -> bool:
    """A line printed again under a box's heading: a link, not a button of its own
    (a bar of "Share on Facebook", "Share on Twitter" printed over and under the text)."""
    return item.features.repeats > 1 and not item.features.furniture


def _start_under_signature(scored: list[_Scored], start: int, end: int) -> int:
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


def _cut_at_feed(scored: list[_Scored], start: int, end: int) -> int:
    """An article ends above a feed of headlines for other stories that the run took in.

    A feed is a run of lines shaped like headlines (no sentence, a few words each, no
    numbers or amounts of a list); it ends the article when little of the run's text follows it
    (a list in the middle of an article is followed by more of the article) and the
    text does not introduce it with a colon.
    """
    gains = [item.gain if item.body_like else 0.0 for item in scored[start : end + 1]]
    total = sum(gains)
    run = 0
    for index in range(start, end + 1):
        # ("Drink during your workout" / "Beachbody Performance Recover, 1 cup blueberries"
        # in a meal plan are its details, not headlines)
        item = scored[index]
        run = run + 1 if _is_feed_headline(item) and not item.in_details else 0
        if run < THRESHOLDS["feed_min_lines"]:
            continue
        first = index - run + 1
        if first > start and scored[first - 1].features.text.endswith(":"):
            continue  # a list the text introduces ("The main points:") is the article's
        after = sum(gains[index + 1 - start :])
        if after <= THRESHOLDS["feed_max_share_after"] * total:
            # and the feed's own heading ("More Stories") above it
            if first - 1 > start and not scored[first - 1].body_like:
                first -= 1
            return first - 1
    return end


def _cut_at_publisher_blurb(scored: list[_Scored], start: int, end: int, outlet: str) -> int:
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


def _is_feed_headline(
    item: _Scored,
    min_words: int = THRESHOLDS["feed_headline_min_words"],
    amounts: bool = False,  # a headline may count things: "7 key moments from ..."
) -> bool:
    features = item.features
    return (
        not item.body_like
        and not item.caption
        and not features.ends_sentence
        and not features.text.endswith(":")
        and not features.item_number
        and (amounts or not features.amount_item)
        and not features.table_row
        and min_words <= features.words <= THRESHOLDS["feed_headline_max_words"]
    )


def _cut_at_headline(scored: list[_Scored], start: int, end: int) -> int:
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
        if item.removal == REASON_RECURRING and not _is_signed(scored, index, end):
            continue
        following = index + 1
        while following <= end and (scored[following].caption or scored[following].removal):
            following += 1
        if following > index + 1 and following <= end and scored[following].body_like:
            return following
    return start


def _cut_at_question_headline(scored: list[_Scored], start: int, end: int) -> int:
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
    item.body_like = False  # the headline, read by `_read_head`
    return start + 1


def _start_at_dateline(scored: list[_Scored], start: int, end: int) -> int:
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


def _skip_summary_box(scored: list[_Scored], start: int, end: int) -> int:
    """A box of key points over the story ("KEY POINTS" / two sentences) is a summary, not
    the text: the run takes it in when it ends the head, but a picture parts it from the
    story, which opens with its dateline under the picture."""
    if start == 0 or not _is_box_heading(scored[start - 1]):
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


def _is_box_heading(item: _Scored) -> bool:
    """A short heading in capitals over a box ("KEY POINTS", "HIGHLIGHTS"), or in title case
    (a saved page's markup has the words as written, before its style sheet sets them in
    capitals: "Key Points")."""
    features = item.features
    return (
        features.words <= LABEL_MAX_WORDS
        and not features.ends_sentence
        and (features.text.isupper() or features.title_case_share == 1.0)
    )


def _grow_through_list(scored: list[_Scored], start: int, end: int) -> int:
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


def _grow_end(scored: list[_Scored], start: int, end: int) -> int:
    """Take in short closing lines of text that the gain alone leaves out ("He was 87."),
    the attribution of a closing quote ("— Jane Doe"), a last paragraph signed with a
    credit (`_signs_off_text`), and, in an article written in sections, a last crosshead
    with its paragraph ("AUSTRALIA AHEAD" / "Australia beat ...")."""
    in_sections: bool | None = None  # whether the core has a crosshead over text: found once
    while end + 1 < len(scored):
        item = scored[end + 1]
        if item.caption and _signs_off_text(item):
            item.caption, item.body_like = False, True  # read as text by `_read_core`
            return end + 1
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


def _signs_off_text(item: _Scored) -> bool:
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


def _grow_through_introduced_list(scored: list[_Scored], end: int) -> int:
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


def _grow_through_details(scored: list[_Scored], end: int) -> int:
    """Take in the details an article lists under its text: a meal plan ("Pre-Workout Meal" /
    "Eat 60–90 minutes before your workout" / "1 cup asparagus, 2 eggs"), a show's dates and
    tickets ("Viewing age of 48 months and above" / "VIP : 60,000₩").

    Their lines are short, and score as labels or a menu do; but a menu or a box of other
    headlines states no figures (`LineFeatures.states_figure`), a list of details states
    many. The run goes on under the text, each figure adding to it and each other line
    that is not running text costing a little (`_weigh_details`), up to the site's furniture;
    it ends at its best total, if that makes a list (`_DetailRun.is_list`).
    """
    run, best = _DetailRun(), 0.0
    grown = end
    for index in range(end + 1, len(scored)):
        gain = scored[index].detail_gain
        if gain is None:
            break
        run.add(scored[index], gain)
        if run.total > best and run.is_list:
            best, grown = run.total, index
    return grown


def _is_crosshead_over_text(scored: list[_Scored], index: int) -> bool:
    """A crosshead with a paragraph of text under it; not a name over its biography
    ("Jane Doe" / "Jane Doe is a reporter ...")."""
    below = index + 1
    return (
        below < len(scored)
        and _is_crosshead(scored[index])
        and scored[below].body_like
        and not scored[below].features.text.startswith(scored[index].features.text)
    )


def _read_head(
    scored: list[_Scored], start: int, verdicts: list[Verdict | None]
) -> tuple[int | None, int | None]:
    """Headline, standfirst and captions above the core; returns (title, standfirst) indexes."""
    window: list[int] = []
    index = start - 1
    # The site's prompts (a share bar: "Share this story", "Reddit", "Email") do not
    # count: a headline may stand over a dozen of them.
    counted = 0
    while index >= 0 and counted < THRESHOLDS["head_window"]:
        if (
            scored[index].body_like
            and not _is_sentence_standfirst(scored, index)
            and not _caption_below(scored, index, start)
            and not (
                not any(scored[passed].headline_like for passed in window)
                and _in_summary_box(scored, index, start)
            )
            # the standfirst printed again over the text is no text of its own
            and scored[index].features.repeats < 2
        ):
            break
        window.append(index)
        counted += not scored[index].features.furniture
        index -= 1
    window.reverse()
    entries = _menu_entries(scored)
    candidates = [
        index
        for index in window
        if scored[index].headline_like
        and not (index > 0 and _AUTHOR_LABEL.match(scored[index - 1].features.text))
        # a line of labelled facts: "Tested by: Jane Doe RRP: 49.95 Euro More info: ..."
        and scored[index].features.text.count(": ") < 2
        and not _is_trail_of_entries(scored[index].features.text, entries)
    ]
    # When no line of the window is a signed headline, the headline may stand over it,
    # signed by the byline or date line under it: `_signed` then prefers it.
    if index >= 0 and not any(
        _is_signed_candidate(scored, candidate, start) for candidate in candidates
    ):
        headline = _signed_headline_above(scored, index)
        if headline is not None:
            window[:0] = range(headline, index + 1)
            candidates.insert(0, headline)
    if not candidates:
        return None, None
    candidates = _signed(scored, _without_trails(scored, candidates), start)

    # The longest headline-like line, unless it is the standfirst under the real headline.
    longest = THRESHOLDS["title_weight_max_words"]
    title = max(candidates, key=lambda index: (min(scored[index].features.words, longest), index))
    above = _line_above(scored, title)
    if (
        above in candidates
        and _is_standfirst(scored[title])
        # a standfirst runs no shorter than the headline it stands under
        and THRESHOLDS["headline_min_words"]
        <= scored[above].features.words
        <= scored[title].features.words
    ):
        title = above
    verdicts[title] = Verdict("title")
    standfirst = None
    following = title + 1
    if following < start and _is_label(scored[following]):
        following += 1
    if following < start and _is_standfirst(scored[following]):
        standfirst = following
        verdicts[following] = Verdict("standfirst")
    for index in window:
        if index <= (standfirst if standfirst is not None else title):
            continue
        item = scored[index]
        if item.caption:
            verdicts[index] = Verdict("caption", "a photo caption")
        elif _in_summary_box(scored, index, start):
            verdicts[index] = Verdict("boilerplate", REASON_SUMMARY_BOX)
        elif not item.removal and _caption_below(scored, index, start):
            verdicts[index] = Verdict("caption", "an image label above its caption")
        else:
            verdicts[index] = Verdict("boilerplate", item.removal or REASON_HEADER)
    return title, standfirst


def _menu_entries(scored: list[_Scored]) -> frozenset[str]:
    """The page's short lines, as its menus print their entries, one per line."""
    longest = THRESHOLDS["menu_entry_max_words"]
    return frozenset(item.features.text for item in scored if item.features.words <= longest)


def _is_trail_of_entries(text: str, entries: frozenset[str]) -> bool:
    """Whether the line is a trail of links made of entries the page's menu prints on lines
    of their own, without separators: "News Middle East Video" where "News", "Middle East"
    and "Video" are the menu's. A headline is no string of menu entries (a short one may
    be two: "Standings NASCAR")."""
    parts = text.split()
    if len(parts) < TRAIL_MIN_ENTRIES:
        return False
    longest = THRESHOLDS["menu_entry_max_words"]
    # runs[i]: the most entries the first i parts are a run of (0: none; -1: no run)
    runs = [0] + [-1] * len(parts)
    for end in range(1, len(parts) + 1):
        runs[end] = max(
            (
                runs[begin] + 1
                for begin in range(max(0, end - longest), end)
                if runs[begin] >= 0 and " ".join(parts[begin:end]) in entries
            ),
            default=-1,
        )
    return runs[-1] >= TRAIL_MIN_ENTRIES


def _signed_headline_above(scored: list[_Scored], index: int) -> int | None:
    """The headline over the head window (`index` is the line right over it), if a byline
    or date line signs it.

    The links of a share bar under the date may fill the window ("Headline" / "Updated 18
    November 2019" / "Facebook" / "Twitter" / ten more sites, each on its line / text):
    the line right over the window is the headline when the date line under it signs it,
    even written as a sentence. A gallery, a video player's playlist or a rating widget
    set between the signature and the text may push the headline further up ("Headline" /
    "By Jane Doe" / "Updated 4:48 PM EST" / a playlist of twenty videos / text): the
    nearest line above shaped like a headline and signed right under it is the headline,
    unless it is one of a feed of dated headlines, another signed line standing right
    over its item.
    """
    if _is_headline_over_date(scored, index):
        return index
    farthest = max(-1, index - THRESHOLDS["signed_headline_max_lines_above"])
    signed = (
        above for above in range(index - 1, farthest, -1) if _is_signed_headline(scored, above)
    )
    headline = next(signed, None)
    if headline is None:
        return None
    neighbour = next(signed, None)
    if neighbour is not None and headline - neighbour <= THRESHOLDS["feed_item_max_lines"]:
        return None  # a feed of other stories: "Headline" / "Jane Doe 11/13/19 9:00AM" / ...
    return headline


def _is_signed_headline(scored: list[_Scored], index: int) -> bool:
    """A line shaped like a headline, with a byline or a date line right under it."""
    item = scored[index]
    return (
        item.headline_like
        and item.features.words >= SIGNED_HEADLINE_MIN_WORDS
        and _is_headline_over_date(scored, index)
        and not _is_name_over_date(scored, index, len(scored))
    )


def _is_sentence_standfirst(scored: list[_Scored], index: int) -> bool:
    """A standfirst written as a full sentence, right under a headline."""
    above = _line_above(scored, index)
    return (
        above >= 0
        and scored[above].headline_like
        and scored[index].features.words <= THRESHOLDS["standfirst_max_words"]
    )


def _in_summary_box(scored: list[_Scored], index: int, start: int) -> bool:
    """Whether the line is one of a few short sentences under a heading in capitals, over
    the text: "KEY POINTS" / "Emirates has finalized a deal ..." / "The deal comes ...".
    Such a box stands between the headline and the text: the headline is above it.

    A headline written as a sentence under its section's name is signed, by a byline
    or a date line under it ("Entertainment" / "South Dakota doubles down ..." /
    "Posted Nov 18"): a point of a box is not."""
    if not scored[index].body_like or _is_signed(scored, index, start):
        return False
    above = index
    while above >= 0 and scored[above].body_like:
        if (
            index - above >= THRESHOLDS["summary_box_max_lines"]
            or scored[above].features.words > THRESHOLDS["standfirst_max_words"]
        ):
            return False
        above -= 1
    return above >= 0 and _is_box_heading(scored[above])


def _without_trails(scored: list[_Scored], candidates: list[int]) -> list[int]:
    """The candidates but those ending in another one: "Home Holidays Spiced Pear Jam" is
    the trail of links to the headline "SPICED PEAR JAM", not a longer headline."""
    texts = {index: scored[index].features.text.casefold() for index in candidates}
    headlines = [
        text
        for index, text in texts.items()
        if scored[index].features.words >= THRESHOLDS["headline_min_words"]
    ]
    kept = [
        index
        for index in candidates
        if not any(text != texts[index] and texts[index].endswith(text) for text in headlines)
    ]
    return kept or candidates


def _signed(scored: list[_Scored], candidates: list[int], start: int) -> list[int]:
    """The candidates that a byline or a date line follows, if any: the headline is
    signed; a site's slogan over it, or the headlines of a box of other stories set
    between it and the text, are not ("Chinese hunter catches plague" / "By Jane Doe" /
    "November 18, 2019" / "More On:" / "Plague-ridden prairie dogs ..." / text).

    A signed line of two or three words may be a name ("Molly Wood") and counts only
    where it ends the site's menu: a name stands under a headline, not under a menu."""
    signed = [index for index in candidates if _is_signed_candidate(scored, index, start)]
    return signed or candidates


def _is_signed_candidate(scored: list[_Scored], index: int, start: int) -> bool:
    return (
        (
            scored[index].features.words >= SIGNED_HEADLINE_MIN_WORDS
            # the author's name over the date line is what signs, not what is signed
            and not _is_name_over_date(scored, index, start)
        )
        or _ends_menu(scored, index)
    ) and _is_signed(scored, index, start)


def _ends_menu(scored: list[_Scored], index: int) -> bool:
    """Whether the line stands right under the entries of a menu printed one per line, as
    "League Standings" under "Cartoons" / "Podcasts" / "Listen Live"; the site's prompts
    among them ("Video", "Search") are passed over."""
    wanted = THRESHOLDS["menu_entries_over_headline"]
    found = 0
    index -= 1
    while index >= 0 and found < wanted:
        item = scored[index]
        if not item.features.furniture:
            if not _is_menu_entry(item):
                return False
            found += 1
        index -= 1
    return found >= wanted


def _is_menu_entry(item: _Scored) -> bool:
    """A few words in Title Case, no sentence: "Opinion", "Listen Live", "Crosswords"; a
    headline is longer, as a rule."""
    features = item.features
    return (
        1 <= features.words <= THRESHOLDS["menu_entry_max_words"]
        and not item.caption
        and not features.ends_sentence
        and not features.date_line
        and not features.byline
        and features.title_case_share >= THRESHOLDS["title_case_share"]
    )


def _is_signed(scored: list[_Scored], index: int, start: int) -> bool:
    """Whether a byline or a date line follows the line, or a date line stands right over
    it. Between the line and the byline may stand captions and labels, one standfirst,
    and the author's name over the date line ("Thousands of teachers pack the
    Statehouse" / "Tom Davies Associated Press" / "Published 11:34 PM EST Nov 19, 2019"),
    or over the outlet's name on a line of its own (`_is_name_over_outlet`);
    a share bar's prompts ("Facebook" / "Twitter" / "Comments" / "Print" / "Email") may
    stand there too, and do not count towards the distance."""
    if index > 0 and scored[index - 1].features.date_line:
        return True  # the date set over the headline: "Wednesday 20 November 2019 9:22 am"
    below = index + 1
    passed_standfirst = passed_name = False
    counted = 0  # the lines passed that are not the site's prompts
    while below < start and counted < SIGNATURE_MAX_LINES_BELOW:
        item = scored[below]
        if item.features.byline or item.features.date_line:
            return True
        counted += not item.features.furniture
        if item.caption or _is_label(item):
            pass
        elif below == index + 1 and _is_name_over_outlet(scored, below, start):
            passed_name = True
            below += 1  # and the outlet's name, over the date line
        elif not (passed_standfirst or passed_name) and (
            _is_standfirst(item) or _is_sentence_standfirst(scored, below)
        ):
            passed_standfirst = True
        elif not passed_name and _is_name_over_date(scored, below, start):
            passed_name = True
        else:
            return False
        below += 1
    return False


def _is_short_name(features: LineFeatures) -> bool:
    """A few words in Title Case: an author's or a photographer's name, with the agency."""
    return (
        features.words <= AUTHOR_NAME_MAX_WORDS
        and features.title_case_share >= THRESHOLDS["title_case_share"]
    )


def _is_name_over_date(scored: list[_Scored], index: int, start: int) -> bool:
    """A short line of names, no function words ("Tom Davies Associated Press"), over a
    date line that names no author itself ("By Jane Doe Nov 19")."""
    features = scored[index].features
    below = index + 1
    return (
        scored[index].headline_like
        and _is_short_name(features)
        and features.stop_share == 0
        and below < start
        and scored[below].features.date_line
        and not scored[below].features.text.lower().startswith("by ")
    )


def _is_name_over_outlet(scored: list[_Scored], index: int, start: int) -> bool:
    """The author's name over the outlet's, each on its line, over the date line, right
    under a headline of some length: "Jane Doe" / "The Daily Planet" / "Thu, 14 May 2020
    17:55 UTC" (a story one site reprints from another). Under a short line, they may be
    two more entries of a menu ("Listen Live" / "Crosswords" / "Published ...")."""
    outlet = index + 1
    return (
        outlet + 1 < start
        and index > 0
        and scored[index - 1].features.words >= SIGNED_HEADLINE_MIN_WORDS
        and scored[index].headline_like
        and _is_short_name(scored[index].features)
        and scored[index].features.stop_share == 0
        # the outlet's name may have its article: "The Daily Planet"
        and scored[outlet].headline_like
        and _is_short_name(scored[outlet].features)
        and scored[outlet + 1].features.date_line
    )


def _is_headline_over_date(scored: list[_Scored], index: int) -> bool:
    """A headline written as a sentence ("... They just might be."), known as one by the
    date line or byline right under it, where no other line of the head can be."""
    below = index + 1
    features = scored[index].features
    return (
        below < len(scored)
        and (scored[below].features.date_line or scored[below].features.byline)
        and not scored[index].caption
        and THRESHOLDS["title_min_words"] <= features.words <= THRESHOLDS["title_max_words"]
    )


def _caption_below(scored: list[_Scored], index: int, start: int) -> bool:
    """Whether a caption's credit follows the line, a label at most between them: the
    line is the caption ("President Trump in New York ..." / "Credit..." / "Jane Doe/NYT")."""
    below = index + 1
    if below < start and _is_label(scored[below]) and not scored[below].caption:
        below += 1
    return below <= start and below < len(scored) and scored[below].caption


def _line_above(scored: list[_Scored], index: int) -> int:
    """The line above, passing over a section label between a headline and its standfirst:
    "The Guardian view on Hong Kong" / "Editorial" / "The authorities' repression ..."."""
    above = index - 1
    return above - 1 if above > 0 and _is_label(scored[above]) else above


def _is_label(item: _Scored) -> bool:
    """A section's name or the site's furniture: one word, or a few words of a prompt.

    A few words the archive learned as recurring are no label: a column's headline
    recurs on the site too ("Corrections and clarifications" over its standfirst)."""
    features = item.features
    site_own = bool(features.furniture)
    return features.words == 1 or (site_own and features.words <= LABEL_MAX_WORDS)


def _is_standfirst(item: _Scored) -> bool:
    features = item.features
    return (
        not item.removal
        and not item.caption
        and THRESHOLDS["standfirst_min_words"]
        <= features.words
        <= THRESHOLDS["standfirst_max_words"]
        and features.title_case_share < THRESHOLDS["title_case_share"]
    )


def _read_core(
    scored: list[_Scored], numbers: list[int], start: int, end: int, verdicts: list[Verdict | None]
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
            box = _repeated_box(scored, index, end) if features.article_end else []
            if box:
                for line in box[1:]:
                    verdicts[line] = Verdict("boilerplate", REASON_REPEATED_BOX)
                index = box[-1] + 1
                continue
            if index < end and _closes_related_box(item):
                for link in _related_links_above(scored, index, start):
                    verdicts[link] = Verdict("boilerplate", REASON_RELATED_LINK)
            if _is_related_box_heading(item):
                links = _related_links(scored, index, end)
                for link in links:
                    verdicts[link] = Verdict("boilerplate", REASON_RELATED_LINK)
                index += 1 + len(links)
                continue
        elif item.caption:
            teaser = _teaser_lines(scored, index, end)
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
            and not _is_detail(item)
        ):
            verdicts[index] = Verdict(
                "boilerplate", REASON_REPEAT.format(number=kept_texts[features.text])
            )
        elif _is_crosshead(item):
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
    scored: list[_Scored],
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
        and _is_short_name(features)
        and caption.ends_sentence
        and caption.words <= THRESHOLDS["caption_max_words"]
        and verdicts[above] is not None
        and verdicts[above].role == "body"
    )


def _asked_again(
    text: str, scored: list[_Scored], start: int, end: int, copies: Counter[str]
) -> bool:
    """Whether the article repeats the line as its pattern, a question put to each of the
    people it interviews, rather than once as a pull quote. `copies`: the core's lines
    counted, filled here on the first call."""
    if not copies:
        copies.update(scored[index].features.text for index in range(start, end + 1))
    return copies[text] >= THRESHOLDS["repeat_pattern_min_copies"]


def _related_links(scored: list[_Scored], heading: int, end: int) -> list[int]:
    """The headlines under the heading of a box of related stories, up to the article's
    next paragraph or picture, or the heading of the next box."""
    links = []
    index = heading + 1
    min_words = THRESHOLDS["related_link_min_words"]
    while index <= end and len(links) < THRESHOLDS["related_box_max_lines"]:
        item = scored[index]
        if item.removal or not _is_feed_headline(item, min_words):
            break
        links.append(index)
        index += 1
    following = scored[index] if index <= end else None
    if following is None or not (
        following.body_like or following.caption or _is_related_box_heading(following)
    ):
        return []  # the box runs into something else than the article's next paragraph
    return links


def _closes_related_box(item: _Scored) -> bool:
    """The link that closes a box of other stories set between two paragraphs: "More in
    Trump Impeachment Inquiry", "More from Sportsnet"."""
    features = item.features
    return (
        features.furniture in _BOX_CLOSING_PHRASES
        and features.words <= THRESHOLDS["box_closing_link_max_words"]
        and features.text[: len(features.furniture)].lower() == features.furniture
    )


_BOX_CLOSING_PHRASES = frozenset(("more in", "more from"))


def _related_links_above(scored: list[_Scored], closing: int, start: int) -> list[int]:
    """The headlines over the link that closes a box ("Trump Impeachment Inquiry" /
    "Watch live: Sondland testifies ..." / "7 key moments from Tuesday's hearing" / "More
    in Trump Impeachment Inquiry"), up to the article's paragraph over the box: at least
    two of them, or none."""
    links = []
    index = closing - 1
    while (
        index >= start
        and len(links) <= THRESHOLDS["related_box_max_lines"]
        and _is_box_link(scored[index])
    ):
        links.append(index)
        index -= 1
    if len(links) < 2 or index < start or not scored[index].body_like:
        return []
    return links


def _is_box_link(item: _Scored) -> bool:
    """A headline in a box of links: a few words, no sentence ("7 key moments from ..."
    counts things, it is no amount of a list)."""
    return not item.removal and _is_feed_headline(
        item, THRESHOLDS["related_link_min_words"], amounts=True
    )


def _is_related_box_heading(item: _Scored) -> bool:
    """The heading of a box of links, only the phrase ("Related stories", "More:"), not a
    link of its own ("Related: Europa's plumes in pictures")."""
    features = item.features
    return (
        features.furniture in RELATED_BOX_PHRASES
        and features.words <= len(features.furniture.split()) + 1
    )


def _is_crosshead(item: _Scored) -> bool:
    return (
        not item.body_like
        and not item.in_list
        and _heading_shaped(item.features)
        # "Eat 60–90 minutes before your workout": a detail of a list, not a heading
        and not _is_detail(item)
    )


def _heading_shaped(features: LineFeatures) -> bool:
    """A few words, no sentence, no row of a table or item of a list."""
    return (
        not features.table_row
        and not features.amount_item  # "1 tsp cinnamon": an item of a list, not a heading
        and features.words <= THRESHOLDS["heading_max_words"]
        and not features.ends_sentence
        and not features.text.endswith(_LEAD_IN_ENDS)
    )


def _is_detail(item: _Scored) -> bool:
    """A line of a list of details that states a figure, not written as a sentence."""
    features = item.features
    return item.in_details and not features.ends_sentence and features.states_figure


def _teaser_lines(scored: list[_Scored], caption: int, end: int) -> list[int]:
    """The headline lines that follow a caption when the two advertise another article."""
    lines = []
    index = caption + 1
    while index <= end and len(lines) < THRESHOLDS["teaser_max_lines"]:
        item = scored[index]
        if item.caption or item.removal or item.features.ends_sentence:
            break
        if item.features.words > THRESHOLDS["teaser_max_words"]:
            break
        lines.append(index)
        index += 1
    has_headline = any(
        scored[line].features.words >= THRESHOLDS["teaser_headline_min_words"]
        and scored[line].features.title_case_share >= THRESHOLDS["title_case_share"]
        for line in lines
    )
    if not has_headline or index > end or not scored[index].body_like:
        return []
    return lines
