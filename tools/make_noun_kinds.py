"""Regenerate tutor/data/noun_kinds.tsv (a development tool, not used at run time).

"Which French leader sent troops?" asks for a person as surely as "who" does,
and "which countries..." for a place; the noun after "which" says so. At run
time the tutor does not read WordNet for a question (loading it takes half a
second), so this script files once every everyday noun (tutor/data/ordinary_words.tsv)
whose usual sense as a noun WordNet puts under person or social group
("leader", "party") or under a part of the world (a district, a geographical
area, a political unit or a landmass: "territory", "city", "continent"); a noun
under both ("country", a nation and its land) asks for either. "Side" or "area"
stay out: "which side did Trotsky back" asks for a faction.

    python tools/make_noun_kinds.py > tutor/data/noun_kinds.tsv
"""

from tutor.search.evidence import PERSON_ROOTS
from tutor.text.lexicon import ordinary_words
from tutor.text.wordnet import WordNet

# district; geographical area; political unit; landmass
WORLD = frozenset({"08569713-n", "08591861-n", "08376876-n", "09358822-n"})

HEADER = """# Everyday nouns that ask for a person or group, a place, or either (source), when a question
# puts them after "which": the noun's usual senses as a noun in Open English WordNet (CC BY 4.0,
# derived from Princeton WordNet 3.0). Made by tools/make_noun_kinds.py."""


def kind_of(word: str, wordnet: WordNet) -> str:
    """'person', 'place', 'source' (either) or '' for a word used first as a noun (not
    "common", an adjective before it is a piece of land)."""
    lemmas = wordnet.lemmas_of(word, nouns_only=True)[-1:]  # a plural as its singular ("parts": part)
    if not lemmas or not wordnet.synsets[lemmas[0]][0].endswith("-n"):
        return ""
    person = any(wordnet.is_a(lemma, PERSON_ROOTS, senses=1, as_noun=True) for lemma in lemmas)
    place = any(wordnet.is_a(lemma, WORLD, senses=1, as_noun=True) for lemma in lemmas)
    return "source" if person and place else "person" if person else "place" if place else ""


def main() -> None:
    wordnet = WordNet.load()
    print(HEADER)
    for word in sorted(ordinary_words()):
        kind = kind_of(word, wordnet)
        if kind:
            print(f"{word}\t{kind}")


if __name__ == "__main__":
    main()
