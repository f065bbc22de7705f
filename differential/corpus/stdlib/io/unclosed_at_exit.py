# Files still open at exit are closed as the modules are cleared, each warned about (when
# ResourceWarning is shown) as "sys:1: ResourceWarning: unclosed file <...>": no frame runs then,
# and warnings' own formatting (with its tracemalloc hint) is gone; what was written is flushed.
import os
import tempfile
import warnings

warnings.simplefilter("always")
folder = tempfile.mkdtemp()
path = os.path.join(folder, "left-open.txt")
log = open(path, "w", encoding="utf-8")
log.write("never closed\n")
# the repr names the file; a fixed name keeps the output the same from run to run
log.buffer.raw.name = "left-open.txt"
os.remove(path)
os.rmdir(folder)
print(log)
print("end of the program")
