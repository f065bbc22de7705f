package dev.krait.modules.zoneinfo;

import dev.krait.objects.Attributes;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.runtime.ThreadState;

/**
 * {@code zoneinfo.ZoneInfo}: an IANA time zone as a {@code datetime.tzinfo}. Constructing one
 * by key goes through two caches, as in CPython: a strong LRU cache of the eight most recent
 * zones (the base type only) and a {@code WeakValueDictionary}, so that {@code ZoneInfo(k) is
 * ZoneInfo(k)} while a zone lives; each subclass gets its own weak cache from
 * {@code __init_subclass__}. {@code no_cache} bypasses both, {@code from_file} reads any binary
 * file (such zones cannot be pickled); others pickle by key.
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c {@code PyZoneInfo_ZoneInfo} and its methods.
 */
public final class PyZoneInfo extends PyObject implements Weakrefable {
    private static final int SOURCE_NOCACHE = 0;
    private static final int SOURCE_CACHE = 1;
    private static final int SOURCE_FILE = 2;

    private PyObject key = PyNone.NONE;
    private int source = SOURCE_NOCACHE;
    private String fileRepr;
    private ZoneData data;

    private PyZoneInfo(PyType type) {
        super(type);
    }

    private static PyZoneInfo self(PyObject o) {
        return (PyZoneInfo) o;
    }

    private static PyZoneInfo.Loaded newInstance(PyType cls, PyObject key) {
        return new Loaded(cls, key);
    }

    /** A zone loaded by key from the TZ path or the tzdata package. */
    // CPython: Modules/_zoneinfo.c zoneinfo_new_instance
    private static final class Loaded {
        final PyZoneInfo zone;

        Loaded(PyType cls, PyObject key) {
            ZoneInfoModule.State st = ZoneInfoModule.state();
            PyObject path = Ops.call(st.findTzfile(), key);
            PyObject file = path == PyNone.NONE ? Ops.callMethod(st.common(), "load_tzdata", key)
                    : null;
            PyZoneInfo z = new PyZoneInfo(cls);
            if (file == null) {
                PyObject io = ThreadState.current().interpreter.importer().importModule("io");
                file = Ops.call(Attributes.getAttr(io, "open"), path, PyStr.of("rb"));
            }
            try {
                z.data = ZoneData.load(st, file);
            } finally {
                Ops.callMethod(file, "close");
            }
            z.key = key;
            zone = z;
        }
    }

    private static PyObject weakCache(PyType cls, ZoneInfoModule.State st) {
        return cls == st.type ? st.weakCache() : Attributes.getAttr(cls, "_weak_cache");
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_new
    @Exposed(value = "__new__($type, /, key)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cached(cls, NoNameArgs.bind(args, kwnames, KEY, 1, 1)[0]);
    }

    private static final String[] KEY = {"key"};

    /** The cached zone of {@code key}, loaded on a miss. */
    private static PyObject cached(PyType cls, PyObject key) {
        ZoneInfoModule.State st = ZoneInfoModule.state();
        boolean base = cls == st.type;
        if (base) {
            synchronized (st.strongCache) {
                PyObject hit = st.strongCache.get(key);
                if (hit != null) {
                    return hit;
                }
            }
        }
        PyObject cache = weakCache(cls, st);
        PyObject instance = Ops.callMethod(cache, "get", key, PyNone.NONE);
        if (instance == PyNone.NONE) {
            PyZoneInfo fresh = newInstance(cls, key).zone;
            instance = Ops.callMethod(cache, "setdefault", key, fresh);
            ((PyZoneInfo) instance).source = SOURCE_CACHE;
        }
        if (base) {
            synchronized (st.strongCache) {
                st.strongCache.put(key, instance);
                ZoneInfoModule.trimStrongCache(st);
            }
        }
        return instance;
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_no_cache
    @Exposed(value = "no_cache($type, /, key)", kind = Exposed.Kind.CLASS,
            doc = "Get a new instance of ZoneInfo, bypassing the cache.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject no_cache(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject key = NoNameArgs.bind(args, kwnames, KEY, 1, 1)[0];
        PyZoneInfo z = newInstance(cls, key).zone;
        z.source = SOURCE_NOCACHE;
        return z;
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_from_file
    @Exposed(value = "from_file($type, file_obj, /, key=None)", kind = Exposed.Kind.CLASS,
            doc = "Create a ZoneInfo file from a file object.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject from_file(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = NoNameArgs.bind(args, kwnames, new String[] {"", "key"}, 1, 2);
        PyObject fileObj = a[0];
        PyObject key = a[1] == null ? PyNone.NONE : a[1];
        PyZoneInfo z = new PyZoneInfo(cls);
        String repr = Ops.repr(fileObj).value();
        z.data = ZoneData.load(ZoneInfoModule.state(), fileObj);
        z.source = SOURCE_FILE;
        z.fileRepr = repr;
        z.key = key;
        return z;
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_clear_cache
    @Exposed(value = "clear_cache($type, /, *, only_keys=None)", kind = Exposed.Kind.CLASS,
            doc = "Clear the ZoneInfo cache.", signature = Exposed.Signature.HIDDEN)
    public static void clear_cache(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject onlyKeys = NoNameArgs.bind(args, kwnames, new String[] {"only_keys"}, 0, 0)[0];
        ZoneInfoModule.State st = ZoneInfoModule.state();
        PyObject cache = weakCache(cls, st);
        boolean base = cls == st.type;
        if (onlyKeys == null || onlyKeys == PyNone.NONE) {
            Ops.callMethod(cache, "clear");
            if (base) {
                synchronized (st.strongCache) {
                    st.strongCache.clear();
                }
            }
            return;
        }
        PyObject it = Iteration.iter(onlyKeys);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            if (base) {
                synchronized (st.strongCache) {
                    st.strongCache.remove(k);
                }
            }
            Ops.callMethod(cache, "pop", k, PyNone.NONE);
        }
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_init_subclass
    @Exposed(value = "__init_subclass__($type, /, **kwargs)", kind = Exposed.Kind.CLASS,
            doc = "Function to initialize subclasses.", signature = Exposed.Signature.HIDDEN)
    public static void __init_subclass__(PyType cls, PyObject[] args, String[] kwnames) {
        Attributes.setAttr(cls, "_weak_cache", ZoneInfoModule.state().newWeakCache());
    }

    @Exposed.Getter("key")
    public PyObject key() {
        return key;
    }

    /** The time type in force at {@code dt} (None: the fixed offset, if the zone has one). */
    // CPython: Modules/_zoneinfo.c find_ttinfo, get_local_timestamp
    private TtInfo find(PyObject dt) {
        if (dt == PyNone.NONE) {
            return data.fixedOffset ? data.after.std : TtInfo.NONE;
        }
        long ts = localTimestamp(dt);
        int fold = (int) Numbers.index(Attributes.getAttr(dt, "fold")).longValue();
        int year = (int) Numbers.index(Attributes.getAttr(dt, "year")).longValue();
        return data.find(ts, fold == 0 ? 0 : 1, year);
    }

    /** Seconds from 1970-01-01 to {@code dt}'s wall time, ignoring any offset. */
    // CPython: Modules/_zoneinfo.c get_local_timestamp
    private static long localTimestamp(PyObject dt) {
        long ord = CArgs.asLong(Ops.callMethod(dt, "toordinal"));
        long h = CArgs.asLong(Attributes.getAttr(dt, "hour"));
        long m = CArgs.asLong(Attributes.getAttr(dt, "minute"));
        long s = CArgs.asLong(Attributes.getAttr(dt, "second"));
        return (ord - TzRule.EPOCH_ORDINAL) * 86400 + h * 3600 + m * 60 + s;
    }

    @Exposed(value = "utcoffset($self, dt, /)",
            doc = "Retrieve a timedelta representing the UTC offset in a zone at the given "
                    + "datetime.", signature = Exposed.Signature.HIDDEN)
    public PyObject utcoffset(PyObject dt) {
        return find(dt).utcoff();
    }

    @Exposed(value = "dst($self, dt, /)",
            doc = "Retrieve a timedelta representing the amount of DST applied in a zone at "
                    + "the given datetime.", signature = Exposed.Signature.HIDDEN)
    public PyObject dst(PyObject dt) {
        return find(dt).dstoff();
    }

    @Exposed(value = "tzname($self, dt, /)",
            doc = "Retrieve a string containing the abbreviation for the time zone that "
                    + "applies in a zone at a given datetime.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject tzname(PyObject dt) {
        return find(dt).tzname();
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_fromutc
    @Exposed(value = "fromutc($self, dt, /)",
            doc = "Given a datetime with local time in UTC, retrieve an adjusted datetime in "
                    + "local time.", signature = Exposed.Signature.HIDDEN)
    public PyObject fromutc(PyObject dt) {
        ZoneInfoModule.State st = ZoneInfoModule.state();
        if (!Ops.isInstance(dt, st.datetime)) {
            throw PyExceptions.typeError("fromutc: argument must be a datetime");
        }
        if (Attributes.getAttr(dt, "tzinfo") != this) {
            throw PyExceptions.valueError("fromutc: dt.tzinfo is not self");
        }
        long ts = localTimestamp(dt);
        long[] utc = data.transUtc;
        int n = utc.length;
        TtInfo tti;
        int fold = 0;
        if (n >= 1 && ts < utc[0]) {
            tti = data.ttinfoBefore;
        } else if (n == 0 || ts > utc[n - 1]) {
            int year = (int) Numbers.index(Attributes.getAttr(dt, "year")).longValue();
            int[] f = new int[1];
            tti = data.after.findFromUtc(ts, year, f);
            fold = f[0];
            // just after the last listed transition, the fold is between that transition's
            // type and the rule's, not between the rule's two types
            if (n > 0) {
                TtInfo prev = n == 1 ? data.ttinfoBefore : data.transTtinfos[n - 2];
                long diff = prev.utcoffSeconds() - tti.utcoffSeconds();
                if (diff > 0 && ts < utc[n - 1] + diff) {
                    fold = 1;
                }
            }
        } else {
            int idx = ZoneData.bisect(ts, utc);
            TtInfo prev;
            if (idx >= 2) {
                prev = data.transTtinfos[idx - 2];
                tti = data.transTtinfos[idx - 1];
            } else {
                prev = data.ttinfoBefore;
                tti = data.transTtinfos[0];
            }
            long shift = prev.utcoffSeconds() - tti.utcoffSeconds();
            if (shift > ts - utc[idx - 1]) {
                fold = 1;
            }
        }
        PyObject result = Numbers.binary(dt, tti.utcoff(), BinaryOp.ADD);
        if (fold != 0) {
            result = Ops.call(Attributes.getAttr(result, "replace"), new PyObject[] {PyInt.of(1)},
                    new String[] {"fold"});
        }
        return result;
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_repr (the base type's name is qualified)
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        PyType t = type();
        String name = t.isBuiltin() ? "zoneinfo." + t.getName() : t.getName();
        if (key != PyNone.NONE) {
            return name + "(key=" + Ops.repr(key).value() + ")";
        }
        return name + ".from_file(" + fileRepr + ")";
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_str
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        return key != PyNone.NONE ? key : PyStr.of(__repr__());
    }

    // CPython: Modules/_zoneinfo.c zoneinfo_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (source == SOURCE_FILE) {
            PyObject pickle = ThreadState.current().interpreter.importer().importModule("pickle");
            PyObject error = Attributes.getAttr(pickle, "PicklingError");
            throw ((PyBaseException) Ops.call(error,
                    PyStr.of("Cannot pickle a ZoneInfo file from a file stream."))).raise();
        }
        PyObject constructor = Attributes.getAttr(this, "_unpickle");
        return PyTuple.of(constructor, PyTuple.of(key,
                PyInt.of(source == SOURCE_CACHE ? 1 : 0)));
    }

    // CPython: Modules/_zoneinfo.c zoneinfo__unpickle
    @Exposed(value = "_unpickle($type, key, from_cache, /)", kind = Exposed.Kind.CLASS,
            doc = "Private method used in unpickling.", signature = Exposed.Signature.HIDDEN)
    public static PyObject _unpickle(PyType cls, PyObject key, PyObject fromCache) {
        // CPython: format "OB", an unsigned char masked from any int
        if ((CArgs.unsignedIntMask(fromCache) & 0xff) != 0) {
            return cached(cls, key);
        }
        return newInstance(cls, key).zone;
    }
}
