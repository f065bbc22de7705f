package dev.krait.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pickler's Java-level parts: the memo is keyed by identity (equal strs are distinct
 * entries) and keeps every index through growth and copying; the output commits a frame with
 * its 8-byte length once it holds 4 bytes or more, and drops the reserved header otherwise.
 */
class MemoAndFramesTest {
    @Test
    void memoIsKeyedByIdentityThroughGrowth() {
        MemoTable memo = new MemoTable();
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            PyObject k = new PyStr("same");
            keys.add(k);
            memo.put(k, i);
        }
        assertEquals(5000, memo.size());
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, memo.get(keys.get(i)));
        }
        assertEquals(-1, memo.get(new PyStr("same")));
        MemoTable copy = memo.copy();
        memo.clear();
        assertEquals(0, memo.size());
        assertEquals(-1, memo.get(keys.get(7)));
        assertEquals(7, copy.get(keys.get(7)));
    }

    @Test
    void framesAreCommittedWithTheirLengthOrDropped() {
        PickleOutput out = new PickleOutput();
        out.framing = true;
        out.write2((byte) 'K', (byte) 1);
        out.commitFrame();
        out.writeByte((byte) '.');
        out.commitFrame();
        assertArrayEquals(new byte[] {'K', 1, '.'}, out.takeBytes().array());

        out.writeAscii("abcd");
        out.commitFrame();
        assertArrayEquals(new byte[] {(byte) 0x95, 4, 0, 0, 0, 0, 0, 0, 0, 'a', 'b', 'c', 'd'},
                out.takeBytes().array());
    }
}
