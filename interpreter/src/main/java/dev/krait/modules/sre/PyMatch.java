package dev.krait.modules.sre;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenericAlias;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.util.Map;

/**
 * {@code re.Match}: the result of a successful match — the spans of the whole match and of
 * each group (-1 for a group that did not take part), with the subject they index into. Group
 * texts are cut from the subject when asked for.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code MatchObject}, {@code pattern_new_match}
 * and the {@code match_*} functions.
 */
public final class PyMatch extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("Match", PyMatch.class, null).withModule("re");

    final PyPattern pattern;
    final PyObject string;
    /** Start and end of group i at [2i] and [2i+1]; group 0 is the whole match. */
    final int[] mark;
    final int groups;
    final int pos;
    final int endpos;
    final int lastindex;
    private PyObject regs;

    // CPython: Modules/_sre/sre.c pattern_new_match
    PyMatch(PyPattern pattern, SreState s, PyObject string) {
        super(TYPE);
        this.pattern = pattern;
        this.string = string;
        this.groups = pattern.groups + 1;
        this.mark = new int[2 * groups];
        mark[0] = s.start;
        mark[1] = s.ptr;
        for (int i = 0, j = 0; i < pattern.groups; i++, j += 2) {
            if (j + 1 <= s.lastmark && s.mark[j] >= 0 && s.mark[j + 1] >= 0) {
                mark[j + 2] = s.mark[j];
                mark[j + 3] = s.mark[j + 1];
                if (mark[j + 2] > mark[j + 3]) {
                    throw PyExceptions.systemError("The span of capturing group is wrong,"
                            + " please report a bug for the re module.");
                }
            } else {
                mark[j + 2] = -1;
                mark[j + 3] = -1;
            }
        }
        this.pos = s.pos;
        this.endpos = s.endpos;
        this.lastindex = s.lastindex;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create 're.Match' instances");
    }

    // CPython: Modules/_sre/sre.c match_getslice_by_index
    private PyObject groupText(int index, PyObject dflt) {
        int i = mark[2 * index];
        if (string == PyNone.NONE || i < 0) {
            return dflt;
        }
        int j = mark[2 * index + 1];
        // a bytearray subject may have shrunk since the match
        int length = string instanceof PyStr s ? s.length()
                : SreSubject.bytesOf(string).length;
        return SreSubject.slice(string, Math.min(i, length), Math.min(j, length));
    }

    /** The group number that {@code index} names: an int, or a group name. */
    // CPython: Modules/_sre/sre.c match_getindex
    private int groupIndex(PyObject index) {
        if (index == null) {
            return 0;
        }
        long i = -1;
        if (index instanceof PyInt n && n.type() == PyInt.TYPE) {
            // the common cases first: an exact int, and (below) an exact str, which has no
            // __index__ to look up
            i = n.isSmall() ? n.longValue() : -1;
        } else if (index.type() != PyStr.TYPE && index.type().lookup("__index__") != null) {
            PyInt n = Numbers.index(index);
            i = n.isSmall() ? n.longValue() : -1;
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.getItem(index);
            if (v instanceof PyInt n && n.isSmall()) {
                i = n.longValue();
            }
        }
        if (i < 0 || i >= groups) {
            throw PyExceptions.indexError("no such group");
        }
        return (int) i;
    }

    @Exposed("group($self, *args)")
    public PyObject group(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("Match.group() takes no keyword arguments");
        }
        switch (args.length) {
            case 0:
                return groupText(0, PyNone.NONE);
            case 1:
                return groupText(groupIndex(args[0]), PyNone.NONE);
            default:
                PyObject[] items = new PyObject[args.length];
                for (int k = 0; k < args.length; k++) {
                    items[k] = groupText(groupIndex(args[k]), PyNone.NONE);
                }
                return new PyTuple(items);
        }
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        return groupText(groupIndex(key), PyNone.NONE);
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Match_groups_impl
    @Exposed("groups($self, /, default=None)")
    public PyObject groups(PyObject dflt) {
        PyObject[] items = new PyObject[groups - 1];
        for (int k = 1; k < groups; k++) {
            items[k - 1] = groupText(k, dflt);
        }
        return new PyTuple(items);
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Match_groupdict_impl
    @Exposed("groupdict($self, /, default=None)")
    public PyObject groupdict(PyObject dflt) {
        PyDict result = new PyDict();
        if (pattern.groupindex == null) {
            return result;
        }
        for (Map.Entry<PyObject, PyObject> e : pattern.groupindex.entries()) {
            result.setItem(e.getKey(), groupText(groupIndex(e.getKey()), dflt));
        }
        return result;
    }

    @Exposed("start($self, group=0, /)")
    public long start(PyObject group) {
        return mark[2 * groupIndex(group)];
    }

    @Exposed("end($self, group=0, /)")
    public long end(PyObject group) {
        return mark[2 * groupIndex(group) + 1];
    }

    @Exposed("span($self, group=0, /)")
    public PyObject span(PyObject group) {
        int i = groupIndex(group);
        return PyTuple.of(PyInt.of(mark[2 * i]), PyInt.of(mark[2 * i + 1]));
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Match_expand_impl (delegates to re._expand)
    @Exposed("expand($self, /, template)")
    public PyObject expand(PyObject template) {
        PyObject re = ThreadState.current().interpreter.importer().importModule("re");
        return Ops.call(Attributes.getAttr(re, "_expand"), pattern, this, template);
    }

    @Exposed("__copy__($self, /)")
    public PyObject __copy__() {
        return this;
    }

    @Exposed("__deepcopy__($self, memo, /)")
    public PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @Exposed.Getter("string")
    public PyObject getString() {
        return string;
    }

    @Exposed.Getter("re")
    public PyObject getRe() {
        return pattern;
    }

    @Exposed.Getter("pos")
    public long getPos() {
        return pos;
    }

    @Exposed.Getter("endpos")
    public long getEndpos() {
        return endpos;
    }

    @Exposed.Getter("lastindex")
    public PyObject getLastindex() {
        return lastindex >= 0 ? PyInt.of(lastindex) : PyNone.NONE;
    }

    // CPython: Modules/_sre/sre.c match_lastgroup_get
    @Exposed.Getter("lastgroup")
    public PyObject getLastgroup() {
        PyTuple names = pattern.indexgroup;
        if (names != null && lastindex >= 0 && lastindex < names.size()) {
            return names.get(lastindex);
        }
        return PyNone.NONE;
    }

    @Exposed.Getter("regs")
    public PyObject getRegs() {
        if (regs == null) {
            PyObject[] pairs = new PyObject[groups];
            for (int i = 0; i < groups; i++) {
                pairs[i] = PyTuple.of(PyInt.of(mark[2 * i]), PyInt.of(mark[2 * i + 1]));
            }
            regs = new PyTuple(pairs);
        }
        return regs;
    }

    // CPython: Modules/_sre/sre.c match_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String text = Ops.repr(groupText(0, PyNone.NONE)).value();
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + mark[0] + ", " + mark[1] + "), match=" + text
                + ">";
    }
}
