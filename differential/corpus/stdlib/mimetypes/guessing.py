# mimetypes: guessing types and extensions from file names without reading system files.
import mimetypes

db = mimetypes.MimeTypes(filenames=())
for name in ["index.html", "photo.JPG", "archive.tar.gz", "data.json", "script.py", "noext", "a.csv", "x.svgz"]:
    print(name, db.guess_type(name))
print(db.guess_extension("text/html"), sorted(db.guess_all_extensions("image/jpeg")))
db.add_type("application/x-krait", ".krt")
print(db.guess_type("prog.krt"), db.guess_type("http://example.com/a.png?x=1"))
print(mimetypes.guess_type("data:text/plain;base64,SGVsbG8="))
