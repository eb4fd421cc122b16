import csv, openpyxl, sys
D = "/tmp/indep6/yn/closed_yes_no/"
with open(D + "hmicfrs.csv", encoding="utf-8-sig", newline="") as f:
    recs = list(csv.reader(f))
wb = openpyxl.load_workbook(D + "tracker.xlsx")
ws = wb["Tracker"]
truth = list(csv.DictReader(open(D + "truth.csv", encoding="utf-8")))
hseen, fseen = set(), set()
for t in truth:
    h, fr = t["hmicfrs_row"], t["force_row"]
    if h:
        n = int(h.split("!")[1]); rec = recs[n - 1]
        hseen.add(n)
    if fr:
        r = int(fr.split("!")[1]); fseen.add(r)
        src, txt, closed = ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, 6).value
    print(f"{t['category'][:10]:10} | {(rec[2][:22]+' '+rec[4][:4]+' '+rec[6][:8]+' '+rec[5][:50]) if h else '-':95} || {(str(src)[:30]+' ['+str(closed)+'] '+txt[:45]) if fr else '-'}")
# all item rows covered?
items = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value]
print("tracker rows with Source:", len(items), "covered:", len(fseen), set(items) ^ fseen)
print("hmicfrs records:", len(recs) - 1, "covered:", len(hseen), set(range(2, len(recs) + 1)) ^ hseen)
