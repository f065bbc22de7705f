package dev.krait.objects;

/**
 * The Python-visible methods and attributes of {@code memoryview} ({@link PyMemoryView} holds
 * the view itself): item access, comparison and hashing, the conversions ({@code tolist},
 * {@code tobytes}, {@code hex}), {@code cast}, and the release protocol.
 *
 * <p>CPython counterpart: Objects/memoryobject.c ({@code memory_methods},
 * {@code memory_getsetlist}, {@code memory_as_mapping}).
 */
public final class MemoryViewMethods {
    private MemoryViewMethods() {}

    // ---- attributes -------------------------------------------------------------------------

    @Exposed.Getter("obj")
    public static PyObject obj(PyMemoryView self) {
        self.checkReleased();
        return self.obj;
    }

    @Exposed.Getter("nbytes")
    public static long nbytes(PyMemoryView self) {
        self.checkReleased();
        return self.nbytes();
    }

    @Exposed.Getter("readonly")
    public static boolean readonly(PyMemoryView self) {
        self.checkReleased();
        return self.readonly;
    }

    @Exposed.Getter("itemsize")
    public static long itemsize(PyMemoryView self) {
        self.checkReleased();
        return self.itemsize;
    }

    @Exposed.Getter("format")
    public static String format(PyMemoryView self) {
        self.checkReleased();
        return self.format;
    }

    @Exposed.Getter("ndim")
    public static long ndim(PyMemoryView self) {
        self.checkReleased();
        return self.ndim();
    }

    @Exposed.Getter("shape")
    public static PyObject shape(PyMemoryView self) {
        self.checkReleased();
        return self.intTuple(self.shape);
    }

    @Exposed.Getter("strides")
    public static PyObject strides(PyMemoryView self) {
        self.checkReleased();
        return self.intTuple(self.strides);
    }

    @Exposed.Getter("suboffsets")
    public static PyObject suboffsets(PyMemoryView self) {
        self.checkReleased();
        return PyTuple.EMPTY;
    }

    @Exposed.Getter("c_contiguous")
    public static boolean c_contiguous(PyMemoryView self) {
        self.checkReleased();
        return self.isContiguous(false);
    }

    @Exposed.Getter("f_contiguous")
    public static boolean f_contiguous(PyMemoryView self) {
        self.checkReleased();
        return self.isContiguous(true);
    }

    @Exposed.Getter("contiguous")
    public static boolean contiguous(PyMemoryView self) {
        self.checkReleased();
        return self.isContiguous(false) || self.isContiguous(true);
    }

    // ---- release ----------------------------------------------------------------------------

    // CPython: Objects/memoryobject.c memoryview_release_impl
    @Exposed("release($self, /)")
    public static void release(PyMemoryView self) {
        self.release();
    }

    @Exposed(value = "__enter__($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject __enter__(PyMemoryView self) {
        self.checkReleased();
        return self;
    }

    @Exposed(value = "__exit__($self, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static void __exit__(PyMemoryView self, PyObject[] args, String[] kwnames) {
        self.release();
    }

    @Exposed("__repr__($self, /)")
    public static String __repr__(PyMemoryView self) {
        return (self.isReleased() ? "<released memory at " : "<memory at ")
                + Ops.addressOf(self) + ">";
    }

    // ---- the sequence and mapping protocols -------------------------------------------------

    // CPython: Objects/memoryobject.c memory_length
    @Exposed("__len__($self, /)")
    public static long __len__(PyMemoryView self) {
        self.checkReleased();
        return self.ndim() == 0 ? 1 : self.shape[0];
    }

    // CPython: Objects/memoryobject.c memory_subscript
    @Exposed("__getitem__($self, key, /)")
    public static PyObject __getitem__(PyMemoryView self, PyObject key) {
        self.checkReleased();
        if (self.ndim() == 0) {
            if (key instanceof PyTuple t && t.size() == 0) {
                return MemoryFormats.unpack(self.storage(), self.offset, self.format);
            }
            if (key == PyEllipsis.ELLIPSIS) {
                return self;
            }
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (PyMemoryView.isIndex(key)) {
            if (self.ndim() > 1) {
                throw PyExceptions.notImplementedError(
                        "multi-dimensional sub-views are not implemented");
            }
            int at = self.lookup(self.offset, 0, key);
            return MemoryFormats.unpack(self.storage(), at, self.format);
        }
        if (key instanceof PySlice slice) {
            return self.sliced(slice);
        }
        if (PyMemoryView.isMultiIndex(key)) {
            PyTuple t = (PyTuple) key;
            if (t.size() < self.ndim()) {
                throw PyExceptions.notImplementedError("sub-views are not implemented");
            }
            int at = self.lookupTuple(t);
            return MemoryFormats.unpack(self.storage(), at, self.format);
        }
        if (PyMemoryView.isMultiSlice(key)) {
            throw PyExceptions.notImplementedError(
                    "multi-dimensional slicing is not implemented");
        }
        throw PyExceptions.typeError("memoryview: invalid slice key");
    }

    // CPython: Objects/memoryobject.c memory_ass_sub
    @Exposed("__setitem__($self, key, value, /)")
    public static void __setitem__(PyMemoryView self, PyObject key, PyObject value) {
        assign(self, key, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public static void __delitem__(PyMemoryView self, PyObject key) {
        assign(self, key, null);
    }

    private static void assign(PyMemoryView self, PyObject key, PyObject value) {
        self.checkReleased();
        if (self.readonly) {
            throw PyExceptions.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyExceptions.typeError("cannot delete memory");
        }
        if (self.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS || key instanceof PyTuple t && t.size() == 0) {
                self.packItem(self.offset, value);
                return;
            }
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (PyMemoryView.isIndex(key)) {
            if (self.ndim() > 1) {
                throw PyExceptions.notImplementedError("sub-views are not implemented");
            }
            int at = self.lookup(self.offset, 0, key);
            self.packItem(at, value);
            return;
        }
        if (key instanceof PySlice slice && self.ndim() == 1) {
            assignSlice(self, slice, value);
            return;
        }
        if (PyMemoryView.isMultiIndex(key)) {
            PyTuple t = (PyTuple) key;
            if (t.size() < self.ndim()) {
                throw PyExceptions.notImplementedError("sub-views are not implemented");
            }
            self.packItem(self.lookupTuple(t), value);
            return;
        }
        if (key instanceof PySlice || PyMemoryView.isMultiSlice(key)) {
            throw PyExceptions.notImplementedError("memoryview slice assignments are currently "
                    + "restricted to ndim = 1");
        }
        throw PyExceptions.typeError("memoryview: invalid slice key");
    }

    /**
     * {@code m[a:b:c] = src}: the source must export the same format and as many items; its
     * bytes are read first, so a source overlapping the destination is copied correctly.
     */
    // CPython: Objects/memoryobject.c copy_single
    private static void assignSlice(PyMemoryView self, PySlice slice, PyObject value) {
        PyMemoryView src = value instanceof PyMemoryView m ? m
                : value instanceof BufferExporter e ? PyMemoryView.of(value, e) : null;
        if (src == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + value.type().getName() + "'");
        }
        PyMemoryView dest = self.sliced(slice);
        // the slice's __index__ may have released the view (CPython 3.11.4, gh-92888)
        self.checkReleased();
        if (!MemoryFormats.sameFormat(dest.format, src.format) || dest.itemsize != src.itemsize
                || src.ndim() != 1 || src.shape[0] != dest.shape[0]) {
            throw PyExceptions.valueError("memoryview assignment: lvalue and rvalue have "
                    + "different structures");
        }
        byte[] bytes = src.contiguousBytes();
        byte[] s = dest.storage();
        int[] at = dest.itemOffsets(false);
        for (int k = 0; k < at.length; k++) {
            System.arraycopy(bytes, k * dest.itemsize, s, at[k], dest.itemsize);
        }
        if (at.length > 0) {
            int lo = Math.min(at[0], at[at.length - 1]);
            int hi = Math.max(at[0], at[at.length - 1]) + dest.itemsize;
            dest.source.bufferWritten(s, lo, hi - lo);
        }
    }

    @Exposed("__iter__($self, /)")
    public static PyObject __iter__(PyMemoryView self) {
        self.checkReleased();
        if (self.ndim() == 0) {
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (self.ndim() != 1) {
            throw PyExceptions.notImplementedError(
                    "multi-dimensional sub-views are not implemented");
        }
        return new PyMemoryIterator(self);
    }

    // ---- comparison and hashing -------------------------------------------------------------

    @Exposed("__eq__($self, value, /)")
    public static PyObject __eq__(PyMemoryView self, PyObject other) {
        Boolean eq = equal(self, other);
        return eq == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(eq);
    }

    @Exposed("__ne__($self, value, /)")
    public static PyObject __ne__(PyMemoryView self, PyObject other) {
        Boolean eq = equal(self, other);
        return eq == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(!eq);
    }

    /**
     * Equal shapes and equal items, compared as the values their formats give (so a NaN item
     * is unequal to itself); null when {@code other} exports no buffer.
     */
    // CPython: Objects/memoryobject.c memory_richcompare
    private static Boolean equal(PyMemoryView self, PyObject other) {
        if (self.isReleased()) {
            return self == other;
        }
        PyMemoryView w;
        if (other instanceof PyMemoryView m) {
            if (m.isReleased()) {
                return self == other;
            }
            w = m;
        } else if (other instanceof BufferExporter e) {
            w = PyMemoryView.of(other, e);
        } else {
            return null;
        }
        if (self.ndim() != w.ndim()) {
            return false;
        }
        for (int d = 0; d < self.ndim(); d++) {
            if (self.shape[d] != w.shape[d]) {
                return false;
            }
        }
        PyObject[] a = self.unpackAll();
        PyObject[] b = w.unpackAll();
        for (int k = 0; k < a.length; k++) {
            if (!Ops.eqBool(a[k], b[k]) || a[k] instanceof PyFloat f && Double.isNaN(f.value)) {
                return false;
            }
        }
        return true;
    }

    // CPython: Objects/memoryobject.c memory_hash
    @Exposed("__hash__($self, /)")
    public static long __hash__(PyMemoryView self) {
        if (self.hashValue() != -1) {
            return self.hashValue();
        }
        self.checkReleased();
        if (!self.readonly) {
            throw PyExceptions.valueError("cannot hash writable memoryview object");
        }
        if (!MemoryFormats.isByteFormat(MemoryFormats.code(self.format))
                || MemoryFormats.itemSize(self.format) < 0) {
            throw PyExceptions.valueError(
                    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        Ops.hash(self.obj);
        byte[] b = self.contiguousBytes();
        long h = StrHashing.hashBytes(b, 0, b.length);
        self.cacheHash(h);
        return h;
    }

    // ---- conversions ------------------------------------------------------------------------

    // CPython: Objects/memoryobject.c memoryview_tolist_impl
    @Exposed("tolist($self, /)")
    public static PyObject tolist(PyMemoryView self) {
        byte[] s = self.storage();
        MemoryFormats.checkSupported(self.format);
        return self.toList(s, self.offset, 0);
    }

    // CPython: Objects/memoryobject.c memoryview_tobytes_impl
    @Exposed("tobytes($self, /, order='C')")
    public static PyObject tobytes(PyMemoryView self, PyObject order) {
        self.checkReleased();
        boolean fortran = false;
        if (order != null && order != PyNone.NONE) {
            if (!(order instanceof PyStr o)) {
                throw PyExceptions.typeError("tobytes() argument 'order' must be str or None, "
                        + "not " + order.type().getName());
            }
            switch (o.toString()) {
                case "C" -> fortran = false;
                case "F" -> fortran = true;
                case "A" -> fortran = !self.isContiguous(false) && self.isContiguous(true);
                default -> throw PyExceptions.valueError("order must be 'C', 'F' or 'A'");
            }
        }
        return PyBytes.of(self.gather(fortran));
    }

    // CPython: Objects/memoryobject.c memoryview_hex_impl
    @Exposed("hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    public static PyObject hex(PyMemoryView self, PyObject sep, PyObject bytesPerSep) {
        return BytesMethods.hex(PyBytes.of(self.contiguousBytes()), sep, bytesPerSep);
    }

    // CPython: Objects/memoryobject.c memoryview_toreadonly_impl
    @Exposed("toreadonly($self, /)")
    public static PyObject toreadonly(PyMemoryView self) {
        self.checkReleased();
        return self.derive(self.offset, self.format, self.itemsize, self.shape, self.strides,
                true);
    }

    /**
     * {@code cast(format[, shape])}: the same bytes as a one-dimensional view of another native
     * format, then optionally reshaped (C order). One of the two formats must be a byte format.
     */
    // CPython: Objects/memoryobject.c memoryview_cast_impl, cast_to_1D, cast_to_ND
    @Exposed("cast($self, /, format, shape=<unrepresentable>)")
    public static PyObject cast(PyMemoryView self, PyObject format, PyObject shape) {
        self.checkReleased();
        if (!(format instanceof PyStr f)) {
            throw PyExceptions.typeError("cast() argument 'format' must be str, not "
                    + format.type().getName());
        }
        if (!self.isContiguous(false)) {
            throw PyExceptions.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shape != null || self.ndim() != 1) && hasZero(self)) {
            throw PyExceptions.typeError(
                    "memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (shape != null) {
            if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
                throw PyExceptions.typeError("shape must be a list or a tuple");
            }
            dims = Iteration.toList(shape).toArray(new PyObject[0]);
            if (dims.length > 64) {
                throw PyExceptions.valueError(
                        "memoryview: number of dimensions must not exceed 64");
            }
            if (self.ndim() != 1 && dims.length != 1) {
                throw PyExceptions.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        String fmt = f.toString();
        int size = MemoryFormats.itemSize(fmt);
        if (size < 0 || !fmt.chars().allMatch(c -> c < 128)) {
            throw PyExceptions.valueError("memoryview: destination format must be a native "
                    + "single character format prefixed with an optional '@'");
        }
        char src = MemoryFormats.itemSize(self.format) < 0 ? 0 : MemoryFormats.code(self.format);
        if (!MemoryFormats.isByteFormat(src) && !MemoryFormats.isByteFormat(
                MemoryFormats.code(fmt))) {
            throw PyExceptions.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = self.nbytes();
        if (nbytes % size != 0) {
            throw PyExceptions.typeError("memoryview: length is not a multiple of itemsize");
        }
        String newFormat = String.valueOf(MemoryFormats.code(fmt));
        if (dims == null) {
            return self.derive(self.offset, newFormat, size, new int[] {nbytes / size},
                    new int[] {size}, self.readonly);
        }
        int[] newShape = new int[dims.length];
        long len = size;
        for (int i = 0; i < dims.length; i++) {
            if (!(dims[i] instanceof PyInt n)) {
                throw PyExceptions.typeError(
                        "memoryview.cast(): elements of shape must be integers");
            }
            if (!n.isSmall()) {
                throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
            }
            if (n.longValue() <= 0) {
                throw PyExceptions.valueError(
                        "memoryview.cast(): elements of shape must be integers > 0");
            }
            if (n.longValue() > Long.MAX_VALUE / len) {
                throw PyExceptions.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            len *= n.longValue();
            newShape[i] = (int) Math.min(n.longValue(), Integer.MAX_VALUE);
        }
        if (len != nbytes) {
            throw PyExceptions.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        int[] newStrides = new int[dims.length];
        int stride = size;
        for (int i = dims.length - 1; i >= 0; i--) {
            newStrides[i] = stride;
            stride *= newShape[i];
        }
        return self.derive(self.offset, newFormat, size, newShape, newStrides, self.readonly);
    }

    // CPython: Objects/memoryobject.c zero_in_shape
    private static boolean hasZero(PyMemoryView self) {
        for (int d : self.shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }
}
