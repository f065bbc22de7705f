package dev.krait.modules.sre;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.math.BigInteger;

/**
 * The {@code _sre} module: {@code compile}, which wraps the code of re/_compiler.py in a
 * {@link PyPattern}, the small character helpers the compiler calls, and the engine's
 * constants.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code _sre_compile_impl}, {@code _functions},
 * {@code sre_exec}.
 */
@NativeModule.Register("_sre")
public final class SreModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule(PyModule.TYPE, "_sre");
        ModuleBuilder.addFunctions(m, SreModule.class);
        m.put("MAGIC", PyInt.of(SreConstants.MAGIC));
        m.put("CODESIZE", PyInt.of(SreConstants.CODESIZE));
        m.put("MAXREPEAT", PyInt.of(SreConstants.MAXREPEAT));
        m.put("MAXGROUPS", PyInt.of(SreConstants.MAXGROUPS));
        m.put("copyright", PyStr.of(
                " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    /** A C {@code int} argument ({@code _PyLong_AsInt}). */
    private static int cInt(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("'" + o.type().getName()
                    + "' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    // CPython: Modules/_sre/sre.c _sre_compile_impl
    @Exposed("compile($module, /, pattern, flags, code, groups, groupindex, indexgroup)")
    public static PyObject compile(PyObject pattern, PyObject flags, PyObject code,
            PyObject groups, PyObject groupindex, PyObject indexgroup) {
        int f = cInt(flags);
        if (!(code instanceof PyList list)) {
            throw PyExceptions.typeError("compile() argument 'code' must be list, not "
                    + code.type().getName());
        }
        long g = SreSubject.ssize(groups, 0);
        if (!(groupindex instanceof PyDict gi)) {
            throw PyExceptions.typeError("compile() argument 'groupindex' must be dict, not "
                    + groupindex.type().getName());
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw PyExceptions.typeError("compile() argument 'indexgroup' must be tuple, not "
                    + indexgroup.type().getName());
        }
        int n = list.size();
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = codeWord(Containers.getItem(list, PyInt.of(i)));
        }
        int isBytes = pattern == PyNone.NONE ? -1 : SreSubject.isBytes(pattern) ? 1 : 0;
        if (g < 0 || g > SreConstants.MAXGROUPS) {
            throw PyExceptions.runtimeError("invalid SRE code");
        }
        PyDict names = null;
        PyTuple numbers = null;
        if (gi.size() > 0) {
            names = gi;
            if (ig.size() > 0) {
                numbers = ig;
            }
        }
        SreValidator.Layout layout = SreValidator.validate(words, (int) g);
        if (layout == null) {
            throw PyExceptions.runtimeError("invalid SRE code");
        }
        return new PyPattern(pattern, f, words, SreFirstChars.program(words, layout.repeatOnes()),
                (int) g, names, numbers, isBytes, SreCharset.tables(words, layout.sets()));
    }

    /** One code word: {@code PyLong_AsUnsignedLong}, then it must fit in 32 bits. */
    private static int codeWord(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        BigInteger v = i.bigValue();
        if (v.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        if (v.bitLength() > 64) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        if (v.bitLength() > 32) {
            throw PyExceptions.overflowError("regular expression code size limit exceeded");
        }
        return (int) v.longValue();
    }

    @Exposed("getcodesize($module, /)")
    public static long getcodesize() {
        return SreConstants.CODESIZE;
    }

    // CPython: Modules/_sre/sre.c _sre_ascii_iscased_impl
    @Exposed("ascii_iscased($module, character, /)")
    public static boolean ascii_iscased(PyObject character) {
        int ch = cInt(character);
        return ch >= 0 && ch < 128 && Character.isLetter(ch);
    }

    // CPython: Modules/_sre/sre.c _sre_unicode_iscased_impl
    @Exposed("unicode_iscased($module, character, /)")
    public static boolean unicode_iscased(PyObject character) {
        int ch = cInt(character);
        return ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch);
    }

    @Exposed("ascii_tolower($module, character, /)")
    public static long ascii_tolower(PyObject character) {
        return SreChars.lowerAscii(cInt(character));
    }

    @Exposed("unicode_tolower($module, character, /)")
    public static long unicode_tolower(PyObject character) {
        return SreChars.lowerUnicode(cInt(character));
    }
}
