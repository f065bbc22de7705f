package dev.krait.modules.ast;

import dev.krait.ast.AstSchema;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One interpreter's AST node classes: {@code mod}, {@code stmt}, {@code Name}, {@code Load}, …,
 * made as CPython makes them — ordinary classes created with {@code type(name, (base,), ns)}
 * whose namespace holds {@code _fields}, {@code __match_args__}, {@code __module__ = 'ast'},
 * the docstring, the {@code _attributes} of the abstract bases and None for optional fields.
 * They are per interpreter (CPython keeps them in its {@code _ast} module state) because programs
 * may set attributes on them. The operator and context classes have one shared instance each,
 * which {@code ast.parse} reuses, as CPython's singletons.
 *
 * <p>CPython counterpart: Python/Python-ast.c {@code init_types}, {@code make_type},
 * {@code add_attributes}.
 */
final class AstTypes {
    /** The classes by name, base classes first, as {@code dir(_ast)} lists them (sorted later). */
    final Map<String, PyType> byName;
    /** The one instance of each field-less class ({@code Load()}, {@code Add()}, …). */
    private final Map<String, PyObject> singletons = new LinkedHashMap<>();

    private AstTypes() {
        Map<String, PyType> types = new LinkedHashMap<>();
        types.put("AST", PyAST.TYPE);
        for (AstSchema.NodeClass c : AstSchema.CLASSES) {
            if (c.base() == null) {
                continue;
            }
            PyDict ns = new PyDict();
            PyTuple fields = PyTuple.ofList(fieldNames(c.fields()));
            ns.setItem(PyStr.of("_fields"), fields);
            ns.setItem(PyStr.of("__match_args__"), fields);
            ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
            ns.setItem(PyStr.of("__doc__"), c.doc() == null ? PyNone.NONE : PyStr.of(c.doc()));
            if (c.attributes() != null) {
                List<PyObject> attrs = new ArrayList<>();
                c.attributes().forEach(a -> attrs.add(PyStr.of(a)));
                ns.setItem(PyStr.of("_attributes"), PyTuple.ofList(attrs));
            }
            for (String none : c.noneDefaults()) {
                ns.setItem(PyStr.of(none), PyNone.NONE);
            }
            PyObject t = Ops.call(PyType.TYPE, PyStr.of(c.name()),
                    PyTuple.of(types.get(c.base())), ns);
            types.put(c.name(), (PyType) t);
        }
        this.byName = Collections.unmodifiableMap(types);
    }

    /** The node classes of {@code interp}, made on first use. */
    static AstTypes of(Interpreter interp) {
        return interp.state(AstTypes.class, AstTypes::new);
    }

    private static List<PyObject> fieldNames(List<String> specs) {
        List<PyObject> names = new ArrayList<>();
        for (String spec : specs) {
            names.add(PyStr.of(spec.substring(spec.indexOf(' ') + 1)));
        }
        return names;
    }

    PyType get(String name) {
        PyType t = byName.get(name);
        if (t == null) {
            throw new IllegalStateException("no _ast class " + name);
        }
        return t;
    }

    /** The shared instance of a field-less class such as {@code Load} or {@code Add}. */
    synchronized PyObject singleton(String name) {
        return singletons.computeIfAbsent(name, n -> new PyAST(get(n)));
    }
}
