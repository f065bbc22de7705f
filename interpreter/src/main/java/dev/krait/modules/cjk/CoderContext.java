package dev.krait.modules.cjk;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * What the four stateful coder types share: the codec found on the class (the
 * {@code encodings} modules subclass them with {@code codec = ...}), the eight bytes of shift
 * state, and the error handler name behind the {@code errors} attribute.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.h
 * {@code _MultibyteStatefulCodec_HEAD}, and codecctx_errors_get/set in multibytecodec.c.
 */
final class CoderContext {
    final CjkCodec codec;
    final byte[] state = new byte[8];
    /** The handler's name; null for strict. */
    String errors;

    private CoderContext(CjkCodec codec, String errors) {
        this.codec = codec;
        this.errors = errors;
    }

    /** The context of a new decoder (incremental or stream) of class {@code cls}. */
    // CPython: Modules/cjkcodecs/multibytecodec.c mbidecoder_new, mbstreamreader_new
    static CoderContext forDecoder(PyType cls, PyObject errors, String function) {
        CoderContext ctx = of(cls, errors, function);
        ctx.codec.decodeInit(ctx.state);
        return ctx;
    }

    /** The context of a new encoder (incremental or stream) of class {@code cls}. */
    // CPython: Modules/cjkcodecs/multibytecodec.c mbiencoder_new, mbstreamwriter_new
    static CoderContext forEncoder(PyType cls, PyObject errors, String function) {
        CoderContext ctx = of(cls, errors, function);
        ctx.codec.encodeInit(ctx.state);
        return ctx;
    }

    /** The context of a new coder of class {@code cls}, with {@code errors} from the call. */
    private static CoderContext of(PyType cls, PyObject errors, String function) {
        String err = null;
        if (errors != null) {
            if (!(errors instanceof PyStr s)) {
                throw PyExceptions.typeError(function + "() argument 'errors' must be str, not "
                        + errors.type().getName());
            }
            err = s.value();
        }
        PyObject codec = Attributes.getAttr(cls, "codec");
        if (!(codec instanceof PyMultibyteCodec c)) {
            throw PyExceptions.typeError("codec is unexpected type");
        }
        return new CoderContext(c.codec, err == null || err.equals("strict") ? null : err);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c codecctx_errors_get
    PyObject getErrors() {
        return PyStr.of(errors == null ? "strict" : errors);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c codecctx_errors_set
    void setErrors(PyObject value) {
        if (value == null) {
            throw PyExceptions.attributeError("cannot delete attribute");
        }
        if (!(value instanceof PyStr s)) {
            throw PyExceptions.typeError("errors must be a string");
        }
        errors = s.value().equals("strict") ? null : s.value();
    }
}
