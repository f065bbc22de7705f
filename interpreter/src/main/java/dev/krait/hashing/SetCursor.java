package dev.krait.hashing;

/**
 * The state of a Python iterator over a set: where it is in the slot array, the size the set had
 * when iteration began (a change makes CPython raise {@code RuntimeError('Set changed size during
 * iteration')}, and keeps raising it), and how many keys remain for {@code __length_hint__}.
 * {@link #next} returns slot indices so that the object model reads the key and raises its own
 * exceptions.
 */
// CPython: Objects/setobject.c setiterobject, setiter_iternext, setiter_len
public final class SetCursor {
    /** {@link #next}: the iteration is over. */
    public static final int END = -1;
    /** {@link #next}: the set changed size; raise RuntimeError. */
    public static final int CHANGED_SIZE = -2;

    private SetTable<?> set;
    private int expectedUsed;
    private int position;
    private int remaining;

    SetCursor(SetTable<?> set) {
        this.set = set;
        this.expectedUsed = set.used;
        this.remaining = set.used;
    }

    /** A cursor at the same place, to read what is left without moving this one. */
    public SetCursor copy() {
        return new SetCursor(this);
    }

    private SetCursor(SetCursor from) {
        this.set = from.set;
        this.expectedUsed = from.expectedUsed;
        this.position = from.position;
        this.remaining = from.remaining;
    }

    /** The slot of the next key ({@link SetTable#keyAt}), {@link #END} or {@link #CHANGED_SIZE}. */
    public int next() {
        SetTable<?> s = set;
        if (s == null) {
            return END;
        }
        if (expectedUsed != s.used) {
            expectedUsed = -1; // sticky, as CPython's si_used = -1
            return CHANGED_SIZE;
        }
        int i = s.nextIndex(position);
        if (i < 0) {
            set = null;
            return END;
        }
        position = i + 1;
        remaining--;
        return i;
    }

    /** {@code __length_hint__}: keys left, or 0 once exhausted or after a size change. */
    public int lengthHint() {
        return set != null && expectedUsed == set.used ? remaining : 0;
    }
}
