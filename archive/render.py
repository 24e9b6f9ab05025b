"""Render: Corpus -> the reader's site, written into one output folder.

Takes the Corpus, the layouts folder (Jinja2 templates and `static/`) and the
content folder (`pages/*.md`, `notes/<article id>.md` with an optional front
matter `quote:`, the passage a note is about) and writes the pages:
home, articles (with their provenance), entities and their index, outlets,
stories, years, search, 404, the editor's pages, the Atom feed and the sitemap,
all under the configured base URL. `render_views` decides what each page
shows; `render_text` turns article text into escaped, linked markup.

The same Corpus always gives the same bytes: everything is sorted and no
clock is read. Nothing is written outside `out`.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import yaml
from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
)

from .files import identity
from .ingest import slugify
from .model import AnnotatedArticle, Corpus, EntityRecord, Story
from .parallel import deal, fork_map
from .render_article import NoteSource
from .render_keys import PageKeys, PageRecord, read_keys, site_key
from .render_lists import (
    TYPE_LABELS,
    ArticleSummary,
    ListAbout,
    authors_of,
    first_of,
    outlets_of,
)
from .render_text import format_date, format_datetime, format_number, markdown_renderer
from .render_views import Views
from .urls import Urls, output_path

HOME_LATEST = 10
HOME_MOST_NAMED = 16
HOME_STORIES = 8  # the newest; the stories page lists them all
FEED_ENTRIES = 50
LIST_PAGE_SIZE = 100  # articles on one page of a list
# The authors an outlet's page names (the outlets an author's page names), most articles first.
LIST_COUNTED_SHOWN = 20
STATIC_FOLDER = "static"
WRITER_THREADS = 4
WRITES_IN_FLIGHT = 64  # rendered pages waiting for a writer thread, at most
SHARES_PER_WORKER = 8  # pages are dealt to the workers in this many shares each

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_FIRST_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class RenderError(ValueError):
    """A page that cannot be written; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Page:
    """One output file: where it goes, which template makes it, with what.

    The context is made when the page is rendered, then dropped: the site's
    pages stream through memory one at a time.
    """

    url_path: str  # "/articles/x/", "/404.html", "/feed.xml"
    template: str
    context: Callable[[], dict[str, Any]]
    origin: str = ""  # the file a page comes from, for messages; the template if empty
    key: Callable[[], str] | None = None  # of what it is made from (render_keys)


@dataclass(frozen=True, slots=True)
class ContentPage:
    """A page an editor wrote in content/pages/<name>.md."""

    name: str
    title: str
    markdown: str
    source: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """The files written (relative paths, sorted); each page's key (empty for a page
    without one) and digest of its bytes (render_keys.remember keeps them)."""

    paths: list[str]
    records: dict[str, PageRecord]


def render(
    corpus: Corpus,
    layouts: Path,
    content: Path,
    out: Path,
    jobs: int = 1,
    previous: Path | None = None,
    keys_memo: Path | None = None,
) -> Rendered:
    """Write the whole site into `out` on `jobs` processes.

    `previous` is the site the last build made, and `keys_memo` the keys of
    its pages (render_keys.remember): its article and entity pages whose
    inputs did not change are kept (hard-linked) instead of rendered.
    """
    urls = Urls(corpus.config.base_url)
    markdown = markdown_renderer(urls)
    views = Views(corpus, urls, markdown, notes=_read_notes(content / "notes"))
    content_pages = _read_content_pages(content / "pages")
    static = _static_files(layouts / STATIC_FOLDER)
    environment = _environment(layouts, corpus, urls, static, content_pages)

    keys = PageKeys(views, site_key(corpus, layouts, content))
    pages = _pages(views, content_pages, keys)
    written = _check_paths(pages, static)
    # Templates are compiled here, once, before any worker starts: a broken
    # template stops the build with one message, not one per worker.
    for template in sorted({page.template for page in pages}):
        _load_template(environment, template)
    with _Writer(out) as writer:
        for relative, data in static.items():
            writer.write(f"{STATIC_FOLDER}/{relative}", data)
    shares = deal(len(pages), jobs * SHARES_PER_WORKER)
    kept = _Previous(previous, read_keys(keys_memo) if previous else {})
    found = fork_map(partial(_render_share, environment, pages, urls, out, kept), shares, jobs)
    records = {path: record for share in found for path, record in share.items()}
    return Rendered(sorted(written), records)


@dataclass(frozen=True, slots=True)
class _Previous:
    """The previous build's site, and the keys and digests of its pages."""

    site: Path | None
    # url path -> [key, digest of its bytes, *identity of the file they were for]
    keys: dict[str, list[Any]]

    def keep(self, url_path: str, key: str, out: Path) -> str | None:
        """Link the previous site's page into `out` if it was made from the same inputs;
        the digest of its bytes, or None."""
        recorded = self.keys.get(url_path)
        if not recorded or recorded[0] != key:
            return None
        return recorded[1] if self._link(url_path, recorded, out) else None

    def link_same(self, url_path: str, digest: str, out: Path) -> bool:
        """Link the previous site's page into `out` if it has these bytes (digest).

        A page rendered again after a change to the code or the configuration
        mostly comes out as it was: linked, it is neither written nor
        compared byte by byte with the old one (reuse_unchanged_files), which
        took a minute at 50,000 articles.
        """
        recorded = self.keys.get(url_path)
        if recorded is None or recorded[1] != digest:
            return False
        return self._link(url_path, recorded, out)

    def _link(self, url_path: str, recorded: list[Any], out: Path) -> bool:
        if self.site is None:
            return False
        relative = output_path(url_path)
        source, target = self.site / relative, out / relative
        try:
            if identity(source) != recorded[2:]:
                return False  # replaced since it was recorded: render it
            _hard_link(source, target)
        except OSError:
            return False  # gone, or a file system without hard links: render it
        return True


def _hard_link(source: Path, target: Path) -> None:
    """A hard link; its folder is made only when missing (the staging folder
    recycled from the previous site has most: pipeline.spare_folder)."""
    try:
        os.link(source, target)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, target)


def _check_paths(pages: list[Page], static: dict[str, bytes]) -> dict[str, str]:
    """{relative path: where it comes from}; two pages sharing one file is an error."""
    written = {f"{STATIC_FOLDER}/{relative}": "layouts/static" for relative in static}
    for page in pages:
        relative = output_path(page.url_path)
        origin = page.origin or f"layouts/{page.template}"
        if relative in written:
            raise RenderError(
                f"{origin}: would overwrite {relative}, already written from"
                f" {written[relative]}; two pages share one URL"
            )
        written[relative] = origin
    return written


def _render_share(
    environment: Environment,
    pages: list[Page],
    urls: Urls,
    out: Path,
    previous: _Previous,
    share: range,
) -> dict[str, PageRecord]:
    """Render (or keep) some of the pages; return their keys and digests."""
    records = {}
    with _Writer(out) as writer:
        for number in share:
            page = pages[number]
            key = ""
            if page.key is not None:
                key = page.key()
                kept = previous.keep(page.url_path, key, out)
                if kept is not None:
                    records[page.url_path] = (key, kept)
                    continue
            data = _render_page(environment, page, urls(page.url_path)).encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()[:32]
            records[page.url_path] = (key, digest)
            if not previous.link_same(page.url_path, digest, out):
                writer.write(output_path(page.url_path), data)
    return records


def _load_template(environment: Environment, name: str) -> None:
    try:
        environment.get_template(name)
    except TemplateError as error:
        raise RenderError(_template_error(error, name, "loading it")) from error


def _render_page(environment: Environment, page: Page, page_url: str) -> str:
    try:
        template = environment.get_template(page.template)
        return template.render(page_url=page_url, **page.context())
    except TemplateError as error:
        raise RenderError(
            _template_error(error, page.template, f"making {page.url_path}")
        ) from error


def _template_error(error: TemplateError, template: str, doing: str) -> str:
    where = f"layouts/{template}"
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        where = f"layouts/{error.name or template}, line {error.lineno}"
    return f"{where}: {error.message} ({doing})"


def _pages(views: Views, content_pages: list[ContentPage], keys: PageKeys) -> list[Page]:
    pages = [
        *_home_pages(views),
        *_article_pages(views, keys),
        *_entity_pages(views, keys),
        *_outlet_pages(views),
        *_author_pages(views),
        *_story_pages(views),
        *_year_pages(views),
        *_content_pages(views, content_pages),
        Page("/search/", "search.html", dict),
        Page("/404.html", "404.html", dict),
    ]
    entries = views.all_summaries()[:FEED_ENTRIES]
    pages.append(Page("/feed.xml", "feed.xml", _given({"entries": entries})))
    pages.append(Page("/sitemap.xml", "sitemap.xml", _given({"paths": _sitemap(views, pages)})))
    return pages


def _given(context: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """A context made already: small pages whose data the views hold anyway."""
    return lambda: context


def _home_pages(views: Views) -> Iterator[Page]:
    yield Page("/", "home.html", partial(_home_context, views))
    yield from _listing_pages(views, "/articles/", "All articles", views.all_summaries())


def _home_context(views: Views) -> dict[str, Any]:
    all_articles = views.all_summaries()
    return {
        "latest": all_articles[:HOME_LATEST],
        "article_count": len(all_articles),
        "stories": views.stories(HOME_STORIES),
        "story_count": len(views.corpus.stories),
        "most_named": views.most_named(HOME_MOST_NAMED),
        "timeline": views.timeline(),
        "timeline_svg": views.timeline_svg(),
        "undated_count": views.undated_count(),
    }


def _article_pages(views: Views, keys: PageKeys) -> Iterator[Page]:
    for item in views.corpus.articles:
        path = views.article_paths[item.article.id]
        context = partial(_article_context, views, item)
        yield Page(path, "article.html", context, key=partial(keys.article, item))


def _article_context(views: Views, item: AnnotatedArticle) -> dict[str, Any]:
    return {"view": views.article(item)}


def _entity_pages(views: Views, keys: PageKeys) -> Iterator[Page]:
    yield Page("/entities/", "entities.html", lambda: {"groups": views.entity_index()})
    for record in views.corpus.entities.values():
        paths = _page_paths(views.entity_paths[record.name], views.entity_page_count(record))
        for number, path in enumerate(paths, start=1):
            context = partial(_entity_context, views, record, paths, number)
            yield Page(path, "entity.html", context, key=partial(keys.entity, record, number))


def _entity_context(
    views: Views, record: EntityRecord, paths: list[str], number: int
) -> dict[str, Any]:
    view = views.entity(record) if number == 1 else views.entity_more(record, number)
    return {"view": view, "pagination": _pagination(views, paths, number)}


def _outlet_pages(views: Views) -> Iterator[Page]:
    outlets = views.outlets()
    yield Page("/outlets/", "outlets.html", _given({"outlets": outlets}))
    # the other names the articles give each outlet (links_outlets.py files them under one)
    given: dict[str, list[str]] = {}
    for spelling, filed in sorted(views.corpus.outlet_filed.items()):
        given.setdefault(filed, []).append(spelling)
    for name, _, summaries in outlets:
        record = views.corpus.entities.get(views.outlet_entity.get(name, ""))
        counted, more = first_of(authors_of(summaries, views.author_url), LIST_COUNTED_SHOWN)
        about = ListAbout(
            given=given.get(name, []),
            entity=views.entity_link(record.name, len(record.article_ids)) if record else None,
            counted_label="Authors",
            counted=counted,
            more=more,
        )
        path = views.outlet_paths[name]
        yield from _listing_pages(views, path, name, summaries, "Outlet", about)


def _author_pages(views: Views) -> Iterator[Page]:
    """The people the bylines name, and the articles each signs. An author who is
    also a person the articles name links that person's page."""
    authors = views.authors()
    yield Page("/authors/", "authors.html", _given({"authors": authors}))
    for name, _, summaries in authors:
        record = views.corpus.entities.get(name)
        counted, more = first_of(outlets_of(summaries), LIST_COUNTED_SHOWN)
        about = ListAbout(
            entity=(
                views.entity_link(name, len(record.article_ids))
                if record and record.type == "person"
                else None
            ),
            search=views.urls("/search/") + "?" + urlencode({"author": name}, quote_via=quote),
            counted_label="Outlets",
            counted=counted,
            more=more,
        )
        yield from _listing_pages(views, views.author_paths[name], name, summaries, "Author", about)


def _story_pages(views: Views) -> Iterator[Page]:
    yield Page("/stories/", "stories.html", lambda: {"stories": views.stories()})
    for story in views.corpus.stories:
        yield Page(views.story_path(story.key), "story.html", partial(_story_context, views, story))


def _story_context(views: Views, story: Story) -> dict[str, Any]:
    return {"view": views.story(story)}


def _year_pages(views: Views) -> Iterator[Page]:
    for year, summaries in views.years().items():
        yield from _listing_pages(views, views.year_path(year), year, summaries, "Year")


def _content_pages(views: Views, content_pages: list[ContentPage]) -> Iterator[Page]:
    for page in content_pages:
        context = {"title": page.title, "body": views.markdown(page.markdown)}
        yield Page(f"/{page.name}/", "page.html", _given(context), origin=page.source)


def _listing_pages(
    views: Views,
    path: str,
    title: str,
    articles: list[ArticleSummary],
    kind: str = "",
    about: ListAbout | None = None,
) -> Iterator[Page]:
    """A list of articles, LIST_PAGE_SIZE to a page: `path`, then `path`page/2/, ...

    `about`: what an outlet's or an author's page says under its title.
    """
    chunks = [
        articles[start : start + LIST_PAGE_SIZE]
        for start in range(0, len(articles), LIST_PAGE_SIZE)
    ] or [[]]
    paths = _page_paths(path, len(chunks))
    for number, (chunk, page_path) in enumerate(zip(chunks, paths, strict=True), start=1):
        context = {
            "title": title,
            "kind": kind,
            "articles": chunk,
            "total": len(articles),
            "about": about or ListAbout(),
            "pagination": _pagination(views, paths, number),
        }
        yield Page(page_path, "list.html", _given(context))


def _page_paths(path: str, count: int) -> list[str]:
    """The paths of a list cut into `count` pages: `path`, then `path`page/2/, ..."""
    return [path] + [f"{path}page/{number}/" for number in range(2, count + 1)]


def _pagination(views: Views, paths: list[str], number: int) -> dict[str, Any]:
    """Where page `number` (from 1) of `paths` is, and its neighbours' URLs."""
    return {
        "number": number,
        "count": len(paths),
        "previous": views.urls(paths[number - 2]) if number > 1 else "",
        "next": views.urls(paths[number]) if number < len(paths) else "",
    }


def _sitemap(views: Views, pages: list[Page]) -> list[str]:
    """Every page a reader or a search engine would land on, A-Z."""
    paths = {page.url_path for page in pages if page.url_path.endswith("/")}
    paths.discard("/search/")
    return [views.urls(path) for path in sorted(paths)]


def _environment(
    layouts: Path,
    corpus: Corpus,
    urls: Urls,
    static: dict[str, bytes],
    content_pages: list[ContentPage],
) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(layouts)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one build reads each template once: no stat per page
    )
    fingerprints = {name: hashlib.sha256(data).hexdigest()[:10] for name, data in static.items()}

    def asset(name: str) -> str:
        """A static file's URL, with its content hash so browsers never keep a stale copy."""
        if name not in fingerprints:
            raise RenderError(f"layouts/{STATIC_FOLDER}/{name}: a template needs it; it is missing")
        return urls(f"/{STATIC_FOLDER}/{name}") + "?v=" + fingerprints[name]

    environment.globals.update(
        url=urls,
        asset=asset,
        site=corpus.config,
        type_labels=TYPE_LABELS,
        footer_pages=[(page.title, urls(f"/{page.name}/")) for page in content_pages],
        feed_updated=_feed_updated(corpus),
        atom_id=atom_id,
    )
    environment.filters.update(date=format_date, datetime=format_datetime, number=format_number)
    return environment


def atom_id(url: str) -> str:
    """An Atom id: the URL itself where it is absolute, else a stable UUID made from it.

    Atom ids must be absolute IRIs; a site published under a path-only
    base_url ("/archive/") has no absolute URLs to offer.
    """
    if "://" in url:
        return url
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}"


def _feed_updated(corpus: Corpus) -> str:
    """The newest date in the archive, so the feed changes only when the archive does."""
    dates = [
        date
        for article in (item.article for item in corpus.articles)
        for date in (article.published, article.updated, (article.captured or "")[:10])
        if date
    ]
    return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


def _static_files(folder: Path) -> dict[str, bytes]:
    """layouts/static/ as {relative path: bytes}; stylesheets lose comments and indentation."""
    if not folder.is_dir():
        return {}
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".css":
                data = _compact_css(data.decode("utf-8")).encode("utf-8")
            files[path.relative_to(folder).as_posix()] = data
    return files


def _compact_css(css: str) -> str:
    """Drop comments, indentation and blank lines: a third of the bytes, none of the meaning."""
    css = _CSS_COMMENT.sub("", css)
    return "".join(line.strip() + "\n" for line in css.splitlines() if line.strip())


def _read_notes(folder: Path) -> dict[str, NoteSource]:
    """content/notes/<article id>.md -> {article id: the note and the passage it quotes}."""
    if not folder.is_dir():
        return {}
    notes = {}
    for path in sorted(folder.glob("*.md")):
        front, text = _front_matter(path.read_text(encoding="utf-8"), f"content/notes/{path.name}")
        quote = front.get("quote")
        notes[path.stem] = NoteSource(text, str(quote) if quote else None)
    return notes


def _front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """A Markdown file's YAML front matter (empty if none) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise RenderError(f"{source}: the front matter is not valid YAML ({error})") from error
    return (loaded if isinstance(loaded, dict) else {}), text[match.end() :]


def _read_content_pages(folder: Path) -> list[ContentPage]:
    if not folder.is_dir():
        return []
    return [_read_content_page(path) for path in sorted(folder.glob("*.md"))]


def _read_content_page(path: Path) -> ContentPage:
    source = f"content/pages/{path.name}"
    front, text = _front_matter(path.read_text(encoding="utf-8"), source)
    heading = _FIRST_HEADING.search(text)
    title = str(front.get("title") or (heading.group(1) if heading else path.stem.capitalize()))
    return ContentPage(name=slugify(path.stem), title=title, markdown=text, source=source)


class _Writer:
    """Writes the site's files on a few threads while the next pages render.

    Most pages live in a folder of their own: at archive scale, making the
    folders and files takes as long as rendering the pages, and the system
    calls run while the interpreter renders the next page. At most
    WRITES_IN_FLIGHT pages wait in memory. What is written, and where, does
    not depend on the threads' timing.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self._pool = ThreadPoolExecutor(max_workers=WRITER_THREADS)
        self._pending: deque[Future[None]] = deque()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(wait=True)
        while self._pending:
            self._pending.popleft().result()  # an error writing a file is raised here

    def write(self, relative: str, data: bytes) -> None:
        if len(self._pending) >= WRITES_IN_FLIGHT:
            self._pending.popleft().result()
        self._pending.append(self._pool.submit(_write_file, self.out / relative, data))


def _write_file(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
