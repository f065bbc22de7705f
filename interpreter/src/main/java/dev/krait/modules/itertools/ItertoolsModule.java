package dev.krait.modules.itertools;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code itertools} module: its iterator types and {@code tee()}.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code itertoolsmodule_exec},
 * {@code itertools_tee_impl}.
 */
@NativeModule.Register("itertools")
public final class ItertoolsModule implements NativeModule {
    private static final String DOC = """
            Functional tools for creating and using iterators.

            Infinite iterators:
            count(start=0, step=1) --> start, start+step, start+2*step, ...
            cycle(p) --> p0, p1, ... plast, p0, p1, ...
            repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

            Iterators terminating on the shortest input sequence:
            accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
            chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
            chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
            compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
            dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
            groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
            filterfalse(pred, seq) --> elements of seq where pred(elem) is False
            islice(seq, [start,] stop [, step]) --> elements from
                   seq[start:stop:step]
            pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
            starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
            tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
            takewhile(pred, seq) --> seq[0], seq[1], until pred fails
            zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

            Combinatoric generators:
            product(p, q, ... [repeat=1]) --> cartesian product
            permutations(p[, r])
            combinations(p, r)
            combinations_with_replacement(p, r)
            """;

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("itertools");
        m.put("__doc__", PyStr.of(DOC));
        ModuleBuilder.addFunctions(m, ItertoolsModule.class);
        for (PyType t : new PyType[] {PyAccumulate.TYPE, PyCombinations.TYPE,
                PyCombinationsWithReplacement.TYPE, PyCycle.TYPE, PyDropwhile.TYPE,
                PyTakewhile.TYPE, PyIslice.TYPE, PyStarmap.TYPE, PyChain.TYPE, PyCompress.TYPE,
                PyFilterfalse.TYPE, PyCount.TYPE, PyZipLongest.TYPE, PyPairwise.TYPE,
                PyPermutations.TYPE, PyProduct.TYPE, PyRepeat.TYPE, PyGroupby.TYPE,
                PyGrouper.TYPE, PyTee.TYPE, PyTeeDataObject.TYPE}) {
            m.put(t.getName(), t);
        }
        return m;
    }

    // CPython: Modules/itertoolsmodule.c itertools_tee_impl
    @Exposed(value = "tee($module, iterable, n=2, /)",
            doc = "Returns a tuple of n independent iterators.")
    public static PyObject tee(PyObject iterable, PyObject nObj) {
        long n = nObj == null ? 2 : CArgs.asSsizeT(nObj);
        if (n < 0) {
            throw PyExceptions.valueError("n must be >= 0");
        }
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] result = new PyObject[(int) n];
        PyObject it = Iteration.iter(iterable);
        PyObject copyfunc = Attributes.lookupAttrOrNull(it, "__copy__");
        PyObject copyable = it;
        if (copyfunc == null) {
            copyable = PyTee.fromIterable(it);
            copyfunc = Attributes.getAttr(copyable, "__copy__");
        }
        result[0] = copyable;
        for (int i = 1; i < n; i++) {
            result[i] = Ops.call(copyfunc);
        }
        return new PyTuple(result);
    }
}
