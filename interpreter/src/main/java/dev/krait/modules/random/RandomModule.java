package dev.krait.modules.random;

import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _random} module: the {@link PyRandom} type.
 *
 * <p>CPython counterpart: Modules/_randommodule.c {@code _random_exec}.
 */
@NativeModule.Register("_random")
public final class RandomModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_random");
        m.put("__doc__", PyStr.of("Module implements the Mersenne Twister random number "
                + "generator."));
        m.put("Random", PyRandom.TYPE);
        return m;
    }
}
