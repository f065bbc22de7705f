"""CPython's side of Krait's differential tests: a long-lived helper answering parse requests.

Started by dev.krait.differential.CPythonOracle. It reads requests from stdin and writes replies
to stdout, both binary and length-prefixed so that any source bytes pass through unchanged:

  request:  b"parse <attrs:0|1> <digest:0|1> <length>\n" + <length> source bytes
            b"parse-file <attrs:0|1> <digest:0|1> <length>\n" + <length> bytes of a UTF-8 path
  reply:    b"ok <length>\n" + ast.dump text (or its SHA-256 in hex) in UTF-8
            b"err <length>\n" + type, lineno, offset, end_lineno, end_offset, msg, one per line
            (msg last so that it may hold newlines; a missing position is 0)

On start it writes b"ready <sys.version_info as a.b.c> <sys.executable>\n".
"""

import ast
import hashlib
import sys

# ast.parse is called from a frame as shallow as possible: CPython 3.11 starts the AST-to-object
# conversion's recursion budget from the current Python depth (Python/Python-ast.c
# PyAST_mod2obj), so a deep helper would reject trees that `python3 -c 'ast.parse(...)'` accepts.
DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()
# ast.dump is recursive Python code; it must not fail on a tree that CPython did build.
DUMP_RECURSION_LIMIT = 1_000_000


def dump(tree, attrs):
    sys.setrecursionlimit(DUMP_RECURSION_LIMIT)
    try:
        return ast.dump(tree, include_attributes=attrs)
    finally:
        sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)


def error_payload(e):
    if isinstance(e, SyntaxError):
        fields = [type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
    else:
        fields = [type(e).__name__, 0, 0, 0, 0, str(e)]
    return "\n".join("0" if f is None else str(f) for f in fields)


def reply(out, status, text):
    data = text.encode("utf-8", "backslashreplace")
    out.write(b"%s %d\n" % (status, len(data)))
    out.write(data)
    out.flush()


def main():
    stdin = sys.stdin.buffer
    out = sys.stdout.buffer
    version = "%d.%d.%d" % sys.version_info[:3]
    out.write(("ready %s %s\n" % (version, sys.executable)).encode("utf-8", "backslashreplace"))
    out.flush()
    while True:
        header = stdin.readline()
        if not header:
            return
        kind, attrs, digest, length = header.split()
        payload = stdin.read(int(length))
        if kind == b"parse-file":
            with open(payload.decode("utf-8", "surrogateescape"), "rb") as f:
                payload = f.read()
        attrs = attrs == b"1"
        try:
            tree = ast.parse(payload)
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            reply(out, b"err", error_payload(e))
            continue
        try:
            text = dump(tree, attrs)
        except RecursionError as e:
            reply(out, b"err", error_payload(e))
            continue
        if digest == b"1":
            text = hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()
        reply(out, b"ok", text)


main()
