"""The HMICFRS side of a generated case: a force's items from real texts, over its reports.

Shared by the benchmark generator (``benchmarks/generate.py``) and the labelled-case
generator (``generate_case``), so there is one copy of how a realistic list is drawn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from . import texts as T

AS_AT = date(2023, 6, 1)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class HItem:
    """One item on the HMICFRS list."""

    force: int
    report: str           # HMICFRS title as on the list
    report_id: str        # key of the report within this force (for tracker grouping)
    published: date
    type: str
    text: str
    state: str            # open / closed
    status: str
    twin: str = ""        # all-forces items: the same key in every force
    ref: int = 0
    row: int = 0          # Excel row on the HMICFRS sheet


@dataclass
class Report:
    """A report as it appears for one force: its HMICFRS title and the tracker's own name."""

    report_id: str
    title: str
    tracker_name: str
    published: date


# ----------------------------------------------------------------------------- the HMICFRS side


def _pub_date(rng: random.Random, year: int, month: int) -> date:
    return date(year, month, rng.randint(1, 28))


def _force_reports(rng: random.Random, force: int, n_reports: int) -> list[Report]:
    name = T.FORCES[force][0]
    reports = []
    for f_i, (title, tracker_names, years, month) in enumerate(T.FORCE_REPORTS):
        for year in years:
            fmt = {"y": year, "yy": f"{year % 100:02d}", "y2": f"{(year + 1) % 100:02d}"}
            reports.append(Report(f"f{f_i}-{year}", f"{title.format(**fmt)} – {name}",
                                  rng.choice(tracker_names).format(**fmt),
                                  _pub_date(rng, year, month)))
    rng.shuffle(reports)
    return sorted(reports[:n_reports], key=lambda r: r.published)


def _state_for(rng: random.Random, published: date) -> tuple[str, str]:
    age = (AS_AT - published).days / 365.25
    closed = rng.random() < min(0.85, max(0.1, age / 10))
    if closed:
        return "closed", rng.choice(T.HMICFRS_CLOSED)
    return "open", rng.choice(T.HMICFRS_OPEN)


def _body(rng: random.Random, area: str, neighbour: str, used: set[str]) -> str:
    """A body this force has not used yet, if one can be found: real, or a PEEL formula."""
    for _attempt in range(40):
        if rng.random() < 0.35:
            body = rng.choice(T.BODIES).format(area=area, neighbour=neighbour)
        else:
            body = rng.choice(T.TOPIC_BODIES).format(t=rng.choice(T.TOPICS))
        if body not in used:
            break
    used.add(body)
    return body


def _compose(rng: random.Random, force: int, published: date, used: set[str]
             ) -> tuple[str, str]:
    """A force-level item: (type, text) from a real stem, body(ies) and maybe a tail."""
    name, area, neighbour = T.FORCES[force]
    if rng.random() < 0.04:
        return T.COC, rng.choice(T.CAUSES).format(force=name, neighbour=neighbour)
    kind, stem = rng.choice(T.STEMS)
    body = _body(rng, area, neighbour, used)
    if rng.random() < 0.15 and "\n" not in body and "•" not in body:
        body = f"{body}; and {_body(rng, area, neighbour, used)}"
    deadline = f"{rng.choice(MONTHS)} {published.year + 1}"
    text = stem.format(b=body, force=name, deadline=deadline)
    if rng.random() < 0.25:
        text = f"{text.rstrip(';')} {rng.choice(T.TAILS)}"
    return kind, text


def local_action(rng: random.Random, force: int, published: date, used: set[str]) -> str:
    """A tracker row HMICFRS never asked for: the force's own action, or (one in seven) an
    item from another force's list pasted in by mistake, naming that force's area."""
    if rng.random() < 1 / 7:
        other = rng.choice([k for k in range(len(T.FORCES)) if k != force])
        _, area, neighbour = T.FORCES[other]
        body = rng.choice([b for b in T.BODIES if "{" in b]).format(area=area, neighbour=neighbour)
        stem = rng.choice(T.STEMS[3:])[1]
        return stem.format(b=body, force=T.FORCES[other][0],
                           deadline=f"{rng.choice(MONTHS)} {published.year + 1}")
    for _attempt in range(40):
        text = rng.choice(T.LOCAL_ACTIONS).format(t=rng.choice(T.TOPICS))
        if text not in used:
            break
    used.add(text)
    text = text[:1].upper() + text[1:]
    return rng.choice(T.LOCAL_PREFIXES) + text


def hmicfrs_items(rng: random.Random, force: int, n_items: int) -> tuple[list[HItem], list[Report]]:
    """One force's items on the HMICFRS list, and the reports they come from."""
    national = [(key, i, kind, text) for key, (_, _, items) in T.NATIONAL.items()
                for i, (kind, text) in enumerate(items)]
    n_nat = min(len(national), n_items // 4)
    if n_nat < len(national):
        national = sorted(rng.sample(national, n_nat), key=lambda x: (x[0], x[1]))
    n_local = n_items - n_nat
    n_reports = min(sum(len(y) for _, _, y, _ in T.FORCE_REPORTS), max(1, n_local // 3))
    reports = _force_reports(rng, force, n_reports)
    items: list[HItem] = []
    nat_reports: dict[str, Report] = {}
    for key, i, kind, text in national:
        title, (y, m, d), _ = T.NATIONAL[key]
        if key not in nat_reports:
            nat_reports[key] = Report(f"n-{key}", title, rng.choice(T.NATIONAL_TRACKER_NAMES[key]),
                                      date(y, m, d))
        rep = nat_reports[key]
        state, status = _state_for(rng, rep.published)
        items.append(HItem(force, rep.title, rep.report_id, rep.published, kind, text, state,
                           status, twin=f"{key}#{i}"))
    # Force-level items: spread over the reports, distinct texts within the force.
    seen = {it.text for it in items}
    used: set[str] = set()
    weights = [rng.uniform(0.5, 1.5) for _ in reports]
    for _ in range(n_local):
        rep = rng.choices(reports, weights)[0]
        for _attempt in range(30):
            kind, text = _compose(rng, force, rep.published, used)
            if text not in seen:
                break
        seen.add(text)
        state, status = _state_for(rng, rep.published)
        items.append(HItem(force, rep.title, rep.report_id, rep.published, kind, text, state,
                           status))
    all_reports = sorted([*nat_reports.values(), *reports], key=lambda r: r.published)
    order = {r.report_id: k for k, r in enumerate(all_reports)}
    items.sort(key=lambda it: order[it.report_id])
    return items, all_reports
