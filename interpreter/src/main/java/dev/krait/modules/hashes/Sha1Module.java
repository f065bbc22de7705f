package dev.krait.modules.hashes;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.hashes.PyDigestHash.Algorithm;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _sha1} module: SHA-1, the hash {@code hashlib.sha1} returns,
 * over the JDK's {@link java.security.MessageDigest}.
 *
 * <p>CPython counterpart: Modules/sha1module.c.
 */
@NativeModule.Register("_sha1")
public final class Sha1Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_sha1");
        ModuleBuilder.addFunctions(m, Sha1Module.class);
        m.put("SHA1Type", PyDigestHash.SHA1);
        return m;
    }

    // CPython: Modules/sha1module.c _sha1_sha1_impl
    @Exposed(value = "sha1($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA1 hash object; optionally initialized with a string.")
    public static PyObject sha1(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.SHA1_ALG, string, usedforsecurity);
    }
}
