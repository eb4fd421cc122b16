"""Re-read the written files and print each truth line's two sides, to check by eye."""
import csv, sys
import openpyxl

def load_xlsx(path, textcols):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb:
        for r in ws.iter_rows():
            for c in r:
                pass
        for row in ws.iter_rows():
            rn = row[0].row
            vals = [c.value for c in row]
            out[f"{ws.title}!{rn}"] = vals
    return out

def load_csv(path):
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for i, rec in enumerate(csv.reader(f), start=1):
            out[f"{path.split('/')[-1]}!{i}"] = rec
    return out

case = sys.argv[1]
h = load_csv(f"{case}/hmicfrs.csv") if case.startswith("audit") else load_xlsx(f"{case}/hmicfrs.xlsx", None)
t = load_xlsx(f"{case}/tracker.xlsx", None)
ht = 5 if case.startswith("audit") else 7   # text column index
ft = 4 if case.startswith("audit") else 2
seen_h, seen_f = set(), set()
with open(f"{case}/truth.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        hs = h[r["hmicfrs_row"]][ht][:70].replace("\n", " ") if r["hmicfrs_row"] else ""
        fs = str(t[r["force_row"]][ft])[:70].replace("\n", " ") if r["force_row"] else ""
        print(f"{r['category'][:14]:14} {r['hmicfrs_row']:22} {r['force_row']:26} | {hs:70} | {fs}")
        seen_h.add(r["hmicfrs_row"]); seen_f.add(r["force_row"])
# every HMICFRS data row and every force row with text accounted for?
hdata = [k for k, v in h.items() if v and str(v[0]).strip().isdigit()]
print("HMICFRS data rows", len(hdata), "unaccounted", sorted(set(hdata) - seen_h))
