"""Commands: build, serve, clean, entities, suggest, eject.

`python build.py` with no command builds the site. Every command that reads
files reports a bad file by name and reason and goes on with the others.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from . import clean as clean_stage
from . import entities as entities_stage
from . import suggest as suggest_stage
from .dropin import drop_in
from .export import article_markdown, article_record, to_json
from .ingest import IngestError, article_files, read_source
from .model import AnnotatedArticle, Mention
from .pipeline import BuildPaths, BuildReport, build
from .serve import Change, serve

COMMANDS = ("build", "serve", "clean", "entities", "suggest", "eject")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS + ("-h", "--help"):
        argv.insert(0, "build")
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py", description="Build an annotated, searchable news archive."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    for name, run, help_text in (
        ("build", _run_build, "build the site into site/ (the default command)"),
        ("serve", _run_serve, "build, then serve the site on 127.0.0.1"),
    ):
        command = commands.add_parser(name, help=help_text)
        _add_site_options(command)
        command.add_argument("--strict", action="store_true", help="fail on any warning")
        command.add_argument("--jobs", type=int, default=None, help="worker processes")
        command.add_argument("--no-cache", action="store_true", help="recompute every article")
        command.add_argument("--timings", action="store_true", help="print time per stage")
        command.add_argument(
            "--no-search", action="store_true", help="skip the search index (a quick preview)"
        )
        if name == "serve":
            command.add_argument("--port", type=int, default=8000)
        command.set_defaults(run=run)

    clean = commands.add_parser("clean", help="clean the given files and print the result")
    clean.add_argument("files", nargs="+", type=Path)
    clean.add_argument("--content", type=Path, default=Path("content"))
    clean.add_argument("--out", type=Path, default=None, help="write DIR/<stem>.txt|.json")
    clean.add_argument("--format", choices=("text", "json"), default="text")
    clean.set_defaults(run=_run_clean)

    entities = commands.add_parser("entities", help="print the entity mentions in the files")
    entities.add_argument("files", nargs="+", type=Path)
    entities.add_argument("--content", type=Path, default=Path("content"))
    entities.add_argument("--out", type=Path, default=None, help="write DIR/<stem>.json")
    entities.add_argument(
        "--no-clean", action="store_true", help="take each file's text as already clean"
    )
    entities.set_defaults(run=_run_entities)

    suggest = commands.add_parser(
        "suggest", help="list the names found that the registry lacks, as YAML ready to curate"
    )
    suggest.add_argument("--seeds", type=Path, default=Path("seeds"))
    suggest.add_argument("--content", type=Path, default=Path("content"))
    suggest.add_argument(
        "--out", type=Path, default=Path("suggested-entities.yaml"), help="the YAML file to write"
    )
    suggest.add_argument(
        "--min-articles", type=int, default=1, help="only names in at least N articles"
    )
    suggest.add_argument("--force", action="store_true", help="replace an existing --out file")
    suggest.add_argument("--jobs", type=int, default=None, help="worker processes")
    suggest.add_argument("--cache", type=Path, default=Path(".cache/articles"))
    suggest.add_argument("--no-cache", action="store_true", help="recompute every article")
    suggest.set_defaults(run=_run_suggest)

    eject = commands.add_parser(
        "eject", help="write content/articles/ID.md from the automatic clean, to fix by hand"
    )
    eject.add_argument("id", help="the article's id: its file name in seeds/ without suffix")
    eject.add_argument("--seeds", type=Path, default=Path("seeds"))
    eject.add_argument("--content", type=Path, default=Path("content"))
    eject.add_argument("--force", action="store_true", help="replace an existing override")
    eject.set_defaults(run=_run_eject)
    return parser


def _add_site_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--seeds", type=Path, default=Path("seeds"))
    command.add_argument("--content", type=Path, default=Path("content"))
    command.add_argument("--layouts", type=Path, default=Path("layouts"))
    command.add_argument("--out", type=Path, default=Path("site"))
    command.add_argument("--cache", type=Path, default=Path(".cache/articles"))


def _paths_from_args(args: argparse.Namespace) -> BuildPaths:
    return BuildPaths(
        seeds=args.seeds,
        content=args.content,
        layouts=args.layouts,
        out=args.out,
        cache=None if args.no_cache else args.cache,
    )


def _build_from_args(args: argparse.Namespace) -> BuildReport | None:
    paths = _paths_from_args(args)
    try:
        report = build(paths, jobs=args.jobs, with_search=not args.no_search)
    except Exception as error:  # noqa: BLE001 - say why the build failed, in one line
        print(f"error: the site could not be built: {error}", file=sys.stderr)
        print(f"the previous site in {args.out} is unchanged", file=sys.stderr)
        return None
    _print_summary(report, args.out, args.timings)
    return report


def _print_summary(report: BuildReport, out: Path, timings: bool) -> None:
    corpus = report.corpus
    assert corpus is not None
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    articles = [item.article for item in corpus.articles]
    authors = {name for article in articles for name in article.authors}
    print(
        f"Built {out}: {len(articles)} articles, {len(corpus.entities)} entities, "
        f"{len(authors)} authors, {len(corpus.stories)} stories, "
        f"{report.removed_lines} lines removed, "
        f"{len(report.warnings)} warnings ({report.cache_hits} articles from cache, "
        f"{report.unchanged} of {report.written} files unchanged)"
    )
    # what an editor may want to give by hand (content/articles/, `eject`)
    undated = sum(1 for article in articles if not article.published)
    unsourced = sum(1 for article in articles if not article.outlet)
    if undated or unsourced:
        print(
            f"Not stated in the text: the publication date of {undated} articles, "
            f"the outlet of {unsourced} (data/articles.json lists which)"
        )
    if report.search is not None:
        print(
            f"Search: {report.search.indexed} of {report.search.bundles} index bundles made, "
            "the rest kept from the previous build"
        )
    if timings:
        for stage, seconds in report.timings.items():
            print(f"  {stage:<16} {seconds:8.3f} s")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"  peak memory: build {own:.0f} MiB, "
            f"largest child (Pagefind, workers) {children:.0f} MiB"
        )


def _run_build(args: argparse.Namespace) -> int:
    report = _build_from_args(args)
    if report is None:
        return 1
    if args.strict and report.warnings:
        print(f"error: --strict: {len(report.warnings)} warnings", file=sys.stderr)
        return 1
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    if _run_build(args) != 0:
        return 1

    def on_change(change: Change, reload: Callable[[], None]) -> None:
        only_added_seeds = not (change.modified or change.removed) and all(
            path.is_relative_to(args.seeds) for path in change.added
        )
        # (a page saved whole brings its pictures along: only the article files count)
        new_seeds = (
            sorted(set(change.added) & set(article_files(args.seeds))) if only_added_seeds else []
        )
        if new_seeds:
            # New articles only: put them on the site and in search at once,
            # then rebuild the cross-links around them.
            registry = entities_stage.load_registry(args.content)
            added = drop_in(_paths_from_args(args), new_seeds, registry)
            for warning in added.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            if added.article_ids:
                print(f"Added {', '.join(added.article_ids)}; now rebuilding links", flush=True)
                reload()
        print("Change seen: rebuilding", flush=True)
        _build_from_args(args)
        reload()

    def ready(port: int) -> None:
        print(f"Serving {args.out} at http://127.0.0.1:{port}/", flush=True)
        print("Watching seeds/, content/ and layouts/; Ctrl-C stops", flush=True)

    serve(args.out, args.port, [args.seeds, args.content, args.layouts], on_change, ready)
    return 0


def _cleaned_each(files: list[Path], clean: bool = True):
    """Yield (path, Source, Article or None) for each file; report those that fail.

    With `clean` false the article is not made (None): the caller takes the
    source text as it is.
    """
    for path in files:
        try:
            source = read_source(path, Path.cwd())
            yield path, source, clean_stage.clean(source) if clean else None
        except (IngestError, OSError) as error:
            print(f"warning: {path}: {error}", file=sys.stderr)
        except Exception as error:  # noqa: BLE001 - report the file, go on with the rest
            print(f"warning: {path}: could not be cleaned ({error})", file=sys.stderr)


def _emit(text: str, path: Path, out: Path | None, suffix: str) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{path.stem}{suffix}").write_text(text, encoding="utf-8")


def _run_clean(args: argparse.Namespace) -> int:
    registry = entities_stage.load_registry(args.content)
    done = 0
    for path, _, article in _cleaned_each(args.files):
        if args.format == "text":
            _emit(article.body_text + "\n", path, args.out, ".txt")
        else:
            item = AnnotatedArticle(article, entities_stage.annotate(article, registry))
            _emit(to_json(article_record(item)), path, args.out, ".json")
        done += 1
    return 0 if done else 1


def mention_records(mentions: Iterable[Mention]) -> list[dict[str, object]]:
    return [
        {
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "type": mention.type,
            "entity": mention.entity,
        }
        for mention in mentions
        if mention.field == "body"
    ]


def _run_entities(args: argparse.Namespace) -> int:
    registry = entities_stage.load_registry(args.content)
    done = 0
    for path, source, article in _cleaned_each(args.files, clean=not args.no_clean):
        mentions: Sequence[Mention]
        if article is None:
            mentions = entities_stage.find_mentions(source.contents, registry)
        else:
            mentions = entities_stage.annotate(article, registry).mentions
        _emit(json.dumps(mention_records(mentions), ensure_ascii=False), path, args.out, ".json")
        done += 1
    return 0 if done else 1


def _run_suggest(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.force:
        # Said before the archive is read, not after.
        print(f"error: {args.out} exists already; edit it, or use --force", file=sys.stderr)
        return 1
    found, warnings = suggest_stage.suggest_entities(
        args.seeds,
        args.content,
        None if args.no_cache else args.cache,
        args.jobs,
        args.min_articles,
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not found:
        print("Every name found is in the registry or ignored: nothing to suggest")
        return 0
    try:
        suggest_stage.write_suggestions(args.out, suggest_stage.suggestions_yaml(found), args.force)
    except (suggest_stage.OutputExists, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(suggest_stage.suggestions_table(found))
    print(
        f"Wrote {args.out}: {len(found)} names to curate. Move the real ones into "
        f"{args.content / 'entities'}/, the false ones into "
        f"{args.content / 'entities' / 'ignore.yaml'}"
    )
    return 0


def _run_eject(args: argparse.Namespace) -> int:
    seed_files = [path for path in article_files(args.seeds) if path.stem == args.id]
    if not seed_files:
        print(f"error: no article with id {args.id!r} in {args.seeds}", file=sys.stderr)
        return 1
    target = args.content / "articles" / f"{args.id}.md"
    if target.exists() and not args.force:
        print(f"error: {target} exists already; edit it, or use --force", file=sys.stderr)
        return 1
    article = clean_stage.clean(read_source(seed_files[0], args.seeds.parent))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(article_markdown(article), encoding="utf-8")
    print(f"Wrote {target}: edit it and build; it replaces the automatic clean of {args.id}")
    return 0
