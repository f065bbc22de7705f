package dev.krait.modules.cjk;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The Java base of the four stateful coder types (incremental encoder and decoder, stream reader
 * and writer): each holds a {@link CoderContext} and shows its error handler as the
 * {@code errors} attribute, and each takes the arguments of its {@code __new__} again in an
 * {@code __init__} that does nothing. In Python the four types stay unrelated subclasses of
 * {@code object}, as in CPython, whose C structs share a header the same way.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.h
 * {@code _MultibyteStatefulCodec_HEAD}, multibytecodec.c {@code codecctx_getsets}.
 */
public abstract class MultibyteStatefulCoder extends PyObject {
    final CoderContext ctx;

    MultibyteStatefulCoder(PyType cls, CoderContext ctx) {
        super(cls);
        this.ctx = ctx;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbiencoder_init (and its three siblings)
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
    }

    @Exposed.Getter(value = "errors", doc = "how to treat errors")
    public PyObject getErrors() {
        return ctx.getErrors();
    }

    @Exposed.Setter(value = "errors", deletes = true)
    public void setErrors(PyObject value) {
        ctx.setErrors(value);
    }
}
