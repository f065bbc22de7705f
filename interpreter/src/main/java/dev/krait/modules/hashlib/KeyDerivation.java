package dev.krait.modules.hashlib;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.math.BigInteger;

/**
 * The password-based key derivation functions of {@code _hashlib}: PBKDF2 with HMAC (RFC 8018
 * section 5.2) and scrypt (RFC 7914), written here from the RFCs, with the argument checks and
 * messages of CPython and of OpenSSL 3 behind it.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c {@code pbkdf2_hmac_impl},
 * {@code _hashlib_scrypt_impl}; OpenSSL's PKCS5_PBKDF2_HMAC and EVP_PBE_scrypt_ex.
 */
public final class KeyDerivation {
    private static final long INT_MAX = Integer.MAX_VALUE;
    /** OpenSSL's limit on r * p ({@code SCRYPT_PR_MAX}). */
    private static final long SCRYPT_PR_MAX = (1L << 30) - 1;
    /** OpenSSL's memory limit when maxmem is 0 ({@code SCRYPT_MAX_MEM}): 32 MiB. */
    private static final long SCRYPT_MAX_MEM = 32L * 1024 * 1024;

    private KeyDerivation() {}

    // CPython: Modules/_hashopenssl.c pbkdf2_hmac_impl
    @Exposed(value = "pbkdf2_hmac($module, /, hash_name, password, salt, iterations, "
            + "dklen=None)", doc = "Password based key derivation function 2 (PKCS #5 v2.0) "
            + "with HMAC as pseudorandom function.")
    public static PyObject pbkdf2_hmac(PyObject hashName, PyObject password, PyObject salt,
            PyObject iterations, PyObject dklen) {
        if (!(hashName instanceof PyStr name)) {
            throw PyExceptions.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not "
                    + hashName.type().getName());
        }
        CArgs.cString(name);
        byte[] pw = PyBytes.requireBytesLike(password);
        byte[] s = PyBytes.requireBytesLike(salt);
        long rounds = CArgs.asLong(iterations);
        Digest digest = Digest.byName(name.value());
        if (rounds < 1) {
            throw PyExceptions.valueError("iteration value must be greater than 0.");
        }
        if (rounds > INT_MAX) {
            throw PyExceptions.overflowError("iteration value is too great.");
        }
        long length = dklen == PyNone.NONE ? digest.digestSize : CArgs.asLong(dklen);
        if (length < 1) {
            throw PyExceptions.valueError("key length must be greater than 0.");
        }
        if (length > INT_MAX) {
            throw PyExceptions.overflowError("key length is too great.");
        }
        if (digest.isXof()) {
            throw HashlibModule.noReason();
        }
        return PyBytes.of(pbkdf2(PyHmac.create(digest, pw), s, (int) rounds, (int) length));
    }

    /** PBKDF2 of the password the HMAC is keyed with. */
    // RFC 8018 section 5.2
    static byte[] pbkdf2(PyHmac prf, byte[] salt, int rounds, int length) {
        int h = prf.size();
        byte[] out = new byte[length];
        byte[] block = new byte[salt.length + 4];
        System.arraycopy(salt, 0, block, 0, salt.length);
        for (int i = 1, at = 0; at < length; i++, at += h) {
            block[salt.length] = (byte) (i >>> 24);
            block[salt.length + 1] = (byte) (i >>> 16);
            block[salt.length + 2] = (byte) (i >>> 8);
            block[salt.length + 3] = (byte) i;
            byte[] u = prf.macOf(block);
            byte[] t = u.clone();
            for (int c = 1; c < rounds; c++) {
                u = prf.macOf(u);
                for (int k = 0; k < h; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, at, Math.min(h, length - at));
        }
        return out;
    }

    /** n, r or p: an unsigned long, any failure reported as CPython reports it. */
    private static BigInteger unsigned(PyObject o, String name) {
        if (o != PyNone.NONE && !(o instanceof PyInt)) {
            throw PyExceptions.typeError("scrypt() argument '" + name + "' must be int, not "
                    + o.type().getName());
        }
        BigInteger v = o instanceof PyInt i ? i.bigValue() : null;
        if (v == null || v.signum() < 0 || v.bitLength() > 64) {
            throw PyExceptions.typeError(name + " is required and must be an unsigned int");
        }
        return v;
    }

    // CPython: Modules/_hashopenssl.c _hashlib_scrypt_impl
    @Exposed(value = "scrypt($module, /, password, *, salt=None, n=None, r=None, p=None, "
            + "maxmem=0, dklen=64)", doc = "scrypt password-based key derivation function.")
    public static PyObject scrypt(PyObject password, PyObject salt, PyObject nObj, PyObject rObj,
            PyObject pObj, PyObject maxmemObj, PyObject dklenObj) {
        byte[] pw = PyBytes.requireBytesLike(password);
        BigInteger n0 = nObj instanceof PyInt || nObj == PyNone.NONE ? null
                : unsigned(nObj, "n");
        for (PyObject o : new PyObject[] {rObj, pObj}) {
            if (o != PyNone.NONE && !(o instanceof PyInt)) {
                unsigned(o, o == rObj ? "r" : "p");
            }
        }
        long maxmem = CArgs.asLong(maxmemObj);
        long dklen = CArgs.asLong(dklenObj);
        if (salt == PyNone.NONE) {
            throw PyExceptions.typeError("salt is required");
        }
        byte[] s = PyBytes.requireBytesLike(salt);
        BigInteger n = n0 != null ? n0 : unsigned(nObj, "n");
        if (n.compareTo(BigInteger.TWO) < 0 || n.bitCount() != 1) {
            throw PyExceptions.valueError("n must be a power of 2.");
        }
        BigInteger r = unsigned(rObj, "r");
        BigInteger p = unsigned(pObj, "p");
        if (maxmem < 0 || maxmem > INT_MAX) {
            throw PyExceptions.valueError("maxmem must be positive and smaller than " + INT_MAX);
        }
        if (dklen < 1 || dklen > INT_MAX) {
            throw PyExceptions.valueError("dklen must be greater than 0 and smaller than "
                    + INT_MAX);
        }
        checkScryptParameters(n, r, p, maxmem == 0 ? SCRYPT_MAX_MEM : maxmem);
        return PyBytes.of(Scrypt.derive(pw, s, n.intValueExact(), r.intValueExact(),
                p.intValueExact(), (int) dklen));
    }

    /**
     * OpenSSL's checks of n, r, p against each other and against the memory allowed; a failure
     * OpenSSL reports has its message, the others CPython's own.
     */
    // OpenSSL: crypto/evp/pbe_scrypt.c EVP_PBE_scrypt_ex (its parameter checks)
    private static void checkScryptParameters(BigInteger n, BigInteger r, BigInteger p,
            long maxmem) {
        if (r.signum() == 0 || p.signum() == 0) {
            throw PyExceptions.valueError("Invalid parameter combination for n, r, p, maxmem.");
        }
        BigInteger limit = BigInteger.ONE.shiftLeft(64);
        boolean tooMuch = p.compareTo(BigInteger.valueOf(SCRYPT_PR_MAX).divide(r)) > 0
                || (r.compareTo(BigInteger.valueOf(4)) < 0
                        && n.compareTo(BigInteger.ONE.shiftLeft(16 * r.intValue())) >= 0);
        if (!tooMuch) {
            BigInteger blen = p.multiply(r).shiftLeft(7);
            BigInteger vlen = r.multiply(n.add(BigInteger.TWO)).shiftLeft(7);
            tooMuch = blen.compareTo(BigInteger.valueOf(INT_MAX)) > 0
                    || blen.add(vlen).compareTo(limit) >= 0
                    || blen.add(vlen).compareTo(BigInteger.valueOf(maxmem)) > 0;
        }
        if (tooMuch) {
            throw PyExceptions.valueError("[digital envelope routines] memory limit exceeded");
        }
    }
}
