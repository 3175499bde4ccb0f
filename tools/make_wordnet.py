"""Regenerate tutor/data/wordnet.tsv.gz and tutor/data/irregular.tsv from Open English
WordNet (a development tool, not used at run time).

Open English WordNet (https://github.com/globalwordnet/english-wordnet, CC BY 4.0),
itself derived from Princeton WordNet 3.0 (WordNet licence), is read from its YAML
source (../shared/lexical/open-english-wordnet/src/yaml beside the checkout, or the
folder given) and reduced to what the tutor uses, lower-case lemmas only (no proper
names):

    S  synset id  pos  members (|)  hypernym ids (space)  similar-to ids (space)
    L  lemma  its synset ids, most frequent sense first
    D  lemma  lemma          derivationally related (either direction)
    A  lemma  lemma          antonyms
    P  lemma  lemma          pertainym (adjective -> noun it pertains to)

irregular.tsv maps irregular inflected forms to their lemma ("took" -> "take",
"atria" -> "atrium"), for the stemmer.

    python tools/make_wordnet.py [SOURCE-YAML-FOLDER]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "lexical" / "open-english-wordnet" / "src" / "yaml"
OUT = REPO / "tutor" / "data"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HEADER = ("# Reduced from Open English WordNet (CC BY 4.0, https://github.com/globalwordnet/english-wordnet),\n"
          "# derived from Princeton WordNet 3.0 (WordNet licence). Made by tools/make_wordnet.py.\n")


def usable(lemma: str) -> bool:
    """Lower-case words and phrases only: proper names are no part of English vocabulary here."""
    return lemma == lemma.lower() and bool(re.fullmatch(r"[a-z][a-z' -]*[a-z]|[a-z]", lemma))


def main(source: Path) -> None:
    synsets: dict[str, dict] = {}
    for path in sorted(source.glob("*.yaml")):
        if re.match(r"(noun|verb|adj|adv)\.", path.name):
            synsets.update(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER))
    sense_lemma: dict[str, str] = {}
    pairs: dict[str, set[tuple[str, str]]] = {"D": set(), "A": set(), "P": set()}
    forms: dict[str, str] = {}
    senses: list[tuple[str, dict]] = []
    order: dict[str, list[str]] = {}
    for path in sorted(source.glob("entries-*.yaml")):
        for lemma, by_pos in yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER).items():
            lemma = str(lemma)
            for entry in by_pos.values():
                for form in entry.get("form", []) or []:
                    form = str(form)
                    if usable(lemma) and usable(form) and form != lemma and " " not in form:
                        forms.setdefault(form, lemma)
                for sense in entry.get("sense", []) or []:
                    sense_lemma[sense["id"]] = lemma
                    senses.append((lemma, sense))
                    if usable(lemma) and sense["synset"] not in order.setdefault(lemma, []):
                        order[lemma].append(sense["synset"])
    for lemma, sense in senses:
        for key, kind in (("derivation", "D"), ("antonym", "A"), ("pertainym", "P")):
            for target in sense.get(key, []) or []:
                other = sense_lemma.get(target)
                if other and other != lemma and usable(lemma) and usable(other):
                    pairs[kind].add((lemma, other) if kind == "P" else tuple(sorted((lemma, other))))
    lines = []
    for sid, synset in synsets.items():
        members = [str(m) for m in synset.get("members", []) if usable(str(m))]
        if not members:
            continue
        hypernyms = " ".join(synset.get("hypernym", []) or [])
        similar = " ".join(synset.get("similar", []) or [])
        lines.append(f"S\t{sid}\t{synset.get('partOfSpeech', '')}\t{'|'.join(members)}\t{hypernyms}\t{similar}")
    lines.extend(f"L\t{lemma}\t{' '.join(sids)}" for lemma, sids in sorted(order.items()) if len(sids) > 1)
    for kind, found in pairs.items():
        lines.extend(f"{kind}\t{a}\t{b}" for a, b in sorted(found))
    with gzip.open(OUT / "wordnet.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(HEADER)
        out.write("\n".join(lines) + "\n")
    (OUT / "irregular.tsv").write_text(HEADER + "".join(f"{f}\t{b}\n" for f, b in sorted(forms.items())),
                                       encoding="utf-8")
    print(f"{len(lines)} lines, {len(forms)} irregular forms", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
