"""Write a reproducible archive of N articles for measuring at scale.

    python bench/corpus.py N [--out DIR] [--source DIR] [--seed 1]

Each article is a real page dump (from ../shared/data/boilerplate-dev when
present, the project's seeds otherwise) with its furniture kept, part of its
body recombined with another dump's, and sentences naming people,
organisations and places drawn from pools that grow with N, with a Zipf-like
skew, so that entity pages and cross-links grow as they do in a real archive:
a few names everywhere, most names in a handful of articles.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT.parent / "shared" / "data" / "boilerplate-dev"

FIRST_NAMES = (
    "Anna Ben Chen Dmitri Elena Farid Grace Hiro Ines Jonas Kenji Lena Marco Nadia Omar Priya "
    "Quentin Rosa Samir Tomas Ulla Viktor Wei Ximena Yusuf Zofia Akira Bianca Carlos Dara"
).split()
SURNAMES = (
    "Abe Brandt Castillo Dumas Eriksen Fischer Garcia Hoffmann Ito Jansen Kowalski Laurent "
    "Moreau Nakamura Okafor Petrov Quinn Rossi Sato Tanaka Ueda Varga Wagner Xu Yamamoto Zhou "
    "Almeida Becker Costa Demir Engel Ferreira Gruber Horvat Ivanova Jovanovic Kato Lindqvist"
).split()
ORG_HEADS = ("Ministry of Trade", "Maritime Agency", "Energy Council", "Press Bureau", "Bank")
PLACE_STEMS = ("North", "South", "East", "West", "New", "Port", "Lake", "Fort", "Saint", "Upper")
PLACE_ROOTS = ("Haven", "Ridge", "Vale", "Mouth", "Field", "Brook", "Crest", "Ford", "Moor")
ROLES = ("Foreign Minister", "spokesperson", "Trade Minister", "President", "ambassador")


def _zipf_pick(rng: random.Random, pool: list[str]) -> str:
    # Inverse-rank weighting: the first names of the pool recur across the
    # archive, the long tail appears in a few articles each.
    index = int(len(pool) ** rng.random()) - 1
    return pool[min(index, len(pool) - 1)]


def _name_pools(rng: random.Random, size: int) -> tuple[list[str], list[str], list[str]]:
    people = sorted({f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(size)})
    rng.shuffle(people)
    places = sorted({f"{rng.choice(PLACE_STEMS)} {rng.choice(PLACE_ROOTS)}" for _ in range(size)})
    rng.shuffle(places)
    organisations = [f"{place} {rng.choice(ORG_HEADS)}" for place in places[: max(5, size // 4)]]
    return people, places, organisations


def _names_paragraph(rng: random.Random, pools: tuple[list[str], list[str], list[str]]) -> str:
    people, places, organisations = pools
    person, other = _zipf_pick(rng, people), _zipf_pick(rng, people)
    place, organisation = _zipf_pick(rng, places), _zipf_pick(rng, organisations)
    role = rng.choice(ROLES)
    surname = person.split()[-1]
    return (
        f"{role[0].upper() + role[1:]} {person} met {other} in {place} "
        f'on Tuesday to discuss the proposals of the {organisation}. "We have made progress, '
        f'but there is more to do," {surname} told reporters after the talks in {place}.'
    )


def _dumps(source: Path) -> list[list[str]]:
    files = sorted(path for path in source.glob("*.txt") if not path.name.endswith(".gold.txt"))
    return [path.read_text(encoding="utf-8").splitlines() for path in files]


def _recombine(rng: random.Random, base: list[str], donor: list[str], paragraph: str) -> str:
    """The base page with a stretch of the donor's long lines and a names paragraph."""
    long_lines = [line for line in donor if len(line.split()) >= 15]
    start = rng.randrange(max(1, len(long_lines) - 3))
    borrowed = long_lines[start : start + 3]
    lines = list(base)
    body_positions = [i for i, line in enumerate(lines) if len(line.split()) >= 15]
    at = body_positions[len(body_positions) // 2] + 1 if body_positions else len(lines)
    insert = ["", paragraph, ""] + [item for line in borrowed for item in (line, "")]
    return "\n".join(lines[:at] + insert + lines[at:]) + "\n"


def write_corpus(count: int, out: Path, source: Path, seed: int = 1) -> None:
    rng = random.Random(seed)
    dumps = _dumps(source)
    pools = _name_pools(rng, max(50, count // 2))
    out.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        base, donor = rng.choice(dumps), rng.choice(dumps)
        text = _recombine(rng, base, donor, _names_paragraph(rng, pools))
        tag = hashlib.sha256(text.encode()).hexdigest()[:12]
        (out / f"{number:06d}_{tag}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    source = args.source or (DEV_SET if DEV_SET.is_dir() else ROOT / "seeds")
    out = args.out or ROOT / "bench" / "corpus" / str(args.count)
    write_corpus(args.count, out, source, args.seed)
    print(f"wrote {args.count} articles from {source} into {out}")


if __name__ == "__main__":
    main()
