"""Print every truth line with both sides' cells, to check the truth by eye."""
import csv, sys, io
import openpyxl, pandas as pd

def loader(path):
    if path.endswith(".csv"):
        raw = open(path, "rb").read().decode("cp1252")
        recs = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
        df = pd.read_csv(path, sep=";", encoding="cp1252", header=None, skip_blank_lines=False, dtype=str)
        assert len(df) == len(recs), (len(df), len(recs))
        return lambda sheet, r: recs[r - 1]
    wb = openpyxl.load_workbook(path)
    return lambda sheet, r: [c.value for c in wb[sheet][r]]

case = sys.argv[1]
import glob
h = loader(glob.glob(f"{case}/hmicfrs.*")[0]); f = loader(glob.glob(f"{case}/tracker.*")[0])
for ln in csv.DictReader(open(f"{case}/truth.csv")):
    print("==", ln["category"], "|", ln["why"][:100])
    if ln["hmicfrs_row"]:
        s, r = ln["hmicfrs_row"].rsplit("!", 1)
        v = h(s, int(r)); print("  H", ln["hmicfrs_row"], [str(x)[:70] for x in v if x is not None][:6])
    if ln["force_row"]:
        s, r = ln["force_row"].rsplit("!", 1)
        v = f(s, int(r)); print("  F", ln["force_row"], [str(x)[:70] for x in v if x not in (None, "")][:8])
