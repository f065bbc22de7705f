package dev.krait.modules.hashes;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.hashes.PyDigestHash.Algorithm;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _sha256} module: SHA-224 and SHA-256,
 * over the JDK's {@link java.security.MessageDigest}.
 *
 * <p>CPython counterpart: Modules/sha256module.c.
 */
@NativeModule.Register("_sha256")
public final class Sha256Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_sha256");
        ModuleBuilder.addFunctions(m, Sha256Module.class);
        m.put("SHA224Type", PyDigestHash.SHA224);
        m.put("SHA256Type", PyDigestHash.SHA256);
        return m;
    }

    // CPython: Modules/sha256module.c _sha256_sha224_impl
    @Exposed(value = "sha224($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-224 hash object; optionally initialized with a string.")
    public static PyObject sha224(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.SHA224_ALG, string, usedforsecurity);
    }

    // CPython: Modules/sha256module.c _sha256_sha256_impl
    @Exposed(value = "sha256($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-256 hash object; optionally initialized with a string.")
    public static PyObject sha256(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.SHA256_ALG, string, usedforsecurity);
    }
}
