"""Sample inputs shipped with reconcile (installed as `reconcile.sample`).

Built from public HMICFRS recommendation texts by scripts/make_sample_data.py; no real
force data ever goes here (see .gitignore: data/private/).
"""
