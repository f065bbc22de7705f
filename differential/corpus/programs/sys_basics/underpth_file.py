# A ._pth file beside the executable: its lines replace sys.path (relative to its folder,
# comments and blank lines skipped), and it implies isolated mode and no site unless a line
# says "import site".
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    exe = os.path.join(tmp, os.path.basename(sys.executable))
    os.symlink(sys.executable, exe)
    stdlib = os.path.dirname(os.__file__)
    # (which site-packages folders site adds depends on the installation: left out)
    code = ("import sys; print([p.replace(%r, '<tmp>') for p in sys.path "
            "if 'site-packages' not in p]); "
            "print(sys.flags.no_site, sys.flags.isolated, sys.flags.ignore_environment, "
            "sys.flags.safe_path)" % tmp)
    for lines in (["#.", "# ..", "fake-path-name", ".", "..", "", stdlib],
                  ["sub/dir/../x", stdlib, "import site"]):
        with open(exe + "._pth", "w") as f:
            f.write("\n".join(lines) + "\n")
        env = dict(os.environ, PYTHONPATH="from-env")
        out = subprocess.run([exe, "-c", code], env=env, capture_output=True, text=True)
        for line in out.stdout.splitlines():
            print(line.replace(stdlib, "<stdlib>").replace(os.path.dirname(tmp), "<tmpdir>"))
        print("status", out.returncode, out.stderr)
