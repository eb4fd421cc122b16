"""Vocabularies as data: header synonyms, status words, type words.

Everything the tool guesses about a spreadsheet's wording lives here, in one place, so that
adding a force's new word is a one-line change (or a line of config, see ``config.py``).
Keys are compared after :func:`key` (lower case, punctuation and extra spaces removed).
"""

from __future__ import annotations

import re

SIDES = ("hmicfrs", "force")

#: Canonical fields, in the order they are shown.
FIELDS = ("ref", "local_ref", "force", "report", "published", "type", "text", "status", "owner",
          "progress", "due", "closed_on", "parent")

#: What each field means, for `reconcile inspect` and the README.
FIELD_HELP = {
    "ref": "the HMICFRS register reference",
    "local_ref": "the tracker's own running number (not an HMICFRS reference)",
    "force": "the force the item is held against (national lists: pairs only within a force)",
    "report": "the inspection report the item comes from",
    "published": "the report's publication date",
    "type": "recommendation / area for improvement / cause of concern",
    "text": "the recommendation text",
    "status": "status or RAG grade",
    "owner": "lead officer / owner",
    "progress": "progress update or comment",
    "due": "due date or deadline",
    "closed_on": "date closed, or submitted for closure",
    "parent": "the tracker's own number of the item a row is an action of ('Parent Code')",
}


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def key(value: object) -> str:
    """Comparison key for headers and vocabulary words: case, punctuation, spacing ignored."""
    text = str(value).lower().replace("&", " and ")
    text = _NOT_ALNUM.sub(" ", text)
    return " ".join(text.split())


# Header synonyms: exact matches (after `key`) first, then keyword patterns in order.
# A tracker's own running number ("No.", "Item", "Rec 3") is never the HMICFRS reference,
# so on the force side only a header that names HMICFRS/HMIC maps to `ref`.
_COMMON_EXACT = {
    "force": ["force", "force name", "police force", "constabulary", "force area", "forces",
              "force s", "force or forces", "applies to force", "applies to"],
    "report": ["report", "report title", "report name", "inspection", "inspection report",
               "inspection title", "hmicfrs report", "hmic report", "source report", "source",
               "publication", "report inspection", "inspection name", "report inspection title",
               "source document", "hmicfrs report title", "report source", "bucket name",
               "bucket", "src",
               # The old register's theme pages: "PEEL: police legitimacy 2017 (8541)".
               "entry"],
    "published": ["publication date", "published", "date published", "report date",
                  "pub date", "date of pub", "publ date",
                  "date of publication", "published date", "report published", "date of report",
                  "report publication date"],
    "type": ["type", "recommendation type", "rec type", "type of recommendation", "item type",
             "category", "rec afi", "recommendation afi", "classification"],
    "text": ["recommendation", "recommendations", "recommendation text", "rec text", "text", "body",
             "recommendations and areas for improvement", "recommendation afi text",
             "hmic 2013", "action", "actions", "summary", "description", "detail", "details",
             "finding", "area for improvement", "areas for improvement", "item",
             "recommendation or afi", "recommendation description",
             # Headed like a type, holding the text: the content decides (load/columns.py).
             "recommendation afi", "rec afi", "rec afi text", "afi recommendation",
             "recommendation area for improvement", "recommendation or area for improvement",
             "recommendations afis", "recommendation afi detail", "hmicfrs recommendation",
             "recommendation details", "recommendation wording", "title", "item title",
             "hmicfrs recommendation afi", "afi", "afis", "area for improvement afi",
             "areas for improvement afi", "areas for improvement afis", "afi text",
             "hmicfrs wording", "hmic wording", "wording",
             # A plan's name for the recommendation's ask, beside its own "Action(s) agreed".
             "requirement", "hmicfrs requirement", "hmic requirement"],
    "status": ["status", "rag", "rag status", "grading r a g", "grading", "rag rating",
               "current status", "hmicfrs status", "progress status", "assessment rating",
               "brag", "brag status", "rag grade", "state",
               # A tracker of self-assessments: the assurance panel's outcome decides, the
               # lead's own assessment (STATUS_WEAK) where the panel has not sat.
               "outcome", "panel outcome", "assurance panel outcome", "assurance outcome",
               "assessment", "self assessment", "self assessment status",
               "self assessed status",
               # A workflow's numbered stage ("4 - Ready for DCC sign-off"): STATUS_STAGE.
               "stage", "closure stage", "progress stage", "current stage", "workflow stage",
               "stage of closure", "closure status stage"],
    "owner": ["owner", "lead", "lead officer", "responsible officer", "nominated owner",
              "chief officer lead", "action owner", "accountable lead", "responsible lead",
              "lead department", "department", "portfolio", "accountable officer",
              "responsible owner", "accountable owner", "sro", "senior responsible officer",
              "lead owner", "assigned to", "nominated lead", "lead officer s", "managed by",
              "manager", "responsible manager", "action manager",
              # Microsoft Project's people assigned to a task.
              "resource names", "resource name", "resources"],
    "progress": ["progress", "progress update", "update", "comment", "comments",
                 "force update assessment of progress", "latest update", "action taken",
                 "force response", "evidence", "notes", "update comments", "position",
                 "current position", "latest position", "current update", "progress to date",
                 "progress notes", "review", "sub actions", "actions taken", "force action",
                 "update on progress", "progress comments", "latest note", "note",
                 "latest notes", "latest comment", "latest progress"],
    "due": ["due date", "deadline", "target date", "deadline date", "due",
            "estimated completion date", "estimated completion date updated",
            "target completion date", "timescale"],
    "closed_on": ["status date", "date closed", "closed", "date submitted for closure",
                  "closure date", "completed date", "date completed", "date of closure",
                  "closed date", "submitted for closure", "date status changed"],
}

#: Headings that name the text column only when no column names the recommendation: in an
#: action plan "Action" or "Summary" beside "AFI" holds the force's own actions.
TEXT_WEAK = frozenset({"action", "actions", "summary", "description", "detail", "details",
                       "finding", "title", "item title", "item"})
#: ... and the report column only when no heading names the report: a "Source" column holds
#: "HMICFRS" / "Internal Audit" in a mixed tracker, the report beside it ("Report / Audit").
REPORT_WEAK = frozenset({"source", "src", "entry"})
#: ... and the status column only when no heading names the status or a panel's outcome:
#: a lead's own self-assessment ("Met") beside the assurance panel's outcome.
STATUS_WEAK = frozenset({"assessment", "self assessment", "self assessment status",
                         "self assessed status"})
#: A workflow's stage: the status where no column is headed "Status" itself; above a
#: document's content approval ("Approval Status": Approved / Draft / Rejected), which says
#: whether a version is published, not where the work is.
STATUS_STAGE = frozenset({"stage", "closure stage", "progress stage", "current stage",
                          "workflow stage", "stage of closure", "closure status stage"})
#: Headings that name the status only when their cells are status words ("Met", "Partially
#: met"): a panel's "Outcome" may be "Accepted" / "Returned", its view of the lead's grade.
STATUS_IF_WORDS = STATUS_WEAK | frozenset({"outcome", "panel outcome", "assurance panel outcome",
                                           "assurance outcome"})

HEADER_EXACT: dict[str, dict[str, list[str]]] = {
    "hmicfrs": {**_COMMON_EXACT,
                "ref": ["reference", "ref", "id", "recommendation id", "hmicfrs ref",
                        "hmicfrs reference", "hmic ref", "register id", "rec id", "ref no",
                        "reference number", "unique id", "hmicfrs id", "urn", "item id",
                        "item ref", "item reference", "record id", "record ref",
                        "record no", "record number",
                        "source reference", "source ref", "source ref no", "source id",
                        "recommendation number", "rec ref",
                        "recommendation reference", "recommendation ref", "rec reference",
                        "reference no", "recommendation ref no", "recommendation id number",
                        # A list kept a sheet per type names each sheet's id for its type.
                        "afi id", "afi ref", "afi reference", "area for improvement id",
                        "coc id", "cause of concern id"],
                # A list typed up from the reports numbers items as each report does ("AFI 3").
                "local_ref": ["no in report", "number in report", "no in the report",
                              "number in the report", "report no", "report number",
                              "item no in report", "rec no", "afi no", "afi number",
                              "item no", "item number"]},
    "force": {**_COMMON_EXACT,
              "ref": ["hmicfrs ref", "hmicfrs reference", "hmic ref", "hmic reference",
                      "hmicfrs id", "hmicfrs rec id", "register ref", "register reference",
                      "hmicfrs ref no", "hmicfrs recommendation id", "hmicfrs number",
                      # HMICFRS's monitoring portal's id for the item.
                      "portal id", "portal ref", "portal reference", "portal no"],
              "local_ref": ["no", "number", "item", "ref", "reference", "id", "rec no",
                            "rec", "item no", "action no", "line", "s no", "serial", "urn",
                            "unique reference number", "action ref", "rec ref", "code",
                            "action code", "item code", "reference code", "action id",
                            "action reference", "action number", "force ref",
                            "force reference", "force id", "force ref no", "internal ref",
                            "internal reference", "local ref", "local reference", "our ref",
                            "tracker ref", "tracker id", "plan ref",
                            # A plan's outline number (Microsoft Project's WBS).
                            "wbs", "wbs code", "outline number",
                            # A risk register's own numbering ("RR-0412").
                            "risk id", "risk ref", "risk reference", "risk no",
                            "risk number"],
              "parent": ["parent", "parent code", "parent ref", "parent reference", "parent id",
                         "parent item", "parent action", "parent no", "sub action of",
                         "part of", "parent recommendation", "parent rec", "parent record",
                         "parent row", "parent page", "child of"]},
}

#: Fallback keyword patterns, tried in order when no exact synonym matches.
HEADER_PATTERNS: list[tuple[str, str]] = [
    ("ref", r"\bhmic(frs)?\b.*\b(ref|reference|id|number|page|link|url|urn)\b"),
    ("published", r"\bpublish"),
    ("closed_on", r"\b(closed|closure|completed)\b.*\bdate\b|\bdate\b.*\b(closed|closure|completed)\b"),
    ("due", r"\b(due|deadline|target)\b"),
    ("status", r"\b(status|rag|grading|grade)\b"),
    ("owner", r"\b(owner|lead|responsible)\b"),
    ("progress", r"\b(update|progress|comment|response|notes)"),
    ("type", r"\btype\b"),
    ("report", r"\b(report|inspection)\b"),
    # "Action taken / latest update" is progress, not the action asked for.
    ("text", r"\b(recommendation|recommendations|afi|afis|description)\b|\baction\b(?! taken)"),
]

#: A heading asking whether the item is finished, to be answered yes or no ("Are we there
#: yet?", "Is it done?"): the status question (HEADER_QUESTIONS, load.statuses).
FINISHED_QUESTION = (r"^(are we there yet|is it (done|finished|complete|completed|closed)"
                     r"|have we (done|finished|completed)|(done|finished|complete) yet)\b")

#: Headings written as plain-English questions ("What did HMICFRS ask us to do?", "Who owns
#: it?", "Are we there yet?"), by a team that names columns for people, not systems. Tried
#: before the keyword patterns: a question that matches names its field and no other ("Is
#: it a recommendation or an AFI?" is the type, not the text).
HEADER_QUESTIONS: list[tuple[str, str]] = [
    ("type", r"\b(rec|recommendation)\b.*\bor\b.*\b(afi|area|areas)\b"
             r"|^(what|which) (kind|type|sort)\b"
             r"|^(is it|is this)( an?)? (rec|recommendation)\b.*\b(afi|area|cause)\b"),
    ("ref", r"^(what|which)\b.*\b(number|ref|reference|id)\b.*\bhmic(frs)?\b"
            r"|^(what|which)\b.*\bhmic(frs)?\b.*\b(number|ref|reference|id)\b"),
    ("published", r"^when\b.*\b(report|inspection)\b|^when\b.*\b(published|come out|came out)\b"),
    ("closed_on", r"^(if (complete|completed|done|closed)\b.*)?when (did|was|were) (we|it|they)\b"
                  r".*\b(finish|finished|complete|completed|close|closed|done|sign|signed)\b"),
    ("due", r"^(when (will|should|must|is|do|are)|by when)\b"),
    ("owner", r"^who\b"),
    ("status", FINISHED_QUESTION),
    ("progress", r"^what (have|has|did|are|is) (we|they|the force|you)\b.*\b(do|done|doing|did)\b"
                 r"|^anything else\b|^how (are|is) (we|it)\b.*\b(getting on|doing|going)\b"),
    ("report", r"^(which|what) ((hmicfrs|hmic) )?(inspection|report)\b"),
    ("text", r"^what (did|does|do|has|have|is|was) (hmicfrs|hmic|they|the inspectorate|the report"
             r"|the inspection)\b.*\b(ask|asked|asking|recommend|recommended|want|wanted|say"
             r"|said|tell|told)\b|^what (do|must|should) we (need to |have to )?do\b"
             r"|^what (were|was|are|is) (we|the force) asked to do\b"
             r"|^what (we|the force) (were|was|are|is) asked to do\b"
             # A form's "Please copy the wording of the recommendation / AFI exactly …".
             r"|^(please )?(copy|paste|enter|type|give)\b.*\b(wording|text)\b"),
]

# Status words. Each side reduces to two values: HMICFRS open/closed, force open/done.
# Matching is on the whole key first, then on its leading words ("Open - actions on going
# on track" starts with "open"), then on any word of the table appearing in it.
STATUS_WORDS: dict[str, dict[str, list[str]]] = {
    "hmicfrs": {
        "open": ["awaiting review", "being progressed", "open", "in progress", "new",
                 "ongoing", "awaiting allocation", "monitoring", "still requiring attention",
                 "partially achieved", "not achieved", "live", "outstanding",
                 # What the force has claimed or sent, not yet accepted by HMICFRS.
                 "force reports complete", "force reported complete", "evidence submitted",
                 "closure requested", "submitted for closure", "reopened", "re opened"],
        "closed": ["complete", "completed", "closed", "superseded", "no further action",
                   "no further action required", "nfa", "achieved", "no longer applicable",
                   "authorised for closure", "discharged", "withdrawn"],
    },
    "force": {
        "open": ["red", "amber", "open", "in progress", "ongoing", "not started",
                 "awaiting allocation", "on track", "off track", "being progressed",
                 "awaiting review", "partially complete", "partially achieved", "r", "a",
                 "outstanding", "live", "overdue", "started", "pending", "check progress",
                 # a database's first state of a record (Baserow, ServiceNow, Jira)
                 "new",
                 # monday.com's default labels
                 "working on it", "stuck",
                 "carried forward", "carried over", "rolled forward", "rolled over",
                 # A negation of a word of done: the whole phrase, before its last word.
                 "not implemented", "partially implemented", "not yet implemented",
                 "not complete", "not completed", "not yet complete", "incomplete",
                 "not done", "not achieved", "not yet achieved",
                 # A target written in the status cell: "Due 30/06/2025", "Revised date …".
                 "due", "revised date", "revised", "extension agreed", "extended to",
                 "reopened", "re opened", "delayed", "behind schedule",
                 "partially met", "part met", "not met", "not yet assessed",
                 "returned", "returned for more evidence", "at risk",
                 # Microsoft Project's Status field: where a task stands against its
                 # schedule, open until it is Complete.
                 "late", "on schedule", "future task",
                 # A board's columns before work starts on a card.
                 "to do", "todo", "backlog",
                 # Azure Boards' work item states before Resolved / Closed ("Active" in the
                 # Agile process, "Committed" in Scrum, "Proposed" in CMMI).
                 "active", "committed", "proposed"],
        "done": ["green", "blue", "complete", "completed", "closed", "implemented", "done",
                 "achieved", "pending sign off", "pending closure", "submitted for closure",
                 "submitted to hmicfrs", "submitted to hmic", "submitted",
                 "sent to hmicfrs", "sent to hmic", "sent to hmi",
                 "proposed for closure",
                 # an issue log's word for an issue dealt with (a RAID log's Issues tab)
                 "resolved",
                 # A quality system's corrective action implemented, its effect being checked
                 # (the CAPA stage before closure: the force's own assurance, not the work).
                 "effectiveness check", "effectiveness review", "verification of effectiveness",
                 "white", "grey", "gray", "not adopted", "no longer applicable", "superseded",
                 "discharged", "ready for closure", "awaiting closure", "g", "b", "w",
                 "recommended for closure", "awaiting sign off", "closure requested",
                 "cancelled", "canceled", "withdrawn", "not applicable",
                 # A database's or a planner's finished record: out of the live view.
                 "archived",
                 "no further action", "no further action required", "nfa",
                 # A self-assessment against the recommendation, or a panel's outcome.
                 "met", "fully met", "n a agreed",
                 "not for the force", "not for force", "n a", "na", "signed off",
                 # WHITE in words: the action is another body's (the Home Office, the NPCC).
                 "not force responsibility", "not a force responsibility",
                 "not the force s responsibility", "no force action", "not for force action",
                 "not the force s to deliver", "not the force to deliver",
                 # Evidence sent to HMICFRS: the force's part is done.
                 "evidence sent", "evidence submitted",
                 # A plan's words for work handed to its command group for closure
                 # ("Delivered – with Gold"); "Delivered, awaiting evidence" is not.
                 "delivered with gold", "delivered with silver",
                 # A risk register's treatment: the risk is tolerated, no further action.
                 "tolerated", "tolerate",
                 # An issue tracker's (Microsoft Lists' template): it is already so.
                 "by design"],
    },
}

#: The value each side's status reduces to when it is one of "done".
DONE_STATE = {"hmicfrs": "closed", "force": "done"}

# Type words → canonical type.
TYPE_WORDS: dict[str, list[str]] = {
    "recommendation": ["recommendation", "recommendations", "rec", "national recommendation",
                       "national recommendations", "force recommendation",
                       "force recommendations", "all forces recommendation", "national rec", "nat rec", "r"],
    "area for improvement": ["area for improvement", "areas for improvement", "afi", "afis",
                             "area of improvement", "areas of improvement"],
    "cause of concern": ["cause of concern", "cause for concern", "causes of concern", "coc",
                         "cfc", "national cause of concern", "causes for concern"],
}

#: A cause of concern carries its own recommendations, and trackers type its rows either way:
#: these two types alone do not make a type conflict by themselves.
KINDRED_TYPES = frozenset({"cause of concern", "recommendation"})

#: Bullet characters trackers and pasted documents use (the Symbol font's too: \uf0b7).
BULLETS = "•●▪◦‣∙·■□➢➤►\uf0b7\uf0a7"

#: The police forces of England and Wales, as keys: a report name's force ("PEEL 2018/19 –
#: West Mercia (CoC recommendations)") names no report, every item being some force's.
FORCE_NAMES = (
    "avon and somerset", "bedfordshire", "cambridgeshire", "cheshire", "city of london",
    "cleveland", "cumbria", "derbyshire", "devon and cornwall", "dorset", "durham",
    "dyfed powys", "essex", "gloucestershire", "greater manchester", "gwent",
    "hampshire and isle of wight", "hampshire", "hertfordshire", "humberside", "kent",
    "lancashire", "leicestershire", "lincolnshire", "merseyside", "metropolitan",
    "norfolk", "north wales", "north yorkshire", "northamptonshire", "northumbria",
    "nottinghamshire", "south wales", "south yorkshire", "staffordshire", "suffolk",
    "surrey", "sussex", "thames valley", "warwickshire", "west mercia", "west midlands",
    "west yorkshire", "wiltshire", "british transport")

#: A force renamed, its new name -> the one it had: the list holds both (Hampshire
#: Constabulary became Hampshire and Isle of Wight Constabulary in 2022).
FORCE_RENAMED = {"hampshire and isle of wight": "hampshire", "hampshire iow": "hampshire",
                 "hampshire and iow": "hampshire"}

#: The short forms of county and force names people write ("Notts" and "Northants" both have
#: the letters n, o, t, s in order: the usual short form decides).
FORCE_SHORT = {
    "beds": "bedfordshire", "bucks": "thames valley", "cambs": "cambridgeshire",
    "derbys": "derbyshire", "glos": "gloucestershire", "gloucs": "gloucestershire",
    "hants": "hampshire", "herts": "hertfordshire", "lancs": "lancashire",
    "leics": "leicestershire", "lincs": "lincolnshire", "northants": "northamptonshire",
    "notts": "nottinghamshire", "staffs": "staffordshire", "warks": "warwickshire",
    "wilts": "wiltshire", "n yorks": "north yorkshire", "s yorks": "south yorkshire",
    "w yorks": "west yorkshire", "gmp": "greater manchester", "met": "metropolitan",
    "mps": "metropolitan", "tvp": "thames valley", "btp": "british transport",
    "col": "city of london", "colp": "city of london",
}

#: Words that tell apart reports of one series: "PEEL efficiency 2016" is not "PEEL
#: legitimacy 2016", however alike the rest of the two names; nor is a fire inspection's
#: "Effectiveness, efficiency and people 2021/22" PEEL's "effectiveness, efficiency and
#: legitimacy 2021/22".
REPORT_FACETS = frozenset({"effectiveness", "efficiency", "legitimacy", "people"})

#: RAG-ish words that are never a report title (used to recognise legend rows).
LEGEND_WORDS = {"red", "amber", "green", "blue", "white", "grey", "gray", "key", "legend"}

#: The RAG families a status cell's fill colour is read as (load.colour), and those that show a
#: column is colour-coded (a sheet shaded only white or grey is decoration, not a grading).
RAG_FAMILIES = ("red", "amber", "green", "blue", "white", "grey")
RAG_GRADES = frozenset({"red", "amber", "green", "blue"})
#: Status words that name their RAG family; any other status is coloured by its state.
RAG_WORDS = {
    "red": "red", "r": "red", "overdue": "red", "off track": "red", "not started": "red",
    "amber": "amber", "a": "amber", "green": "green", "g": "green", "blue": "blue", "b": "blue",
    "white": "grey", "grey": "grey", "gray": "grey",
}
STATE_RAG = {"open": "amber", "done": "green", "closed": "green", "unknown": "grey"}

# Abbreviations trackers use for words HMICFRS writes out. Expanded before comparison so that
# "Review MSHT leadership" shares its words with "…modern slavery and human trafficking…".
ABBREVIATIONS: dict[str, str] = {
    "msht": "modern slavery and human trafficking",
    "msa": "modern slavery act",
    "da": "domestic abuse",
    "dv": "domestic violence",
    "pcc": "police and crime commissioner",
    "pccs": "police and crime commissioners",
    "opcc": "office of the police and crime commissioner",
    "fcr": "force crime registrar",
    "ncrs": "national crime recording standard",
    "nrm": "national referral mechanism",
    "cse": "child sexual exploitation",
    "csa": "child sexual abuse",
    "npcc": "national police chiefs council",
    "app": "authorised professional practice",
    "bwv": "body worn video",
    "rui": "released under investigation",
    "moj": "ministry of justice",
    "dbs": "disclosure and barring service",
    "sas": "stop and search",
    "feo": "firearms enquiry officer",
    "feos": "firearms enquiry officers",
    "govt": "government",
    "eg": "for example",
    # Policing's usual short forms in a force's own wording of an item.
    "uof": "use of force",
    "hba": "honour based abuse",
    "vawg": "violence against women and girls",
    "asb": "anti social behaviour",
    "isa": "information sharing agreement",
    "isas": "information sharing agreements",
    "soc": "serious and organised crime",
    "ocg": "organised crime group",
    "ocgs": "organised crime groups",
    "ppu": "public protection unit",
    "rms": "records management system",
    "kpi": "key performance indicator",
    "kpis": "key performance indicators",
    "cpd": "continuing professional development",
    "sop": "standard operating procedure",
    "sops": "standard operating procedures",
    "iopc": "independent office for police conduct",
    "psd": "professional standards department",
    "mash": "multi agency safeguarding hub",
    "cps": "crown prosecution service",
    "ho": "home office",
    "vcop": "code of practice for victims of crime",
    "thr": "threat harm and risk",
    "nlt": "not later than",
    "misper": "missing person",
    "mispers": "missing persons",
    # Everyday contractions a tracker's short wording uses ("mgmt" is left to the subject
    # check's contractions: expanded, it ties a short row with a near-twin item).
    "dept": "department",
    "depts": "departments",
    "intel": "intelligence",
    "alt": "alternative",
    "docs": "documentation",
    "nfa": "no further action",
    "cyp": "children and young people",
    "csc": "childrens social care",
}

#: Labels a force writes before an action of its own, not an HMICFRS item's: "Internal audit
#: action: …", "Local action: …", "Force improvement plan: …".
OWN_ACTION_LABEL = (r"\s*(?:internal\s+audit(?:\s+action)?|audit\s+action|local\s+action|"
                    r"force\s+(?:improvement\s+plan|action)|own\s+action)\s*[:\-\u2013\u2014]")

#: How HMICFRS names a force's own area ("in its area"), which a force writes as its name.
OWN_AREA_WORDS = ("area", "areas", "force area", "county", "region", "locality")

# Abbreviations with punctuation, rewritten before punctuation is dropped.
PHRASES: list[tuple[str, str]] = [
    (r"\bs\s*&\s*s\b", "stop and search"),
    (r"\bs\s*/\s*s\b", "stop and search"),
    (r"\bincl\b\.?", "including"),
    (r"\be\.\s?g\.?", "for example"),
    (r"\bi\.\s?e\.?", "that is"),
    (r"\bw/o\b", "without"),
    (r"\bw/", "with "),
    (r"\bdept\b\.?", "department"),
    # A force's label of the part a row tracks ("MSHT governance – part 2: every incident …",
    # "Part (b) –"): how the row is filed, no words of the recommendation's.
    (r"\bpart\s*\(?(?:[1-9]|[a-h])\)?\s*(?=[:\u2013\u2014-])", " "),
]

# Words too common in recommendations to tell two apart; left out of the candidate index and
# of the token-overlap scores (they still count in the character-level scores).
STOPWORDS = frozenset("""
a an and are as at be been being by can could do does for from had has have if in into is it
its of on or our should so such that the their them then there these they this those to was
were which while who will with within would all any each every other than also must may
force forces police chief constable constables officer officers hmic hmicfrs recommend
recommends recommendation recommendations ensure immediately month months year years
""".split())  # noqa: SIM905 - a word list reads best as words

#: Word stems that say when, not what: "within six months" against "within twelve months" is one
#: item with a timescale conflict, not two items. Pronouns and "cause of concern" (a type)
#: name no subject either.
WHEN_STEMS = frozenset("""
one two three four five six seven eight nine ten eleven twelv eighteen twenti thirti
januari februari march april may june juli august septemb octob novemb decemb
day week month year end next financi calendar date deadlin quarter
we us our ourselv themselv itself you your caus concern
""".split())  # noqa: SIM905 - a word list reads best as words

#: Plain verbs, link words and words of judgement that name no subject: "victims receive /
#: get a consistently good service", "with regard to / re 'total expired' records", "We expect
#: forces to publish" / "Publish", "teams and individuals with the skills" / "teams with the
#: right skills", "specifically in relation to" / "esp.", "a confidential way" / "route" and
#: "to better manage" / "to manage" differ in wording, not in what the recommendation is about
#: (a subject is a thing: "knife crime", "road harm"). A swap of these alone is no other
#: subject.
PLAIN_WORDS = frozenset("""
get gets got getting receive receives received receiving give gives given giving take takes
taken taking make makes made making put puts putting keep keeps kept keeping re regard
regarding expect expects expected right proper correct suitable appropriate adequate
sufficient necessary relevant better best good especially particularly specifically notably
relation respect including esp incl way ways route routes means
""".split())  # noqa: SIM905 - a word list reads best as words

#: The places the territorial police forces of England and Wales are named after, less the
#: words of direction ("West", "South"): a formula with the place swapped ("... fit to protect
#: the communities of West Mercia" / "... of Lancashire") is another force's recommendation,
#: though a force's own name is too common on its own list to count as a telling word.
PLACE_WORDS = frozenset("""
avon somerset bedfordshire cambridgeshire cheshire cleveland cumbria derbyshire devon cornwall
dorset durham darlington dyfed powys essex gloucestershire manchester gwent hampshire
hertfordshire humberside kent lancashire leicestershire lincolnshire merseyside norfolk
northamptonshire northumbria nottinghamshire staffordshire suffolk surrey sussex thames
warwickshire mercia midlands yorkshire wiltshire london wales
""".split())  # noqa: SIM905 - a word list reads best as words

#: What makes Excel read a CSV cell as a formula (OWASP, "CSV Injection"): the flat CSV puts a
#: ' before text that starts so (write.files.excel_safe); its readers take it off
#: (load.text.unescape_formula).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# ------------------------------------------------------------------------------ decisions
# The words a sign-off lead picks in a sheet's Decision drop-down, and the headings of the
# columns the workbook writes and the next run reads back (``write.sheets`` and ``decisions``
# both take them from here, so a heading cannot drift between writer and reader).

ACCEPT, REJECT = "Accept match", "Reject match"
AGREE, NOT_YET = "Agree to close", "Not yet"
ADD, QUERY, CLOSE_LOCALLY = "Add to tracker", "Query with HMICFRS", "Close locally"
CORRECT, NO_DIFFERENCE = "Correct the tracker", "No real difference"

#: The drop-down list on each category's sheet. "Reject match" wherever a pair is shown, so
#: a wrong pair can be undone from any sheet; it is never made again.
DECISION_CHOICES: dict[str, tuple[str, ...]] = {
    "closeable_submit": (AGREE, NOT_YET, REJECT),
    "closeable_local": (AGREE, NOT_YET, REJECT),
    "conflict": (CORRECT, QUERY, NO_DIFFERENCE, REJECT),
    "missing_from_force": (ADD, QUERY),
    "not_on_hmicfrs_list": (QUERY, CLOSE_LOCALLY),
    "review": (ACCEPT, REJECT),
    "in_sync": (REJECT,),
}
MATCH_CHOICES = (ACCEPT, REJECT)
#: The RAG family a chosen decision is shown in: green settles the line, amber leaves work to
#: do, red undoes the pair.
DECISION_RAG = {AGREE: "green", ACCEPT: "green", ADD: "green", CORRECT: "green",
                NO_DIFFERENCE: "green", CLOSE_LOCALLY: "green", NOT_YET: "amber", QUERY: "amber",
                REJECT: "red"}

#: Short forms people type for a choice (compared after `key`). "close" is "Agree to close"
#: or "Close locally", whichever the sheet offers.
DECISION_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "accept": (ACCEPT,), "accepted": (ACCEPT,), "reject": (REJECT,), "rejected": (REJECT,),
    "wrong match": (REJECT,), "agree": (AGREE,), "agreed": (AGREE,), "add": (ADD,),
    "query": (QUERY,), "close": (AGREE, CLOSE_LOCALLY), "closed": (AGREE, CLOSE_LOCALLY),
    "not yet": (NOT_YET,),
}

#: Headings in the workbook for each field; the reader finds columns by these, never by place.
HEADINGS = {
    "item_id": "Item ID", "item_version": "Item version",
    "signoff_decision": "Decision", "signoff_owner": "Assign to", "signoff_evidence": "Evidence",
    "signoff_comment": "Comment", "signoff_by": "Decided by",
    "signoff_stale": "Earlier decision (decide again)",
    "hmicfrs_row": "HMICFRS row", "force_row": "Force row", "hmicfrs_text": "HMICFRS text",
    "force_text": "Force text", "hmicfrs_status": "HMICFRS status", "force_status": "Force status",
    "hmicfrs_ref": "HMICFRS ref", "hmicfrs_report": "HMICFRS report",
    "force_report": "Force report", "force_owner": "Owner",
    "kind": "Kind", "category": "Made on sheet", "source": "Read from", "outcome": "What happened",
    "signoff_file": "File", "signoff_sha256": "File SHA-256",
    "signoff_saved_by": "Last saved by", "signoff_saved_at": "Last saved",
}

#: The sheet of every decision in force and what became of it.
LOG_SHEET = "Decision log"
#: The sheet of how the run was made (its inputs, the decision files it read).
RUN_INFO_SHEET = "Run info"
