# Native functions that hand a str to C as a C string take its UTF-8: a lone surrogate raises
# UnicodeEncodeError, and a NUL, which would end the C string early, raises ValueError
# ("embedded null character") -- except where C looks the name up itself (os.confstr and
# os.sysconf), where the text simply ends at the NUL.
import _multiprocessing
import crypt
import hashlib
import os
import pyexpat
import socket
import sqlite3
import symtable
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for v in ["a\0b", "\udc80", "\udc80\0", "SC_ARG_MAX\0tail"]:
    attempt("getaddrinfo %r" % v, lambda: socket.getaddrinfo(v, 80))
    attempt("getservbyname %r" % v, lambda: socket.getservbyname(v))
    attempt("crypt %r" % v, lambda: crypt.crypt(v, "ab"))
    attempt("isolation_level %r" % v, lambda: sqlite3.connect(":memory:", isolation_level=v))
    attempt("pbkdf2_hmac %r" % v, lambda: hashlib.pbkdf2_hmac(v, b"p", b"s", 1))
    attempt("symtable %r" % v, lambda: symtable.symtable("x=1", "f", v))
    attempt("ParserCreate %r" % v, lambda: pyexpat.ParserCreate(v))
    attempt("sysconf %r" % v, lambda: os.sysconf(v) == os.sysconf("SC_ARG_MAX"))
    attempt("sem_unlink %r" % v, lambda: _multiprocessing.sem_unlink(v))
