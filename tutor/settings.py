"""Every value the tutor is tuned by, in one frozen object handed to the Tutor.

An experiment or a test changes one value (dataclasses.replace(Settings(),
decline_below=0.4)) without patching a module. A base module: it imports
nothing of tutor's, and every room may read it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # deciding whether and how the notes answer (tutor.dialogue.decide)
    decline_below: float = 0.35         # confidence under which the notes are said not to cover it
    named_heading_floor: float = 0.25   # ... unless this sure, under a heading the question names (dialogue/named.py)
    sibling_ratio: float = 0.85         # same-heading notes this close to the best join the answer
    clarify_ratio: float = 0.9          # two topics this close, holding the question equally: ask which
    listed_topics: int = 8              # topics named at most when a question is declined
    near_coverage: float = 0.2          # a declined question this much in a note is near that note's topic
    named_thing_notes: int = 500        # notes checked for a named thing ("the great purge")
    named_thing_related: float = 0.7    # a word this near in meaning names it too ("2 kinds": "2 types")
    branch_topic_list: int = 4          # a whole topic is answered with its first notes; "tell me more" goes on
    branch_list: int = 8                # notes shown under a sub-heading that names the question
    # routing a line (tutor.dialogue.route)
    intent_min: float = 0.45            # intent similarity needed to treat a line as a command
    max_input: int = 2000               # characters read from one line
    lean_near: float = 0.6              # a short line is read with the last question if a word is this near the notes
    own_words_near: float = 0.8         # a student's word this near a notes' word is their own word for it
    repeat_confidence: float = 0.75     # a later question of a line answered by an earlier one's note needs this
    side_question_confidence: float = 0.6  # a question asked mid-practice is answered from this confidence
    # follow-ups (tutor.dialogue.followon)
    context_weight: float = 0.5         # share of the previous question's scores blended into a follow-up
    topic_boost: float = 1.3            # a follow-up stays in the last answer's topic unless its words lead away
    # "who is X?": the note that says what X is (tutor.dialogue.retrieve.defining_first)
    defining_share: float = 0.6         # ... comes first when its confidence is at least this share of the best
    defining_reach: int = 8             # ... among this many best candidates
    other_side_share: float = 0.5       # a comparison's other side: a note at least this share as sure as the best
    # ranking candidates (tutor.search.matching)
    candidates: int = 200               # notes weighed for coverage, the most similar first
    full_confidence_score: float = 0.28  # similarity at which coverage alone sets the confidence
    similarity_power: float = 1.0       # below it, confidence is coverage * (similarity / that) ** this
    person_clash_factor: float = 0.3    # coverage kept by a note about other people than those asked about
    # a note that gives the kind of fact asked, holding this much less of the question than the note that
    # holds it all, gives it of something else ("when did Chicherin become chief representative" is not
    # dated by "Treaty of Rapallo (1922) ... Chicherin")
    fact_elsewhere_ratio: float = 0.7
    ordinary_share: float = 1.4         # an everyday word the notes lack, as a multiple of the rarest word's idf
    common_floor: float = 0.25          # ...scaled down the commoner it is in English, to this share at least
    common_in_notes: bool = True        # a word the notes do use is scaled down the same way
    related_share: float = 0.8          # a word of nearly the same meaning (WordNet) earns this share of a match
    neighbour_floor: float = 0.5        # a word this similar (sentence-model neighbours) counts as nearly the same
    neighbour_strength: float = 0.8     # ... and stands for it this strongly when it means the same, half at the floor
    misspelling_floor: float = 3.0      # a notes' word one slip from an English word this common misspells it
    heading_share: float = 0.8          # a word found only in a note's headings earns this share of a match
    pervasive_share: float = 0.7        # a word the notes of half the topics use earns this in any note
    unknown_factor: float = 2.0         # a name or term the notes lack, as a multiple of it
    exact_bonus: float = 0.15           # rank bonus when every content word appears exactly as written
    reason_bonus: float = 0.3           # rank bonus, for a why-question, of a note that gives a reason
    condition_bonus: float = 0.5        # ... and for a question with "if", of a note that says what happens if
    name_bonus: float = 0.25          # ... and for a "who" question, of a note that gives someone's name
    score_power: float = 1.0            # rank: similarity ** score_power, times ...
    coverage_floor: float = 0.3         # ... (coverage_floor + (1 - coverage_floor) * coverage)
    context_share: float = 0.5          # weight of the last question's words in a follow-up that points back
    word_share: float = 0.6             # the word model's share of similarity (the rest: character n-grams)
    # grading explanations (tutor.coaching.grading)
    similar_enough: float = 0.45        # TF-IDF similarity that, with half the key ideas, also makes a point
    close_question: float = 0.6         # share of a typed why-question's content words that must be the question's own
