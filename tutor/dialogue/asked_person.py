"""Whom a question asks for, read from its words: someone after a named person ("who
replaced Chicherin"), someone by a role ("who was Stalin's main man abroad"), the one
holder of a post, by name ("who was the leader of the GMD"), a person or group by
its name ("which French leader...", "the name of Lenin's wife"), or what became of
someone ("what happened to Bukharin").

Pure functions of a turn's normalised words; tutor.dialogue.forms.wanted_answer asks them.
"""

from __future__ import annotations

from tutor.text.lexicon import STOPWORDS, noun_kinds, ordinary_words

SUCCESSION = frozenset({"after", "replaced", "replace", "replaces", "succeeded", "succeed", "succeeds"})
_TITLES = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "president", "general", "chancellor", "king"})


def successor(words: tuple[str, ...]) -> bool:
    """'Who became chancellor after Stresemann', 'who took over after him', 'who
    replaced Chicherin': someone other than the person named is asked for, so only
    a note naming another person answers ('successor'); "the chancellor" names nobody."""
    everyday = ordinary_words()
    for i, word in enumerate(words[:-1]):
        if word in SUCCESSION or (word == "from" and i > 0 and words[i - 1] == "over"):
            after = [w for w in words[i + 1:i + 4] if w not in _TITLES][:1]
            if after and (after[0] in ("him", "her", "them") or after[0].isalpha() and after[0] not in everyday):
                return True
    return False


def role(words: tuple[str, ...]) -> bool:
    """'Who was Stalin's main man abroad', 'who were the yes men': "who was" with a
    noun for a person after it asks for someone by a role, not what a name means."""
    if len(words) < 3 or words[0] != "who" or words[1] not in ("is", "was", "were", "are"):
        return False
    kinds = noun_kinds()
    return any(kinds.get(w) == "person" for w in words[2:8])


_IN_CHARGE = ("in", "charge", "of")


def one_holder(words: tuple[str, ...]) -> bool:
    """'Who was the leader of the GMD', 'who was in charge of the secret police': one
    person holding a post is asked for, by name; "officials" or "the troops" is no
    answer, as it is to "who were the victims"."""
    if len(words) < 4 or words[0] != "who" or words[1] not in ("is", "was"):
        return False
    if words[2:5] == _IN_CHARGE:
        return True
    kinds = noun_kinds()
    post = next((w for w in words[2:8] if kinds.get(w) == "person"), "")
    return words[2] in ("the", "a") and bool(post) and not post.endswith("s")


def which_noun(words: tuple[str, ...]) -> str:
    """'Which French leader sent troops', 'what party did he join': a noun for a person
    or a group after "which" (or right after "what") asks for one by its name ('named':
    a note that says "the foreign minister" or "Belgian troops" names none); "which
    territory" asks for a place, "which countries" for a place or its people ('source':
    "French and Belgian troops occupied the Ruhr" answers it)."""
    kinds = noun_kinds()
    named = _name_of(words, kinds)
    if named:
        return named
    for i, word in enumerate(words):
        if word not in ("which", "what"):
            continue
        for n, after in enumerate(words[i + 1:i + 4]):
            if after in STOPWORDS or (word == "what" and n > 0):
                break
            if after in kinds:
                return "named" if kinds[after] == "person" else kinds[after]
    return ""


def _name_of(words: tuple[str, ...], kinds: dict[str, str]) -> str:
    """'What was the name of the president who could rule by decree', 'the name of
    Lenin's wife': the name of a person or group asks for it ('named'); the name of
    a process or a law ("the name of the process by which...") asks for a term."""
    for i in range(len(words) - 2):
        if words[i] in ("name", "names") and words[i + 1] == "of":
            after = [w for w in words[i + 2:i + 6] if w not in ("the", "a", "an", "his", "her", "their", "its")]
            for word in after[:3]:  # "the name of Stalin's secret police": its head noun, third
                if word in STOPWORDS:
                    break  # "the name of the process by which people...": the process
                if kinds.get(word) == "person":
                    return "named"
            return ""
    return ""


_FATE_ASKED = (("what", "happened", "to"), ("what", "had", "happened", "to"), ("what", "has", "happened", "to"),
               ("what", "became", "of"), ("what", "happen", "to"))
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "all", "those", "these"})
_HEDGES = frozenset({"actually", "really", "exactly", "eventually", "finally", "ultimately", "then", "later"})


def fate_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """'What happened to Bukharin (in the end)', 'what became of him', 'what happened to
    the kulaks': the person or group whose fate is asked, as typed; () when the line asks
    no such thing, or asks it of a thing ("what happened to prices", "to the treaty")."""
    words = tuple(w for w in words if w not in _HEDGES)  # "what actually happened to them"
    for start in range(len(words)):
        asked = next((f for f in _FATE_ASKED if words[start:start + len(f)] == f), None)
        if asked is None:
            continue
        rest = words[start + len(asked):]
        if rest[:1] in (("him",), ("her",)):
            return rest[:1]
        kinds, everyday = noun_kinds(), ordinary_words()
        named = [w for w in rest[:3] if w not in _TITLES]
        if rest[:1] and rest[0] in _DETERMINERS:  # "the kulaks": a noun for people, or nobody
            return tuple(named[:1]) if named and kinds.get(named[0]) == "person" else ()
        name = []
        for word in named[:2]:  # "wolfgang kapp": a name no dictionary lists in lower case
            if not word.isalpha() or word in STOPWORDS or word in everyday:
                break
            name.append(word)
        return tuple(name)
    return ()
