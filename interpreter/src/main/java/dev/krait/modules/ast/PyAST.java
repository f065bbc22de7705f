package dev.krait.modules.ast;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * {@code ast.AST}, the base of every AST node class: an object with an instance dictionary whose
 * constructor fills the class's {@code _fields} from positional arguments and sets any keyword
 * as an attribute. The node classes themselves ({@code Name}, {@code expr}, …) are Python classes
 * made per interpreter by {@link AstTypes}.
 *
 * <p>CPython counterpart: Python/Python-ast.c {@code AST_type_spec}, {@code ast_type_init},
 * {@code ast_type_reduce}.
 */
public class PyAST extends PyObject {
    public static final PyType TYPE = PyType.builtin("AST", PyAST.class, null).withModule("ast");

    static {
        // CPython: Python/Python-ast.c add_ast_fields
        TYPE.setTypeAttribute("_fields", PyTuple.EMPTY);
        TYPE.setTypeAttribute("__match_args__", PyTuple.EMPTY);
        TYPE.setTypeAttribute("_attributes", PyTuple.EMPTY);
    }

    public PyAST(PyType type) {
        super(type);
        setDict(new PyDict());
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyAST(cls);
    }

    // CPython: Python/Python-ast.c ast_type_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject fieldsObj = Attributes.lookupAttrOrNull(type(), "_fields");
        List<PyObject> fields = fieldsObj == null ? List.of() : Iteration.toList(fieldsObj);
        if (fields.size() < npos) {
            throw PyExceptions.typeError(type().getName() + " constructor takes at most "
                    + fields.size() + " positional argument" + (fields.size() == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) {
            Attributes.setAttr(this, Ops.str(fields.get(i)).value(), args[i]);
        }
        for (int i = 0; i < nkw; i++) {
            String key = kwnames[i];
            int p = fields.indexOf(PyStr.of(key));
            if (p >= 0 && p < npos) {
                throw PyExceptions.typeError(type().getName()
                        + " got multiple values for argument '" + key + "'");
            }
            Attributes.setAttr(this, key, args[npos + i]);
        }
    }

    // CPython: Python/Python-ast.c ast_type_getsets (PyObject_GenericGetDict)
    @Exposed.Getter("__dict__")
    public PyObject get__dict__() {
        return getDict();
    }

    // CPython: Objects/object.c PyObject_GenericSetDict
    @Exposed.Setter(value = "__dict__", deletes = true)
    public void set__dict__(PyObject value) {
        setDictFromPython(value);
    }

    // CPython: Python/Python-ast.c ast_type_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        PyDict d = getDict();
        if (d != null && d.size() > 0) {
            return PyTuple.of(type(), PyTuple.EMPTY, d);
        }
        return PyTuple.of(type(), PyTuple.EMPTY);
    }
}
