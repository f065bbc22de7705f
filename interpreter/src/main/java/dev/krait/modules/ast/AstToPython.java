package dev.krait.modules.ast;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Located;
import dev.krait.ast.Node;
import dev.krait.compiler.Constants;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.List;

/**
 * Krait's AST records as Python {@code ast} objects: what {@code ast.parse} returns. Each record
 * becomes an instance of the interpreter's class of the same name with its fields and position
 * attributes set; absent optional fields are None, operators and contexts are the shared
 * singletons, constants are the runtime objects the compiler would make.
 *
 * <p>CPython counterpart: Python/Python-ast.c {@code PyAST_mod2obj} and the {@code ast2obj_*}
 * functions.
 */
final class AstToPython {
    private static final PyStr LINENO = PyStr.of("lineno");
    private static final PyStr COL_OFFSET = PyStr.of("col_offset");
    private static final PyStr END_LINENO = PyStr.of("end_lineno");
    private static final PyStr END_COL_OFFSET = PyStr.of("end_col_offset");

    private final AstTypes types;

    AstToPython(AstTypes types) {
        this.types = types;
    }

    PyObject convert(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case Node n -> node(n);
            case List<?> l -> {
                PyList out = new PyList();
                for (Object item : l) {
                    out.append(convert(item));
                }
                yield out;
            }
            case Enum<?> e -> types.singleton(e.name());
            case ConstantValue c -> Constants.of(c);
            case String s -> PyStr.of(s);
            case Integer i -> PyInt.of(i);
            default -> throw new IllegalStateException("unexpected AST value " + value);
        };
    }

    private PyObject node(Node n) {
        PyAST obj = new PyAST(types.get(n.typeName()));
        PyDict d = obj.getDict();
        String[] names = n.fieldNames();
        Object[] values = n.fieldValues();
        for (int i = 0; i < names.length; i++) {
            d.setItem(PyStr.of(names[i]), convert(values[i]));
        }
        if (n instanceof Located at) {
            d.setItem(LINENO, PyInt.of(at.lineno()));
            d.setItem(COL_OFFSET, PyInt.of(at.colOffset()));
            d.setItem(END_LINENO, PyInt.of(at.endLineno()));
            d.setItem(END_COL_OFFSET, PyInt.of(at.endColOffset()));
        }
        return obj;
    }
}
