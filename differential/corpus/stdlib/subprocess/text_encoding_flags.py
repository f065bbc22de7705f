# io.text_encoding() and TextIOWrapper follow -X utf8 and -X warn_default_encoding (PEP 597),
# and -X dev checks a TextIOWrapper's error handler at once.
import subprocess
import sys

code = """
import io, sys
print(io.text_encoding(None), io.text_encoding('latin-1'), sys.flags.utf8_mode)
print(io.TextIOWrapper(io.BytesIO()).encoding.lower())
with open(__file__ if '__file__' in dir() else sys.executable, 'rb') as f:
    pass
try:
    io.TextIOWrapper(io.BytesIO(), encoding='utf-8', errors='Boom')
    print('no check')
except LookupError as e:
    print('LookupError', e)
"""
for options in (["-X", "utf8=0"], ["-X", "utf8=1"], ["-X", "utf8=0", "-X", "warn_default_encoding"],
                ["-X", "utf8=1", "-X", "warn_default_encoding"], ["-X", "dev"]):
    r = subprocess.run([sys.executable, *options, "-c", code], capture_output=True, text=True,
                       encoding="utf-8")
    print(options, r.returncode)
    print(r.stdout, end="")
    print(r.stderr, end="")
