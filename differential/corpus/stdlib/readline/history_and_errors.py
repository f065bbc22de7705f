# readline's history list and files, its argument errors, and the completer settings, with no
# terminal (stdin and stdout are pipes here).
import os
import readline
import tempfile

calls = [
    (readline.add_history, (1,)),
    (readline.parse_and_bind, (b"x",)),
    (readline.replace_history_item, (0, 1)),
    (readline.remove_history_item, (-1,)),
    (readline.remove_history_item, (5,)),
    (readline.get_history_item, (1.0,)),
    (readline.set_completer, (1,)),
    (readline.set_startup_hook, (1,)),
    (readline.add_history, ("a\x00b",)),
    (readline.read_history_file, ("/nonexistent/history",)),
    (readline.insert_text, ("typed",)),
]
for function, args in calls:
    try:
        print(function.__name__, repr(function(*args)))
    except Exception as e:
        print(function.__name__, type(e).__name__, e)

print(readline.get_current_history_length(), readline.get_history_length())
print(repr(readline.get_completer_delims()), readline.get_begidx(), readline.get_endidx())
print(readline.get_completion_type(), repr(readline.get_line_buffer()))
print(sorted(n for n in dir(readline) if not n.startswith("__")))

readline.add_history("one")
readline.add_history("entrée 2")
readline.add_history("three")
readline.replace_history_item(1, "two")
readline.remove_history_item(0)
print([readline.get_history_item(i) for i in range(4)], readline.get_current_history_length())

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "history")
    readline.write_history_file(path)
    print(open(path, "rb").read())
    readline.clear_history()
    print(readline.get_current_history_length())
    readline.read_history_file(path)
    print(readline.get_current_history_length(), readline.get_history_item(2))
    readline.add_history("naïve")
    readline.append_history_file(1, path)
    print(open(path, "rb").read())
    readline.set_history_length(1)
    readline.write_history_file(path)
    print(open(path, "rb").read())
    readline.set_history_length(-1)

readline.set_completer_delims(" .")
print(repr(readline.get_completer_delims()))
completer = lambda text, state: None
readline.set_completer(completer)
print(readline.get_completer() is completer)
readline.set_completer()
print(readline.get_completer())
readline.set_auto_history(False)
readline.parse_and_bind("tab: complete")
print(readline.__doc__)
