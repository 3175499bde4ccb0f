"""The knowledge base is the notes, nothing lost and nothing invented."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from tutor.notes.loading import load_knowledge
from tutor.storage import paths

CHROME_LINES = 4  # "Please enable JavaScript", "Coggle requires...", page title, map title
SPELLING_FIXES = {"attituide": "attitude", "recieved": "received", "bourgeoise": "bourgeois",
                  "aswell": "as well", "wifes": "wife's", "stalins": "stalin's"}


def kb():
    return load_knowledge(paths.bundled("knowledge"))


def fixed(text: str) -> str:
    text = text.casefold()
    for wrong, right in SPELLING_FIXES.items():
        text = re.sub(rf"\b{wrong}\b", right, text)
    return re.sub(r"[^a-z0-9' ]+", " ", text)


def content_lines(base) -> dict[int, str]:
    lines = base.sources["sources/gov-prop-foreign.coggle.txt"]
    return {n: line for n, line in enumerate(lines, 1)
            if n > CHROME_LINES and re.search(r"[A-Za-z0-9]", line)}


def test_every_content_line_lands_in_a_fragment_or_heading():
    base = kb()
    cited = {n for f in base.fragments for n in f.lines}
    cited |= {h.line for t in base.topics for h in t.headings}
    missing = {n: text for n, text in content_lines(base).items() if n not in cited}
    assert not missing, f"notes lines in no fragment: {missing}"


def test_chrome_lines_are_not_notes():
    base = kb()
    cited = {n for f in base.fragments for n in f.lines}
    assert not cited & set(range(1, CHROME_LINES + 1))


def test_fragment_text_matches_its_source_lines():
    base = kb()
    for frag in base.fragments:
        source = fixed(" ".join(base.source_lines(frag)))
        score = fuzz.token_set_ratio(fixed(frag.text), source)
        assert score >= 90, f"{frag.id}: {frag.text!r} vs lines {frag.lines}: {source!r} ({score:.0f})"


def test_fragment_adds_no_words_the_source_lacks():
    base = kb()
    for frag in base.fragments:
        source_words = set(fixed(" ".join(base.source_lines(frag))).split())
        extra = [w for w in fixed(frag.text).split() if w not in source_words]
        assert not extra, f"{frag.id} adds {extra}"


def test_headings_cite_their_lines():
    base = kb()
    for topic in base.topics:
        for heading in topic.headings:
            line = base.sources[topic.source][heading.line - 1]
            assert fuzz.token_set_ratio(fixed(heading.text), fixed(line)) >= 90, (heading, line)


def test_fragment_ids_are_unique_and_causes_resolve():
    base = kb()
    ids = [f.id for f in base.fragments]
    assert len(ids) == len(set(ids))
    for frag in base.fragments:
        assert all(ref in ids for ref in frag.because)


def test_glossary_has_the_terms_the_notes_leave_unexplained():
    names = {n.casefold() for e in kb().glossary for n in e.names}
    for term in ["gmd", "ccp", "comintern", "treaty of rapallo", "stresemann", "bukharin", "trotsky",
                 "chicherin", "socialism in one country", "bourgeois revolution", "proletarian revolution",
                 "collectivisation", "industrialisation", "social democrats", "kuomintang", "soviet union"]:
        assert term in names, term


def test_every_fragment_has_an_authored_followup():
    base = kb()
    for frag in base.fragments:
        assert base.fragment_followups.get(frag.id), frag.id
