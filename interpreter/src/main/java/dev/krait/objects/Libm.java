package dev.krait.objects;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C math library's functions, called through the Foreign Function and Memory API: where
 * CPython calls libm ({@code math.sin}, {@code float.__pow__}, {@code abs(complex)}, every
 * {@code cmath} function...), Krait calls the very same libm, so the results are CPython's bit
 * for bit on the same machine. Java's {@link Math} and {@link StrictMath} are fdlibm's or the
 * JIT's intrinsics and differ from glibc's in the last bit for about one argument in a few
 * hundred; no port of glibc's table-driven algorithms would stay in step with the glibc
 * installed.
 *
 * <p>Each function is bound on its first call, once per JVM, in a holder class of its own (the
 * JVM initialises a class on first use, and a {@code static final} handle is a constant the JIT
 * inlines), so a program pays only for the functions it uses. Every handle is a critical
 * downcall: libm's functions are short, never block and never call back into Java, so the call
 * skips the thread-state transition. Results are returned as libm gives them, special values
 * included; {@code errno} is not read, because CPython's callers decide domain and range errors
 * from the arguments and the result.
 *
 * <p>Counterpart: the C library's {@code <math.h>}, as Modules/mathmodule.c, cmathmodule.c and
 * Objects/floatobject.c, complexobject.c call it.
 */
public final class Libm {
    private Libm() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final FunctionDescriptor UNARY = FunctionDescriptor.of(
            ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    private static final FunctionDescriptor BINARY = FunctionDescriptor.of(
            ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);

    private static MethodHandle bind(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(
                LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(
                        "the C library has no " + name)),
                fd, Linker.Option.critical(false));
    }

    private static MethodHandle unary(String name) {
        return bind(name, UNARY);
    }

    private static MethodHandle binary(String name) {
        return bind(name, BINARY);
    }

    private static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** A downcall to libm cannot throw: whatever arrives here is the JVM's own failure. */
    private static RuntimeException failure(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    // One holder per function: binding happens when the holder is first touched.
    private static final class Sin { static final MethodHandle H = unary("sin"); }
    private static final class Cos { static final MethodHandle H = unary("cos"); }
    private static final class Tan { static final MethodHandle H = unary("tan"); }
    private static final class Asin { static final MethodHandle H = unary("asin"); }
    private static final class Acos { static final MethodHandle H = unary("acos"); }
    private static final class Atan { static final MethodHandle H = unary("atan"); }
    private static final class Sinh { static final MethodHandle H = unary("sinh"); }
    private static final class Cosh { static final MethodHandle H = unary("cosh"); }
    private static final class Tanh { static final MethodHandle H = unary("tanh"); }
    private static final class Asinh { static final MethodHandle H = unary("asinh"); }
    private static final class Acosh { static final MethodHandle H = unary("acosh"); }
    private static final class Atanh { static final MethodHandle H = unary("atanh"); }
    private static final class Exp { static final MethodHandle H = unary("exp"); }
    private static final class Exp2 { static final MethodHandle H = unary("exp2"); }
    private static final class Expm1 { static final MethodHandle H = unary("expm1"); }
    private static final class Log { static final MethodHandle H = unary("log"); }
    private static final class Log2 { static final MethodHandle H = unary("log2"); }
    private static final class Log10 { static final MethodHandle H = unary("log10"); }
    private static final class Log1p { static final MethodHandle H = unary("log1p"); }
    private static final class Cbrt { static final MethodHandle H = unary("cbrt"); }
    private static final class Erf { static final MethodHandle H = unary("erf"); }
    private static final class Erfc { static final MethodHandle H = unary("erfc"); }
    private static final class Atan2 { static final MethodHandle H = binary("atan2"); }
    private static final class Hypot { static final MethodHandle H = binary("hypot"); }
    private static final class Pow { static final MethodHandle H = binary("pow"); }

    public static double sin(double x) {
        return call(Sin.H, x);
    }

    public static double cos(double x) {
        return call(Cos.H, x);
    }

    public static double tan(double x) {
        return call(Tan.H, x);
    }

    public static double asin(double x) {
        return call(Asin.H, x);
    }

    public static double acos(double x) {
        return call(Acos.H, x);
    }

    public static double atan(double x) {
        return call(Atan.H, x);
    }

    public static double sinh(double x) {
        return call(Sinh.H, x);
    }

    public static double cosh(double x) {
        return call(Cosh.H, x);
    }

    public static double tanh(double x) {
        return call(Tanh.H, x);
    }

    public static double asinh(double x) {
        return call(Asinh.H, x);
    }

    public static double acosh(double x) {
        return call(Acosh.H, x);
    }

    public static double atanh(double x) {
        return call(Atanh.H, x);
    }

    public static double exp(double x) {
        return call(Exp.H, x);
    }

    public static double exp2(double x) {
        return call(Exp2.H, x);
    }

    public static double expm1(double x) {
        return call(Expm1.H, x);
    }

    public static double log(double x) {
        return call(Log.H, x);
    }

    public static double log2(double x) {
        return call(Log2.H, x);
    }

    public static double log10(double x) {
        return call(Log10.H, x);
    }

    public static double log1p(double x) {
        return call(Log1p.H, x);
    }

    public static double cbrt(double x) {
        return call(Cbrt.H, x);
    }

    public static double erf(double x) {
        return call(Erf.H, x);
    }

    public static double erfc(double x) {
        return call(Erfc.H, x);
    }

    public static double atan2(double y, double x) {
        return call(Atan2.H, y, x);
    }

    /** sqrt(x*x + y*y) without undue overflow or underflow. */
    public static double hypot(double x, double y) {
        return call(Hypot.H, x, y);
    }

    public static double pow(double x, double y) {
        return call(Pow.H, x, y);
    }
}
