"""Independent audit of the ten_years_joint truth: ambiguity checks with rapidfuzz."""
import openpyxl, csv, re, sys
from collections import defaultdict
from rapidfuzz import fuzz
case = sys.argv[1] if len(sys.argv) > 1 else 'ten_years_joint'
H=openpyxl.load_workbook(f'{case}/hmicfrs.xlsx')
F=openpyxl.load_workbook(f'{case}/tracker.xlsx')
T=list(csv.DictReader(open(f'{case}/truth.csv')))
def n(s): return re.sub(r'\s+',' ',re.sub(r'(HMICFRS|HMIC|Ref) \d+|\d{4,5}|[()–…]',' ',str(s).lower())).strip()
hinfo={}
for s in ('Police','Fire'):
    ws=H[s]
    for r in range(5,ws.max_row+1):
        hinfo[f'{s}!{r}']=dict(title=ws.cell(row=r,column=2).value, text=ws.cell(row=r,column=5).value)
def ftext(p):
    s,r=p.split('!'); ws=F[s]; hdr_r=4 if s<'2021-22' else 5
    hdr=[ws.cell(row=hdr_r,column=j).value for j in range(1,ws.max_column+1)]
    tc=[i+1 for i,h in enumerate(hdr) if h and h.startswith('Recommendation')][0]
    return ws.cell(row=int(r),column=tc).value
by_title=defaultdict(list)
for k,v in hinfo.items(): by_title[v['title']].append(k)
truth_f=defaultdict(list)
for t in T:
    if t['force_row']: truth_f[t['force_row']].append(t)
bad=0
for fr, ts in truth_f.items():
    t=ts[0]
    if not t['hmicfrs_row'] or len(ts)>1: continue
    if 'Report differs' in t['why'] or 'Split' in t['why'] or 'bullet' in t['why']: continue
    ft=n(ftext(fr)); h=t['hmicfrs_row']
    own=fuzz.partial_ratio(ft, n(hinfo[h]['text']))
    for o in by_title[hinfo[h]['title']]:
        if o==h: continue
        sc=fuzz.partial_ratio(ft, n(hinfo[o]['text']))
        if sc>=own-2 and sc>80:
            bad+=1
            if bad<15: print('AMBIG',fr,h,o,own,sc,'|',ftext(fr)[:100],'|',hinfo[o]['text'][:100])
print('ambiguous within report:',bad)
# missing items vs not-on-list rows
nol=[t['force_row'] for t in T if t['category']=='not_on_hmicfrs_list']
for t in T:
    if t['category']!='missing_from_force': continue
    ht=n(hinfo[t['hmicfrs_row']]['text'])
    for f in nol:
        sc=fuzz.token_set_ratio(ht,n(ftext(f)))
        if sc>85: print('MISSING~NOL',t['hmicfrs_row'],f,sc,hinfo[t['hmicfrs_row']]['title'],'|',ftext(f)[:90])
print('lowest own scores:')
sc=[]
for fr, ts in truth_f.items():
    for t in ts:
        if t['hmicfrs_row']:
            sc.append((fuzz.partial_ratio(n(ftext(fr)), n(hinfo[t['hmicfrs_row']]['text'])),fr,t['hmicfrs_row']))
sc.sort()
for x in sc[:12]: print(x, ftext(x[1])[:90].replace('\n',' '),'||',hinfo[x[2]]['text'][:90].replace('\n',' '))
