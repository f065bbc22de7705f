package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.ThreadState;

/**
 * Statement helpers of module and class bodies: echoing interactive results through
 * {@code sys.displayhook}, and recording variable annotations in {@code __annotations__}.
 */
public final class DisplayNodes {
    private DisplayNodes() {}

    /** PRINT_EXPR: an expression statement typed at the interactive prompt. */
    public static final class PrintExpr extends ExprNode {
        final ExprNode value;

        public PrintExpr(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            try {
                PyObject sys = ThreadState.current().interpreter.modules().getItem(PyStr.of("sys"));
                PyObject hook = sys == null ? null : Attributes.lookupAttrOrNull(sys, "displayhook");
                if (hook == null) {
                    throw PyExceptions.runtimeError("lost sys.displayhook");
                }
                Ops.call(hook, v);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return v;
        }
    }

    /** {@code x: T} in a module or class body: {@code __annotations__['x'] = T}. */
    public static final class StoreAnnotation extends StmtNode {
        final PyStr name;
        final ExprNode annotation;

        public StoreAnnotation(String name, ExprNode annotation, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.name = PyStr.intern(name);
            this.annotation = annotation;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject value = annotation.eval(f);
            try {
                PyStr key = PyStr.of("__annotations__");
                PyObject ann = f.locals instanceof PyDict d && d.type() == PyDict.TYPE
                        ? d.getItem(key) : NameNodes.mappingGet(f.locals, key);
                if (ann == null) {
                    throw PyExceptions.nameError("__annotations__ not found");
                }
                Containers.setItem(ann, name, value);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return NORMAL;
        }
    }

    /** SETUP_ANNOTATIONS: makes {@code __annotations__} in the namespace if it is missing. */
    public static final class SetupAnnotations extends StmtNode {
        public SetupAnnotations(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }

        @Override
        public int exec(PyFrame f) {
            PyStr key = PyStr.of("__annotations__");
            if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                if (d.getItem(key) == null) {
                    d.setItem(key, new PyDict());
                }
            } else if (NameNodes.mappingGet(f.locals, key) == null) {
                Containers.setItem(f.locals, key, new PyDict());
            }
            return NORMAL;
        }
    }
}
