package dev.krait.modules.cjk;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * {@code _codecs_iso2022}: getcodec for the encodings {@link CjkCodecs} lists under this module.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_iso2022.c.
 */
@NativeModule.Register("_codecs_iso2022")
public final class CodecsIso2022Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_codecs_iso2022");
        ModuleBuilder.addFunctions(m, CodecsIso2022Module.class);
        return m;
    }

    @Exposed("getcodec($module, encoding, /)")
    public static PyObject getcodec(PyObject encoding) {
        return MultibyteCodecModule.getcodec(encoding, "iso2022");
    }
}
