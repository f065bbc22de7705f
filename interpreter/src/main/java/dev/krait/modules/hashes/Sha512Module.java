package dev.krait.modules.hashes;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.hashes.PyDigestHash.Algorithm;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _sha512} module: SHA-384 and SHA-512,
 * over the JDK's {@link java.security.MessageDigest}.
 *
 * <p>CPython counterpart: Modules/sha512module.c.
 */
@NativeModule.Register("_sha512")
public final class Sha512Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_sha512");
        ModuleBuilder.addFunctions(m, Sha512Module.class);
        // CPython 3.11 binds SHA384Type twice, the second time to the sha512 type.
        m.put("SHA384Type", PyDigestHash.SHA512);
        return m;
    }

    // CPython: Modules/sha512module.c _sha512_sha384_impl
    @Exposed(value = "sha384($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-384 hash object; optionally initialized with a string.")
    public static PyObject sha384(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.SHA384_ALG, string, usedforsecurity);
    }

    // CPython: Modules/sha512module.c _sha512_sha512_impl
    @Exposed(value = "sha512($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-512 hash object; optionally initialized with a string.")
    public static PyObject sha512(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.SHA512_ALG, string, usedforsecurity);
    }
}
