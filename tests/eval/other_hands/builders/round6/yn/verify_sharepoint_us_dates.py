import csv, openpyxl
D = "/tmp/indep6/yn/sharepoint_us_dates/"
h = openpyxl.load_workbook(D + "hmicfrs.xlsx")["Definitive list"]
t = openpyxl.load_workbook(D + "tracker.xlsx")["owssvr"]
truth = list(csv.DictReader(open(D + "truth.csv", encoding="utf-8")))
hs, fs = set(), set()
for x in truth:
    a = b = "-"
    if x["hmicfrs_row"]:
        r = int(x["hmicfrs_row"].split("!")[1]); hs.add(r)
        a = f"{h.cell(r,1).value} {h.cell(r,2).value[:14]} {h.cell(r,3).value:%d/%m/%y} {h.cell(r,4).value[:4]} {h.cell(r,6).value[:9]:9} {h.cell(r,5).value[:40]!r}"
    if x["force_row"]:
        r = int(x["force_row"].split("!")[1]); fs.add(r)
        a2 = t.cell(r, 6).value
        b = f"{str(t.cell(r,4).value):6} {str(t.cell(r,5).value)[:16]:16} {str(a2)[:10]:10} {t.cell(r,7).value[:4]} {t.cell(r,8).value[:8]:8} {t.cell(r,3).value[:35]!r}"
    print(f"{x['category'][:9]:9}| {a:100} || {b}")
print("hmicfrs rows", h.max_row - 4, "covered", len(hs), set(range(5, h.max_row + 1)) ^ hs)
print("tracker rows", t.max_row - 1, "covered", len(fs), set(range(2, t.max_row + 1)) ^ fs)
print("hidden:", [c for c, d in t.column_dimensions.items() if d.hidden])
