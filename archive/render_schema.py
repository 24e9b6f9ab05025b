"""schema.org data for article pages: a NewsArticle and the things it mentions, as JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

from .model import AnnotatedArticle, EntityRecord, SiteConfig

SCHEMA_TYPES = {
    "person": "Person",
    "organisation": "Organization",
    "place": "Place",
    "event": "Event",
    "other": "Thing",
}


@dataclass(frozen=True, slots=True)
class MentionedThing:
    record: EntityRecord
    url: str


def news_article_json_ld(
    item: AnnotatedArticle,
    url: str,
    config: SiteConfig,
    mentioned: list[MentionedThing],
    outlet: str | None,
) -> Markup:
    """The article as a schema.org NewsArticle, ready to sit inside <script>.

    `outlet`: the publisher, as the archive files it.
    """
    article = item.article
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": config.language,
        "isPartOf": {"@type": "WebSite", "name": config.title},
    }
    if article.standfirst:
        data["description"] = article.standfirst
    if article.published:
        data["datePublished"] = article.published
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.source_url:
        data["isBasedOn"] = article.source_url
    if outlet:
        data["publisher"] = {"@type": "Organization", "name": outlet}
    if mentioned:
        data["mentions"] = [_thing(thing) for thing in mentioned]
    return json_for_script(data)


def entity_json_ld(record: EntityRecord, url: str) -> Markup:
    """An entity's page as the schema.org thing it is about."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        **_thing(MentionedThing(record, url)),
    }
    if record.aliases:
        data["alternateName"] = list(record.aliases)
    if record.description:
        data["description"] = record.description
    return json_for_script(data)


def _thing(thing: MentionedThing) -> dict[str, str]:
    record = thing.record
    data = {"@type": SCHEMA_TYPES.get(record.type, "Thing"), "name": record.name, "url": thing.url}
    if record.wikidata:
        data["sameAs"] = wikidata_url(record.wikidata)
    return data


def wikidata_url(identifier: str) -> str:
    return f"https://www.wikidata.org/wiki/{identifier}"


def json_for_script(data: object) -> Markup:
    """JSON that is safe inside <script>: no "</script>" or "<!--" can close it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
