package dev.krait.modules.pickle;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyPickleBuffer;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _pickle} module: the types {@link PyPickler} and {@link PyUnpickler}, the one-shot
 * functions {@code dump}, {@code dumps}, {@code load} and {@code loads}, the exception classes
 * {@code PickleError}, {@code PicklingError} and {@code UnpicklingError}, and
 * {@code PickleBuffer} (which {@code pickle} re-exports).
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code PyInit__pickle}, {@code _pickle_dump_impl},
 * {@code _pickle_dumps_impl}, {@code _pickle_load_impl}, {@code _pickle_loads_impl}.
 */
@NativeModule.Register("_pickle")
public final class PickleModule implements NativeModule {
    private static final String PROTOCOL_DOC = "The optional *protocol* argument tells the "
            + "pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5."
            + "  The default\nprotocol is 4. It was introduced in Python 3.4, and is "
            + "incompatible\nwith previous versions.\n\nSpecifying a negative protocol version "
            + "selects the highest protocol\nversion supported.  The higher the protocol used, "
            + "the more recent the\nversion of Python needed to read the pickle produced.";

    @Override
    public PyModule create(Interpreter interpreter) {
        PickleState st = new PickleState(interpreter);
        interpreter.state(PickleState.Holder.class, PickleState.Holder::new).current = st;
        PyModule m = new PyModule("_pickle");
        m.put("__doc__", PyStr.of("Optimized C implementation for the Python pickle module."));
        ModuleBuilder.addFunctions(m, PickleModule.class);
        m.put("Pickler", PyPickler.TYPE);
        m.put("Unpickler", PyUnpickler.TYPE);
        m.put("PickleBuffer", PyPickleBuffer.TYPE);
        m.put("PickleError", st.pickleError);
        m.put("PicklingError", st.picklingError);
        m.put("UnpicklingError", st.unpicklingError);
        return m;
    }

    // CPython: Modules/_pickle.c _pickle_dump_impl
    @Exposed(value = "dump($module, /, obj, file, protocol=None, *, fix_imports=True, "
            + "buffer_callback=None)", doc = "Write a pickled representation of obj to the open "
            + "file object file.\n\nThis is equivalent to ``Pickler(file, protocol).dump(obj)``"
            + ", but may\nbe more efficient.\n\n" + PROTOCOL_DOC)
    public static void dump(PyObject obj, PyObject file, PyObject protocol,
            PyObject fixImports, PyObject bufferCallback) {
        PyPickler p = new PyPickler(PyPickler.TYPE, PickleState.current());
        p.setProtocol(protocol, dev.krait.objects.Ops.isTrue(fixImports));
        p.setOutputStream(file);
        p.setBufferCallback(bufferCallback);
        p.dumpObject(obj);
        p.out.flushToFile();
    }

    // CPython: Modules/_pickle.c _pickle_dumps_impl
    @Exposed(value = "dumps($module, /, obj, protocol=None, *, fix_imports=True, "
            + "buffer_callback=None)", doc = "Return the pickled representation of the object "
            + "as a bytes object.\n\n" + PROTOCOL_DOC)
    public static PyObject dumps(PyObject obj, PyObject protocol, PyObject fixImports,
            PyObject bufferCallback) {
        PyPickler p = new PyPickler(PyPickler.TYPE, PickleState.current());
        p.setProtocol(protocol, dev.krait.objects.Ops.isTrue(fixImports));
        p.setBufferCallback(bufferCallback);
        return p.dumpToBytes(obj);
    }

    // CPython: Modules/_pickle.c _pickle_load_impl
    @Exposed(value = "load($module, /, file, *, fix_imports=True, encoding='ASCII', "
            + "errors='strict', buffers=())", doc = "Read and return an object from the pickle "
            + "data stored in a file.\n\nThis is equivalent to ``Unpickler(file).load()``, but "
            + "may be more\nefficient.")
    public static PyObject load(PyObject file, PyObject fixImports, PyObject encoding,
            PyObject errors, PyObject buffers) {
        PyUnpickler u = new PyUnpickler(PyUnpickler.TYPE, PickleState.current());
        u.input.setFile(file);
        u.configure(fixImports, encoding, errors, buffers);
        return Loader.load(u);
    }

    // CPython: Modules/_pickle.c _pickle_loads_impl
    @Exposed(value = "loads($module, data, /, *, fix_imports=True, encoding='ASCII', "
            + "errors='strict', buffers=())", doc = "Read and return an object from the given "
            + "pickle data.")
    public static PyObject loads(PyObject data, PyObject fixImports, PyObject encoding,
            PyObject errors, PyObject buffers) {
        PyUnpickler u = new PyUnpickler(PyUnpickler.TYPE, PickleState.current());
        u.input.setBytes(data);
        u.configure(fixImports, encoding, errors, buffers);
        return Loader.load(u);
    }
}
