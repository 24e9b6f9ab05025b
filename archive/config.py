"""The archive's settings: `content/site.yaml` -> SiteConfig, validated once."""

from __future__ import annotations

from pathlib import Path

import yaml

from .model import SiteConfig, Warning_


def load_config(content: Path) -> tuple[SiteConfig, list[Warning_]]:
    """Read `site.yaml`; a missing file gives the defaults, a broken one a warning."""
    path = content / "site.yaml"
    if not path.is_file():
        return SiteConfig(), []
    label = f"{content.name}/site.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        reason = f"not valid YAML, defaults used ({_first_line(error)})"
        return SiteConfig(), [Warning_(label, reason)]
    if not isinstance(data, dict):
        return SiteConfig(), [Warning_(label, "expected keys such as title and base_url")]
    warnings = [
        Warning_(label, f"unknown setting {key!r} ignored")
        for key in sorted(data)
        if key not in SiteConfig.__dataclass_fields__
    ]
    defaults = SiteConfig()
    outlets, outlet_warnings = _outlets(data.get("outlets"), label)
    config = SiteConfig(
        title=str(data.get("title") or defaults.title),
        base_url=normalise_base_url(str(data.get("base_url") or defaults.base_url)),
        language=str(data.get("language") or defaults.language),
        description=str(data.get("description") or defaults.description),
        outlets=outlets,
    )
    return config, warnings + outlet_warnings


def _outlets(
    data: object, label: str
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], list[Warning_]]:
    """`outlets:`, each name the archive files an outlet under with the other names its
    pages give it (archive/links_outlets.py): a name alone, or with one or a list."""
    if data is None:
        return (), []
    if not isinstance(data, dict):
        return (), [Warning_(label, "outlets: expected names, each with its other names")]
    outlets, warnings = [], []
    for name, others in data.items():
        if not isinstance(name, str) or not name.strip():
            warnings.append(Warning_(label, f"outlets: {name!r} is not a name, ignored"))
            continue
        listed = [others] if isinstance(others, str) else others or []
        if not isinstance(listed, list) or not all(isinstance(o, str) for o in listed):
            reason = f"outlets: the other names of {name!r} are not a list of names, ignored"
            warnings.append(Warning_(label, reason))
            listed = []
        outlets.append((name.strip(), tuple(other.strip() for other in listed if other.strip())))
    return tuple(sorted(outlets)), warnings


def normalise_base_url(base_url: str) -> str:
    """Always end with one slash, and start with one where it is a path."""
    base_url = base_url.strip()
    if "://" not in base_url and not base_url.startswith("/"):
        base_url = "/" + base_url
    return base_url.rstrip("/") + "/"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
