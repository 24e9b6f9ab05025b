"""Build time at archive scale, side by side with Hugo + Pagefind on the same articles.

    python bench/build.py [--sizes 1000 10000] [--jobs N] [--skip-hugo]

For each size N: writes a corpus (bench/corpus.py), then measures
- our full build from scratch: wall time, time per stage, peak RSS of our
  process and of Pagefind's;
- the rebuild after adding one article, after editing the description of one
  registry entry, after adding an alias to one (United States: America), and
  after adding an entry (Netflix);
- the reference: Hugo (Debian package `hugo`) building the same cleaned
  articles as Markdown with one taxonomy per entity type, then the Pagefind
  CLI indexing Hugo's output; and the ratio of the two.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import PeakMemory, Peaks

ROOT = Path(__file__).resolve().parents[1]
HUGO_TAXONOMIES = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "event": "events",
}
HUGO_CONFIG = (
    'baseURL = "/"\ntitle = "Reference"\ndisableKinds = ["RSS", "sitemap", "robotsTXT"]\n'
    "[taxonomies]\n" + "".join(f'{kind} = "{plural}"\n' for kind, plural in HUGO_TAXONOMIES.items())
)
HUGO_LAYOUTS = {
    "_default/baseof.html": (
        '<!doctype html><html><body>{{ block "main" . }}{{ end }}</body></html>'
    ),
    "_default/single.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1><div data-pagefind-body>{{ .Content }}</div>'
        '{{ range .GetTerms "people" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>'
        "{{ end }}{{ end }}"
    ),
    "_default/list.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages }}'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}'
    ),
}
STAGE_LINE = re.compile(r"^\s+(?P<stage>[\w+]+)\s+(?P<seconds>[\d.]+) s$")
BUNDLES_LINE = re.compile(r"^Search: (?P<made>\d+) of (?P<bundles>\d+) index bundles made", re.M)
FROM_CACHE = re.compile(r"\((?P<hits>\d+) articles from cache")
PEAK_LINE = re.compile(
    r"peak memory: build (?P<ours>\d+) MiB, largest child [^)]*\) (?P<child>\d+) MiB"
)


def _timed(command: list[str], cwd: Path | None = None) -> tuple[float, str, float, Peaks]:
    """Run a command: (wall seconds, its output, peak RSS of its largest process in MiB,
    peaks of its process tree's summed PSS).

    The RSS peak is the command's own (os.wait4), not the largest of every child
    this script has run so far.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, text=True
        )
        with PeakMemory(process.pid) as peaks:
            # wait without reaping, so the sampler still finds the process tree
            os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{text[-2000:]}")
    return elapsed, text, usage.ru_maxrss / 1024, peaks


def _our_build(seeds: Path, content: Path, out: Path, cache: Path, jobs: int | None) -> tuple:
    command = [
        sys.executable,
        str(ROOT / "build.py"),
        "build",
        "--seeds",
        str(seeds),
        "--content",
        str(content),
        "--layouts",
        str(ROOT / "layouts"),
        "--out",
        str(out),
        "--cache",
        str(cache),
        "--timings",
    ]
    if jobs:
        command += ["--jobs", str(jobs)]
    seconds, output, _, tree = _timed(command)
    stages = {
        m["stage"]: float(m["seconds"]) for m in map(STAGE_LINE.match, output.splitlines()) if m
    }
    peak = PEAK_LINE.search(output)
    bundles = BUNDLES_LINE.search(output)
    hits = FROM_CACHE.search(output)
    return seconds, stages, peak, bundles, tree, int(hits["hits"]) if hits else 0


def _rebuild_line(what: str, seconds: float, stages: dict, bundles, worked: int) -> str:  # type: ignore[no-untyped-def,type-arg]
    search = stages.get("search", 0.0)
    made = f", {bundles['made']} of {bundles['bundles']} index bundles made" if bundles else ""
    return (
        f"rebuild after {what}: {seconds:6.1f} s  "
        f"({worked} articles cleaned or annotated, search {search:.1f} s{made})"
    )


def _hugo_site(articles_json: Path, folder: Path) -> None:
    """The same cleaned articles as a Hugo site: Markdown with one taxonomy per type."""
    (folder / "content" / "articles").mkdir(parents=True)
    (folder / "hugo.toml").write_text(HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        path = folder / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for record in json.loads(articles_json.read_text("utf-8")):
        terms: dict[str, list[str]] = {}
        for entity in record["entities"]:
            terms.setdefault(entity["type"], []).append(entity["name"])
        front = {
            "title": record["title"],
            "date": record["published"] or (record["captured"] or "2000-01-01")[:10],
            # Hugo reads a taxonomy's terms under its plural name, and makes a page per term.
            **{plural: terms.get(kind, []) for kind, plural in HUGO_TAXONOMIES.items()},
        }
        body = "\n\n".join(record["body"])
        (folder / "content" / "articles" / f"{record['id']}.md").write_text(
            json.dumps(front, ensure_ascii=False) + "\n\n" + body + "\n", encoding="utf-8"
        )


def _reference(articles_json: Path, work: Path) -> tuple[float, float, float, float, int]:
    """Hugo's time and peak, Pagefind's time and peak, and how many pages Hugo made."""
    site = work / "hugo"
    _hugo_site(articles_json, site)
    hugo_seconds, _, hugo_peak, _ = _timed(["hugo", "--quiet"], cwd=site)
    pages = sum(1 for _ in (site / "public").rglob("index.html"))
    pagefind_seconds, _, pagefind_peak, _ = _timed(
        [sys.executable, "-m", "pagefind", "--site", str(site / "public")]
    )
    return hugo_seconds, hugo_peak, pagefind_seconds, pagefind_peak, pages


def _add_one_article(seeds: Path) -> None:
    donor = sorted(seeds.iterdir())[0]
    text = donor.read_text("utf-8")
    (seeds / "zz-dropped-in.txt").write_text(
        text + "\nA new paragraph added so the article is new and its bytes are its own.\n",
        encoding="utf-8",
    )


def _drop_in_seconds(seeds: Path, content: Path, out: Path) -> float:
    """What `serve` does when a file appears in seeds/, timed in a fresh process."""
    script = (
        "import sys, time; from pathlib import Path;"
        "start = time.perf_counter();"
        "from archive.dropin import drop_in; from archive.entities import load_registry;"
        "from archive.pipeline import BuildPaths;"
        f"paths = BuildPaths(Path({str(seeds)!r}), Path({str(content)!r}),"
        f" Path({str(ROOT / 'layouts')!r}), Path({str(out)!r}));"
        "added = drop_in(paths, [paths.seeds / 'zz-dropped-in.txt'], load_registry(paths.content));"
        "assert added.article_ids, added;"
        "print(time.perf_counter() - start)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def _edit_one_registry_entry(content: Path) -> None:
    people = content / "entities" / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace("description:", "description: (edited)", 1),
        encoding="utf-8",
    )


def _add_one_alias(content: Path) -> None:
    """A new alias of a country many articles name: the articles printing it are annotated
    again, the others are not."""
    places = content / "entities" / "places.yaml"
    text = places.read_text("utf-8")
    assert "aliases: [US," in text
    places.write_text(text.replace("aliases: [US,", "aliases: [America, US,", 1), encoding="utf-8")


def _add_one_entry(content: Path) -> None:
    """A new entry for a company some articles name: only those are annotated again."""
    organisations = content / "entities" / "organisations.yaml"
    text = organisations.read_text("utf-8")
    organisations.write_text(
        text + "- name: Netflix\n  type: organisation\n  description: A streaming service.\n",
        encoding="utf-8",
    )


def measure(size: int, jobs: int | None, skip_hugo: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seeds, content, out, cache = work / "seeds", work / "content", work / "site", work / "cache"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "corpus.py"), str(size), "--out", str(seeds)],
            check=True,
            capture_output=True,
        )
        shutil.copytree(ROOT / "content", content)
        full, stages, peak, bundles, tree, _ = _our_build(seeds, content, out, cache, jobs)
        search = stages.get("search", 0.0)
        print(f"\n== {size} articles ==")
        print(f"our full build:            {full:7.1f} s  ({full / size * 1000:.1f} ms/article)")
        print(f"  without search indexing: {full - search:7.1f} s")
        for stage, seconds in stages.items():
            print(f"    {stage:<14} {seconds:7.2f} s")
        if peak:
            print(
                f"  peak RSS: our process {peak['ours']} MiB, "
                f"Pagefind or a worker {peak['child']} MiB"
            )
        print(
            f"  peak PSS summed over the process tree: {tree.total:.0f} MiB "
            f"(our processes {tree.ours:.0f} MiB, Pagefind {tree.pagefind:.0f} MiB)"
        )
        if bundles:
            print(f"  search index: {bundles['bundles']} bundles")
        _add_one_article(seeds)
        dropped = _drop_in_seconds(seeds, content, out)
        print(f"one article dropped in (serve's fast path, page + delta index): {dropped:5.1f} s")
        for what, change in (
            ("adding one article", None),
            ("editing one registry entry", _edit_one_registry_entry),
            ("adding an alias to one registry entry", _add_one_alias),
            ("adding a registry entry", _add_one_entry),
        ):
            if change is not None:
                change(content)
            seconds, stages, _, bundles, _, hits = _our_build(seeds, content, out, cache, jobs)
            print(_rebuild_line(what, seconds, stages, bundles, size + 1 - hits))
        if skip_hugo or not shutil.which("hugo"):
            print("reference: skipped (install Debian's hugo to compare)")
            return
        hugo, hugo_peak, pagefind, pagefind_peak, pages = _reference(
            out / "data" / "articles.json", work
        )
        print(f"reference Hugo pages:      {pages:7d}  (articles and one per entity)")
        print(f"reference Hugo:            {hugo:7.1f} s  (peak {hugo_peak:.0f} MiB)")
        print(f"reference Pagefind CLI:    {pagefind:7.1f} s  (peak {pagefind_peak:.0f} MiB)")
        print(f"ratio without search (ours / Hugo):          {(full - search) / hugo:5.2f}")
        print(f"ratio whole build (ours / Hugo + Pagefind):  {full / (hugo + pagefind):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--skip-hugo", action="store_true")
    args = parser.parse_args()
    for size in args.sizes:
        measure(size, args.jobs, args.skip_hugo)


if __name__ == "__main__":
    main()
