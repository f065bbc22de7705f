# Timeouts: run and communicate raise TimeoutExpired, the child is killed, wait(timeout).
import subprocess

try:
    subprocess.run(["sleep", "10"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.5)
    print(str(e).startswith("Command '['sleep', '10']' timed out after 0."))

try:
    subprocess.run(["sh", "-c", "echo early; sleep 10"], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print("output before the timeout:", e.output, e.stdout)

p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("wait:", e)
print(p.poll())
p.terminate()
print("terminated:", p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired:
    print("communicate timed out")
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)

print(subprocess.run(["true"], timeout=30).returncode)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("check_output:", e.timeout)
