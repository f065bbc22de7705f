# A program translated with gettext: a compiled .mo catalogue written to a temporary
# directory, looked up through the C library functions and through the gettext module.
import gettext
import locale
import os
import struct
import tempfile

def write_mo(path, messages):
    keys = sorted(messages)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(messages[k].encode() + b"\0" for k in keys)
    n = len(keys)
    header = 7 * 4
    table = header + n * 16
    offsets_ids, offsets_strs, pos = [], [], 0
    for k in keys:
        offsets_ids.append((len(k.encode()), table + pos))
        pos += len(k.encode()) + 1
    base = table + len(ids)
    pos = 0
    for k in keys:
        offsets_strs.append((len(messages[k].encode()), base + pos))
        pos += len(messages[k].encode()) + 1
    with open(path, "wb") as f:
        f.write(struct.pack("<7I", 0x950412de, 0, n, header, header + n * 8, 0, 0))
        for length, offset in offsets_ids + offsets_strs:
            f.write(struct.pack("<2I", length, offset))
        f.write(ids)
        f.write(strs)

with tempfile.TemporaryDirectory() as root:
    folder = os.path.join(root, "fr", "LC_MESSAGES")
    os.makedirs(folder)
    write_mo(os.path.join(folder, "demo.mo"), {
        "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
        "Hello": "Bonjour",
        "Goodbye": "Au revoir",
        "%d file\x00%d files": "%d fichier\x00%d fichiers",
    })
    t = gettext.translation("demo", localedir=root, languages=["fr"])
    print(t.gettext("Hello"), t.gettext("Goodbye"), t.gettext("Missing"))
    for n in (0, 1, 2, 5):
        print(t.ngettext("%d file", "%d files", n) % n)
    print(t.info()["content-type"], t.charset())
    # The C library's own catalogue functions; in the C locale they do not translate.
    print(locale.bindtextdomain("demo", root) == root)
    print(locale.textdomain("demo"), locale.gettext("Hello"), locale.dgettext("demo", "Hello"),
          locale.dcgettext("demo", "Goodbye", locale.LC_MESSAGES))
    print(locale.bind_textdomain_codeset("demo", "UTF-8"), locale.textdomain("messages"))
    gettext.bindtextdomain("demo", root)
    gettext.textdomain("demo")
    print(gettext.gettext("Hello"), gettext.dgettext("demo", "Goodbye"))
    _ = t.gettext
    print(_("Hello") + ", monde")
