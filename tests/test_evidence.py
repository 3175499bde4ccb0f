"""What a note gives: a reason, a place, a time, a number (tutor.search.evidence).
A question asking 'why' or 'where' prefers a note that gives one, so these marks
decide which of two close notes answers."""

from __future__ import annotations

import pytest

from tutor.search.evidence import marks_of, note_evidence
from tutor.text.lexicon import ordinary_words
from tutor.text.normalise import raw_tokens
from tutor.text.wordnet import WordNet


def marks(text: str) -> set[str]:
    return marks_of(text, raw_tokens(text), WordNet.load())


@pytest.mark.parametrize("text", [
    'Electrons are shared equally - electrons are "in the middle"',
    "High freq detection = close to oval window",
    "The medulla sits in the brain stem",
    "It lies between the two ventricles",
])
def test_a_note_that_says_where(text):
    assert "place" in marks(text)


@pytest.mark.parametrize("text", [
    "Bicuspid and tricuspid valves are forced to close. This prevents the backflow of blood",
    "The Shintos gave a name to their religion as a way to differentiate themselves",
    "Prices rose because more money was printed",
    "This law is deduced from the conservation of charge",
    "More money but fewer goods = prices shot up",
])
def test_a_note_that_gives_a_reason(text):
    assert "cause" in marks(text)


@pytest.mark.parametrize("text", ["Stalin appointed yes men", "Cardiac output is increased",
                                  "At any junction point, ∑I_in = ∑I_out"])  # a formula's '=' is no 'so'
def test_a_plain_statement_gives_neither(text):
    assert not {"place", "cause"} & marks(text)


@pytest.mark.parametrize("text,formula", [
    ("C = Q/V = ϵ_0 A/d, where ϵ_0 is the permittivity of vacuum", True),
    ("Time constant: τ= RC", True),
    ("P = I^2R = IU", True),
    ("More money but fewer goods = prices shot up", False),   # a cause, not a formula
    ("Magnification = image size / real size", True),        # a word equation
    ("Cytoplasm = where most chemical reactions happen", False),
    ("Stalin appointed yes men", False),
])
def test_a_note_that_gives_a_formula(text, formula):
    assert ("formula" in marks(text)) is formula


def names(text: str) -> set[str]:
    from tutor.search.evidence import named_in
    from tutor.text.lexicon import ordinary_words
    return named_in(text, raw_tokens(text), ordinary_words(), WordNet.load())


@pytest.mark.parametrize("text,place", [
    ("Spartacist uprising, January 1919 in Berlin", "berlin"),
    ("Wolfgang Kapp and Freikorps took over Berlin", "berlin"),
    ("Hitler and the Nazis tried to seize power in Bavaria", "bavaria"),
])
def test_a_name_where_english_puts_a_place_is_a_place(text, place):
    assert f"place:{place}" in names(text)


def test_a_name_alone_is_a_person_or_group_not_a_place():
    found = names("Bauhaus school of design founded 1919 by Walter Gropius")
    assert "person:gropius" in found and not {"place:gropius", "place:bauhaus", "place:walter"} & found


def test_a_full_name_is_one_person_known_by_the_last_word():
    found = names("Gustav Stresemann: chancellor Aug-Nov 1923, then foreign minister")
    assert "person:stresemann" in found and "person:gustav" not in found


def test_two_names_apart_are_two_people():
    found = names("Wolfgang Kapp and Freikorps took over Berlin")
    assert {"person:kapp", "person:freikorps"} <= found and "person:wolfgang" not in found


def test_people_are_people_but_the_lost_are_no_one():
    assert "person:people" in names("Some gained: people with loans or mortgages paid them off")
    assert not any(n.startswith("person:") for n in names("Land: lost 13% of territory, free trade ended"))


def test_a_name_after_of_names_a_thing_not_a_person():
    found = names("Treaty of Rapallo (1922), German foreign minister committed as well as Georgii Chicherin")
    assert "person:rapallo" not in found and "person:chicherin" in found


def test_a_word_whose_first_senses_are_adjectives_still_names_people_by_its_noun_sense():
    assert "person:conservatives" in names("Conservatives and older Germans saw the new culture as immoral")


def test_an_adjective_first_word_is_no_person_unless_used_as_a_plural_noun():
    assert "person:natural" not in names("they gave birth to the islands, deities, and natural elements")


@pytest.mark.parametrize("text,number", [
    ("Heart rate: numbers of heartbeats per minute", False),  # "per minute" gives no amount
    ("Unemployment fell to 5 per cent", True),
    ("Unemployment fell by half", True),
    ("Signed 28 June 1919", False),   # the day of a date is no count
    ("Germany already deep in debt from WW1", False),  # a name's number is no count
    ("Army: limited to 100,000 men", True),
])
def test_a_note_that_gives_an_amount(text, number):
    assert ("number" in marks(text)) is number


@pytest.mark.parametrize("text,when", [
    ("Article 48: president could rule by decree in an emergency", True),   # the circumstance "when" asks
    ("Russia would stay neutral if Germany was attacked", True),
    ("Signed in 1926", True),
    ("Stalin appointed yes men", False),
])
def test_a_note_that_says_when(text, when):
    assert ("time" in marks(text)) is when


def test_a_capital_that_only_says_whose_a_thing_is_names_no_one():
    from tutor.search.evidence import note_evidence
    from tutor.text.lexicon import ordinary_words
    everyday, wordnet = ordinary_words(), WordNet.load()
    people, _ = note_evidence("Soviet control over the Comintern became much tighter", everyday, wordnet)
    assert "person:soviet" not in people
    assert "person:pensioners" in note_evidence("Pensioners lost their savings", everyday, wordnet)[0]
    assert "person:troops" in note_evidence("French and Belgian troops occupied the Ruhr", everyday, wordnet)[0]


@pytest.mark.parametrize("text,span", [
    ("Short-term memory lasts about 20 seconds", True),
    ("The war went on for four years", True),
    ("NEP, 1921-28", True), ("the 1920s", True),
    ("NEP, 1921", False),    # one year says when, not for how long
    ("Stages of the cell cycle", False),   # a stage is a time, not a length of time
    ("DNA is copied", False),
])
def test_a_note_that_says_how_long(text, span):
    assert ("span" in marks(text)) is span


@pytest.mark.parametrize("text", [
    "Electron microscopes have higher magnification than light microscopes",  # "have": the haves
    "Embryonic stem cells can become any type of cell",                     # "type": a kind of person
    "Types of stem cell",
])
def test_a_word_whose_first_meaning_is_no_person_names_no_one(text):
    assert not any(n.startswith("person:") for n in names(text))


@pytest.mark.parametrize("text,date", [
    ("Signed in 1926", True),
    ("Signed 28 June 1919", True),
    ("The cult began on his 50th birthday in December", True),
    ("Confident after removing Trotsky", False),   # says when, but gives no date
])
def test_a_note_that_gives_a_date(text, date):
    assert ("date" in marks(text)) is date


def test_the_words_of_a_title_name_no_one():
    people, _ = note_evidence("This is due to the Valence Shell Electron Pair Repulsion Theory (VSEPR).",
                              ordinary_words(), WordNet.load())
    assert not {p for p in people if p.startswith("person:")} - {"person:vsepr"}, people
    people, _ = note_evidence("Rosa Luxemburg and Karl Liebknecht led the Spartacists",
                              ordinary_words(), WordNet.load())
    assert {"person:luxemburg", "person:liebknecht"} <= people  # names in a run are still names


def test_a_name_spelled_out_before_its_initials_is_the_one_group_they_name():
    from tutor.search.evidence import spelled_out
    assert spelled_out("two rival groups, the Chinese Communist Party (CCP) and the GMD") == {
        "chinese", "communist", "party"}
    assert spelled_out("the Union of Soviet Socialist Republics (USSR)") == {
        "union", "soviet", "socialist", "republics"}
    assert not spelled_out("Adenosine Triphosphate (ATP)")  # the initials are not the words'
    people, _ = note_evidence("After 1925 the Chinese Communist Party (CCP) and the GMD battled for power.",
                              ordinary_words(), WordNet.load())
    assert not {p for p in people if p.startswith("name:")} - {"name:ccp", "name:gmd"}, people


def test_a_small_word_of_a_heading_in_capitals_is_no_acronym_but_us_is():
    people, _ = note_evidence("USE OF TERROR it made people comply", ordinary_words(), WordNet.load())
    assert "name:of" not in people
    people, _ = note_evidence("Germany got US loans", ordinary_words(), WordNet.load())
    assert "name:us" in people


@pytest.mark.parametrize("text,fate", [
    ("As a result of his confidence after removing Trotsky", True),
    ("Relations ended with death of Stresemann in 1929", True),
    ("Kapp fled to Sweden", True),
    ("A way to attack Bukharin", False),
    ("Hitler and the Nazis tried to seize power in Bavaria", False),
])
def test_a_note_that_says_what_became_of_someone(text, fate):
    assert ("fate" in marks(text)) == fate
