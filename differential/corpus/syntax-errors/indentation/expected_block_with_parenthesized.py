with (open(p) as f, open(q) as g):
pass
