package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _io._TextIOBase}: the base of text streams — {@code read}, {@code readline},
 * {@code write} and {@code detach} are unsupported until a subclass provides them, and
 * {@code encoding}, {@code newlines} and {@code errors} are None.
 *
 * <p>CPython counterpart: Modules/_io/textio.c (textiobase_methods, textiobase_getset).
 */
public class PyTextIOBase extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_TextIOBase", PyTextIOBase.class,
            PyIOBase.TYPE).withModule("_io");

    protected PyTextIOBase(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyTextIOBase(cls);
    }

    @Exposed(value = "read($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject read(PyObject size) {
        throw IoErrors.unsupported("read");
    }

    @Exposed(value = "readline($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject readline(PyObject size) {
        throw IoErrors.unsupported("readline");
    }

    @Exposed(value = "write($self, s, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject write(PyObject s) {
        throw IoErrors.unsupported("write");
    }

    @Exposed(value = "detach($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject detach() {
        throw IoErrors.unsupported("detach");
    }

    @Exposed.Getter("encoding")
    public PyObject encoding() {
        return PyNone.NONE;
    }

    @Exposed.Getter("newlines")
    public PyObject newlines() {
        return PyNone.NONE;
    }

    @Exposed.Getter("errors")
    public PyObject errors() {
        return PyNone.NONE;
    }
}
