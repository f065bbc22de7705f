package dev.krait.modules.hashes;

import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _blake2} module: the {@code blake2b} and {@code blake2s} types ({@link PyBlake2})
 * and the size constants {@code hashlib} re-exports.
 *
 * <p>CPython counterpart: Modules/_blake2/blake2module.c {@code blake2_exec}.
 */
@NativeModule.Register("_blake2")
public final class Blake2Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_blake2");
        m.put("__doc__", PyStr.of("_blake2b provides BLAKE2b for hashlib\n"));
        m.put("blake2b", PyBlake2.BLAKE2B);
        m.put("BLAKE2B_SALT_SIZE", PyInt.of(Blake2b.SALT));
        m.put("BLAKE2B_PERSON_SIZE", PyInt.of(Blake2b.PERSON));
        m.put("BLAKE2B_MAX_KEY_SIZE", PyInt.of(Blake2b.MAX_KEY));
        m.put("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(Blake2b.MAX_DIGEST));
        m.put("blake2s", PyBlake2.BLAKE2S);
        m.put("BLAKE2S_SALT_SIZE", PyInt.of(Blake2s.SALT));
        m.put("BLAKE2S_PERSON_SIZE", PyInt.of(Blake2s.PERSON));
        m.put("BLAKE2S_MAX_KEY_SIZE", PyInt.of(Blake2s.MAX_KEY));
        m.put("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(Blake2s.MAX_DIGEST));
        return m;
    }
}
