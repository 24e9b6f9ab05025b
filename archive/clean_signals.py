"""The signals the page-dump cleaner reads off each line, in one table.

A line of a page dump is measured once (`measure_page`) into `LineFeatures`:
its length and sentence shape, stop-word density, title case, lower-case
share, furniture phrases and legal small print, clocks and date lines,
bylines, author-biography headings, tables, numbered list items and amounts, quote
attributions, headlines in capitals, script, and whether the archive has
seen the line on the pages of other stories (`furniture.learn_furniture`);
the figures a line states (amounts in a unit, prices) are read when asked.
`SIGNALS` then turns the features into a body score: every signal has a
name, a weight and, when it removes a line on its own, the plain-words reason
given for the removal. The thresholds the layout stage uses (core search,
headline, standfirst, crossheads, teasers) are in `THRESHOLDS`. Tuning the
cleaner means editing these tables, and the caption marks of
`clean_captions.CAPTION_MARKS`, not the code that applies them (as jusText
keeps its classifier thresholds and trafilatura its rules in one place).

Word lists cover English and the major European languages, since the same
site furniture ("share", "newsletter", "cookies") appears on pages in any of
them.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .clean_dates import find_clock, is_date_line
from .furniture import normalise_line
from .text import CJK_CHARACTERS as CJK

# Function words: a line of running prose is dense in them, a menu is not.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours said says will would may might must shall since
    though although whether there's it's he's she's that's who's what's don't didn't isn't wasn't
    le la les un une des du de et est en dans que qui pour pas sur au aux avec ce cette il elle
    ils sont par plus ne se sa son ses leur été être mais ou où nous vous on lui y a ont était
    comme tout tous aussi très sans entre leurs ces mon ma mes notre votre fait peut
    der die das den dem des ein eine einer eines und ist nicht zu mit von auf für im sich auch es
    an als wie bei aus nach wird wurde sind hat haben oder aber noch nur vom zum zur dass er sie
    wir ihr ich du waren einem einen kann können so wenn über unter vor durch mehr
    el los las una unos y es del al lo por con para se su sus como más pero fue ha sin sobre entre
    le les muy también ya este esta estos estas ese esa son era está están hay han desde todo
    il lo gli di che è per con non una sono della del nel alla ma più anche come dei delle degli
    nella nelle al ai alle dal dalla si ci ha hanno era essere questo questa quello tra fra
    o os as um uma do da dos das em no na nos nas com por para não mais foi ao à se que e é
    você ele ela eles elas seu sua seus suas muito também já até sempre quando como este esta
    isso pelo pela tem ter são foram nesta neste
    het een van en is dat op te met voor zijn niet aan er ook als bij door wordt de ik je hij
    zij we ze wat maar om naar dan nog al uit werd was hebben heeft worden kan
    """.split()
) | frozenset(
    # Chinese function characters and Japanese particles: on a page in those scripts
    # (no spaces between words), a word of `_UNSPACED_WORD` holding one is a function word
    "的了是在和与也都就而对从把被之其这那他她它我你们为以于有不个将但并所说已又及"
    "のはがをにでともへやかたてしな"
)

# Site furniture: (phrases, most words a line may have for a phrase in it to count).
# A phrase counts anywhere on a short line that does not end a sentence, and at the
# start of any line that is not a sentence ("READ MORE: ...").
FURNITURE_PHRASES: tuple[tuple[str, int], ...] = (
    # social and subscription prompts
    ("follow us|like us on|find us on|join us on|share this|share on|share via|share article", 12),
    ("copy this link|copy link|copy the link|share panel|sharing is caring", 12),
    ("share it with friends|share with friends|share it with your friends", 12),
    ("share with your friends", 12),
    # disclosures of sponsored posts ("This shop has been compensated by ... #ad")
    ("has been compensated|affiliate links|sponsored post|paid partnership", 25),
    ("sharing options", 30),  # "Share All sharing options for: <the headline>"
    ("follow|also on|also read|read next|up next|next up|see more|watch more", 6),
    ("continue reading", 6),
    ("subscribe|sign up|sign-up|sign in|sign-in|log in|login|log out|register", 10),
    ("create an account|create your account", 10),
    ("newsletter|newsletters|cookie|cookies|cookie policy|privacy policy", 12),
    ("terms of use|terms of service", 12),
    ("advertisement|advertising|sponsored|promoted|paid content|partner content", 6),
    ("read more|read also|see also|related articles|related stories|related news", 14),
    ("related content|related topics|related posts|more stories|more news", 8),
    ("related", 3),  # "Related: <headline>" at the start of a line
    ("most read|most popular|most viewed|most shared|trending|trending now|top stories", 8),
    ("more from|more on|more in", 8),
    ("you may also like|you might also like|recommended for you|don't miss|editor's picks", 10),
    ("comments|leave a comment|leave a reply|post a comment", 6),
    ("join the discussion|join the conversation", 6),
    ("to participate in the discussion|be the first to comment", 10),
    ("all rights reserved|copyright|reproduction", 14),
    ("homepage|home page|skip to content|skip to main content|back to top", 8),
    ("click here|tap here|click for", 8),
    ("you are here", 12),  # "you are here: Home > News > Markets"
    ("tags|tagged|tagged with|filed under", 4),  # "Tags: Minnesota Wild"
    ("clicking here|external links|open in a new window", 12),
    ("download the app|download our app|get the app|app store|google play", 10),
    ("contact us|about us|careers|advertise with us|sitemap|site map|help center", 5),
    # the same in other European languages
    ("partager|abonnez-vous|s'abonner|suivez-nous|publicité|lire aussi|à lire aussi", 10),
    ("commentaires|se connecter|connexion|s'inscrire|inscription|voir aussi", 6),
    ("teilen|abonnieren|folgen sie uns|anmelden|registrieren|werbung|anzeige", 8),
    ("lesen sie auch|mehr zum thema|kommentare|datenschutz|impressum", 8),
    ("compartir|suscríbete|suscribete|suscribirse|síguenos|siguenos|publicidad", 8),
    ("lee también|lee tambien|leer más|leer mas|comentarios|iniciar sesión|regístrate", 8),
    ("condividi|iscriviti|seguici|pubblicità|leggi anche|commenti|accedi|registrati", 8),
    ("compartilhar|partilhar|assine|siga-nos|publicidade|leia também|comentários", 8),
    ("delen|abonneren|volg ons|advertentie|lees ook|reacties|inloggen", 6),
)
# Prompts that are furniture even when written as a sentence ("We use cookies to ...").
SENTENCE_FURNITURE_PHRASES = (
    "we use cookies|use of cookies|uses cookies|this site uses|this website uses|"
    "by continuing to use|our newsletter|subscribe to|sign up for|sign up to|"
    "successfully subscribed|your email address|"
    "email address|all rights reserved|privacy policy|terms of use|terms of service|click here|"
    "unsubscribe|no spam|share it with|share this story|share this article|like this story|"
    "by registering|please be respectful|other commenters|comment policy|commenting policy|"
    "news alerts|delivered weekday|your inbox|for signing up|"
    "follow us on|follow her on|follow him on|follow me on|like us on|download our app|"
    "accept cookies|cookie settings|"
    # legal small print
    "registered trademark|registered trademarks|trademarks of|terms and conditions|"
    "not intended to diagnose|provided on this website|we may receive a|small commission|"
    # disclosures of sponsored posts and affiliate links
    "has been compensated|affiliate links|affiliate link|sponsored post|paid partnership|"
    "sharing is caring|"
    # the site's privacy policy and terms of use in the major languages besides English: a
    # comment policy names them ("... in accordance with our privacy policy and terms of use")
    "politique de confidentialité|conditions d'utilisation|conditions d’utilisation|"
    "datenschutzerklärung|nutzungsbedingungen|política de privacidad|términos de uso|"
    "informativa sulla privacy|termini di utilizzo|política de privacidade|termos de uso|"
    "privacybeleid|gebruiksvoorwaarden|سياسة الخصوصية|شروط الاستخدام|شروط استخدام|"
    # "Found a typo? Select it and press Ctrl+Enter", in any language
    "ctrl enter"
)
SENTENCE_FURNITURE_MAX_WORDS = 25
# A line in another script than the page's is an interface string ("Аккаунт", "阅读简体中文版")
# up to this many words; a longer one is text the article quotes (a verse, a tweet).
OTHER_SCRIPT_MAX_WORDS = 6
# A longer notice is furniture when it holds several different such phrases, this many
# words a phrase at most: "By registering you agree to the Terms of Use, Privacy Policy
# [...] You may unsubscribe from these newsletters at any time."
NOTICE_WORDS_PER_PHRASE = SENTENCE_FURNITURE_MAX_WORDS
NOTICE_MIN_WORDS = 4  # a shorter line is a prompt, found as one below
# Legal small print: furniture in a line of any length (a site's long closing paragraph).
SMALL_PRINT_PHRASES = (
    "all rights reserved|registered trademarks of|are registered trademarks|"
    "are trademarks of|not intended to diagnose"
)

# Furniture that closes the article: what follows is the readers' comments, the share bar
# under the text, or the site's box of most read stories and the feed of the next ones.
# (Boxes of related stories do not: sites set them inside the article as often as after it.)
ARTICLE_END_PHRASES = frozenset(
    (
        "comments|leave a comment|leave a reply|post a comment|join the discussion|"
        "join the conversation|to participate in the discussion|be the first to comment|"
        "commentaires|kommentare|comentarios|commenti|comentários|reacties|comentar|"
        "share this|share on|share via|share article|"
        "most read|most popular|most viewed|most shared|next up|up next"
    ).split("|")
)
# Furniture that heads a box of links to other stories, set inside the article or after it:
# the headlines under it, up to the article's next paragraph, are links too.
RELATED_BOX_PHRASES = frozenset(
    (
        "read more|read also|see also|also read|read next|related|related articles|"
        "related stories|related news|related content|related posts|more stories|more news|"
        "you may also like|you might also like|recommended for you|lire aussi|à lire aussi|"
        "lesen sie auch|mehr zum thema|lee también|lee tambien|leggi anche|leia também|lees ook|"
        # boxes of the site's other stories set between two paragraphs ("More:", "Trending News")
        "more|more from|more on|more in|trending|trending now|top stories|don't miss|"
        "editor's picks"
    ).split("|")
)
# phrase (as a tuple of lower-case words) -> most words of a line it counts on
_FURNITURE = {
    tuple(phrase.split()): max_words
    for phrases, max_words in FURNITURE_PHRASES
    for phrase in phrases.split("|")
}
_SENTENCE_FURNITURE = frozenset(
    tuple(phrase.split()) for phrase in SENTENCE_FURNITURE_PHRASES.split("|")
)
_SMALL_PRINT = frozenset(tuple(phrase.split()) for phrase in SMALL_PRINT_PHRASES.split("|"))
_SENTENCE_FURNITURE_FIRST_WORDS = frozenset(phrase[0] for phrase in _SENTENCE_FURNITURE)
_SMALL_PRINT_FIRST_WORDS = frozenset(phrase[0] for phrase in _SMALL_PRINT)
_FURNITURE_FIRST_WORDS = frozenset(phrase[0] for phrase in _FURNITURE)
_FURNITURE_LONGEST = max(len(phrase) for phrase in _FURNITURE)
_FURNITURE_MAX_WORDS = max(_FURNITURE.values())

# Single interface words that are furniture when a line holds little else.
FURNITURE_WORDS = frozenset(
    """
    share shares tweet email print menu search home reply like likes follow facebook twitter
    instagram linkedin whatsapp pinterest youtube tiktok reddit telegram previous next prev more
    less close
    loading loader caption image photo photos video videos gallery watch listen play top tags
    topics newsfeed chats login logout subscribe subscribers follow followers comment sections
    report flag permalink advert adverts
    views viewed reads times comentar commenter kommentieren visto veces vues fois visitas
    """.split()
)
FURNITURE_WORDS_MAX = 3
_INTERFACE_OR_STOP_WORDS = FURNITURE_WORDS | STOP_WORDS
# A sentence that opens with "Follow" and names one of these is a prompt to follow the site
# ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.").
SOCIAL_NETWORKS = frozenset(
    """
    facebook twitter instagram youtube tiktok linkedin pinterest snapchat whatsapp telegram
    """.split()
)

# "News / China / More": a trail of short items between separators.
_TRAIL = re.compile(r"^(?:[^/|›»>]{1,30}\s(?:/|\||›|»|>)\s){1,}[^/|›»>]{1,30}$")
_URL = re.compile(r"https?://|www\.\w|\.(?:com|org|net|co\.uk)/", re.IGNORECASE)
# a word starts with a letter (a word character that is not a digit or "_": written this
# way the pattern runs faster than with the class [^\W\d_])
_WORD = re.compile(r"(?:(?![\d_])\w)[\w'’-]*")
# Scripts written without spaces between words: Chinese and Japanese (kanji and kana),
# and Thai, Lao, Tibetan, Myanmar and Khmer; their pages read words with `_UNSPACED_WORD`.
_SOUTH_EAST_ASIAN = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff"
_FIRST_CJK = "\u3040"  # the stop words from here on are Chinese and Japanese
# (as `script_of` names them)
UNSPACED_SCRIPTS = frozenset(("cjk", "thai", "lao", "tibetan", "myanmar", "khmer"))
_CASED_SCRIPTS = frozenset(("latin", "greek", "cyrillic", "armenian"))
# Characters go two by two (a Chinese word is about two characters long), four by four in
# the scripts of South-East Asia (longer syllables); a word of a spaced script ends where
# one of them begins. A pair holding a function character counts as a function word.
_FUNCTION_CHARACTERS = frozenset(word for word in STOP_WORDS if word >= _FIRST_CJK)
_UNSPACED_WORD = re.compile(
    f"[{CJK}]{{1,2}}"
    f"|[{_SOUTH_EAST_ASIAN}]{{1,4}}"
    f"|(?:(?![\\d_{CJK}{_SOUTH_EAST_ASIAN}])\\w)(?:(?![{CJK}{_SOUTH_EAST_ASIAN}])[\\w'’-])*"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
# What opens a byline, in English and the major European languages: a word before the
# author's name ("By Jane Doe", "Par Jean Dupont", "Written by Jane Doe"), the kind of
# piece it signs ("Analysis by Jane Doe, Senior Legal Analyst"), or a label and a colon
# ("Author: Jane Doe", "Autorin: Anna Weber", "Autori: Līga Kalniņa, Jānis Bērziņš").
BYLINE_WORDS = ("by", "par", "von", "por", "di", "door", "written by", "words by") + tuple(
    f"{kind} by" for kind in "analysis opinion commentary review story reporting".split()
)
BYLINE_LABELS = tuple(
    """
    author authors auteur auteurs auteure autrice autor autora autores autoras autorin autoren
    autore autori autors
    """.split()
)
_BYLINE_OPENING = rf"^(?:(?i:{'|'.join(BYLINE_WORDS)})\s+|(?i:{'|'.join(BYLINE_LABELS)})\s*:\s*)"
_BYLINE_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(_BYLINE_OPENING + _BYLINE_NAME + r"(?:\s*(?:,|and|&)\s*.*)?$")
_BYLINE_MAX_WORDS = 10
# "By Jane Doe | November 18, 2019 -- 19:14 GMT | Topic: Hardware": a byline with details.
_BYLINE_WITH_DETAILS = re.compile(_BYLINE_OPENING + _BYLINE_NAME + r"\s*[|•·]")
# "By Jane Doe, John Roe, Jim Poe and Ann Moe, CNN": a byline of several names and nothing
# else, as long as one with details.
_BYLINE_OF_NAMES = re.compile(
    _BYLINE_OPENING + _BYLINE_NAME + rf"(?:\s*(?:,|\band\b|&)\s*(?:and\s+)?{_BYLINE_NAME})+\s*$"
)
# A label says it is a byline whatever letters the name is written in, with the author's
# post after it ("Autor: Łukasz Nowak (Korespondent)"); the name opens with a capital.
_LABELLED_BYLINE = re.compile(rf"^(?i:{'|'.join(BYLINE_LABELS)})\s*:\s*(?P<initial>\w)")
_BYLINE_INITIALS = frozenset(
    initial for word in BYLINE_WORDS + BYLINE_LABELS for initial in (word[0], word[0].upper())
)
_BYLINE_WITH_DETAILS_MAX_WORDS = 25
# "About Jane Doe", "About the author": the author's biography follows, the article is over.
_AUTHOR_WORDS = frozenset(
    "author authors autor autora auteur l'auteur autorin auteurs l'autore autore".split()
)
_AUTHOR_BIO = re.compile(
    r"^(?:(?:About|ABOUT|Sobre|Über|À propos de|A propos de|Acerca de)\s+"
    r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}"
    r"|(?i:about the authors?|sobre o autor|sobre el autor|à propos de l'auteur"
    r"|über den autor|über die autorin|over de auteur|sull'autore))\s*$"
)
_NUMBERED_ITEM = re.compile(r"^(\d{1,2})[.)]\s+\S")
# An amount and what it measures, in lower case: "8-9 ripe pears", "1 1/2 cups honey",
# "½ cup feta", "30 minutes before bed"; a headline or a menu writes on in capitals.
_FRACTIONS = "½⅓⅔¼¾⅛"
_AMOUNT = re.compile(rf"[\d{_FRACTIONS}][\d{_FRACTIONS}.,/ –-]*\s")
_AMOUNT_ITEM_MAX_WORDS = 20
# The units a list of details measures in: cooking and body measures, lengths, durations
# (English, and the words the major European languages use for them). A figure is an
# amount in one of them ("1 cup asparagus", "Eat 60–90 minutes before", "48 months") or a
# price on a line that names what it prices in a few words ("VIP : 60,000₩"; a headline's
# "raises $135 million" is no detail of a list). A menu or a box of headlines states few
# figures; a meal plan, a schedule or a show's tickets state many.
FIGURE_UNITS = """
    cup cups tsp tsps tbsp tbsps Tsp Tbsp teaspoon teaspoons tablespoon tablespoons oz ounce
    ounces lb lbs pound pounds g gr gram grams kg kilo kilos mg ml cl dl l litre litres liter
    liters pint pints quart quarts pinch pinches clove cloves slice slices scoop scoops serving
    servings kcal calories reps sets mm cm m km inch inches ft feet mile miles sec secs second
    seconds min mins minute minutes hr hrs hour hours day days week weeks month months year years
    minutos minuti Minuten heures horas ore Stunden jours días giorni Tage mois meses mesi Monate
    ans años anni Jahre gramos grammes Gramm taza tazas tasse tasses cucharada cucharadas
    cucharadita cucharaditas cuillère cuillères cucchiaio cucchiai EL TL
""".split()
PRICE_LINE_MAX_WORDS = 3
# Words that tag a price without naming what it prices: "Now $19.99", "Was £25", "From
# €9.99" under a product's name are a shop's price tags (a box of products under the
# text), not details the article lists ("VIP : 60,000₩", "Adults $12").
PRICE_TAG_WORDS = frozenset(
    """
    now was from only just sale price prices our rrp msrp list reg regular starting at save
    today deal offer special ab nur jetzt dès des seulement prix desde solo ahora precio da
    ora prezzo vanaf nu prijs
    """.split()
)
_CURRENCIES = "$£€¥₩₹₽"
_NUMBER = rf"(?:\d+(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)*)?|\d*\s?[{_FRACTIONS}]|\d+/\d+)"
# "13 hours ago" ("il y a 13 heures", "vor 13 Stunden", "13 ore fa") and "3 min read" date
# and time a teaser of another story: no figure.
_AMOUNT_IN_UNIT = re.compile(
    r"(?<![\w.,/:-])(?<!il y a )(?<!hace )(?<!vor )"
    rf"{_NUMBER}\s?(?:{'|'.join(FIGURE_UNITS)})\b(?!\s(?:ago|read|fa)\b)"
)
_PRICE = re.compile(rf"[{_CURRENCIES}]\s?\d|\d\s?[{_CURRENCIES}]")
# A telephone number, alone or under a label of a word or two ("Inquiry: 02-751-1500",
# "Tel. +1 (212) 555-0100"): three groups of digits or more, seven digits or more; where
# a show or an event is listed, its box office's number is one of its details.
_TELEPHONE = re.compile(
    r"(?:[^\W\d_]+\.?:?\s+){0,2}\+?(?:\(\d{1,4}\)\s?)?\d{1,5}(?:[\s-]\(?\d{1,5}\)?){2,5}"
)
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
TELEPHONE_MIN_DIGITS = 7
# A cheap first look for an amount in a unit: the words that follow numbers.
_WORD_AFTER_NUMBER = re.compile(rf"[\d{_FRACTIONS}][\d{_FRACTIONS}.,/–-]*\s?([^\W\d_]+)")
_FIGURE_UNITS = frozenset(FIGURE_UNITS)
_DIGIT = re.compile(r"\d")
_SHORT_LINE_WORDS = 12
_SHOUTED_MIN_WORDS = 8
_ATTRIBUTION_MAX_WORDS = 6
# A sentence ends with . ! ? or an ellipsis, possibly inside closing quotes or brackets, or
# with the full stop or question mark of another script: Chinese and Japanese "。！？", the
# danda of the scripts of India "।", Myanmar "။", Khmer "។", Tibetan "།", Arabic "؟".
_SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？", "।", "။", "។", "།", "؟")
_CLOSING_MARKS = "\"'”’»)]」』）"
# Emoji (pictographs, dingbats, their variation selectors and joiners) closing a line.
_TRAILING_EMOJI = re.compile("[ \u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")

# Scripts by code-point range (start of each range, name); enough to tell a
# Cyrillic UI string on an English page, or a Latin menu on a Chinese one.
_SCRIPT_STARTS = (
    (0x0000, "latin"),
    (0x0370, "greek"),
    (0x0400, "cyrillic"),
    (0x0530, "armenian"),
    (0x0590, "hebrew"),
    (0x0600, "arabic"),
    (0x0900, "indic"),
    (0x0E00, "thai"),
    (0x0E80, "lao"),
    (0x0F00, "tibetan"),
    (0x1000, "myanmar"),
    (0x10A0, "georgian"),
    (0x1100, "hangul"),
    (0x1200, "other"),
    (0x1780, "khmer"),
    (0x1800, "other"),
    (0x1E00, "latin"),
    (0x1F00, "greek"),
    (0x2000, "other"),
    (0x3040, "cjk"),  # Japanese writes kana and kanji together
    (0xAC00, "hangul"),
    (0xD7B0, "other"),
    (0xFB00, "latin"),
    (0xFB50, "arabic"),
    (0xFE00, "other"),
)
_SCRIPT_KEYS = [start for start, _ in _SCRIPT_STARTS]
_INITIAL = operator.itemgetter(0)  # of a word


# Not frozen: one is built for every line of every page, and a frozen dataclass is
# several times slower to build; nothing changes it once measure_line returns it.
@dataclass(slots=True)
class LineFeatures:
    """What the cleaner measures on one non-blank line."""

    text: str
    words: int
    stop_share: float  # share of words that are function words
    ends_sentence: bool
    furniture: str  # the furniture phrase found, or ""
    article_end: bool  # furniture that closes an article ("Comments", "Related stories")
    navigation_trail: bool
    has_url: bool
    letters: int
    script: str
    other_script: bool  # written in another script than most of the page
    repeats: int  # how many lines of the page have exactly this text
    table_row: bool  # cells separated by tabs: a row of a table in the text
    item_number: int  # 2 for "2) ..." or "2. ...": an item of a list the text numbers; else 0
    amount_item: bool  # "1/2 tsp ground cloves": an amount of something, an item of a list
    clock: bool  # the line is only a date and a time: the page's clock
    date_line: bool  # a short line stating a date ("Updated Nov. 20, 2019")
    byline: bool  # "By Jane Doe", "Tom Krisher, AP Auto Writer"
    author_bio: bool  # "About Jane Doe": the heading of the author's biography
    shouted_headline: bool  # a long line in capitals that is not a sentence
    attribution: bool  # "— Jane Doe": who said the quote above
    # the line's words and which of them are function words, for the shares below
    word_list: list[str]
    stop_flags: list[bool]
    recurring: bool = False  # recurs on the pages of other stories of the archive

    # The shares of words by their initial are worked out when asked: few lines need them
    # (short lines, lines near the headline, sentences with few function words), and the
    # words of the long lines that do not are most of the words of a page.
    @property
    def title_case_share(self) -> float:
        """Share of content words that start with a capital."""
        content = self.words - sum(self.stop_flags)
        if not content:
            return 0.0
        initials = map(_INITIAL, self.word_list)
        # a capital initial counts only on a content word (True > False)
        return sum(map(operator.gt, map(str.isupper, initials), self.stop_flags)) / content

    @property
    def lower_share(self) -> float:
        """Share of words not capitalised: prose in any language written in two cases. A
        script without capitals (Arabic, Chinese) counts as lower case: its prose is then
        told from its menus by length and punctuation alone, as a heading is by its end."""
        if not self.words:
            return 0.0
        initials = map(_INITIAL, self.word_list)
        return 1.0 - sum(map(str.isupper, initials)) / self.words

    @property
    def states_figure(self) -> bool:
        """Whether the line states an amount in a unit, a price or a telephone number
        (`figure`)."""
        return bool(self.figure)

    @property
    def figure(self) -> str:
        """The kind of figure the line states: "price", "telephone", "amount" (in one of
        `FIGURE_UNITS`), or ""; asked of few lines (those under an article's text, short
        lines in it)."""
        text = self.text
        if _DIGIT.search(text) is None:
            return ""
        if self.words <= PRICE_LINE_MAX_WORDS:
            if self.words and _PRICE.search(text):
                tag = PRICE_TAG_WORDS.issuperset(map(str.lower, self.word_list))
                return "" if tag else "price"
            if _is_telephone(text):
                return "telephone"
        if _FIGURE_UNITS.isdisjoint(_WORD_AFTER_NUMBER.findall(text)):
            return ""  # most lines with numbers: dates, scores, "2019 Audi e-tron"
        return "amount" if _AMOUNT_IN_UNIT.search(text) is not None else ""


def _is_telephone(text: str) -> bool:
    return (
        _TELEPHONE.fullmatch(text) is not None
        and sum(map(str.isdigit, text)) >= TELEPHONE_MIN_DIGITS
        and _ISO_DAY.search(text) is None
    )


REASON_WEB_ADDRESS = "a bare web address"
REASON_NO_WORDS = "no words, only numbers or symbols"
REASON_RECURRING = "recurs on other pages of the archive (template furniture)"
REASON_SHOUTED = "a headline in capitals (a link to another article)"
# Lines these signals remove may still be the page's headline (they say nothing against it).
REASONS_NOT_AGAINST_HEADLINE = frozenset((REASON_RECURRING, REASON_SHOUTED))


LONGEST = 1_000_000  # words: no line is longer


@dataclass(frozen=True, slots=True)
class Signal:
    """One named piece of evidence about a line.

    `weight` adds to the line's body score when the signal fires. A signal
    with `removes=True` makes the line boilerplate wherever it stands, and
    `reason` is then what the cleaner reports for it. A signal is only looked
    for on lines whose length in words is in the range `words`.
    """

    name: str
    weight: float
    fires: Callable[[LineFeatures], object]  # the signal fires when this is true
    reason: str = ""
    removes: bool = False
    words: tuple[int, int] = (0, LONGEST)  # the lengths of line (in words) it applies to


def always(features: LineFeatures) -> bool:
    """A signal that fires on every line its length range admits."""
    return True


def feature(name: str) -> Callable[[LineFeatures], object]:
    """A signal that fires when the named feature is set (true, or a non-empty phrase)."""
    return operator.attrgetter(name)


SIGNALS: tuple[Signal, ...] = (
    # evidence for running text
    # stop words, or failing a stop list for the language, lower-case words mark prose; a
    # sentence that opens a list or a quote ("Here are some of the highlights:") is one too
    Signal(
        "full_sentence",
        3.0,
        lambda f: (
            (f.ends_sentence or f.text.endswith(":"))
            and (f.stop_share >= 0.15 or f.lower_share >= 0.5)
        ),
        words=(8, LONGEST),
    ),
    Signal("long_line", 2.5, always, words=(20, LONGEST)),
    # long lower-case prose in a language the stop list does not cover
    Signal(
        "lower_case_prose",
        2.0,
        lambda f: f.stop_share < 0.08 and f.lower_share >= 0.7,
        words=(15, LONGEST),
    ),
    Signal("very_long_line", 2.0, always, words=(40, LONGEST)),
    Signal("stop_word_dense", 1.0, lambda f: f.stop_share >= 0.3, words=(5, LONGEST)),
    Signal(
        "short_sentence",
        1.0,
        lambda f: f.ends_sentence and f.stop_share >= 0.2,
        words=(4, 7),
    ),
    # evidence against
    Signal("fragment", -1.5, lambda f: not f.ends_sentence, words=(0, 3)),
    Signal(
        "title_case_fragment",
        -1.0,
        lambda f: not f.ends_sentence and f.title_case_share >= 0.8,
        words=(2, 12),
    ),
    Signal("no_function_words", -1.0, lambda f: f.stop_share < 0.08, words=(4, LONGEST)),
    Signal("repeated_line", -1.5, lambda f: f.repeats > 1, words=(0, 7)),
    # decisive: boilerplate wherever they stand
    Signal(
        "other_script",
        -6.0,
        feature("other_script"),
        "written in another script than the article (an interface string)",
        removes=True,
    ),
    Signal(
        "furniture_phrase",
        -6.0,
        feature("furniture"),
        "site furniture ({furniture})",
        removes=True,
    ),
    Signal(
        "navigation_trail",
        -4.0,
        feature("navigation_trail"),
        "a navigation trail of section names",
        removes=True,
    ),
    Signal(
        "web_address",
        -4.0,
        feature("has_url"),
        REASON_WEB_ADDRESS,
        removes=True,
        words=(0, 11),
    ),
    Signal(
        "no_words",
        -3.0,
        lambda f: f.letters == 0,
        REASON_NO_WORDS,
        removes=True,
    ),
    Signal(
        "page_clock", -3.0, feature("clock"), "the page's clock (when it was saved)", removes=True
    ),
    Signal(
        "date_line",
        -2.0,
        feature("date_line"),
        "a date line (publication or update time)",
        removes=True,
    ),
    Signal("byline", -2.0, feature("byline"), "a byline", removes=True),
    Signal(
        "author_bio",
        -2.0,
        feature("author_bio"),
        "the heading of the author's biography",
        removes=True,
    ),
    # The last two decisive signals: a line they alone remove may still be the headline.
    # A long line in capitals inside the text links to another article (crossheads are short).
    Signal("shouted_headline", 0.0, feature("shouted_headline"), REASON_SHOUTED, removes=True),
    # No weight: the archive's template lines remove themselves, they do not move the article.
    Signal(
        "recurs_in_archive",
        0.0,
        feature("recurring"),
        REASON_RECURRING,
        removes=True,
    ),
)

THRESHOLDS = {
    # a line is body-like when its score reaches this
    "body_score": 2.5,
    # Kadane gain of a body-like line: base + words / per_words (capped)
    "gain_base": 1.0,
    "gain_per_words": 10.0,
    "gain_max_words": 80,
    # gain of a line that is neither body-like nor removed (headings, short lines)
    "gain_neutral": -0.5,
    # gain of a table row or a numbered item: a little, so a run of text goes on through a table
    "gain_table_or_list": 0.3,
    # a list the article numbers itself runs on while item n + 1 follows item n this closely
    "list_item_max_gap": 6,
    # a sentence over a credit alone on its line is its picture's caption up to this length
    "caption_max_words": 50,
    # gain of a caption line inside the article (lets the core run through it)
    "gain_caption": 0.0,
    # gain of the attribution under a quote ("— Jane Doe"): neutral, as the quote's end
    "gain_attribution": 0.0,
    # no single line costs more than this (one stray prompt must not cut an article in two)
    "gain_floor": -3.0,
    # a box of related links holds at most this many headlines under its heading
    "related_box_max_lines": 6,
    # the link closing such a box ("More in Trump Impeachment Inquiry") is this short
    "box_closing_link_max_words": 6,
    # a headline in such a box has at least this many words ("Spacewalking into 'her-story'")
    "related_link_min_words": 2,
    # a feed of headlines: this many lines of this many words, with at most this share of
    # the run's text after it, ends the article
    "feed_min_lines": 3,
    "feed_headline_min_words": 4,
    "feed_headline_max_words": 16,
    "feed_max_share_after": 0.25,
    # once this much text has been read, "Comments" or "Related stories" ends the article
    "article_end_after_gain": 8.0,
    # and the text that follows counts for this share of its gain
    "weight_after_article_end": 0.3,
    # lines under a closing heading that, printed again, make it a box inside the article
    "repeated_box_min_lines": 2,
    # paragraphs cut off with an ellipsis, this many on a page, are excerpts of other stories
    "excerpts_min_lines": 3,
    # after the core, closing sentences this good are taken in too
    "near_body_score": 2.0,
    # under the text, details it lists (a meal plan, a show's tickets): each line stating a
    # figure adds this much, each other line that is not running text costs this much, and
    # they are the article's when their best run holds this many figures (two headlines of
    # other stories may state one each)
    "details_gain_figure": 1.0,
    "details_gain_other": -0.25,
    "details_min_figures": 3,
    # a list that the article's last sentence introduces with a colon runs this many lines
    # at most before the site's furniture
    "introduced_list_max_lines": 12,
    # the publisher's description of itself closing the article runs this many lines at most
    "publisher_blurb_max_lines": 4,
    # a later copy of a kept line this long is a pull quote or a repeat
    "repeat_min_words": 8,
    # but a line the core holds this many times is a question the article puts again and again
    "repeat_pattern_min_copies": 3,
    # a crosshead is at most this many words and does not end a sentence
    "heading_max_words": 12,
    # a run of at most this many crossheads that recur on the site's other pages, between
    # two paragraphs, is the article's (a section's heading and its subheading)
    "recurring_heading_max_lines": 3,
    # title candidates
    "title_min_words": 2,
    # a line above a standfirst-like line is its headline only if it has this many words
    "headline_min_words": 4,
    "title_max_words": 30,
    # the longest headline-like line above the text is the headline; beyond this length
    # a longer line is no more likely to be it
    "title_weight_max_words": 16,
    "standfirst_min_words": 8,
    "standfirst_max_words": 60,
    # a standfirst is written as a sentence, not in title case
    "title_case_share": 0.8,
    # how far above the article's first line the headline may stand (non-blank lines)
    "head_window": 12,
    # ... and how far above that window, when a byline or a date line signs it there
    "signed_headline_max_lines_above": 100,
    # a feed of dated headlines sets them this many lines apart at most ("Headline" /
    # "Jane Doe 11/13/19 9:00AM" / "72" / "60.9K" / "Headline" / ...)
    "feed_item_max_lines": 6,
    # an entry of the site's menu: a few words in Title Case; a short signed line under
    # this many of them is the headline
    "menu_entry_max_words": 3,
    "menu_entries_over_headline": 3,
    # a paragraph opening with a dateline this far under the start of a run of text
    # begins the story (the short lines above it are not its text)
    "dateline_max_lines_below_start": 3,
    # sentences in a box of key points over a picture and the story's dateline
    "summary_box_max_lines": 5,
    # a run of text may open with at most this many lines above the real headline
    "headline_cut_max_lines": 3,
    # teaser: a caption-like line followed by at most this many short headline lines
    "teaser_max_lines": 2,
    "teaser_max_words": 16,
    "teaser_headline_min_words": 3,
}


def script_of(char: str) -> str:
    return _SCRIPT_STARTS[bisect.bisect_right(_SCRIPT_KEYS, ord(char)) - 1][1]


def line_script(text: str, letters: int, latin_page: bool = False) -> tuple[str, int]:
    """The script most letters of a line are written in, and (about) how many letters it has.

    `letters`: the length of the line's words together; `latin_page`: the line's page has
    no letter outside the Latin script.
    """
    if not letters:
        return "", 0
    if latin_page or text.isascii():
        return "latin", letters
    others = _NON_LATIN_LETTER.findall(text)
    if not others:
        return "latin", letters
    # Lines mix scripts rarely; the first letter outside Latin names the other script.
    if 2 * len(others) > letters:
        return script_of(others[0]), letters
    return "latin", letters


def _has_script(text: str, script: str) -> bool:
    """Whether the text holds a letter of this script."""
    if script == "latin":
        return _LATIN_LETTER.search(text) is not None
    return any(script_of(char) == script for char in _NON_LATIN_LETTER.findall(text))


def find_furniture(lowered: list[str], ends_sentence: bool) -> str:
    """The furniture phrase of a line (its words, lower-cased), or "".

    "He declined to comment." holds a furniture word but is a sentence;
    "READ MORE: ..." and "Like Us on Facebook" are prompts.
    """
    if ends_sentence and len(lowered) <= SENTENCE_FURNITURE_MAX_WORDS:
        return _phrase_in(
            lowered, _SENTENCE_FURNITURE, _SENTENCE_FURNITURE_FIRST_WORDS
        ) or _social_prompt(lowered)
    notice = _notice(lowered) if len(lowered) >= NOTICE_MIN_WORDS else ""
    if ends_sentence or notice:
        return notice or _phrase_in(lowered, _SMALL_PRINT, _SMALL_PRINT_FIRST_WORDS)
    if _FURNITURE_FIRST_WORDS.isdisjoint(lowered):
        pass  # no phrase can start on this line (the common case: a cheap test first)
    elif len(lowered) > _FURNITURE_MAX_WORDS:
        return _furniture_at(lowered, 0, len(lowered))
    else:
        for start, word in enumerate(lowered):
            if word in _FURNITURE_FIRST_WORDS:
                phrase = _furniture_at(lowered, start, len(lowered))
                if phrase:
                    return phrase
    # "Share", "Email Print", "Top": interface words and nothing else
    if (
        lowered
        and len(lowered) <= FURNITURE_WORDS_MAX
        and _INTERFACE_OR_STOP_WORDS.issuperset(lowered)
        and not FURNITURE_WORDS.isdisjoint(lowered)
    ):
        return " ".join(lowered)
    return ""


def _social_prompt(lowered: list[str]) -> str:
    """ "follow ... on <network>" for a sentence that asks to follow the site, or ""."""
    if lowered[:1] != ["follow"]:
        return ""
    network = next((word for word in lowered if word in SOCIAL_NETWORKS), None)
    return f"follow ... on {network}" if network else ""


def _notice(lowered: list[str]) -> str:
    """The phrases of a site's notice (cookies, sign-up terms) longer than a sentence, or "".

    One such phrase in a long line is an article's own words ("... said she would
    sign up for the course"); several, close together, are the site's notice.
    """
    found = dict.fromkeys(
        _phrases_in(lowered, _SENTENCE_FURNITURE, _SENTENCE_FURNITURE_FIRST_WORDS)
    )
    if len(found) < 2 or len(lowered) > NOTICE_WORDS_PER_PHRASE * len(found):
        return ""
    return ", ".join(found)


def _phrase_in(
    lowered: list[str], phrases: frozenset[tuple[str, ...]], first_words: frozenset[str]
) -> str:
    return next(_phrases_in(lowered, phrases, first_words), "")


def _phrases_in(
    lowered: list[str], phrases: frozenset[tuple[str, ...]], first_words: frozenset[str]
) -> Iterator[str]:
    if first_words.isdisjoint(lowered):
        return
    for start, word in enumerate(lowered):
        if word in first_words:
            for length in (4, 3, 2, 1):
                phrase = tuple(lowered[start : start + length])
                if phrase in phrases:
                    yield " ".join(phrase)
                    break


def _furniture_at(lowered: list[str], start: int, line_words: int) -> str:
    for length in range(min(_FURNITURE_LONGEST, len(lowered) - start), 0, -1):
        phrase = tuple(lowered[start : start + length])
        max_words = _FURNITURE.get(phrase)
        if max_words is not None and (line_words <= max_words or start == 0):
            return " ".join(phrase)
    return ""


def _item_number(text: str) -> int:
    match = _NUMBERED_ITEM.match(text)
    return int(match[1]) if match else 0


def _is_byline(text: str, count: int) -> bool:
    """ "By Jane Doe", "Author: Jane Doe", either with details ("By Jane Doe | Nov 18"), or a
    long list of names."""
    if count <= _BYLINE_MAX_WORDS:
        if _BYLINE.match(text) is not None:
            return True
        labelled = _LABELLED_BYLINE.match(text)
        if labelled is not None and labelled["initial"].isupper():
            return True
    return count <= _BYLINE_WITH_DETAILS_MAX_WORDS and (
        _BYLINE_WITH_DETAILS.match(text) is not None or _BYLINE_OF_NAMES.match(text) is not None
    )


def _is_amount_item(text: str) -> bool:
    amount = _AMOUNT.match(text)
    return amount is not None and text[amount.end() : amount.end() + 1].islower()


def ends_sentence(text: str) -> bool:
    """Whether the line ends with . ! ? or an ellipsis, possibly inside closing quotes or
    brackets (tested from the end: a pattern search would scan the whole line)."""
    stripped = text.rstrip().rstrip(_CLOSING_MARKS)
    if stripped.endswith(_SENTENCE_MARKS):
        return True
    # a sentence signed off with an emoji ("See you soon! 🙂"): the mark stands before it
    if stripped and not stripped[-1].isascii() and _TRAILING_EMOJI.search(stripped):
        return _TRAILING_EMOJI.sub("", stripped).rstrip(_CLOSING_MARKS).endswith(_SENTENCE_MARKS)
    return False


def measure_line(
    text: str,
    words: list[str],
    page_script: str,
    repeats: int,
    script: tuple[str, int],
    is_stop_word: Callable[[str], bool] = STOP_WORDS.__contains__,
) -> LineFeatures:
    count = len(words)
    lowered = list(map(str.lower, words))
    is_stop = list(map(is_stop_word, lowered))
    script_name, letters = script
    sentence = ends_sentence(text)
    furniture = find_furniture(lowered, sentence)
    first = text[:1]
    # The shape of a short line (clock, date, byline, trail) is only worth testing on short lines.
    short = count <= _SHORT_LINE_WORDS
    author_bio = 2 <= count <= 4 and first in "AaSsÜüÀàOo" and _AUTHOR_BIO.match(text) is not None
    # (positional arguments, in the order of the fields: this runs for every line of every page)
    return LineFeatures(
        text,
        count,
        sum(is_stop) / count if count else 0.0,  # stop_share
        sentence,
        furniture,
        furniture in ARTICLE_END_PHRASES or author_bio,  # article_end
        # navigation_trail (a trail holds a separator: a cheap first test)
        short
        and ("/" in text or "|" in text or "›" in text or "»" in text or ">" in text)
        and _TRAIL.match(text) is not None,
        # has_url
        ("//" in text or "www" in text or ".co" in text or ".org/" in text or ".net/" in text)
        and _URL.search(text) is not None,
        letters,
        script_name,
        # other_script: a line that mixes in the page's own script ("Аккаунт: @name") is not
        letters >= 3
        and count <= OTHER_SCRIPT_MAX_WORDS
        and script_name != page_script
        and bool(page_script)
        and not _has_script(text, page_script),
        repeats,
        text.count("\t") >= 2,  # table_row
        _item_number(text) if first.isdigit() else 0,
        # amount_item
        count <= _AMOUNT_ITEM_MAX_WORDS
        and (first.isdigit() or first in _FRACTIONS)
        and _is_amount_item(text),
        short and first.isdigit() and find_clock(text) is not None,  # clock
        # date_line; "— Jane Doe (@janedoe) November 18, 2019" signs a post the article quotes
        # (a year, or the time of a labelled line without one: "Posted Nov 18, 8:15 PM")
        short
        and ("19" in text or "20" in text or ":" in text)
        and "(@" not in text
        and is_date_line(text),
        # byline
        first in _BYLINE_INITIALS and _is_byline(text, count),
        author_bio,
        # shouted_headline (in a script with capitals: "ผล DNA ยืนยัน" is not in capitals)
        count >= _SHOUTED_MIN_WORDS
        and not sentence
        and script_name in _CASED_SCRIPTS
        and text.isupper(),
        first in "–—" and count <= _ATTRIBUTION_MAX_WORDS,  # attribution
        words,
        is_stop,
    )


def _is_stop_word_of_unspaced_page(word: str) -> bool:
    if word[0] < _FIRST_CJK:
        return word in STOP_WORDS
    return not _FUNCTION_CHARACTERS.isdisjoint(word)


def measure_page(texts: list[str], furniture: frozenset[str] = frozenset()) -> list[LineFeatures]:
    """Measure every non-blank line (stripped text) of a page.

    A text the page repeats (menus printed twice) is measured once. `furniture`
    holds the normalised lines that recur on other pages of the archive.
    """
    counts = Counter(texts)
    words = {text: _WORD.findall(text) for text in counts}
    # one search of the whole page spares looking for other scripts line by line
    latin_page = _NON_LATIN_LETTER.search("\n".join(counts)) is None
    scripts = {text: line_script(text, sum(map(len, words[text])), latin_page) for text in counts}
    script_letters: Counter[str] = Counter()
    for text, (script, letters) in scripts.items():
        if script:
            script_letters[script] += letters * counts[text]
    page_script = (
        max(sorted(script_letters), key=script_letters.__getitem__) if script_letters else ""
    )
    is_stop_word = STOP_WORDS.__contains__
    if page_script in UNSPACED_SCRIPTS:
        words = {text: _UNSPACED_WORD.findall(text) for text in counts}
        is_stop_word = _is_stop_word_of_unspaced_page
    measured = {
        text: measure_line(
            text, words[text], page_script, counts[text], scripts[text], is_stop_word
        )
        for text in counts
    }
    if furniture:
        for text, features in measured.items():
            features.recurring = normalise_line(text) in furniture
    if any(features.author_bio for features in measured.values()):
        _confirm_author_bios(texts, measured)
    return [measured[text] for text in texts]


def _confirm_author_bios(texts: list[str], measured: dict[str, LineFeatures]) -> None:
    """ "About Jane Doe" heads the author's biography only when the next line names her
    ("Jane Doe is a writer ..."); otherwise it is a crosshead ("About North Korea")."""
    confirmed = set()
    for text, following in zip(texts, [*texts[1:], ""], strict=True):
        if measured[text].author_bio:
            words = text.split()
            names = [word for word in words[1:] if word[:1].isupper()]
            if words[-1].casefold() in _AUTHOR_WORDS or any(name in following for name in names):
                confirmed.add(text)
    for text, features in measured.items():
        if features.author_bio and text not in confirmed:
            features.author_bio = False
            features.article_end = features.furniture in ARTICLE_END_PHRASES


def weigh(features: LineFeatures) -> tuple[float, str]:
    """(body score, removal reason) of a line: the sum of the weights of the signals that
    fire, and the reason of the first decisive one ("" if none fires)."""
    return weigh_all([features])[0]


def weigh_all(lines: list[LineFeatures]) -> list[tuple[float, str]]:
    """`weigh` for many lines at once: each signal is run over all the lines of the length
    it applies to in one pass, which is much faster than running the table line by line."""
    # the lines in order of length, so that a signal's lines are one slice of them
    lengths = [line.words for line in lines]
    order = sorted(range(len(lines)), key=lengths.__getitem__)
    sorted_lengths = [lengths[index] for index in order]
    sorted_lines = [lines[index] for index in order]
    scores = [0.0] * len(lines)
    removals: list[Signal | None] = [None] * len(lines)
    for signal in SIGNALS:
        shortest, longest = signal.words
        first = bisect.bisect_left(sorted_lengths, shortest)
        last = bisect.bisect_right(sorted_lengths, longest)
        if signal.fires is always:
            fired = order[first:last]
        else:
            fires = map(signal.fires, sorted_lines[first:last])
            fired = itertools.compress(order[first:last], fires)
        for index in fired:
            scores[index] += signal.weight
            if signal.removes and removals[index] is None:
                removals[index] = signal
    return [
        (score, "" if removal is None else _reason(removal, features))
        for score, removal, features in zip(scores, removals, lines, strict=True)
    ]


def _reason(signal: Signal, features: LineFeatures) -> str:
    if "{" not in signal.reason:
        return signal.reason  # most reasons are fixed words: nothing to fill in
    return signal.reason.format(furniture=repr(features.furniture))
