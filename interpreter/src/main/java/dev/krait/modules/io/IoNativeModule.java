package dev.krait.modules.io;

import dev.krait.objects.PyModule;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;

/** Registers {@code _io} with the importer (listed in META-INF/services). */
public final class IoNativeModule implements Importer.NativeModule {
    @Override
    public String name() {
        return "_io";
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        return IoModule.module(interpreter);
    }
}
