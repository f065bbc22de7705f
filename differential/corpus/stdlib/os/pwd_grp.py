# pwd and grp: the user and group databases, entries as struct sequences, KeyErrors.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name, len(root))
print(type(root).__name__, pwd.struct_passwd.n_fields)
print(pwd.getpwnam(root.pw_name) == root)
print(root in pwd.getpwall())
group = grp.getgrgid(0)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group))
print(grp.getgrnam(group.gr_name) == group, group in grp.getgrall())
for call, arg in [(pwd.getpwuid, 4000000), (pwd.getpwnam, "no such user here"),
                  (grp.getgrgid, 4000000), (grp.getgrnam, "no such group here"),
                  (pwd.getpwuid, 2**40)]:
    try:
        call(arg)
    except KeyError as e:
        print(repr(e))
for call, arg in [(pwd.getpwnam, 5), (pwd.getpwuid, "0"), (grp.getgrnam, b"root")]:
    try:
        call(arg)
    except TypeError as e:
        print(type(e).__name__, e)
