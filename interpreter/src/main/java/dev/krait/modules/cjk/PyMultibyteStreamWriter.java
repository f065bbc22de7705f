package dev.krait.modules.cjk;

import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _multibytecodec.MultibyteStreamWriter}: encodes text and writes the bytes to a
 * stream, holding back what a pair-aware codec cannot decide yet until {@code reset}.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c
 * {@code MultibyteStreamWriterObject}.
 */
public final class PyMultibyteStreamWriter extends MultibyteStatefulCoder {
    public static final PyType TYPE = PyType.builtin("MultibyteStreamWriter",
            PyMultibyteStreamWriter.class, null, MultibyteStatefulCoder.class)
            .withModule("_multibytecodec");

    final PyObject stream;
    PyStr pending;

    PyMultibyteStreamWriter(PyType cls, CoderContext ctx, PyObject stream) {
        super(cls, ctx);
        this.stream = stream;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbstreamwriter_new
    @Exposed(value = "__new__($type, /, stream, errors=<unrepresentable>)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject stream, PyObject errors) {
        CoderContext ctx = CoderContext.forEncoder(cls, errors, "StreamWriter");
        return new PyMultibyteStreamWriter(cls, ctx, stream);
    }

    @Exposed.Getter(value = "stream", member = true)
    public PyObject getStream() {
        return stream;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbstreamwriter_iwrite
    @Exposed("write($self, strobj, /)")
    public void write(PyObject text) {
        byte[] b = PyMultibyteIncrementalEncoder.encodeStateful(ctx, this, text, false);
        Ops.callMethod(stream, "write", new PyBytes(b));
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteStreamWriter_writelines
    @Exposed("writelines($self, lines, /)")
    public void writelines(PyObject lines) {
        if (lines.type().lookup("__getitem__") == null
                || Ops.isInstance(lines, dev.krait.objects.PyDict.TYPE)) {
            throw PyExceptions.typeError("arg must be a sequence object");
        }
        for (int i = 0; i < Containers.len(lines); i++) {
            write(Containers.getItem(lines, PyInt.of(i)));
        }
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteStreamWriter_reset
    @Exposed("reset($self, /)")
    public void reset() {
        if (pending == null) {
            return;
        }
        PyStr p = pending;
        byte[] b;
        try {
            b = new MultibyteCoding.Encoding(ctx.codec, ctx.state, p, ctx.errors)
                    .run(CjkCodec.FLUSH | CjkCodec.RESET);
        } finally {
            pending = null;
        }
        if (b.length > 0) {
            Ops.callMethod(stream, "write", new PyBytes(b));
        }
    }
}
