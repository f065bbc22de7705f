package dev.krait.modules.cjk;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * {@code _codecs_tw}: getcodec for the encodings {@link CjkCodecs} lists under this module.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_tw.c.
 */
@NativeModule.Register("_codecs_tw")
public final class CodecsTwModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_codecs_tw");
        ModuleBuilder.addFunctions(m, CodecsTwModule.class);
        return m;
    }

    @Exposed("getcodec($module, encoding, /)")
    public static PyObject getcodec(PyObject encoding) {
        return MultibyteCodecModule.getcodec(encoding, "tw");
    }
}
