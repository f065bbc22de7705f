package dev.krait.modules.hashes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The engines written here from their standards, against the examples those standards publish:
 * FIPS 202's SHA3-256("abc") and SHAKE128(""), RFC 7693's appendices A and B (BLAKE2b-512 and
 * BLAKE2s-256 of "abc"). The corpus programs compare everything else with CPython.
 */
class PublishedVectorsTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static Blake2.Params plain(int digestSize) {
        return new Blake2.Params(digestSize, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0,
                0, 0, false);
    }

    @Test
    void sha3_256OfAbc() {
        Keccak k = new Keccak(136, (byte) 0x06);
        k.absorb(ABC);
        assertEquals("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
                hex(k.squeeze(32)));
    }

    @Test
    void shake128OfNothing() {
        Keccak k = new Keccak(168, (byte) 0x1f);
        assertEquals("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
                hex(k.squeeze(32)));
    }

    @Test
    void blake2b512OfAbc() {
        Blake2 b = Blake2b.create(plain(64));
        b.update(ABC);
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                hex(b.digest()));
    }

    @Test
    void blake2s256OfAbc() {
        Blake2 s = Blake2s.create(plain(32));
        s.update(ABC);
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
                hex(s.digest()));
    }

    @Test
    void digestLeavesTheStateAsItWas() {
        Blake2 s = Blake2s.create(plain(32));
        s.update(new byte[] {'a'});
        s.digest();
        s.update(new byte[] {'b', 'c'});
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
                hex(s.digest()));
    }
}
