# What a program writes to a file it never closes still reaches the file: CPython closes a
# dropped file when its last reference goes and the rest as the interpreter exits. Each case
# runs in a child interpreter, and the files are read back once it has ended.
import gzip
import os
import subprocess
import sys
import tempfile

# KRAIT_AOT=off: a first run after a build would otherwise train Krait's start-up cache
env = dict(os.environ, KRAIT_AOT="off")
folder = tempfile.mkdtemp()
P = lambda name: os.path.join(folder, name)

# Three child interpreters (-S: start-up without site, to keep the program quick): one ends
# normally, one by sys.exit, one by an uncaught exception.
cases = {
    "files left open, ending normally": (
        "open(P('a.txt'), 'w').write('hello')\n"
        "f = open(P('b.txt'), 'w')\n"
        "f.write('global ' * 3)\n"
        "def main():\n"
        "    t = open(P('c.txt'), 'w', encoding='utf-8')\n"
        "    t.write('caf\\u00e9\\n' * 2)\n"
        "    b = open(P('d.bin'), 'wb')\n"
        "    b.write(bytes(range(5)))\n"
        "main()\n"
        "import json\n"
        "json.dump({'k': list(range(3000))}, open(P('e.json'), 'w'))\n"
        "import gc, gzip\n"
        "for i in range(300):\n"
        "    open(P('h.txt'), 'w').write('x' * i)\n"
        "def write():\n"
        "    z = gzip.open(P('i.gz'), 'wb')\n"
        "    z.write(b'zipped ' * 50)\n"
        "write()\n"
        "gc.collect()\n"
        "print(open(P('h.txt')).read().count('x'))"),
    "append, then sys.exit(3)": (
        "import sys\nf = open(P('f.txt'), 'a')\nf.write('appended\\n')\nsys.exit(3)"),
    "write, then an exception": "f = open(P('g.txt'), 'w')\nf.write('before')\n1/0",
}
for name, body in cases.items():
    code = f"import os\nP = lambda n: os.path.join({folder!r}, n)\n{body}\n"
    r = subprocess.run([sys.executable, "-S", "-c", code], env=env, capture_output=True,
                       text=True)
    last = r.stderr.strip().splitlines()[-1:] if r.stderr else []
    print(f"{name}: status {r.returncode}, stdout {r.stdout.strip()!r}, stderr {last}")

for name in sorted(os.listdir(folder)):
    if name.endswith(".gz"):
        with gzip.open(P(name)) as z:
            data = z.read()
    else:
        with open(P(name), "rb") as f:
            data = f.read()
    print(name, len(data), data[:24])
for name in os.listdir(folder):
    os.remove(P(name))
os.rmdir(folder)
