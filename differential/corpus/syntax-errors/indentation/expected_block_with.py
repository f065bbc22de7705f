with open(p) as f:
data = f.read()
