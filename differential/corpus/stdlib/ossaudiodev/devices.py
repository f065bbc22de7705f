# Opening OSS devices on a machine without sound hardware: the errors CPython raises (a
# missing /dev/dsp or /dev/mixer, a file that is no sound device), the mode checks, and the
# argument checks of open() and openmixer().
import os
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import ossaudiodev

os.environ.pop("AUDIODEV", None)
os.environ.pop("MIXERDEV", None)


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", type(result).__name__)
        result.close()


for mode in ["r", "w", "rw"]:
    attempt("open " + mode, ossaudiodev.open, mode)
    attempt("open /dev/null " + mode, ossaudiodev.open, "/dev/null", mode)
attempt("open no such device", ossaudiodev.open, "/no/such/dsp", "w")
attempt("open a directory", ossaudiodev.open, "/", "r")
attempt("open bad mode", ossaudiodev.open, "x")
attempt("open bad mode with device", ossaudiodev.open, "/dev/null", "a")
attempt("open mode checked first", ossaudiodev.open, "/no/such/dsp", "rwx")
attempt("open no args", ossaudiodev.open)
attempt("open three args", ossaudiodev.open, "a", "b", "c")
attempt("open int", ossaudiodev.open, 1)
attempt("open int mode", ossaudiodev.open, "/dev/dsp", 2)
attempt("open NUL", ossaudiodev.open, "/dev/dsp\0", "w")
attempt("open keyword", ossaudiodev.open, mode="w")
attempt("openmixer", ossaudiodev.openmixer)
attempt("openmixer missing", ossaudiodev.openmixer, "/no/such/mixer")
attempt("openmixer /dev/null", ossaudiodev.openmixer, "/dev/null")
attempt("openmixer two args", ossaudiodev.openmixer, "a", "b")
attempt("openmixer int", ossaudiodev.openmixer, 1)
attempt("openmixer None", ossaudiodev.openmixer, None)
attempt("openmixer keyword", ossaudiodev.openmixer, device="/dev/null")

os.environ["AUDIODEV"] = "/no/such/audiodev"
os.environ["MIXERDEV"] = "/dev/null"
attempt("open from $AUDIODEV", ossaudiodev.open, "w")
attempt("openmixer from $MIXERDEV", ossaudiodev.openmixer)
