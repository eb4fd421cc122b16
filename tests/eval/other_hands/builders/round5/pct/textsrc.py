"""Load the allowed text lists (casegen/texts) as data, without importing the tool package."""
import importlib.util, sys
D = "/work/main/reconcile/casegen/texts"
spec = importlib.util.spec_from_file_location("indep_texts", D + "/__init__.py",
                                              submodule_search_locations=[D])
T = importlib.util.module_from_spec(spec)
sys.modules["indep_texts"] = T
spec.loader.exec_module(T)
