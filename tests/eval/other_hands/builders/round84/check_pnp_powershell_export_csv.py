"""Checks for the case `pnp_powershell_export_csv`. Never imports or runs reconcile."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys

import openpyxl
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "pnp_powershell_export_csv"
DIR = os.path.join(HERE, CASE)
BUILDER = os.path.join(HERE, f"build_{CASE}.py")
PY = sys.executable
CATS = {"in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list", "review"}

spec = importlib.util.spec_from_file_location("builder", BUILDER)
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)


def digest(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as fh:
            out[name] = hashlib.sha256(fh.read()).hexdigest()
    return out


# 1. two builds byte-identical (same folder twice, and a second folder)
subprocess.run([PY, BUILDER], check=True)
first = digest(DIR)
subprocess.run([PY, BUILDER], check=True)
second = digest(DIR)
alt = os.path.join(HERE, "_rebuild_check")
shutil.rmtree(alt, ignore_errors=True)
subprocess.run([PY, BUILDER], check=True, env={**os.environ, "CASE_OUT": alt})
third = digest(alt)
shutil.rmtree(alt)
assert first == second == third, (first, second, third)
assert sorted(first) == ["README.md", "hmicfrs.xlsx", "tracker.csv", "truth.csv"], first
print("builds identical:", {k: v[:12] for k, v in first.items()})

# 2. tracker.csv raw bytes and the csv module
raw = open(os.path.join(DIR, "tracker.csv"), "rb").read()
assert raw.startswith(b"\xef\xbb\xbf#TYPE System.Management.Automation.PSCustomObject\r\n")
text = raw[3:].decode("utf-8")
recs = list(csv.reader(io.StringIO(text, newline="")))
assert recs[0] == ["#TYPE System.Management.Automation.PSCustomObject"]
header, body = recs[1], recs[2:]
assert len(header) == 30 and all(len(r) == 30 for r in body), "ragged"
# every record ends with CRLF; LF only inside quoted values
assert text.count("\r\n") == len(recs), (text.count("\r\n"), len(recs))
# re-serialise the 5.1 way (quote every non-null value) and compare
lines = [recs[0][0]] + [",".join('"' + v.replace('"', '""') + '"' if v != "" else ""
                                 for v in r) for r in recs[1:]]
assert "".join(l + "\r\n" for l in lines) == text, "not Export-Csv quoting"
rows = {i + 3: dict(zip(header, r)) for i, r in enumerate(body)}
print("tracker.csv:", len(body), "records, rows 3 -", max(rows))

# 3. pandas read-back of the tracker
df = pd.read_csv(os.path.join(DIR, "tracker.csv"), skiprows=1, encoding="utf-8-sig",
                 dtype=str, keep_default_na=False)
assert df.shape == (len(body), 30), df.shape
assert list(df["ID"]) == [r["ID"] for r in rows.values()]
assert list(df["Recommendation_x0020_text"]) == [r["Recommendation_x0020_text"]
                                                 for r in rows.values()]
print("pandas tracker:", df.shape)

# 4. hmicfrs.xlsx with openpyxl and pandas
wb = openpyxl.load_workbook(os.path.join(DIR, "hmicfrs.xlsx"))
assert wb.sheetnames == ["Recommendations", "Export details"], wb.sheetnames
ws = wb["Recommendations"]
assert [c.value for c in ws[1]] == ["Reference", "Force", "Report", "Published", "Type",
                                    "Recommendation", "Status", "Status date"]
hm_rows = {}
for r in range(2, ws.max_row + 1):
    ref = ws.cell(r, 1).value
    assert isinstance(ref, int), (r, ref)
    hm_rows[r] = ref
assert len(hm_rows) == len(B.HM) == len(set(hm_rows.values()))
lit = {t[0]: t for t in B.HM}
for r, ref in hm_rows.items():
    assert ws.cell(r, 6).value == lit[ref][3], ref
    assert ws.cell(r, 7).value == lit[ref][4], ref
x = pd.read_excel(os.path.join(DIR, "hmicfrs.xlsx"), sheet_name="Recommendations")
assert len(x) == len(B.HM) and list(x["Reference"]) == list(hm_rows.values())
assert list(x["Recommendation"]) == [lit[v][3] for v in hm_rows.values()]
print("hmicfrs.xlsx:", len(hm_rows), "items, rows 2 -", max(hm_rows))

# 5. truth coverage
t = pd.read_csv(os.path.join(DIR, "truth.csv"), dtype=str, keep_default_na=False)
assert list(t.columns) == ["hmicfrs_row", "force_row", "category", "why"]
assert set(t.category) <= CATS and (t.why.str.len() > 20).all()
non_items = {r for r, v in rows.items()
             if v["FSObjType"] == "1" or v["ID"] in ("1", "80")}
items = set(rows) - non_items
assert len(non_items) == 4, non_items
frows = [int(f.split("!")[1]) for f in t.force_row if f]
assert all(f.startswith("tracker.csv!") for f in t.force_row if f)
assert set(frows) == items, (set(frows) ^ items)
multi = {r for r in frows if frows.count(r) > 1}
for r in multi:  # a force row twice = one row holding two HMICFRS items
    sub = t[t.force_row == f"tracker.csv!{r}"]
    assert sub.hmicfrs_row.nunique() == len(sub), r
hrows = {int(h.split("!")[1]) for h in t.hmicfrs_row if h}
assert all(h.startswith("Recommendations!") for h in t.hmicfrs_row if h)
assert hrows == set(hm_rows), set(hm_rows) ^ hrows
for _, l in t.iterrows():
    if l.category == "missing_from_force":
        assert l.force_row == "" and l.hmicfrs_row
    elif l.category == "not_on_hmicfrs_list":
        assert l.hmicfrs_row == "" and l.force_row
    else:
        assert l.hmicfrs_row and l.force_row
# the ref cell agrees with the truth wherever it is a clean, correct number
for _, l in t.iterrows():
    if l.force_row and l.hmicfrs_row:
        refcell = rows[int(l.force_row.split("!")[1])]["HMICFRS_x0020_Ref"]
        ref = str(hm_rows[int(l.hmicfrs_row.split("!")[1])])
        if refcell and refcell != "7301":
            assert ref in refcell, (l.force_row, refcell, ref)
print("truth:", len(t), "lines;", t.category.value_counts().to_dict())
print("force item rows:", len(items), "non-item rows:", sorted(non_items))
print("ALL CHECKS PASSED")
