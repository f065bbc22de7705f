# Evaluates one Python expression per line of the file named by argv[1] and prints, per line,
# repr(value) or "ERR Type: repr(args)", for
# StrNumberDifferentialTest.
import sys

with open(sys.argv[1], encoding='utf-8', errors='surrogatepass') as f:
    lines = f.read().split('\n')[:-1]
out = []
for line in lines:
    try:
        out.append(repr(eval(line)))
    except Exception as e:
        out.append('ERR ' + type(e).__name__ + ': ' + repr(e.args))
sys.stdout.write('\n'.join(out) + '\n')
