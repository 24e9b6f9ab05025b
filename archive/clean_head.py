"""Step 3 of the layout: the head of the article, above its core.

Takes a page's scored lines and the first line of the core (`clean_core.find_core`);
finds the headline (the longest headline-like line above the text, preferring one a
byline or a date line signs), the standfirst under it and the captions between them
and the text, and gives each line of the head a verdict (`read_head`); everything
else above is the header. `is_signed`, whether a byline or a date line signs a line,
also tells the core search where the article starts.
"""

from __future__ import annotations

import re

from .clean_captions import split_credit
from .clean_lines import LABEL_MAX_WORDS, Scored, Verdict, is_box_heading, is_short_name
from .clean_signals import THRESHOLDS
from .clean_words import BYLINE_LABELS, BYLINE_WORDS

REASON_HEADER = "between the headline and the article (byline, date or page furniture)"
REASON_SUMMARY_BOX = "a box of key points over the article"
# A trail of links printed without separators joins at least this many of the menu's entries.
TRAIL_MIN_ENTRIES = 3
# A headline's byline or date line follows it within this many lines.
SIGNATURE_MAX_LINES_BELOW = 4
# A label over the author's name: "Author:" / "The Water Coolest".
_AUTHOR_LABEL = re.compile(rf"(?i:(?:{'|'.join(BYLINE_LABELS + BYLINE_WORDS)})\s*:?)$")
# A signed line this short may be a prompt or a name ("Breaking News Emails", "Molly Wood");
# numbers are no words, so "Best tech gadgets of 2019" has four.
SIGNED_HEADLINE_MIN_WORDS = 4


def read_head(
    scored: list[Scored], start: int, verdicts: list[Verdict | None]
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
    # The headlines of a box of other stories, each over its date, may fill the window:
    # the headline stands over the box.
    feed = _feed_of_dated_headlines(scored, candidates)
    if feed:
        candidates = [candidate for candidate in candidates if candidate not in feed]
        index = min(index, feed[0] - 1)
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


def _menu_entries(scored: list[Scored]) -> frozenset[str]:
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


def _signed_headline_above(scored: list[Scored], index: int) -> int | None:
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


def _feed_of_dated_headlines(scored: list[Scored], candidates: list[int]) -> list[int]:
    """The items of a feed of other stories that reaches into the head window: headlines
    each over its date line, set at the same short interval ("MORE STORIES LIKE THIS ONE" /
    "AUTO NEWS" / "LA 2016: Turbocharged Nissan Sentra Nismo unleashed" / "November 16,
    2016" / "FEATURES" / ...), at least `feed_min_items` of them, with none of the window's
    other dated headlines off their interval; else none."""
    dated = [index for index in candidates if _is_dated_headline(scored, index)]
    if len(dated) < 2 or (step := dated[-1] - dated[-2]) > THRESHOLDS["feed_item_max_lines"]:
        return []
    first = dated[-1]
    while first - step >= 0 and _is_dated_headline(scored, first - step):
        first -= step
    if any((index - first) % step for index in dated if index >= first):
        return []
    items = list(range(first, dated[-1] + 1, step))
    return items if len(items) >= THRESHOLDS["feed_min_items"] else []


def _is_dated_headline(scored: list[Scored], index: int) -> bool:
    return scored[index].headline_like and _is_headline_over_date(scored, index)


def _is_signed_headline(scored: list[Scored], index: int) -> bool:
    """A line shaped like a headline, with a byline or a date line right under it."""
    item = scored[index]
    return (
        item.headline_like
        and item.features.words >= SIGNED_HEADLINE_MIN_WORDS
        and _is_headline_over_date(scored, index)
        and not _is_name_over_date(scored, index, len(scored))
    )


def _is_sentence_standfirst(scored: list[Scored], index: int) -> bool:
    """A standfirst written as a full sentence, right under a headline."""
    above = _line_above(scored, index)
    return (
        above >= 0
        and scored[above].headline_like
        and scored[index].features.words <= THRESHOLDS["standfirst_max_words"]
    )


def _in_summary_box(scored: list[Scored], index: int, start: int) -> bool:
    """Whether the line is one of a few short sentences under a heading in capitals, over
    the text: "KEY POINTS" / "Emirates has finalized a deal ..." / "The deal comes ...".
    Such a box stands between the headline and the text: the headline is above it.

    A headline written as a sentence under its section's name is signed, by a byline
    or a date line under it ("Entertainment" / "South Dakota doubles down ..." /
    "Posted Nov 18"): a point of a box is not."""
    if not scored[index].body_like or is_signed(scored, index, start):
        return False
    above = index
    while above >= 0 and scored[above].body_like:
        if (
            index - above >= THRESHOLDS["summary_box_max_lines"]
            or scored[above].features.words > THRESHOLDS["standfirst_max_words"]
        ):
            return False
        above -= 1
    return above >= 0 and is_box_heading(scored[above])


def _without_trails(scored: list[Scored], candidates: list[int]) -> list[int]:
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


def _signed(scored: list[Scored], candidates: list[int], start: int) -> list[int]:
    """The candidates that a byline or a date line follows, if any: the headline is
    signed; a site's slogan over it, or the headlines of a box of other stories set
    between it and the text, are not ("Chinese hunter catches plague" / "By Jane Doe" /
    "November 18, 2019" / "More On:" / "Plague-ridden prairie dogs ..." / text).

    A signed line of two or three words may be a name ("Molly Wood") and counts only
    where it ends the site's menu: a name stands under a headline, not under a menu."""
    signed = [index for index in candidates if _is_signed_candidate(scored, index, start)]
    return signed or candidates


def _is_signed_candidate(scored: list[Scored], index: int, start: int) -> bool:
    return (
        (
            scored[index].features.words >= SIGNED_HEADLINE_MIN_WORDS
            # the author's name over the date line is what signs, not what is signed
            and not _is_name_over_date(scored, index, start)
        )
        or _ends_menu(scored, index)
    ) and is_signed(scored, index, start)


def _ends_menu(scored: list[Scored], index: int) -> bool:
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


def _is_menu_entry(item: Scored) -> bool:
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


def is_signed(scored: list[Scored], index: int, start: int) -> bool:
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


def _is_name_over_date(scored: list[Scored], index: int, start: int) -> bool:
    """A short line of names, no function words ("Tom Davies Associated Press"), over a
    date line that names no author itself ("By Jane Doe Nov 19")."""
    features = scored[index].features
    below = index + 1
    return (
        scored[index].headline_like
        and is_short_name(features)
        and features.stop_share == 0
        and below < start
        and scored[below].features.date_line
        and not scored[below].features.text.lower().startswith("by ")
    )


def _is_name_over_outlet(scored: list[Scored], index: int, start: int) -> bool:
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
        and is_short_name(scored[index].features)
        and scored[index].features.stop_share == 0
        # the outlet's name may have its article: "The Daily Planet"
        and scored[outlet].headline_like
        and is_short_name(scored[outlet].features)
        and scored[outlet + 1].features.date_line
    )


def _is_headline_over_date(scored: list[Scored], index: int) -> bool:
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


def _caption_below(scored: list[Scored], index: int, start: int) -> bool:
    """Whether a caption follows the line, a label at most between them. Over a credit
    the line is the caption ("President Trump in New York ..." / "Credit..." / "Jane
    Doe/NYT"); over a caption, the picture's title ("Japan-China Relations" / "(Photo :
    REUTERS/Jane Doe) Japan's Prime Minister ..."), but not the author's post under the
    byline ("By Jane Doe" / "Opinion Columnist" / a picture's caption)."""
    below = index + 1
    if below < start and _is_label(scored[below]) and not scored[below].caption:
        below += 1
    if below > start or below >= len(scored) or not scored[below].caption:
        return False
    if not split_credit(scored[below].features.text)[0]:
        return True  # a credit alone
    return index == 0 or not scored[index - 1].features.byline


def _line_above(scored: list[Scored], index: int) -> int:
    """The line above, passing over a section label between a headline and its standfirst:
    "The Guardian view on Hong Kong" / "Editorial" / "The authorities' repression ..."."""
    above = index - 1
    return above - 1 if above > 0 and _is_label(scored[above]) else above


def _is_label(item: Scored) -> bool:
    """A section's name or the site's furniture: one word, or a few words of a prompt.

    A few words the archive learned as recurring are no label: a column's headline
    recurs on the site too ("Corrections and clarifications" over its standfirst)."""
    features = item.features
    site_own = bool(features.furniture)
    return features.words == 1 or (site_own and features.words <= LABEL_MAX_WORDS)


def _is_standfirst(item: Scored) -> bool:
    features = item.features
    return (
        not item.removal
        and not item.caption
        and THRESHOLDS["standfirst_min_words"]
        <= features.words
        <= THRESHOLDS["standfirst_max_words"]
        and features.title_case_share < THRESHOLDS["title_case_share"]
    )
