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
    N  lemma  word           its meaning's definition denies the word: "lax" is "lacking in rigor
                             or strictness", "relax" is "make less severe or strict" (an opposite
                             WordNet gives in words, not as an antonym)

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


# a definition that denies what follows: an adjective "not X", "lacking in X", "without X"; a verb
# "make less X", "refuse to X"
_DENYING = re.compile(r"^(?:not|lacking|lacking in|without|free from|free of|devoid of|deficient in|having no|"
                      r"showing no|make less|become less|grow less|cause to be less|refuse to|fail to)\s+(.+)")
_SMALL = frozenset("a an the of in to for with by at on one's its any some very".split())
# words that open what is denied without being it: "not capable of causing harm" denies harm
_OPENING = frozenset("""capable able having causing being subject usual taking showing characterized characterised
marked given affected likely inclined known involving yet fully quite easily readily properly sufficiently
much well previously""".split())


def denied_words(definition: str) -> list[str]:
    """The words a definition denies: the first word of each "or" alternative after its
    denying opening ("lacking in rigor or strictness": rigor, strictness), up to its first
    ";" or ","."""
    match = _DENYING.match(definition.strip().lower())
    if not match or match.group(1).startswith(("or ", "and ")):
        return []  # "lacking or marked by lack of...": no plain denial
    rest = re.split(r"[;,(]", match.group(1))[0]
    found = []
    for alternative in rest.split(" or "):
        words = [w for w in re.findall(r"[a-z][a-z'-]*", alternative) if w not in _SMALL]
        while words and words[0] in _OPENING:
            words = words[1:]
        if words and usable(words[0]):
            found.append(words[0])
    return found


def main(source: Path) -> None:
    synsets: dict[str, dict] = {}
    for path in sorted(source.glob("*.yaml")):
        if re.match(r"(noun|verb|adj|adv)\.", path.name):
            synsets.update(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER))
    sense_lemma: dict[str, str] = {}
    pairs: dict[str, set[tuple[str, str]]] = {"D": set(), "A": set(), "P": set(), "N": set()}
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
        if synset.get("partOfSpeech") in ("a", "s", "v"):
            for denied in denied_words((synset.get("definition") or [""])[0]):
                pairs["N"].update((m, denied) for m in members if " " not in m and m != denied)
    lines.extend(f"L\t{lemma}\t{' '.join(sids)}" for lemma, sids in sorted(order.items()) if len(sids) > 1)
    for kind, found in pairs.items():
        lines.extend(f"{kind}\t{a}\t{b}" for a, b in sorted(found))  # N: a's definition denies b
    with gzip.open(OUT / "wordnet.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(HEADER)
        out.write("\n".join(lines) + "\n")
    (OUT / "irregular.tsv").write_text(HEADER + "".join(f"{f}\t{b}\n" for f, b in sorted(forms.items())),
                                       encoding="utf-8")
    print(f"{len(lines)} lines, {len(forms)} irregular forms", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
