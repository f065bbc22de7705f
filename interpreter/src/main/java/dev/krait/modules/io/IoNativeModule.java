package dev.krait.modules.io;

import dev.krait.objects.PyModule;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.Interpreter;

/** Registers {@code _io} with the importer (indexed by its annotation). */
@NativeModule.Register("_io")
public final class IoNativeModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        return IoModule.module(interpreter);
    }
}
