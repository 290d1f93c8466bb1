"""People and the posts they hold.

A person is an honorific or rank, a given name and a surname
(``นายอนุกูล ปีดแก้ว``); a given name alone later on (``นายอนุกูล กล่าวว่า``)
points back to the person already met. A post is a title head and the
organisation after it (``อธิบดี`` + ``กรมการจัดหางาน``; ``ปลัด`` + ``พม.`` →
``ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์``), a committee member's
title, or a title complete in itself (``รองนายกรัฐมนตรี``). A post belongs to
the person it stands right after (or right before, where none precedes it).

The steps, each a module: ``positions`` finds the titles (with the special
finders of ``titles`` and the organisation a title names, ``title_bodies``),
``names`` the people, ``posts`` ties each title to its holder, ``english`` reads
the people and posts of English-language releases; ``common`` holds what more
than one of them uses.
"""
from __future__ import annotations

from ..reading import Reading
from . import english, names, positions, posts


def find(reading: Reading) -> None:
    """Add people, their titles and the posts linking them to the reading."""
    positions.find(reading)     # (first: the names step looks for a title right after a name)
    names.find(reading)
    posts.attach(reading)
    english.find(reading)
