package dev.krait.modules.nis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link Libnsl} that a machine without a NIS server never reaches through the
 * module: yp_all's callback (called here as libnsl would call it) and the remote call behind
 * {@code nis.maps()} up to the connection, which fails on a host serving no RPC.
 */
class LibnslTest {
    private static final MethodHandle CALL_FOREACH = Linker.nativeLinker().downcallHandle(
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    @Test
    void theCallbackCopiesEachEntryAndStopsAtAnyOtherStatus() throws Throwable {
        assumeTrue(Libnsl.Library.AVAILABLE);
        List<byte[]> entries = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stub = Libnsl.foreachStub(entries, arena);
            MemorySegment key = arena.allocateFrom("root", StandardCharsets.UTF_8);
            MemorySegment value = arena.allocateFrom("x:0:0", StandardCharsets.UTF_8);
            int more = (int) CALL_FOREACH.invokeExact(stub, 1, key, 4, value, 5,
                    MemorySegment.NULL);
            int stop = (int) CALL_FOREACH.invokeExact(stub, 2, key, 4, value, 5,
                    MemorySegment.NULL);
            assertEquals(0, more);
            assertEquals(1, stop);
        }
        assertEquals(2, entries.size());
        assertArrayEquals("root".getBytes(StandardCharsets.UTF_8), entries.get(0));
        assertArrayEquals("x:0:0".getBytes(StandardCharsets.UTF_8), entries.get(1));
    }

    @Test
    void theMapListCallReportsTheRpcLibrarysErrorForAHostWithoutRpc() {
        assumeTrue(Libnsl.Library.AVAILABLE);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment host = arena.allocateFrom("127.0.0.1", StandardCharsets.UTF_8);
            MemorySegment domain = arena.allocateFrom("example", StandardCharsets.UTF_8);
            Libnsl.Failure f = assertThrows(Libnsl.Failure.class,
                    () -> Libnsl.remoteMapList(arena, host, domain));
            String text = new String(f.text, StandardCharsets.UTF_8);
            assertEquals(0, f.code);
            assertEquals("127.0.0.1: RPC: ", text.substring(0, Math.min(16, text.length())));
        }
    }
}
