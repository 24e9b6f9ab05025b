"""The words and phrases the page-dump cleaner looks for, in one place.

Function words (`STOP_WORDS`: a line of running prose is dense in them); the site's
furniture: prompts to share, subscribe or read more, legal small print, the headings
that close an article or open a box of related links, and `find_furniture`, which finds
them in a line (`clean_features.measure_page` asks it of every line); the words that
open a byline; the units and price tags of the figures a list of details states.
Tuning the cleaner's vocabulary means editing these lists.

Word lists cover English and the major European languages, since the same
site furniture ("share", "newsletter", "cookies") appears on pages in any of
them.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    # (no spaces between words), a word of `clean_features._UNSPACED_WORD` holding one is a
    # function word
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
    ("ad feedback|now playing", 4),  # a video player's labels (CNN's, among others)
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
