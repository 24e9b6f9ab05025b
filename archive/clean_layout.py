"""The layout of a page dump: where the article is, and what each line is.

Takes the measured lines of a page (`clean_signals.measure_page`) and gives
every line a role from `model.ROLES` with, for removed lines, a reason:

1. score each line with the signal table; decisive signals remove a line
   wherever it stands;
2. find the article's core, the run of lines with the largest total body gain
   (the densest run of running text), then grow it over near-body lines;
3. above the core, find the headline, the standfirst under it and the
   captions between them and the text; everything else above is the header;
4. inside the core, tell body, crossheads, captions and teasers for other
   articles apart; everything below the core is the footer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clean_captions import caption_mark, split_credit, strip_outlet_tag
from .clean_signals import THRESHOLDS, LineFeatures, weigh

REASON_ABOVE_TITLE = "above the headline (site header, navigation)"
REASON_HEADER = "between the headline and the article (byline, date or page furniture)"
REASON_FOOTER = "below the end of the article (footer, related links or comments)"
REASON_TEASER = "a teaser for another article (picture caption and headline)"
REASON_REPEAT = "repeats line {number}"
REASON_NO_ARTICLE = "no running text found on the page"


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

    @property
    def body_like(self) -> bool:
        return not self.removal and not self.caption and self.score >= THRESHOLDS["body_score"]

    @property
    def headline_like(self) -> bool:
        features = self.features
        return (
            not self.removal
            and not self.caption
            and THRESHOLDS["title_min_words"] <= features.words <= THRESHOLDS["title_max_words"]
            and not features.text.endswith((".", ":", ","))
        )


def lay_out(lines: list[LineFeatures], numbers: list[int], outlet_tag: str | None) -> Layout:
    """The roles of a page's lines (`numbers` are their line numbers in the file)."""
    scored = _score(lines, outlet_tag)
    start, end = _find_core(scored)
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
    marks = {
        text: caption_mark(text) or ("outlet tag" if _ends_with_tag(text, outlet_tag) else "")
        for text in dict.fromkeys(line.text for line in lines)
    }
    marked = [bool(marks[line.text]) for line in lines]
    # A credit alone on its line ("GETTY") makes the line above it the caption it credits.
    for index in range(1, len(lines)):
        if marks[lines[index].text] == "credit line" and lines[index - 1].ends_sentence:
            marked[index - 1] = True
    # A line that repeats a caption's text (the alt text and the visible caption) is a caption too.
    caption_texts = {
        split_credit(line.text, outlet_tag)[0]
        for line, mark in zip(lines, marked, strict=True)
        if mark
    }
    caption_texts.discard("")
    scored = []
    weights: dict[str, tuple[float, str]] = {}
    for line, mark in zip(lines, marked, strict=True):
        copy = (
            bool(caption_texts)
            and not mark
            and strip_outlet_tag(line.text, outlet_tag) in caption_texts
        )
        if line.text not in weights:
            weights[line.text] = weigh(line)
        scored.append(_Scored(line, *weights[line.text], mark or copy))
    return scored


def _ends_with_tag(text: str, outlet_tag: str | None) -> bool:
    """An image title the site tagged with its name: "A leader waves - Sputnik International"."""
    return (
        bool(outlet_tag)
        and text.endswith(outlet_tag)
        and len(strip_outlet_tag(text, outlet_tag).split()) >= 4
    )


def _gain(item: _Scored) -> float:
    if item.caption and not item.removal:
        return THRESHOLDS["gain_caption"]
    if item.body_like:
        words = min(item.features.words, THRESHOLDS["gain_max_words"])
        return THRESHOLDS["gain_base"] + words / THRESHOLDS["gain_per_words"]
    if (item.features.table_row or item.features.numbered_item) and not item.removal:
        return THRESHOLDS["gain_table_or_list"]
    return max(min(item.score, THRESHOLDS["gain_neutral"]), THRESHOLDS["gain_floor"])


def _find_core(scored: list[_Scored]) -> tuple[int, int]:
    """The run of lines with the largest total gain (Kadane), cut at a headline, grown."""
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    weight = 1.0
    for index, item in enumerate(scored):
        if item.features.article_end and best >= THRESHOLDS["article_end_after_gain"]:
            # "Comments", "Related stories": a run cannot go on across it, and what follows
            # (comments, teasers) counts for less than the text before.
            total, weight = 0.0, THRESHOLDS["weight_after_article_end"]
        if total <= 0:
            total, start = 0.0, index
        total += _gain(item) * weight
        if total > best:
            best, best_start, best_end = total, start, index
    if best_end < 0:
        return 0, -1
    return _cut_at_headline(scored, best_start, best_end), _grow_end(scored, best_end)


def _cut_at_headline(scored: list[_Scored], start: int, end: int) -> int:
    """An article starts under its headline: drop a blurb the run took in above it.

    A headline is a headline-like line that is set apart from the text below
    it by captions or page furniture, never directly followed by text (that
    would be a crosshead).
    """
    for index in range(start, min(end, start + THRESHOLDS["headline_cut_max_lines"]) + 1):
        item = scored[index]
        if not item.headline_like or item.body_like:
            continue
        following = index + 1
        while following <= end and (scored[following].caption or scored[following].removal):
            following += 1
        if following > index + 1 and following <= end and scored[following].body_like:
            return following
    return start


def _grow_end(scored: list[_Scored], end: int) -> int:
    """Take in short closing lines of text that the gain alone leaves out ("He was 87.")."""
    while end + 1 < len(scored):
        item = scored[end + 1]
        if item.removal or item.caption or item.score < THRESHOLDS["near_body_score"]:
            break
        if not item.features.ends_sentence:
            break
        end += 1
    return end


def _read_head(
    scored: list[_Scored], start: int, verdicts: list[Verdict | None]
) -> tuple[int | None, int | None]:
    """Headline, standfirst and captions above the core; returns (title, standfirst) indexes."""
    window: list[int] = []
    index = start - 1
    while index >= 0 and len(window) < THRESHOLDS["head_window"]:
        if scored[index].body_like and not _is_sentence_standfirst(scored, index):
            break
        window.append(index)
        index -= 1
    window.reverse()
    candidates = [index for index in window if scored[index].headline_like]
    if not candidates:
        return None, None

    # The longest headline-like line, unless it is the standfirst under the real headline.
    longest = THRESHOLDS["title_weight_max_words"]
    title = max(candidates, key=lambda index: (min(scored[index].features.words, longest), -index))
    above = title - 1
    if (
        above in candidates
        and _is_standfirst(scored[title])
        # a standfirst runs longer than the headline it stands under
        and THRESHOLDS["headline_min_words"]
        <= scored[above].features.words
        < scored[title].features.words
    ):
        title = above
    verdicts[title] = Verdict("title")
    standfirst = None
    following = title + 1
    if following < start and _is_standfirst(scored[following]):
        standfirst = following
        verdicts[following] = Verdict("standfirst")
    for index in window:
        if index <= (standfirst if standfirst is not None else title):
            continue
        item = scored[index]
        if item.caption:
            verdicts[index] = Verdict("caption", "a photo caption")
        elif (
            index + 1 <= start
            and index + 1 < len(scored)
            and scored[index + 1].caption
            and not item.removal
        ):
            verdicts[index] = Verdict("caption", "an image label above its caption")
        else:
            verdicts[index] = Verdict("boilerplate", item.removal or REASON_HEADER)
    return title, standfirst


def _is_sentence_standfirst(scored: list[_Scored], index: int) -> bool:
    """A standfirst written as a full sentence, right under a headline."""
    return (
        index > 0
        and scored[index - 1].headline_like
        and scored[index].features.words <= THRESHOLDS["standfirst_max_words"]
    )


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
    index = start
    while index <= end:
        item = scored[index]
        features = item.features
        if item.removal:
            verdicts[index] = Verdict("boilerplate", item.removal)
        elif item.caption:
            teaser = _teaser_lines(scored, index, end)
            if teaser:
                for member in (index, *teaser):
                    verdicts[member] = Verdict("boilerplate", REASON_TEASER)
                index = teaser[-1] + 1
                continue
            verdicts[index] = Verdict("caption", "a photo caption")
        elif features.text in kept_texts and features.words >= THRESHOLDS["repeat_min_words"]:
            verdicts[index] = Verdict(
                "boilerplate", REASON_REPEAT.format(number=kept_texts[features.text])
            )
        elif _is_crosshead(item):
            verdicts[index] = Verdict("heading")
        else:
            verdicts[index] = Verdict("body")
        kept_texts.setdefault(features.text, numbers[index])
        index += 1


def _is_crosshead(item: _Scored) -> bool:
    features = item.features
    return (
        not item.body_like
        and not features.table_row
        and features.words <= THRESHOLDS["heading_max_words"]
        and not features.ends_sentence
        and not features.text.endswith((":", ","))
    )


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
