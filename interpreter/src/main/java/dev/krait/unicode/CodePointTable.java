package dev.krait.unicode;

/**
 * A two-level lookup table from every code point (0..0x10FFFF) to a 16-bit value: the high bits
 * of the code point choose a block number, the low {@code shift} bits a value inside that block.
 * Identical blocks are stored once, which is what makes Unicode's long runs of equal values
 * (unassigned planes, CJK, private use) cheap. A lookup is two array reads, without allocation.
 * CPython's {@code Tools/unicode/makeunicodedata.py} splits its tables the same way.
 */
final class CodePointTable {
    private final int shift;
    private final int mask;
    private final char[] index;
    private final char[] data;

    private CodePointTable(int shift, char[] index, char[] data) {
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        this.index = index;
        this.data = data;
    }

    /** Reads a table: u8 shift, i32 + u16 block numbers, i32 + u16 values. */
    static CodePointTable read(TableInput in) {
        int shift = in.u8();
        char[] index = in.chars(in.i32());
        char[] data = in.chars(in.i32());
        if (index.length != (UnicodeData.MAX_CODE_POINT + 1) >> shift) {
            throw new IllegalStateException("Unicode table index has " + index.length + " blocks");
        }
        return new CodePointTable(shift, index, data);
    }

    /** The value for {@code cp}, which must be a code point (0..0x10FFFF). */
    int get(int cp) {
        return data[(index[cp >>> shift] << shift) | (cp & mask)];
    }
}
