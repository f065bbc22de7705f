package dev.krait.modules.builtins;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * The {@code exit} and {@code quit} objects that CPython's {@code site} module puts into
 * builtins at start-up (unless {@code -S}): their repr tells how to leave the prompt, and
 * calling one closes {@code sys.stdin} and raises {@code SystemExit}. Krait does not run
 * {@code site.py}, so the builtins module adds them itself, and {@code -S} takes them away.
 *
 * <p>CPython counterpart: Lib/_sitebuiltins.py {@code Quitter}.
 */
public final class PyQuitter extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Quitter", PyQuitter.class, null)
            .withModule("_sitebuiltins");

    PyQuitter(String name) {
        super(TYPE);
        PyDict d = new PyDict();
        d.setItem(PyStr.of("name"), PyStr.of(name));
        d.setItem(PyStr.of("eof"), PyStr.of("Ctrl-D (i.e. EOF)"));
        setDict(d);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "Use " + Ops.str(getDict().getItem(PyStr.of("name"))).value() + "() or "
                + Ops.str(getDict().getItem(PyStr.of("eof"))).value() + " to exit";
    }

    @Exposed("__call__($self, /, code=None)")
    public PyObject __call__(PyObject code) {
        try {
            PyObject stdin = ThreadState.current().interpreter.sysAttribute("stdin");
            if (stdin != null) {
                Ops.callMethod(stdin, "close");
            }
        } catch (PyException e) {
            // as _sitebuiltins: any error closing stdin is ignored
        }
        PyObject e = Ops.call(PyExceptions.SystemExit, code == null ? PyNone.NONE : code);
        throw ((PyBaseException) e).raise();
    }
}
