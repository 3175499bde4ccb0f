"""Markdown read as a student means it (tutor.notes.importers.markdown): headings
nest by level, and what is written under a heading sits under it, never above
the next heading."""

from __future__ import annotations

from tutor.notes.importers.markdown import parse_markdown


def shape(nodes, depth=0):
    """The outline as (depth, text, label) rows, in order."""
    rows = []
    for node in nodes:
        rows.append((depth, node.text, node.label))
        rows.extend(shape(node.children, depth + 1))
    return rows


def test_a_paragraph_before_a_heading_is_a_note_not_the_headings_parent():
    text = ("Shintoism is the indigenous religion of Japan.\n\n## The Origin of Shintoism\n\n"
            "It grew from the worship of nature.\n\n#### Examples of Kami\n- Inari: agriculture\n")
    rows = shape(parse_markdown(text.splitlines()).roots)
    assert rows == [(0, "Shintoism is the indigenous religion of Japan.", False),
                    (0, "The Origin of Shintoism", True),
                    (1, "It grew from the worship of nature.", False),
                    (1, "Examples of Kami", True),
                    (2, "Inari: agriculture", False)]


def test_a_paragraph_ending_in_a_colon_heads_the_list_after_it():
    rows = shape(parse_markdown("## Causes\n\nThree causes:\n\n- war debts\n- reparations\n".splitlines()).roots)
    assert rows == [(0, "Causes", True), (1, "Three causes:", True), (2, "war debts", False),
                    (2, "reparations", False)]


def test_a_line_all_in_bold_heads_the_list_after_it():
    text = ("## Types\n\n**Demand pull inflation**\n- too much money chasing too few goods\n\n"
            "**Cost push**\n- wages rise\n")
    rows = shape(parse_markdown(text.splitlines()).roots)
    assert rows == [(0, "Types", True), (1, "Demand pull inflation", True),
                    (2, "too much money chasing too few goods", False), (1, "Cost push", True),
                    (2, "wages rise", False)]
    # bold inside a sentence is emphasis, not a heading
    rows = shape(parse_markdown("## Types\n\nThe **main** kind:\n- demand pull\n".splitlines()).roots)
    assert rows[1] == (1, "The main kind:", True)
    rows = shape(parse_markdown("## Types\n\nIt is **very** high\n- demand pull\n".splitlines()).roots)
    assert rows[1] == (1, "It is very high", False) and rows[2][0] == 1


def test_an_admonitions_body_is_notes_under_its_title():
    text = ("### Logic\n\n!!! definition\n    - **Logic** is the study of rules of inference.\n"
            "    - A **conclusion** is a proposition that follows all others.\n\n"
            "!!! example\n    As monkeys like bananas, Lucy must like bananas.\n\nAfter it.\n")
    outline = parse_markdown(text.splitlines())
    assert shape(outline.roots) == [
        (0, "Logic", True), (1, "Definition:", True),
        (2, "Logic is the study of rules of inference.", False),
        (2, "A conclusion is a proposition that follows all others.", False),
        (1, "Example: As monkeys like bananas, Lucy must like bananas.", False),
        (1, "After it.", False)]
    lines = {n.text: n.lines for root in outline.roots for n in root.walk()}
    assert lines["A conclusion is a proposition that follows all others."] == (5,)  # still the user's line


def test_a_formula_is_shown_as_a_student_reads_it_not_as_its_latex():
    text = ("## RC Circuit\nTime constant: $\\tau = RC$\n\n"
            "- $R_{total}=R_1+R_2+R_3+\\dots$\n- $$C = \\frac{Q}{V}$$\n")
    texts = [row[1] for row in shape(parse_markdown(text.splitlines()).roots)]
    assert "Time constant: τ= RC" in texts           # the Greek letter kept, not dropped
    assert "R_total=R_1+R_2+R_3+…" in texts          # no underscore read as emphasis
    assert "C = Q/V" in texts


def test_an_expected_phrase_copied_with_its_latex_is_looked_for_as_shown():
    from tutor.evaluation.sets import as_shown
    assert as_shown("\\tau = RC") == "τ= RC" and as_shown("$C = \\frac{Q}{V}$") == "C = Q/V"
    assert as_shown("R_1+R_2") == "R_1+R_2" and as_shown("plain words") == "plain words"


def test_a_table_whose_columns_are_lists_is_read_by_column():
    text = ("| Shared | Only in Animal Cells | Only in Plant Cells |\n| --- | --- | --- |\n"
            "| Nucleus | Lysosome | Vacuoles |\n| Ribosomes | | Plasmodesmata |\n| Cytoskeleton | | |\n")
    rows = shape(parse_markdown(text.splitlines()).roots)
    assert (0, "Only in Plant Cells", True) in rows and (1, "Plasmodesmata", False) in rows
    assert not any("Ribosomes" in t and "Plasmodesmata" in t for _, t, _ in rows)


def test_a_table_of_records_is_still_read_by_row():
    text = ("| Term | Meaning |\n| --- | --- |\n| Inflation | a general rise in prices over time |\n"
            "| Deflation | a general fall in prices over time |\n")
    rows = shape(parse_markdown(text.splitlines()).roots)
    assert (0, "Inflation — Meaning: a general rise in prices over time", False) in rows


def test_a_record_table_with_an_empty_column_and_row_is_still_read_by_row():
    text = ("| Shape | Molecule | Diagram | Polar? |\n| --- | --- | --- | --- |\n"
            "| Tetrahedral | CH4 | | Non-Polar |\n| Linear | HCl | | Polar |\n| | | | |\n")
    rows = shape(parse_markdown(text.splitlines()).roots)
    assert (0, "Tetrahedral — Molecule: CH4; Polar?: Non-Polar", False) in rows


def test_a_fence_that_holds_markdown_is_read_as_notes_and_code_is_still_one_note():
    text = ("## Shape\n- round\n## Movement\n````col\n```col-md\n#### Flagellum\n"
            "- Use a whip shaped tail to move around\n```\n"
            "```col-md\n#### Stationary\n- cant move\n```\n````\n\n```ad-note\n- pili are hairs\n```\n\n"
            "```python\nprint('hello world')\n```\n")
    outline = parse_markdown(text.splitlines())
    assert shape(outline.roots) == [
        (0, "Shape", True), (1, "round", False), (0, "Movement", True), (1, "Flagellum", True),
        (2, "Use a whip shaped tail to move around", False),
        (1, "Stationary", True), (2, "cant move", False), (2, "pili are hairs", False),
        (2, "print('hello world')", False)]  # a heading inside a fence governs what follows, as any heading
    lines = {n.text: n.lines for root in outline.roots for n in root.walk()}
    assert lines["Use a whip shaped tail to move around"] == (7,) and lines["cant move"] == (11,)  # the user's lines
    assert lines["pili are hairs"] == (16,)


def test_lines_of_bold_terms_and_their_definitions_are_a_note_each():
    text = ("## Evidence\n> [!def] Definitions\n> **Thesis**: The main idea of the passage\n"
            "> **Reasons**: The ideas that support your thesis\n\n**Bold** words inside\na paragraph stay one note\n")
    outline = parse_markdown(text.splitlines())
    assert shape(outline.roots) == [
        (0, "Evidence", True), (1, "Definitions", True), (2, "Thesis: The main idea of the passage", False),
        (2, "Reasons: The ideas that support your thesis", False), (1, "Bold words inside a paragraph stay one note",
                                                                    False)]
    lines = {n.text: n.lines for root in outline.roots for n in root.walk()}
    assert lines["Reasons: The ideas that support your thesis"] == (4,)


def test_a_mermaid_mind_map_is_read_as_nested_notes_on_the_users_lines():
    text = ("## Volcanoes map\n```mermaid\nmindmap\n  root((Volcanoes))\n    Types\n"
            "      a[Shield volcanoes have gentle slopes]\n      b(Composite volcanoes are steep)\n"
            "    Hazards\n      ::icon(fa fa-fire)\n      Lava flows\n      Ash clouds:::urgent\n```\n"
            "## After\n- a note after\n")
    outline = parse_markdown(text.splitlines())
    assert shape(outline.roots) == [
        (0, "Volcanoes map", True), (1, "Volcanoes", False), (2, "Types", False),
        (3, "Shield volcanoes have gentle slopes", False), (3, "Composite volcanoes are steep", False),
        (2, "Hazards", False), (3, "Lava flows", False), (3, "Ash clouds", False),
        (0, "After", True), (1, "a note after", False)]
    lines = {n.text: n.lines for root in outline.roots for n in root.walk()}
    assert lines["Volcanoes"] == (4,) and lines["Lava flows"] == (10,)
