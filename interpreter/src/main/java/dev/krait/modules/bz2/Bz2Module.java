package dev.krait.modules.bz2;

import dev.krait.objects.PyModule;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * {@code _bz2}: the {@link PyBZ2Compressor} and {@link PyBZ2Decompressor} types over
 * libbzip2, which {@code bz2} builds its one-shot functions and {@code BZ2File} on.
 *
 * <p>CPython counterpart: Modules/_bz2module.c.
 */
@NativeModule.Register("_bz2")
public final class Bz2Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Libbz2.Library.AVAILABLE) {
            // As a CPython built without libbzip2 has no _bz2 extension at all.
            throw Importer.moduleNotFound("No module named '_bz2'", "_bz2");
        }
        PyModule m = new PyModule("_bz2");
        m.put("BZ2Compressor", PyBZ2Compressor.TYPE);
        m.put("BZ2Decompressor", PyBZ2Decompressor.TYPE);
        return m;
    }
}
