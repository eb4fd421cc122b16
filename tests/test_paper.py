"""The committee paper: the "HMICFRS update" drafted as .docx, read back with python-docx.

On the bundled sample (through `reconcile demo`, as `make demo` runs it) and on small lists
written here from real HMICFRS texts.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from builders import (
    CONTROL_ROOM,
    DASH,
    DIGITAL,
    EFF,
    FA,
    FIREARMS,
    LEADERSHIP,
    MSHT_INTEL,
    SF,
    tracker_rows,
)
from click.testing import CliRunner
from openpyxl.styles import PatternFill

import reconcile
from reconcile import sample_files
from reconcile.cli import main
from reconcile.errors import ConfigError, ReconcileError
from reconcile.paper import texts, write_paper
from reconcile.vocab import CATEGORY_TITLES

GOLDEN = Path(__file__).parent / "data" / "sample_paper.txt"

SECTIONS = ["1. PURPOSE OF REPORT", "2. BACKGROUND", "Reconciliation with the HMICFRS list",
            "Inspection reports received since the last meeting",
            "Outstanding recommendations currently graded Red", "Overview of reports for review",
            "3. RECOMMENDATIONS", "CONTACT OFFICER", "BACKGROUND DOCUMENTS"]

#: LibreOffice's user profile for these tests, apart from any the user has open.
PROFILE_DIR = Path(__import__("tempfile").gettempdir()) / "reconcile-tests-libreoffice"


# ------------------------------------------------------------------------------ reading back

def lines(doc) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs]


def section(doc, title: str) -> list[tuple[str, str]]:
    """The paragraphs under a heading, up to the next heading of its level or above."""
    out, level = [], None
    for style, text in lines(doc):
        if level is None:
            if text == title and style.startswith("Heading"):
                level = int(style.split()[-1])
            continue
        if style.startswith("Heading") and int(style.split()[-1]) <= level:
            break
        out.append((style, text))
    assert level is not None, f"no heading {title!r}"
    return out


def canon(text: str) -> str:
    """A text with its bullets, references and spacing set aside: the words in order."""
    text = re.sub(r" \(HMICFRS ref\. [^)]+\)", "", text)
    return " ".join(text.replace("•", " ").split())


def body(paras: list[tuple[str, str]]) -> str:
    return canon("\n".join(t for _, t in paras))


def list_items(path: str) -> list[dict]:
    """The HMICFRS list read straight from the file, independently of the tool."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb["Definitive list"].iter_rows(values_only=True))
    finally:
        wb.close()
    head = next(i for i, r in enumerate(rows) if r and r[0] == "Reference")
    names = rows[head]
    return [dict(zip(names, r, strict=False)) for r in rows[head + 1:] if r and r[0]]


# ------------------------------------------------------------------------------ the sample

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out / "hmicfrs-update.docx")), out


def test_demo_writes_the_paper_with_every_section_in_order(demo):
    doc, _ = demo
    got = [t for s, t in lines(doc) if s in ("Heading 1", "Heading 2")]
    assert got == SECTIONS
    assert [t for s, t in lines(doc) if s == "Title"] == ["HMICFRS UPDATE"]
    assert ("Normal", "30 November 2017") in lines(doc)[:4]
    assert section(doc, "1. PURPOSE OF REPORT") == [("Normal", texts.PURPOSE)]
    assert section(doc, "3. RECOMMENDATIONS") == [("Normal", texts.RECOMMENDATION)]
    for title in SECTIONS:   # no empty section
        assert section(doc, title), title


def test_the_page_is_a4_portrait_with_page_numbers(demo):
    doc, _ = demo
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    xml = s.footer._element.xml
    assert 'w:instr="PAGE"' in xml


def _libreoffice_has(component: str) -> bool:
    """LibreOffice is installed with this component (Debian splits Writer and Calc apart)."""
    soffice = shutil.which("soffice")
    return bool(soffice) and any(Path(os.path.realpath(soffice)).parent.glob(f"lib{component}lo.*"))


@pytest.mark.skipif(not (_libreoffice_has("sw") and shutil.which("pdftotext")),
                    reason="LibreOffice Writer (soffice) and pdftotext not installed")
def test_the_paper_renders_to_pdf_whole_with_page_numbers(demo, tmp_path):
    """Word's view, near enough: LibreOffice lays the paper out on A4. Every section heading
    is on a page, every word of the document reaches the PDF (nothing cut), and each page
    ends with its own number from the footer's page field."""
    import subprocess

    doc, out = demo
    subprocess.run([shutil.which("soffice"), "--headless",
                    # its own profile: a LibreOffice already open (or another test) holds the usual one
                    f"-env:UserInstallation=file://{PROFILE_DIR}", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(out / "hmicfrs-update.docx")], check=True,
                   capture_output=True, timeout=240)
    pdf = tmp_path / "hmicfrs-update.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.strip().splitlines()[-1].strip().endswith(str(number)), (number, page[-200:])
    # A word broken at its hyphen across two lines ("risk-" / "assessed.") is one word.
    flat = " ".join(re.sub(r"-[ \t]*\n\s*", "-", text).replace("\f", " ").split())
    for title in SECTIONS:
        assert " ".join(title.split()) in flat, title
    words = " ".join(p.text for p in doc.paragraphs).split()
    missing = [w for w in dict.fromkeys(words) if w not in flat]
    assert not missing, missing[:20]


def summary_numbers(path: Path) -> dict[str, int]:
    """The Summary sheet's headline and category counts, as the workbook shows them."""
    ws = openpyxl.load_workbook(path)["Summary"]
    titles = {t: c for c, t in CATEGORY_TITLES.items()}
    out = {}
    for a, b in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if a in titles and isinstance(b, int):
            out[titles[a]] = b
        elif a == "Open on the HMICFRS list":
            out["open"] = b
    return out


def test_the_position_paragraph_ties_out_with_the_workbook_summary(demo):
    doc, folder = demo
    text = section(doc, "Reconciliation with the HMICFRS list")[0][1]
    summary = summary_numbers(folder / "reconciliation.xlsx")
    n = len(list_items(sample_files()[0]))
    pattern = (r"holds (\d+) recommendations.*?: (\d+) open and (\d+) closed.*?(\d+) are in sync"
               r".*?(\d+) can be submitted.*?(\d+) can be closed locally.*?(\d+) are in conflict"
               r".*?(\d+) are missing.*?(\d+) entries.*?(\d+) possible matches")
    got = [int(v) for v in re.search(pattern, text).groups()]
    assert got == [n, summary["open"], n - summary["open"], summary["in_sync"],
                   summary["closeable_submit"], summary["closeable_local"], summary["conflict"],
                   summary["missing_from_force"], summary["not_on_hmicfrs_list"],
                   summary["review"]]
    assert sum(v for k, v in summary.items() if k != "open") == 77   # the sample's 77 lines


def test_reports_published_since_the_last_meeting_are_given_word_for_word(demo):
    doc, _ = demo
    paras = section(doc, "Inspection reports received since the last meeting")
    text = body(paras)
    items = list_items(sample_files()[0])
    new = [i for i in items if date(2017, 9, 28) < i["Publication date"].date() <= date(2017, 11, 30)]
    old = [i for i in items if i["Publication date"].date() <= date(2017, 9, 28)]
    assert {i["Report title"] for i in new} == {
        "Stolen freedom: the policing response to modern slavery and human trafficking",
        "PEEL: Police efficiency 2017"}
    for item in new:
        assert canon(item["Recommendation"]) in text, item["Reference"]
        assert f"(HMICFRS ref. {item['Reference']})" in "\n".join(t for _, t in paras)
    for item in old:
        assert canon(item["Recommendation"]) not in text, item["Reference"]
    headings = [t for s, t in paras if s == "Heading 3"]
    assert headings == [  # oldest first, named as the list names them
        "Stolen freedom: the policing response to modern slavery and human trafficking",
        "PEEL: Police efficiency 2017"]
    assert ("Normal", "Published on 24 October 2017.") in paras
    # LEADERSHIP's four bullets are Word bullets, markers dropped
    bullets = [t for s, t in paras if s == "List Bullet"]
    assert bullets[0] == "senior leaders prioritise the response to modern slavery and human trafficking;"
    assert len(bullets) == 4
    assert [t for s, t in paras if s == "Heading 4"] == ["Recommendations", "Recommendations",
                                                        "Areas for improvement"]


def test_red_items_carry_their_cause_owner_and_quoted_update(demo):
    doc, _ = demo
    paras = section(doc, "Outstanding recommendations currently graded Red")
    text = "\n".join(t for _, t in paras)
    dash = next(i for i in list_items(sample_files()[0]) if i["Reference"] == 8797)
    cause = next(i for i in list_items(sample_files()[0]) if i["Reference"] == 8795)
    assert canon(dash["Recommendation"]) in body(paras)
    # the cause of concern above its recommendation, as HMICFRS sets them out
    assert body(paras).index(canon(cause["Recommendation"])) < body(paras).index(
        canon(dash["Recommendation"]))
    update = ("“The Force Executive Team agreed on 25 July that we would risk-assess all DA "
              "incidents.")
    quotes = [t for s, t in paras if s == "Quote"]
    assert any(q.startswith(update) and q.endswith("end of October.”") for q in quotes)
    assert "Owner: C/Supt Bell. The latest progress update from the tracker is as follows:" in text
    # graded Red in the tracker but closed by HMICFRS (superseded): not outstanding
    assert "Recruitment of 40 contact handlers" not in text
    # Amber is not Red
    assert "Missing persons dip-sample monthly" not in text
    # graded Red, but of a report published after the meeting (2019, paper of 2017): not yet
    assert "vetting backlog" not in text
    assert paras[0] == ("Normal", "There are 2 items currently graded Red:")


def test_reports_for_review_propose_closing_and_submitting(demo):
    doc, _ = demo
    paras = section(doc, "Overview of reports for review")
    austerity = section(doc, "Policing in austerity: Meeting the challenge")
    assert austerity[0][1].startswith("The HMICFRS list now shows every item from this report "
                                      "as closed (No further action required)")
    assert [t.split(":")[0] for s, t in austerity if s == "List Bullet"] == ["3543", "3542"]
    cdi = section(doc, "Crime data integrity inspection 2014")
    assert "It is proposed that the force submits it to HMICFRS for closure:" in cdi[0][1]
    conflicts = section(doc, "Conflicts to resolve")
    assert ("List Bullet", "9311, Stolen freedom: the policing response to modern slavery and "
            "human trafficking: timescale differs: HMICFRS 'within 6 months' vs force 'within 12 "
            "months'.") in conflicts
    assert sum(s == "List Bullet" for s, _ in conflicts) == 6
    assert any(t == "Conflicts to resolve" for _, t in paras)


def test_background_documents_and_blank_contact_officer(demo):
    doc, _ = demo
    docs = section(doc, "BACKGROUND DOCUMENTS")
    assert [t.split(",")[0] for _, t in docs] == [
        "HMICFRS list: hmicfrs_definitive_list.xlsx", "Force tracker: force_tracker.xlsx"]
    contact = section(doc, "CONTACT OFFICER")
    assert contact[0][1] == "Name: " + texts.BLANK_NAME
    highlighted = [r for p in doc.paragraphs for r in p.runs if r.font.highlight_color]
    assert texts.BLANK_NAME in [r.text for r in highlighted]


def dump(doc) -> str:
    """The paper as text, one paragraph a line with its style; file dates set aside."""
    saved = re.compile(r", saved \d+ \w+ \d{4}$")
    return "".join(f"[{style}] {saved.sub(', saved (date)', text)}\n" for style, text in lines(doc))


def test_the_sample_paper_is_the_one_checked_by_eye(demo):
    """tests/data/sample_paper.txt was read against the 2017 paper; any change shows here.
    After a deliberate change: write the new dump and read it again."""
    doc, _ = demo
    assert dump(doc) == GOLDEN.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------ small inputs

def _dt(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d)


H_ITEMS = [
    ["9310", SF, _dt(2017, 10, 24), "National recommendation", LEADERSHIP, "Being progressed"],
    ["9311", SF, _dt(2017, 10, 24), "National recommendation", MSHT_INTEL, "Being progressed"],
    ["8795", "PEEL: Police effectiveness 2016", _dt(2017, 3, 2), "Cause of concern",
     "The force's response to domestic abuse is a cause of concern to HMIC.", "Being progressed"],
    ["8797", "PEEL: Police effectiveness 2016", _dt(2017, 3, 2), "Recommendation", DASH,
     "Being progressed"],
    ["8521", EFF, _dt(2017, 11, 9), "National recommendation", DIGITAL, "Being progressed"],
    ["8522", EFF, _dt(2017, 11, 9), "Area for improvement", CONTROL_ROOM, "Being progressed"],
    ["6992", FA, _dt(2015, 9, 15), "National recommendation", FIREARMS, "Being progressed"],
]
PROGRESS = "Recruitment of 40 contact handlers approved; wellbeing survey Dec 17."


def _tracker(rag_8522: str | None, rag_8797: str = "Amber"):
    return tracker_rows(
        (SF, [[1, "9310", LEADERSHIP, "Recommendation", "ACC Crime", "Amber", "Gold group set up."],
              [2, "9311", MSHT_INTEL, "Recommendation", "Head of Intelligence", "Amber",
               "ISAs with three local authorities in draft."]]),
        ("PEEL Effectiveness 2016", [
            [3, "8795", "The force's response to domestic abuse is a cause of concern to HMIC.",
             "Cause of Concern", "C/Supt Bell", "Amber", "See rec 2."],
            [4, "8797", DASH, "Recommendation", "C/Supt Bell", rag_8797,
             "DASH completion dip-sampled weekly."]]),
        (EFF, [[5, "8521", DIGITAL, "Recommendation", "WMP2020 Programme Director", "Amber",
                "Digital plan drafted."],
               [6, "8522", CONTROL_ROOM, "AFI", "Head of Contact", rag_8522, PROGRESS]]),
        (FA, [[7, "6992", FIREARMS, "Recommendation", "Head of Firearms Licensing", "Amber",
               "Demand review done."]]))


def _paper(pair_files, tmp_path, rag_8522="Amber", rag_8797="Amber", h_items=H_ITEMS, shade=None,
           **kwargs):
    h, f = pair_files(h_items, _tracker(rag_8522, rag_8797))
    if shade:   # the RAG left blank and the cell shaded instead
        wb = openpyxl.load_workbook(f)
        ws = wb.active
        row = next(r for r in ws.iter_rows() if r[1].value == "8522")
        row[5].fill = PatternFill("solid", fgColor=shade)
        wb.save(f)
    rec = reconcile.reconcile(h, f, config=kwargs.pop("config", None))
    written = write_paper(rec, tmp_path / "update.docx", **kwargs)
    return docx.Document(str(written.path)), written


@pytest.mark.parametrize("rag, shade", [("RED", None), ("Red - overdue", None), (None, "FF0000")])
def test_red_by_word_or_by_cell_colour(pair_files, tmp_path, rag, shade):
    doc, _ = _paper(pair_files, tmp_path, rag_8522=rag, shade=shade, meeting="2017-11-30",
                    since="2017-09-28")
    paras = section(doc, "Outstanding recommendations currently graded Red")
    assert paras[0] == ("Normal", "There is one area for improvement currently graded Red:")
    assert ("Heading 3", EFF) in paras and ("Heading 4", "Area for improvement") in paras
    assert canon(CONTROL_ROOM) in body(paras)
    assert ("Normal", "Owner: Head of Contact. The latest progress update from the tracker is as "
            "follows:") in paras
    assert ("Quote", f"“{PROGRESS}”") in paras


def test_a_red_recommendation_comes_under_its_cause_of_concern(pair_files, tmp_path):
    doc, _ = _paper(pair_files, tmp_path, rag_8797="Red", meeting="2017-11-30")
    paras = section(doc, "Outstanding recommendations currently graded Red")
    assert [t for s, t in paras if s.startswith("Heading")] == [
        "PEEL: Police effectiveness 2016", "Cause of concern", "Recommendation"]
    assert ("List Bullet", "there is effective supervision of the initial risk assessment "
            "process, specifically in relation to the completion of DASH risk assessment in "
            "appropriate cases. (HMICFRS ref. 8797)") in paras
    assert ("Quote", "“DASH completion dip-sampled weekly.”") in paras


def test_no_red_items_says_so(pair_files, tmp_path):
    doc, _ = _paper(pair_files, tmp_path, meeting="2017-11-30", since="2017-09-28")
    assert section(doc, "Outstanding recommendations currently graded Red") == [
        ("Normal", "There are no recommendations currently graded Red.")]


def test_only_reports_after_since_and_up_to_the_meeting_are_new(pair_files, tmp_path):
    doc, _ = _paper(pair_files, tmp_path, meeting="2017-11-01", since="2017-09-28")
    paras = section(doc, "Inspection reports received since the last meeting")
    assert [t for s, t in paras if s == "Heading 3"] == [SF]
    assert canon(MSHT_INTEL) in body(paras) and canon(DIGITAL) not in body(paras)
    assert canon(FIREARMS) not in body(paras)


def test_since_after_the_meeting_is_said_and_the_paper_still_written(pair_files, tmp_path):
    doc, written = _paper(pair_files, tmp_path, meeting="2017-11-30", since="2017-12-01")
    assert written.path.exists()
    assert any("is not before the meeting" in n and n.endswith("--since 2017-09-28.")
               for n in written.notes)
    paras = section(doc, "Inspection reports received since the last meeting")
    assert "is not before the meeting" in paras[0][1]
    assert ("Normal", texts.NO_NEW) in paras


def test_a_list_without_publication_dates_says_why_it_cannot_tell(pair_files, tmp_path):
    undated = [[*i[:2], None, *i[3:]] for i in H_ITEMS]
    doc, written = _paper(pair_files, tmp_path, h_items=undated, meeting="2017-11-30",
                          since="2017-09-28")
    paras = section(doc, "Inspection reports received since the last meeting")
    assert len(paras) == 1 and "gives no publication dates" in paras[0][1]
    assert written.notes and "publication dates" in written.notes[0]


def test_no_since_and_no_previous_says_why(pair_files, tmp_path):
    doc, _ = _paper(pair_files, tmp_path, meeting="2017-11-30")
    paras = section(doc, "Inspection reports received since the last meeting")
    assert "No date of the last meeting was given" in paras[0][1]


def test_since_defaults_to_the_previous_runs_date(pair_files, tmp_path):
    h, f = pair_files(H_ITEMS, _tracker("Amber"))
    first = reconcile.reconcile(h, f)
    reconcile.write_workbook(first, tmp_path / "first.xlsx")
    again = reconcile.reconcile(h, f, previous=tmp_path / "first.xlsx")
    written = write_paper(again, tmp_path / "update.docx", meeting=date(2030, 1, 1))
    assert written.facts.since == first.started.date()
    doc = docx.Document(str(written.path))
    # the Changes sheet's paragraph follows the position
    assert section(doc, "Reconciliation with the HMICFRS list")[1][1] == again.changes.paragraph


def test_paper_settings_come_from_the_config(pair_files, tmp_path):
    cfg = tmp_path / "paper.toml"
    cfg.write_text('[paper]\ncommittee = "Joint Audit Committee"\ncontact_name = "Kath Holder"\n'
                   'contact_title = "Risk and Organisational Learning Manager"\n', encoding="utf-8")
    doc, _ = _paper(pair_files, tmp_path, config=cfg, meeting="2017-11-30")
    assert ("Normal", "JOINT AUDIT COMMITTEE") in lines(doc)[:3]
    assert section(doc, "CONTACT OFFICER") == [
        ("Normal", "Name: Kath Holder"), ("Normal", "Title: Risk and Organisational Learning Manager")]


def test_an_unknown_paper_key_is_refused(tmp_path):
    cfg = tmp_path / "paper.toml"
    cfg.write_text('[paper]\ncomittee = "Joint Audit Committee"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key 'comittee'.*committee, contact_name"):
        reconcile.load_config(cfg)
    cfg.write_text('[paper]\ncommittee = 3\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="committee must be text in quotes"):
        reconcile.load_config(cfg)


def test_the_paper_starts_from_the_forces_template(pair_files, tmp_path):
    from docx.shared import Pt, RGBColor

    template = docx.Document()
    template.add_paragraph("WEST MIDLANDS POLICE AND CRIME COMMISSIONER")
    template.styles["Heading 1"].font.size = Pt(17)
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x7B, 0x1F, 0x3A)
    template.save(str(tmp_path / "letterhead.docx"))
    doc, _ = _paper(pair_files, tmp_path, meeting="2017-11-30",
                    template=tmp_path / "letterhead.docx")
    assert doc.paragraphs[0].text == "WEST MIDLANDS POLICE AND CRIME COMMISSIONER"
    style = doc.styles["Heading 1"]
    assert style.font.size == Pt(17) and style.font.color.rgb == RGBColor(0x7B, 0x1F, 0x3A)
    assert next(p.text for p in doc.paragraphs if p.style.name == "Heading 1") == SECTIONS[0]


# ------------------------------------------------------------------------------ CLI and writing

def test_cli_run_writes_the_paper(pair_files, tmp_path):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    out = tmp_path / "r.xlsx"
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out", str(out), "--paper",
                                       str(tmp_path / "u.docx"), "--meeting", "30/11/2017",
                                       "--since", "2017-09-28"])
    assert result.exit_code == 0, result.output
    assert f"Wrote {tmp_path / 'u.docx'}" in result.output
    doc = docx.Document(str(tmp_path / "u.docx"))
    assert ("Normal", "30 November 2017") in lines(doc)[:3]


@pytest.mark.parametrize("args, fix", [
    (["--meeting", "2017-13-45"], "e.g. --meeting 2017-11-30."),
    (["--since", "last month"], "e.g. --since 2017-11-30."),
])
def test_cli_refuses_a_bad_date_before_running(pair_files, tmp_path, args, fix):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    out = tmp_path / "r.xlsx"
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out", str(out), "--paper",
                                       str(tmp_path / "u.docx"), *args])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "is not a date the paper can use" in message and message.endswith(fix)
    assert not out.exists() and not (tmp_path / "u.docx").exists()


def test_cli_refuses_paper_options_without_paper_and_a_wrong_suffix(pair_files, tmp_path):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    out = str(tmp_path / "r.xlsx")
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out", out, "--meeting",
                                       "2017-11-30"])
    assert result.exit_code == 2 and "add --paper hmicfrs-update.docx" in result.output
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out", out, "--paper", "u.doc"])
    assert result.exit_code == 2 and "must be a Word file ending in .docx" in result.output


def test_the_paper_is_written_whole_or_not_at_all(pair_files, tmp_path, monkeypatch):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    rec = reconcile.reconcile(h, f)
    target = tmp_path / "update.docx"
    target.write_bytes(b"last month's paper")

    def fail(self, path):
        Path(path).write_bytes(b"half a paper")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", fail)
    with pytest.raises(OSError, match="disk full"):
        write_paper(rec, target, meeting="2017-11-30")
    assert target.read_bytes() == b"last month's paper"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["hmicfrs.xlsx", "tracker.xlsx", "update.docx"])


def test_a_wrong_name_or_a_missing_template_writes_nothing(pair_files, tmp_path):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    rec = reconcile.reconcile(h, f)
    with pytest.raises(ReconcileError, match="must be a Word file"):
        write_paper(rec, h)
    before = h.read_bytes()
    copy = h.with_suffix(".docx")
    with pytest.raises(ReconcileError, match="template not found"):
        write_paper(rec, copy, template=tmp_path / "nowhere.docx")
    assert h.read_bytes() == before and not copy.exists()


def test_a_template_that_is_not_a_word_document_is_refused(pair_files, tmp_path):
    h, f = pair_files(H_ITEMS, _tracker("RED"))
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out", str(tmp_path / "r.xlsx"),
                                       "--paper", str(tmp_path / "u.docx"), "--template", str(h)])
    assert result.exit_code == 2
    assert "cannot be read as a Word document" in result.output
    assert result.output.strip().endswith("e.g. --template letterhead.docx.")
    assert not (tmp_path / "u.docx").exists() and not (tmp_path / "r.xlsx").exists()
