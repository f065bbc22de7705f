package dev.krait.modules.hashes;

import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _sha3} module: the SHA-3 and SHAKE types ({@link PySha3}, {@link PyShake}), all
 * six of which {@code hashlib} reads when it loads.
 *
 * <p>CPython counterpart: Modules/_sha3/sha3module.c {@code _sha3_exec}.
 */
@NativeModule.Register("_sha3")
public final class Sha3Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_sha3");
        m.put("sha3_224", PySha3.SHA3_224);
        m.put("sha3_256", PySha3.SHA3_256);
        m.put("sha3_384", PySha3.SHA3_384);
        m.put("sha3_512", PySha3.SHA3_512);
        m.put("shake_128", PyShake.SHAKE_128);
        m.put("shake_256", PyShake.SHAKE_256);
        m.put("keccakopt", PyInt.of(0));
        // Like CPython 3.11's own, a portable implementation of the permutation.
        m.put("implementation", PyStr.of("tiny_sha3"));
        return m;
    }
}
