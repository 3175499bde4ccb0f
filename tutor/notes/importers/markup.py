"""Markup read, not copied: what is left of a line once the formatting of
Markdown, Obsidian, HTML and LaTeX is taken away, so a note holds only the
student's words.

Emphasis, highlights, links, wiki links, HTML tags and entities, images and
embeds, callout markers and inline maths are stripped to their words; a line
that is a drawing (mostly symbols) is recognised so it can be skipped.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text

_WIKI_EMBED = re.compile(r"!\[\[[^\]]*\]\]")                    # ![[image.png|500]]
_WIKI_LINK = re.compile(r"\[\[([^\]|]*)(?:\|([^\]]*))?\]\]")     # [[target|shown]]
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")                     # ![alt](url)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")                     # [words](url)
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>")
_BREAK = re.compile(r"<\s*br\s*/?\s*>", re.I)
_CALLOUT = re.compile(r"^\s*\[![^\]]*\][-+]?\s*")                # > [!note] Title
_HEADING_MARKS = re.compile(r"^\s*#{1,6}(?=\S)")                 # "###Cause" written without its space
_MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$\w])\$(?=[^\s$])([^$\n]*?[^\s$\\])\$(?!\d)")  # $x$, $$x$$, never "$5 and $8"
_LATEX_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_LATEX_WRAP = re.compile(r"\\[A-Za-z]+\s*\{([^{}]*)\}")          # \ce{CO2} -> CO2
_LATEX_CMD = re.compile(r"\\[A-Za-z]+|\\.")
_SUBSCRIPT = re.compile(r"[_^]\{([^{}]*)\}")
_SPACE = re.compile(r"\s+")
_KEPT = re.compile(r"\x00(\d+)\x00")


def latex_words(formula: str) -> str:
    """A formula as a student reads it in the terminal, by pylatexenc: \\tau = RC ->
    τ= RC, \\frac{Q}{V} -> Q/V, \\ce{CO2} -> CO2 (where it cannot read one, the
    symbols with the commands dropped)."""
    try:
        return _SPACE.sub(" ", _latex_reader().latex_to_text(formula)).strip()
    except Exception:  # pylatexenc raises its own errors on broken LaTeX: fall back
        return _bare_symbols(formula)


@lru_cache(maxsize=1)
def _latex_reader() -> LatexNodes2Text:
    return LatexNodes2Text(math_mode="text", strict_latex_spaces=False)


def _bare_symbols(formula: str) -> str:
    """\\frac{a}{b} -> (a)/(b), \\ce{CO2} -> CO2, commands dropped."""
    text = formula
    for _ in range(3):  # nested groups, innermost first
        text = _LATEX_FRAC.sub(r"(\1)/(\2)", text)
        text = _LATEX_WRAP.sub(r"\1", text)
        text = _SUBSCRIPT.sub(r"\1", text)
    text = _LATEX_CMD.sub(" ", text).replace("{", "").replace("}", "")
    return _SPACE.sub(" ", text).strip()


def plain_words(text: str) -> str:
    """A line of notes with its markup taken away, its words kept."""
    text = _BREAK.sub(" ", text)
    text = _WIKI_EMBED.sub("", text)
    text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _CALLOUT.sub("", text)
    text = _HEADING_MARKS.sub("", text)
    formulas: list[str] = []  # read apart, so "R_1+R_2" is no emphasis: put back at the end

    def keep(match: re.Match) -> str:
        formulas.append(latex_words(match.group(1) or match.group(2)))
        return f"\x00{len(formulas) - 1}\x00"

    text = _MATH.sub(keep, text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):
        text = _HIGHLIGHT.sub(r"\1", text)
        text = _EMPHASIS.sub(r"\2", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = _KEPT.sub(lambda m: formulas[int(m.group(1))], text)
    return _SPACE.sub(" ", text).strip()


def is_drawing(text: str) -> bool:
    """Lines mostly of symbols (an ASCII diagram, a rule, box drawing) say nothing as notes."""
    visible = [c for c in text if not c.isspace()]
    return bool(visible) and sum(c.isalnum() for c in visible) < 0.5 * len(visible)
