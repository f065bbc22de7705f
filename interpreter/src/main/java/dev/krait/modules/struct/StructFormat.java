package dev.krait.modules.struct;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format: its byte order, its items (each a code with its offset, and for 's'
 * and 'p' its length), and its total size. Native order ('@', the default) aligns each item to
 * its size and has the native sizes of x86-64 Linux; '=', '<', '>' and '!' use the standard
 * sizes without alignment.
 *
 * <p>CPython counterpart: Modules/_struct.c prepare_s, getentry, align and the native, little-
 * and big-endian {@code formatdef} tables.
 */
final class StructFormat {
    /** One item: a code ('x' pad bytes are not items), where it starts, and its byte length. */
    record Item(char code, int offset, int size) {}

    final boolean nativeMode;
    final boolean littleEndian;
    final List<Item> items;
    final int size;

    private StructFormat(boolean nativeMode, boolean littleEndian, List<Item> items, int size) {
        this.nativeMode = nativeMode;
        this.littleEndian = littleEndian;
        this.items = items;
        this.size = size;
    }

    /** The size of one {@code code} (-1 when the code is unknown in this mode). */
    static int codeSize(char code, boolean nativeMode) {
        return switch (code) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    // CPython: Modules/_struct.c prepare_s
    static StructFormat parse(String fmt, StructState state) {
        if (fmt.indexOf('\0') >= 0) {
            throw state.error("embedded null character");
        }
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                i++;
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = 0;
                while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    num = num * 10 + (fmt.charAt(i) - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw state.error("total struct size too long");
                    }
                    i++;
                }
                if (i >= fmt.length()) {
                    throw state.error("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            int itemSize = codeSize(c, nativeMode);
            if (itemSize < 0) {
                throw state.error("bad char in struct format");
            }
            if (nativeMode) {
                // each item starts at a multiple of its size (a no-op for the 1-byte codes)
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, (int) size, (int) num));
                size += num;
            } else if (c == 'x') {
                size += num;
            } else {
                for (long k = 0; k < num; k++) {
                    items.add(new Item(c, (int) size, itemSize));
                    size += itemSize;
                    if (size > Integer.MAX_VALUE) {
                        throw state.error("total struct size too long");
                    }
                }
            }
            if (size > Integer.MAX_VALUE) {
                throw state.error("total struct size too long");
            }
            i++;
        }
        return new StructFormat(nativeMode, little, items, (int) size);
    }

    /** The number of values {@code pack} takes and {@code unpack} returns. */
    int count() {
        return items.size();
    }
}
