package dev.krait.modules.hashlib;

/**
 * A Merkle–Damgård digest of 64-byte blocks and 32-bit words, the frame shared by the two
 * digests written here that the JDK lacks: input is buffered into blocks, each block is
 * compressed into the chaining state, and the last is padded with 0x80, zeros and the message
 * length in bits (little-endian for RIPEMD-160, big-endian for SM3).
 */
abstract class BlockDigest implements Engine {
    static final int BLOCK = 64;

    protected int[] state;
    private byte[] buffer = new byte[BLOCK];
    private int buffered;
    private long length;

    protected BlockDigest(int[] initial) {
        this.state = initial;
    }

    /** Compresses the block at {@code block[offset...offset+63]} into {@link #state}. */
    protected abstract void compress(byte[] block, int offset);

    /** Whether words and the length field are little-endian. */
    protected abstract boolean littleEndian();

    /** A new digest of the same kind, in its initial state. */
    protected abstract BlockDigest fresh();

    @Override
    public void update(byte[] data) {
        length += data.length;
        int i = 0;
        if (buffered > 0) {
            int take = Math.min(BLOCK - buffered, data.length);
            System.arraycopy(data, 0, buffer, buffered, take);
            buffered += take;
            i = take;
            if (buffered < BLOCK) {
                return;
            }
            compress(buffer, 0);
            buffered = 0;
        }
        for (; i + BLOCK <= data.length; i += BLOCK) {
            compress(data, i);
        }
        System.arraycopy(data, i, buffer, 0, data.length - i);
        buffered = data.length - i;
    }

    @Override
    public byte[] finish(int ignored) {
        BlockDigest d = copy();
        long bits = d.length * 8;
        byte[] pad = new byte[(buffered < 56 ? 56 : 120) - buffered + 8];
        pad[0] = (byte) 0x80;
        for (int k = 0; k < 8; k++) {
            int shift = 8 * (littleEndian() ? k : 7 - k);
            pad[pad.length - 8 + k] = (byte) (bits >>> shift);
        }
        d.update(pad);
        byte[] out = new byte[4 * d.state.length];
        for (int w = 0; w < d.state.length; w++) {
            for (int k = 0; k < 4; k++) {
                int shift = 8 * (littleEndian() ? k : 3 - k);
                out[4 * w + k] = (byte) (d.state[w] >>> shift);
            }
        }
        return out;
    }

    @Override
    public BlockDigest copy() {
        BlockDigest d = fresh();
        d.state = state.clone();
        d.buffer = buffer.clone();
        d.buffered = buffered;
        d.length = length;
        return d;
    }

    /** Word {@code index} of the block at {@code offset}, in the digest's byte order. */
    protected final int word(byte[] block, int offset, int index) {
        int p = offset + 4 * index;
        if (littleEndian()) {
            return (block[p] & 0xff) | (block[p + 1] & 0xff) << 8 | (block[p + 2] & 0xff) << 16
                    | (block[p + 3] & 0xff) << 24;
        }
        return (block[p] & 0xff) << 24 | (block[p + 1] & 0xff) << 16 | (block[p + 2] & 0xff) << 8
                | (block[p + 3] & 0xff);
    }
}
