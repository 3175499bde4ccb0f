"""Section numbers in headings ("2 Structure of Eukaryotic Cells", "2.1.3 Cytoplasm")
are the notes' table of contents, not what a section is about: "what are the 2
kinds of cells" is no question about section 2. A heading's leading number is read
as a section number only when the notes number their sections, 1, 2 and 3 at
least, so that "1911 revolution" and "5 Year Plans" keep their numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_NUMBERED = re.compile(r"^\s*(\d{1,2})((?:\.\d{1,2})*)\.?\s+(?=\S)")


def section_number(heading: str) -> str:
    """The heading's leading section number ("2.1.3"), or "" when it has none."""
    found = _NUMBERED.match(heading)
    return found.group(1) + found.group(2) if found else ""


def numbers_sections(headings: Iterable[str]) -> bool:
    """Whether these headings number their sections: among their leading numbers'
    first parts are 1, 2 and 3."""
    firsts = {number.split(".")[0] for number in map(section_number, headings) if number}
    return {"1", "2", "3"} <= firsts


def without_number(heading: str) -> str:
    """The heading's words without its leading section number."""
    return _NUMBERED.sub("", heading, count=1)


def heading_reader(headings: Iterable[str]) -> Callable[[str], str]:
    """How the headings of some notes are read for matching: without their section
    numbers when the notes number their sections, else as written."""
    return without_number if numbers_sections(headings) else _as_written


def _as_written(heading: str) -> str:
    return heading
