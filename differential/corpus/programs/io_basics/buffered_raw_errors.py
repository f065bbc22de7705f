# A buffered reader checks what its raw stream's readinto returns: a non-integer is an OSError
# raised from the TypeError, a count out of range an OSError of its own.
import io


def attempt(label, returned):
    raw = io.BufferedReader(io.BytesIO(b"12"))
    raw.readinto = lambda buf: returned
    try:
        print(label, io.BufferedReader(raw).readline())
    except OSError as e:
        cause = e.__cause__
        print(label, type(e).__name__, e, "<-", type(cause).__name__ if cause else None, cause)


attempt("bytes", b"")
attempt("float", 1.5)
attempt("negative", -1)
attempt("too many", 10 ** 6)
attempt("zero", 0)
