"""Build time at archive scale, side by side with Hugo + Pagefind on the same articles.

    python bench/build.py [--sizes 1000 10000] [--rounds R] [--jobs N] [--skip-hugo]

For each size N: writes a corpus (bench/corpus.py), then measures
- our full build from scratch: wall time, time per stage, peak RSS of our
  process and of Pagefind's;
- the rebuild after adding one article, after editing the description of one
  registry entry, after adding an alias to one (United States: America), and
  after adding an entry (Netflix);
- the reference: Hugo (Debian package `hugo`) building the same cleaned
  articles as Markdown with one taxonomy per entity type, then the Pagefind
  CLI indexing Hugo's output; and the ratio of the two;
- with --rounds R, R rounds of our build from scratch and the reference in
  turn, and the median of each figure and of each round's ratio: a shared
  machine's speed drifts by tens of percent within minutes;
- last, our build from scratch once more, its memory sampled: the peak of the
  proportional set size (PSS) summed over its process tree.

Builds are timed unobserved: sampling PSS reads every page table of every
process 20 times a second, and slowed our build of 10,000 articles by about
a quarter.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
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


def _timed(
    command: list[str], cwd: Path | None = None, sample: bool = False
) -> tuple[float, str, float, Peaks | None]:
    """Run a command: (wall seconds, its output, peak RSS of its largest process in MiB,
    and with `sample` the peaks of its process tree's summed PSS).

    The RSS peak is the command's own (os.wait4), not the largest of every child
    this script has run so far.
    """
    start = time.perf_counter()
    peaks = None
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, text=True
        )
        if sample:
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


@dataclass(slots=True)
class Build:
    """One run of our build, as its --timings output tells it."""

    seconds: float
    stages: dict[str, float]
    peak: re.Match[str] | None  # the build's own RSS peaks line
    bundles: re.Match[str] | None
    tree: Peaks | None  # sampled PSS peaks, when asked for
    hits: int

    @property
    def without_search(self) -> float:
        return self.seconds - self.stages.get("search", 0.0)


def _our_build(
    seeds: Path, content: Path, out: Path, cache: Path, jobs: int | None, sample: bool = False
) -> Build:
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
    seconds, output, _, tree = _timed(command, sample=sample)
    stages = {
        m["stage"]: float(m["seconds"]) for m in map(STAGE_LINE.match, output.splitlines()) if m
    }
    hits = FROM_CACHE.search(output)
    return Build(
        seconds,
        stages,
        PEAK_LINE.search(output),
        BUNDLES_LINE.search(output),
        tree,
        int(hits["hits"]) if hits else 0,
    )


def _from_scratch(
    seeds: Path, content: Path, work: Path, jobs: int | None, sample: bool = False
) -> Build:
    """Our build into a new site folder with a new cache: nothing from an earlier run."""
    out, cache = work / "scratch-site", work / "scratch-cache"
    for folder in (out, cache, out.parent / f".{out.name}.spare"):
        shutil.rmtree(folder, ignore_errors=True)
    return _our_build(seeds, content, out, cache, jobs, sample)


def _rebuild_line(what: str, build: Build, worked: int) -> str:
    search = build.stages.get("search", 0.0)
    bundles = build.bundles
    made = f", {bundles['made']} of {bundles['bundles']} index bundles made" if bundles else ""
    return (
        f"rebuild after {what}: {build.seconds:6.1f} s  "
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


@dataclass(slots=True)
class Reference:
    """One run of the reference pipeline: Hugo, then the Pagefind CLI on its output."""

    hugo: float
    hugo_peak: float  # MiB, RSS
    pagefind: float
    pagefind_peak: float
    pages: int


def _reference(site: Path) -> Reference:
    """Hugo's time and peak, Pagefind's time and peak, and how many pages Hugo made."""
    shutil.rmtree(site / "public", ignore_errors=True)
    hugo_seconds, _, hugo_peak, _ = _timed(["hugo", "--quiet"], cwd=site)
    pages = sum(1 for _ in (site / "public").rglob("index.html"))
    pagefind_seconds, _, pagefind_peak, _ = _timed(
        [sys.executable, "-m", "pagefind", "--site", str(site / "public")]
    )
    return Reference(hugo_seconds, hugo_peak, pagefind_seconds, pagefind_peak, pages)


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


def measure(size: int, jobs: int | None, skip_hugo: bool, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seeds, content, out, cache = work / "seeds", work / "content", work / "site", work / "cache"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "corpus.py"), str(size), "--out", str(seeds)],
            check=True,
            capture_output=True,
        )
        shutil.copytree(ROOT / "content", content)
        first = _our_build(seeds, content, out, cache, jobs)
        print(f"\n== {size} articles ==")
        _print_build(first, size)
        hugo_site = work / "hugo"
        reference = None
        if not skip_hugo and shutil.which("hugo"):
            _hugo_site(out / "data" / "articles.json", hugo_site)
            reference = _reference(hugo_site)
        _print_rebuilds(seeds, content, out, cache, jobs, size)
        if reference is None:
            print("reference: skipped (install Debian's hugo to compare)")
        else:
            rounds_run = [(first, reference)]
            for _ in range(rounds - 1):
                rounds_run.append(
                    (_from_scratch(seeds, content, work, jobs), _reference(hugo_site))
                )
            _print_reference(rounds_run)
        sampled = _from_scratch(seeds, content, work, jobs, sample=True)
        tree = sampled.tree
        assert tree is not None
        print(
            f"peak PSS summed over the process tree (a build from scratch, sampled): "
            f"{tree.total:.0f} MiB (our processes {tree.ours:.0f} MiB, "
            f"Pagefind {tree.pagefind:.0f} MiB)"
        )


def _print_build(build: Build, size: int) -> None:
    per_article = build.seconds / size * 1000
    print(f"our full build:            {build.seconds:7.1f} s  ({per_article:.1f} ms/article)")
    print(f"  without search indexing: {build.without_search:7.1f} s")
    for stage, seconds in build.stages.items():
        print(f"    {stage:<14} {seconds:7.2f} s")
    if build.peak:
        print(
            f"  peak RSS: our process {build.peak['ours']} MiB, "
            f"Pagefind or a worker {build.peak['child']} MiB"
        )
    if build.bundles:
        print(f"  search index: {build.bundles['bundles']} bundles")


def _print_rebuilds(
    seeds: Path, content: Path, out: Path, cache: Path, jobs: int | None, size: int
) -> None:
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
        build = _our_build(seeds, content, out, cache, jobs)
        print(_rebuild_line(what, build, size + 1 - build.hits))


def _print_reference(rounds: list[tuple[Build, Reference]]) -> None:
    """The reference's figures and the two ratios, each round's and their medians."""
    first = rounds[0][1]
    print(f"reference Hugo pages:      {first.pages:7d}  (articles and one per entity)")
    print(f"reference Hugo:            {first.hugo:7.1f} s  (peak {first.hugo_peak:.0f} MiB)")
    print(
        f"reference Pagefind CLI:    {first.pagefind:7.1f} s  (peak {first.pagefind_peak:.0f} MiB)"
    )
    without = [ours.without_search / reference.hugo for ours, reference in rounds]
    whole = [ours.seconds / (reference.hugo + reference.pagefind) for ours, reference in rounds]
    if len(rounds) > 1:
        for number, (ours, reference) in enumerate(rounds, 1):
            print(
                f"  round {number}: ours {ours.seconds:.1f} s ({ours.without_search:.1f} s "
                f"without search), Hugo {reference.hugo:.1f} s, Pagefind "
                f"{reference.pagefind:.1f} s; ratios {without[number - 1]:.2f}, "
                f"{whole[number - 1]:.2f}"
            )
        print(f"medians of {len(rounds)} rounds:")
        print(
            f"  ours {statistics.median(ours.seconds for ours, _ in rounds):.1f} s "
            f"({statistics.median(ours.without_search for ours, _ in rounds):.1f} s without "
            f"search), Hugo {statistics.median(ref.hugo for _, ref in rounds):.1f} s, "
            f"Pagefind {statistics.median(ref.pagefind for _, ref in rounds):.1f} s"
        )
    print(f"ratio without search (ours / Hugo):          {statistics.median(without):5.2f}")
    print(f"ratio whole build (ours / Hugo + Pagefind):  {statistics.median(whole):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--skip-hugo", action="store_true")
    parser.add_argument(
        "--rounds", type=int, default=1, help="builds from scratch and reference runs, in turn"
    )
    args = parser.parse_args()
    for size in args.sizes:
        measure(size, args.jobs, args.skip_hugo, max(1, args.rounds))


if __name__ == "__main__":
    main()
