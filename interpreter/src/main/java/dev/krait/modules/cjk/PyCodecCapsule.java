package dev.krait.modules.cjk;

import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The capsule that carries one codec from a {@code _codecs_*} module's getcodec to
 * {@code _multibytecodec.__create_codec}, as CPython passes its {@code MultibyteCodec} struct
 * ({@code "multibytecodec.__map_*"} capsules are not made: nothing outside the C modules reads
 * them).
 *
 * <p>CPython counterpart: Objects/capsule.c, as used by Modules/cjkcodecs/cjkcodecs.h getcodec.
 */
final class PyCodecCapsule extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("PyCapsule", PyCodecCapsule.class, null);

    final CjkCodec codec;

    PyCodecCapsule(CjkCodec codec) {
        super(TYPE);
        this.codec = codec;
    }
}
