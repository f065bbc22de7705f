# The child's environment and working directory.
import os
import subprocess
import tempfile

out = subprocess.run(["sh", "-c", "echo $GREETING-$EMPTY-"], env={"GREETING": "hi"},
                     capture_output=True, text=True).stdout
print(out, end="")
print(subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True).stdout)
env = dict(os.environ, EXTRA="added")
print(subprocess.run(["sh", "-c", "echo $EXTRA"], env=env, capture_output=True).stdout)
os.environ["FROM_PARENT"] = "inherited"
print(subprocess.run(["sh", "-c", "echo $FROM_PARENT"], capture_output=True).stdout)
del os.environ["FROM_PARENT"]
print(subprocess.run(["sh", "-c", "echo [$FROM_PARENT]"], capture_output=True).stdout)

with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    for name in ["b.txt", "a.txt"]:
        with open(os.path.join(d, name), "w") as f:
            f.write(name)
    print(subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout.split())
    pwd = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip()
    print(pwd == real)
    print(subprocess.run(["cat", "a.txt"], cwd=d, capture_output=True).stdout)
    from pathlib import Path
    print(subprocess.run(["cat", "b.txt"], cwd=Path(d), capture_output=True).stdout)
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "run.sh"), "w") as f:
        f.write("#!/bin/sh\necho relative\n")
    os.chmod(os.path.join(d, "sub", "run.sh"), 0o755)
    print(subprocess.run(["./run.sh"], cwd=os.path.join(d, "sub"),
                         capture_output=True).stdout)
print(os.getcwd() != "/")
