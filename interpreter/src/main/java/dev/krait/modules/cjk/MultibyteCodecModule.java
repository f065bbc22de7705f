package dev.krait.modules.cjk;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * {@code _multibytecodec}: the codec, incremental coder and stream types, and
 * {@code __create_codec}, which turns the capsule a {@code _codecs_*} module's getcodec makes
 * into a {@link PyMultibyteCodec}.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c (_multibytecodec_exec).
 */
@NativeModule.Register("_multibytecodec")
public final class MultibyteCodecModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_multibytecodec");
        ModuleBuilder.addFunctions(m, MultibyteCodecModule.class);
        m.put("MultibyteCodec", PyMultibyteCodec.TYPE);
        m.put("MultibyteIncrementalEncoder", PyMultibyteIncrementalEncoder.TYPE);
        m.put("MultibyteIncrementalDecoder", PyMultibyteIncrementalDecoder.TYPE);
        m.put("MultibyteStreamReader", PyMultibyteStreamReader.TYPE);
        m.put("MultibyteStreamWriter", PyMultibyteStreamWriter.TYPE);
        return m;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c _multibytecodec___create_codec
    @Exposed("__create_codec($module, arg, /)")
    public static PyObject __create_codec(PyObject arg) {
        if (!(arg instanceof PyCodecCapsule capsule)) {
            throw PyExceptions.valueError("argument type invalid");
        }
        capsule.codec.prepare();
        return new PyMultibyteCodec(capsule.codec);
    }

    /**
     * getcodec of a language module: the codec named {@code encoding} among {@code names},
     * built on first use.
     */
    // CPython: Modules/cjkcodecs/cjkcodecs.h getcodec
    static PyObject getcodec(PyObject encoding, String module) {
        if (!(encoding instanceof dev.krait.objects.PyStr s)) {
            throw PyExceptions.typeError("encoding name must be a string.");
        }
        CjkCodec codec = CjkCodecs.find(module, s.value());
        if (codec == null) {
            throw PyExceptions.of(PyExceptions.LookupError, "no such codec is supported.");
        }
        return __create_codec(new PyCodecCapsule(codec));
    }
}
