"""Where the plain-file parts of the product live: ontology, shapes, queries.

This is the only module that knows. An installed wheel carries them under
``thaigovkg/resources/``; a checkout (or an editable install) has them at the
top of the repository.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[2]


def resource_dir(name: str) -> Path:
    """The folder ``ontology``, ``shapes`` or ``queries``, wherever this install keeps it."""
    for base in (_PACKAGED, _CHECKOUT):
        folder = base / name
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"thaigovkg cannot find its '{name}' folder (looked in {_PACKAGED} and {_CHECKOUT})")


def ontology_file(name: str) -> Path:
    """A file of ``ontology/``: the OWL ontology, the award scheme or a reference table."""
    return resource_dir("ontology") / name


def shapes_dir() -> Path:
    return resource_dir("shapes")


def queries_dir() -> Path:
    return resource_dir("queries")
