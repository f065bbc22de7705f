package dev.krait.modules.nis;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The NIS client calls of the system's libnsl (and of libtirpc, which it stands on), bound once
 * per JVM on first use, in the shapes {@link NisModule} needs: each answers Java values or a
 * NIS error code, so that no Python object is touched while the interpreter lock is released.
 * {@link Library#AVAILABLE} is false when libnsl cannot be loaded; then no call may be made.
 *
 * <p>CPython counterpart: the yp_* calls and the YPPROC_MAPLIST remote call of
 * Modules/nismodule.c.
 */
final class Libnsl {
    private Libnsl() {
    }

    /** The libraries, apart from the handles: the module's import asks only this. */
    static final class Library {
        private Library() {
        }

        static final SymbolLookup NSL = Libc.systemLibrary("libnsl.so.2");
        static final SymbolLookup TIRPC = NSL == null ? null
                : Libc.systemLibrary("libtirpc.so.3");
        static final boolean AVAILABLE = NSL != null && TIRPC != null;
    }

    /** yp_all's callback status for "here is one entry" (rpcsvc/yp_prot.h YP_TRUE). */
    private static final int YP_TRUE = 1;
    /** The remote NIS service: program, version, and its procedure listing the maps. */
    private static final int YPPROG = 100004;
    private static final int YPVERS = 2;
    private static final int YPPROC_MAPLIST = 11;
    /** How long the map list's remote call may take, as CPython's TIMEOUT: 25 s. */
    private static final long RPC_TIMEOUT_SECONDS = 25;
    /** The clnt_call status for success (rpc/clnt_stat.h RPC_SUCCESS). */
    private static final int RPC_SUCCESS = 0;
    /** ypresp_maplist's status for success (YP_TRUE). */
    private static final int NIS_TRUE = 1;

    /** Each function bound in a holder of its own, on first call. */
    private static final class Calls {
        static final MethodHandle GET_DEFAULT_DOMAIN = nsl("yp_get_default_domain",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle ERR_STRING = nsl("yperr_string",
                FunctionDescriptor.of(PTR, INT));
        static final MethodHandle MATCH = nsl("yp_match",
                FunctionDescriptor.of(INT, PTR, PTR, PTR, INT, PTR, PTR));
        static final MethodHandle ALL = nsl("yp_all", FunctionDescriptor.of(INT, PTR, PTR, PTR));
        static final MethodHandle MASTER = nsl("yp_master",
                FunctionDescriptor.of(INT, PTR, PTR, PTR));
        static final MethodHandle FREE = Libc.plainCall("free", FunctionDescriptor.ofVoid(PTR));
    }

    /** The remote-call machinery maps() needs, bound on its first use. */
    private static final class Rpc {
        static final MemoryLayout TIMEVAL = MemoryLayout.structLayout(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG);
        static final MethodHandle CLNT_CREATE = tirpc("clnt_create",
                FunctionDescriptor.of(PTR, PTR, INT, INT, PTR));
        static final MethodHandle CLNT_SPCREATEERROR = tirpc("clnt_spcreateerror",
                FunctionDescriptor.of(PTR, PTR));
        static final MethodHandle XDR_FREE = tirpc("xdr_free",
                FunctionDescriptor.ofVoid(PTR, PTR));
        /** clnt_call and clnt_destroy are macros: calls through the client's cl_ops table. */
        static final MethodHandle CL_CALL = Linker.nativeLinker().downcallHandle(
                FunctionDescriptor.of(INT, PTR, INT, PTR, PTR, PTR, PTR, TIMEVAL));
        static final MethodHandle CL_DESTROY = Linker.nativeLinker().downcallHandle(
                FunctionDescriptor.ofVoid(PTR));
        /** libnsl's XDR routines for the request (a domain name) and the reply. */
        static final MemorySegment XDR_DOMAINNAME = symbol(Library.NSL, "xdr_domainname");
        static final MemorySegment XDR_MAPLIST = symbol(Library.NSL, "xdr_ypresp_maplist");
        /** CLIENT: cl_auth, then cl_ops; in clnt_ops, cl_call is first, cl_destroy fifth. */
        static final long CL_OPS = 8;
        static final long OPS_CALL = 0;
        static final long OPS_DESTROY = 32;
    }

    private static MemorySegment symbol(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
    }

    private static MethodHandle nsl(String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().downcallHandle(symbol(Library.NSL, name), fd);
    }

    private static MethodHandle tirpc(String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().downcallHandle(symbol(Library.TIRPC, name), fd);
    }

    /** A NIS failure: libnsl's error code, or (code 0) a message of its own. */
    static final class Failure extends RuntimeException {
        final int code;
        final byte[] text;

        Failure(int code, byte[] text) {
            super(null, null, false, false);
            this.code = code;
            this.text = text;
        }
    }

    /** yperr_string: the message of a NIS error code. */
    static byte[] errorString(int code) {
        try {
            MemorySegment s = (MemorySegment) Calls.ERR_STRING.invokeExact(code);
            return Libc.cBytes(s, 1 << 12);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** yp_get_default_domain: the domain's name, copied out of libnsl's storage. */
    static byte[] defaultDomain() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(PTR);
            int err = (int) Calls.GET_DEFAULT_DOMAIN.invokeExact(out);
            if (err != 0) {
                throw new Failure(err, null);
            }
            return Libc.cBytes(out.get(PTR, 0), 1 << 12);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /**
     * yp_match: the value of {@code key} ({@code keyLength} of its bytes, which may count the
     * terminating NUL) in {@code map}.
     */
    static byte[] match(byte[] domain, byte[] map, byte[] key, int keyLength) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(PTR);
            MemorySegment length = arena.allocate(INT);
            int err = (int) Calls.MATCH.invokeExact(Libc.cString(arena, domain),
                    Libc.cString(arena, map), Libc.cString(arena, key), keyLength, value,
                    length);
            if (err != 0) {
                throw new Failure(err, null);
            }
            MemorySegment p = value.get(PTR, 0);
            int n = length.get(INT, 0);
            byte[] b = p.reinterpret(Math.max(n, 0)).toArray(ValueLayout.JAVA_BYTE);
            Calls.FREE.invokeExact(p);
            return b;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /**
     * yp_all: every entry of {@code map} as key and value bytes, in the order the server sends
     * them, one array per key then per value.
     */
    static List<byte[]> all(byte[] domain, byte[] map) {
        List<byte[]> entries = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            // struct ypall_callback: the function, then the data pointer it is handed.
            MemorySegment callback = arena.allocate(16);
            callback.set(PTR, 0, foreachStub(entries, arena));
            int err = (int) Calls.ALL.invokeExact(Libc.cString(arena, domain),
                    Libc.cString(arena, map), callback);
            if (err != 0) {
                throw new Failure(err, null);
            }
            return entries;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** A C function pointer to {@link #foreach} adding to {@code entries}, for the arena's life. */
    static MemorySegment foreachStub(List<byte[]> entries, Arena arena)
            throws ReflectiveOperationException {
        MethodHandle target = MethodHandles.lookup().findStatic(Libnsl.class, "foreach",
                MethodType.methodType(int.class, List.class, int.class, MemorySegment.class,
                        int.class, MemorySegment.class, int.class, MemorySegment.class))
                .bindTo(entries);
        return Linker.nativeLinker().upcallStub(target,
                FunctionDescriptor.of(INT, INT, PTR, INT, PTR, INT, PTR), arena);
    }

    /**
     * yp_all's callback: copies one entry; any other status ends the walk. It touches only
     * Java memory, so it runs with the interpreter lock released, and never throws into C.
     */
    // CPython: Modules/nismodule.c nis_foreach
    private static int foreach(List<byte[]> entries, int status, MemorySegment key,
            int keyLength, MemorySegment value, int valueLength, MemorySegment data) {
        if (status != YP_TRUE) {
            return 1;
        }
        try {
            entries.add(key.reinterpret(Math.max(keyLength, 0)).toArray(ValueLayout.JAVA_BYTE));
            entries.add(value.reinterpret(Math.max(valueLength, 0))
                    .toArray(ValueLayout.JAVA_BYTE));
            return 0;
        } catch (Throwable t) {
            return 1;
        }
    }

    /**
     * The names of the maps the domain's master server holds, asked of the server of the
     * first of {@code knownMaps} that has a master; a failure with a message of its own
     * carries code 0, and a failed remote call answers null (CPython then raises nothing).
     */
    // CPython: Modules/nismodule.c nis_maplist
    static List<byte[]> maps(byte[] domain, List<byte[]> knownMaps) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dom = Libc.cString(arena, domain);
            MemorySegment serverOut = arena.allocate(PTR);
            MemorySegment server = MemorySegment.NULL;
            for (int i = 0; i < knownMaps.size() && server.address() == 0; i++) {
                int ignored = (int) Calls.MASTER.invokeExact(dom,
                        Libc.cString(arena, knownMaps.get(i)), serverOut);
                server = serverOut.get(PTR, 0);
            }
            if (server.address() == 0) {
                throw new Failure(0, "No NIS master found for any map".getBytes());
            }
            try {
                return remoteMapList(arena, server, dom);
            } finally {
                Calls.FREE.invokeExact(server);
            }
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** Asks {@code server} (over TCP) for the domain's map list: YPPROC_MAPLIST. */
    // CPython: Modules/nismodule.c nis_maplist, nisproc_maplist_2
    static List<byte[]> remoteMapList(Arena arena, MemorySegment server,
            MemorySegment dom) throws Throwable {
        MemorySegment client = (MemorySegment) Rpc.CLNT_CREATE.invokeExact(server, YPPROG,
                YPVERS, Libc.cString(arena, "tcp".getBytes()));
        if (client.address() == 0) {
            MemorySegment why = (MemorySegment) Rpc.CLNT_SPCREATEERROR.invokeExact(server);
            throw new Failure(0, Libc.cBytes(why, 1 << 12));
        }
        MemorySegment ops = client.reinterpret(16).get(PTR, Rpc.CL_OPS).reinterpret(48);
        // The request's argument is a pointer to the domain name's pointer.
        MemorySegment argument = arena.allocate(PTR);
        argument.set(PTR, 0, dom);
        // struct ypresp_maplist: the status, then the list of {name, next} nodes.
        MemorySegment reply = arena.allocate(16);
        MemorySegment timeout = arena.allocate(Rpc.TIMEVAL);
        timeout.set(ValueLayout.JAVA_LONG, 0, RPC_TIMEOUT_SECONDS);
        int status = (int) Rpc.CL_CALL.invokeExact(ops.get(PTR, Rpc.OPS_CALL), client,
                YPPROC_MAPLIST, Rpc.XDR_DOMAINNAME, argument, Rpc.XDR_MAPLIST, reply, timeout);
        Rpc.CL_DESTROY.invokeExact(ops.get(PTR, Rpc.OPS_DESTROY), client);
        if (status != RPC_SUCCESS) {
            return null;
        }
        try {
            if (reply.get(INT, 0) != NIS_TRUE) {
                return null;
            }
            List<byte[]> names = new ArrayList<>();
            for (MemorySegment node = reply.get(PTR, 8); node.address() != 0;
                    node = node.reinterpret(16).get(PTR, 8)) {
                names.add(Libc.cBytes(node.reinterpret(16).get(PTR, 0), 1 << 12));
            }
            return names;
        } finally {
            Rpc.XDR_FREE.invokeExact(Rpc.XDR_MAPLIST, reply);
        }
    }
}
