# The shadow password database (this corpus runs as root): root's entry and the errors.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import spwd
print([str(w.message) for w in caught])

entry = spwd.getspnam("root")
print(type(entry).__name__, len(entry), entry.sp_namp, entry.sp_nam == entry.sp_namp)
print(all(isinstance(x, int) for x in entry[2:]), entry[:] == tuple(entry)[:9])
names = [e.sp_namp for e in spwd.getspall()]
print("root" in names, len(names) == len(set(names)))
print(spwd.struct_spwd.n_fields, spwd.struct_spwd.n_sequence_fields)
for bad in ["no-such-user", 1, "a\0b", "\udc80"]:
    try:
        spwd.getspnam(bad)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
