package dev.krait.modules.hashes;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.hashes.PyDigestHash.Algorithm;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _md5} module: MD5, the hash {@code hashlib.md5} returns,
 * over the JDK's {@link java.security.MessageDigest}.
 *
 * <p>CPython counterpart: Modules/md5module.c.
 */
@NativeModule.Register("_md5")
public final class Md5Module implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_md5");
        ModuleBuilder.addFunctions(m, Md5Module.class);
        m.put("MD5Type", PyDigestHash.MD5);
        return m;
    }

    // CPython: Modules/md5module.c _md5_md5_impl
    @Exposed(value = "md5($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new MD5 hash object; optionally initialized with a string.")
    public static PyObject md5(PyObject string, PyObject usedforsecurity) {
        return PyDigestHash.create(Algorithm.MD5_ALG, string, usedforsecurity);
    }
}
