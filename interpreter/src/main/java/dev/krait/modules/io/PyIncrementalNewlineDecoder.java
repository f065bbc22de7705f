package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code _io.IncrementalNewlineDecoder}: universal-newline decoding as a Python object, over an
 * optional wrapped incremental decoder (a codecs decoder, or None for text input). Programs and
 * the pure-Python {@code _pyio} use it; Krait's own text streams use {@link NewlineDecoder}
 * directly. Its state, as {@code getstate()} shows it, is the wrapped decoder's state with the
 * held-back "\r" as the lowest bit of the flags.
 *
 * <p>CPython counterpart: Modules/_io/textio.c (incrementalnewlinedecoder).
 */
public class PyIncrementalNewlineDecoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("IncrementalNewlineDecoder",
            PyIncrementalNewlineDecoder.class, null).withModule("_io");

    private PyObject decoder = PyNone.NONE;
    private NewlineDecoder newlines;
    private PyObject errors = PyStr.of("strict");

    protected PyIncrementalNewlineDecoder(PyType type) {
        super(type);
        setDict(new PyDict());
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyIncrementalNewlineDecoder(cls);
    }

    @Exposed(value = "__init__($self, /, decoder, translate, errors='strict')",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject decoderArg, PyObject translate, PyObject errorsArg) {
        decoder = decoderArg;
        errors = errorsArg;
        newlines = new NewlineDecoder(Ops.isTrue(translate));
    }

    private NewlineDecoder state() {
        if (newlines == null) {
            throw PyExceptions.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
        return newlines;
    }

    // CPython: Modules/_io/textio.c _PyIncrementalNewlineDecoder_decode
    @Exposed("decode($self, /, input, final=False)")
    public PyObject decode(PyObject input, PyObject finalArg) {
        NewlineDecoder nd = state();
        boolean last = Ops.isTrue(finalArg);
        PyObject output = input;
        if (decoder != PyNone.NONE) {
            output = Ops.call(Attributes.getAttr(decoder, "decode"), new PyObject[] {input,
                PyBool.of(last)}, new String[] {"final"});
        }
        if (!(output instanceof PyStr s)) {
            throw PyExceptions.typeError("decoder should return a string result, not '"
                    + output.type().getName() + "'");
        }
        return PyStr.of(nd.decode(s.value(), last));
    }

    @Exposed("getstate($self, /)")
    public PyObject getstate() {
        NewlineDecoder nd = state();
        PyObject buffer = PyBytes.EMPTY;
        long flag = 0;
        if (decoder != PyNone.NONE) {
            PyObject st = Ops.callMethod(decoder, "getstate");
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw PyExceptions.typeError("illegal decoder state");
            }
            buffer = t.get(0);
            flag = PyIOBase.ssize(t.get(1));
        }
        flag <<= 1;
        if (nd.pendingCR()) {
            flag |= 1;
        }
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @Exposed("setstate($self, state, /)")
    public void setstate(PyObject st) {
        NewlineDecoder nd = state();
        if (!(st instanceof PyTuple t)) {
            throw PyExceptions.typeError("state argument must be a tuple");
        }
        if (t.size() != 2) {
            throw PyExceptions.typeError("setstate expected 2 arguments, got " + t.size());
        }
        long flag = PyIOBase.ssize(t.get(1));
        nd.setState((flag & 1) != 0);
        if (decoder != PyNone.NONE) {
            Ops.callMethod(decoder, "setstate", PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
        }
    }

    @Exposed("reset($self, /)")
    public void reset() {
        state().reset();
        if (decoder != PyNone.NONE) {
            Ops.callMethod(decoder, "reset");
        }
    }

    @Exposed.Getter("newlines")
    public PyObject newlines() {
        return state().newlines();
    }
}
