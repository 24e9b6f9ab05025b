"""The package type-checks: mypy, configured in pyproject.toml, finds no error."""

from __future__ import annotations

from mypy import api
from project import ROOT


def test_the_pipeline_package_type_checks(tmp_path):
    report, errors, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(ROOT / "archive"),
        ]
    )
    assert status == 0, report + errors
