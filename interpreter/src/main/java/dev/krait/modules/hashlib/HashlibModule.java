package dev.krait.modules.hashlib;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.hashes.HashData;
import dev.krait.modules.operator.SequenceFunctions;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMappingProxy;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;

/**
 * The {@code _hashlib} module: {@code hashlib}'s fast path and {@code hmac}'s. With it,
 * {@code hashlib.new} accepts OpenSSL's digest names, {@code hashlib.pbkdf2_hmac} and
 * {@code hashlib.scrypt} are the native ones (not the deprecated pure-Python PBKDF2), and
 * {@code hmac} computes through {@link PyHmac}. The digests are those of {@link Digest}.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c ({@code EVP_functions}, {@code hashlib_exec}).
 */
@NativeModule.Register("_hashlib")
public final class HashlibModule implements NativeModule {
    /** The per-interpreter state: the exception type and the constructors' names. */
    static final class State {
        final PyType unsupportedDigestmodError;
        /** {@code {openssl_sha256: 'sha256', ...}}, CPython's {@code state->constructs}. */
        final PyDict constructors = new PyDict();

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("_hashlib"));
            unsupportedDigestmodError = (PyType) Ops.call(PyType.TYPE,
                    PyStr.of("UnsupportedDigestmodError"), PyTuple.of(PyExceptions.ValueError),
                    ns);
        }
    }

    private static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_hashlib");
        ModuleBuilder.addFunctions(m, HashlibModule.class);
        ModuleBuilder.addFunctions(m, KeyDerivation.class);
        State st = interpreter.state(State.class, State::new);
        m.put("HASH", PyHash.TYPE);
        m.put("HASHXOF", PyHashXof.TYPE);
        m.put("HMAC", PyHmac.TYPE);
        m.put("UnsupportedDigestmodError", st.unsupportedDigestmodError);
        PySet names = new PySet();
        for (Digest d : Digest.values()) {
            names.add(PyStr.of(d.pyName));
        }
        m.put("openssl_md_meth_names", PyFrozenSet.of(names));
        // CPython: Modules/_hashopenssl.c hashlib_init_constructors
        for (String name : new String[] {"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
            "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}) {
            st.constructors.setItem(((PyDict) m.getModuleDict()).getItem(
                    PyStr.of("openssl_" + name)), PyStr.of(name));
        }
        m.put("_constructors", new PyMappingProxy(st.constructors));
        return m;
    }

    static PyException unsupportedDigestmod(String message) {
        return ((PyBaseException) Ops.call(state().unsupportedDigestmodError, PyStr.of(message)))
                .raise();
    }

    /** OpenSSL's failure without a queued error, which CPython reports this way. */
    // CPython: Modules/_hashopenssl.c _setException
    static PyException noReason() {
        return PyExceptions.valueError("no reason supplied");
    }

    /**
     * The digest a {@code digestmod} names: a str, or one of the {@code openssl_*}
     * constructors; anything else is CPython's UnsupportedDigestmodError, which sends
     * {@code hmac} to its pure-Python path.
     */
    // CPython: Modules/_hashopenssl.c py_digest_by_digestmod
    static Digest byDigestmod(PyObject digestmod) {
        PyObject name = digestmod instanceof PyStr ? digestmod
                : state().constructors.getItem(digestmod);
        if (!(name instanceof PyStr s)) {
            throw unsupportedDigestmod("Unsupported digestmod " + Ops.repr(digestmod).value());
        }
        return Digest.byName(s.value());
    }

    /**
     * A hash object of the digest, as every constructor here makes one; a missing
     * {@code string} (b'', which the signature cannot hold) arrives as null.
     */
    // CPython: Modules/_hashopenssl.c py_evp_fromname
    private static PyHash fromName(Digest digest, PyObject data, PyObject usedforsecurity) {
        HashData.flag(usedforsecurity);
        byte[] b = data == null ? null : HashData.bytesOf(data);
        return PyHash.create(digest, b);
    }

    // CPython: Modules/_hashopenssl.c EVP_new_impl
    @Exposed(name = "new", value = "new($module, /, name, string=b'', *, usedforsecurity=True)",
            doc = "Return a new hash object using the named algorithm.\n\nAn optional string "
                    + "argument may be provided and will be\nautomatically hashed.\n\nThe MD5 "
                    + "and SHA1 algorithms are always supported.")
    public static PyObject new_(PyObject name, PyObject string, PyObject usedforsecurity) {
        if (!(name instanceof PyStr s) || s.value().indexOf('\0') >= 0) {
            throw PyExceptions.typeError("name must be a string");
        }
        HashData.flag(usedforsecurity);
        byte[] b = string == null ? null : HashData.bytesOf(string);
        return PyHash.create(Digest.byName(s.value()), b);
    }

    @Exposed(value = "openssl_md5($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a md5 hash object; optionally initialized with a string")
    public static PyObject openssl_md5(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.MD5, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha1($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha1 hash object; optionally initialized with a string")
    public static PyObject openssl_sha1(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA1, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha224($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha224 hash object; optionally initialized with a string")
    public static PyObject openssl_sha224(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA224, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha256($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha256 hash object; optionally initialized with a string")
    public static PyObject openssl_sha256(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA256, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha384($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha384 hash object; optionally initialized with a string")
    public static PyObject openssl_sha384(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA384, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha512($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha512 hash object; optionally initialized with a string")
    public static PyObject openssl_sha512(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA512, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha3_224($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-224 hash object; optionally initialized with a string")
    public static PyObject openssl_sha3_224(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA3_224, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha3_256($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-256 hash object; optionally initialized with a string")
    public static PyObject openssl_sha3_256(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA3_256, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha3_384($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-384 hash object; optionally initialized with a string")
    public static PyObject openssl_sha3_384(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA3_384, string, usedforsecurity);
    }

    @Exposed(value = "openssl_sha3_512($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-512 hash object; optionally initialized with a string")
    public static PyObject openssl_sha3_512(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHA3_512, string, usedforsecurity);
    }

    @Exposed(value = "openssl_shake_128($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a shake-128 variable hash object; optionally initialized with a "
                    + "string")
    public static PyObject openssl_shake_128(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHAKE_128, string, usedforsecurity);
    }

    @Exposed(value = "openssl_shake_256($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a shake-256 variable hash object; optionally initialized with a "
                    + "string")
    public static PyObject openssl_shake_256(PyObject string, PyObject usedforsecurity) {
        return fromName(Digest.SHAKE_256, string, usedforsecurity);
    }

    // CPython: Modules/_hashopenssl.c _hashlib_hmac_singleshot_impl
    @Exposed(value = "hmac_digest($module, /, key, msg, digest)", doc = "Single-shot HMAC.")
    public static PyObject hmac_digest(PyObject key, PyObject msg, PyObject digest) {
        byte[] k = PyBytes.requireBytesLike(key);
        byte[] m = PyBytes.requireBytesLike(msg);
        PyHmac h = PyHmac.create(byDigestmod(digest), k);
        h.feed(m);
        return PyBytes.of(h.mac());
    }

    // CPython: Modules/_hashopenssl.c _hashlib_hmac_new_impl
    @Exposed(value = "hmac_new($module, /, key, msg=b'', digestmod=None)",
            doc = "Return a new hmac object.")
    public static PyObject hmac_new(PyObject key, PyObject msg, PyObject digestmod) {
        byte[] k = PyBytes.requireBytesLike(key);
        if (digestmod == PyNone.NONE) {
            throw PyExceptions.typeError("Missing required parameter 'digestmod'.");
        }
        PyHmac h = PyHmac.create(byDigestmod(digestmod), k);
        // a missing msg (b'', which the signature cannot hold) arrives as null
        if (msg != null && msg != PyNone.NONE) {
            h.update(msg);
        }
        return h;
    }

    // CPython: Modules/_hashopenssl.c _hashlib_compare_digest_impl (the same as _operator's)
    @Exposed(value = "compare_digest($module, a, b, /)",
            doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
                    + "timing analysis, making it appropriate for cryptography.\n\na and b "
                    + "must both be of the same type: either str (ASCII only),\nor any "
                    + "bytes-like object.\n\nNote: If a and b are of different lengths, or if "
                    + "an error occurs,\na timing attack could theoretically reveal information "
                    + "about the\ntypes and lengths of a and b--but not their values.")
    public static boolean compare_digest(PyObject a, PyObject b) {
        return SequenceFunctions._compare_digest(a, b);
    }

    /** There is no FIPS provider to consult: the default one is never in FIPS mode. */
    // CPython: Modules/_hashopenssl.c _hashlib_get_fips_mode_impl
    @Exposed(value = "get_fips_mode($module, /)",
            doc = "Determine the OpenSSL FIPS mode of operation.\n\nFor OpenSSL 3.0.0 and newer "
                    + "it returns the state of the default provider\nin the default OSSL "
                    + "context. It's not quite the same as FIPS_mode() but good\nenough for "
                    + "unittests.\n\nEffectively any non-zero return value indicates FIPS "
                    + "mode;\nvalues other than 1 may have additional significance.")
    public static PyObject get_fips_mode() {
        return PyInt.of(0);
    }
}
