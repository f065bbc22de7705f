# logging to a StringIO: levels, formatters, handlers, filters, loggers' hierarchy, exceptions.
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.WARNING)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
app.info("not shown")
app.warning("disk at %d%%", 91)
db.debug("query %s took %.1f ms", "SELECT 1", 2.345)
db.error("connection lost", extra={"user": "ann"})
print(db.getEffectiveLevel(), app.getEffectiveLevel(), db.parent is app, app.parent is root)
print(logging.getLevelName(logging.ERROR), logging.getLevelName(25), logging.getLevelName("INFO"))


class OnlyDb(logging.Filter):
    def filter(self, record):
        return record.name.startswith("app.db")


handler.addFilter(OnlyDb())
app.error("filtered out")
db.critical("kept")
handler.removeFilter(handler.filters[0])
try:
    1 / 0
except ZeroDivisionError:
    app.exception("failed")
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level")
adapter = logging.LoggerAdapter(app, {"ctx": 1})
adapter.warning("through adapter")
fmt = logging.Formatter("{levelname}|{name}|{message}", style="{")
handler.setFormatter(fmt)
app.warning("brace style %s", "ok")
handler.setFormatter(logging.Formatter("$levelname/$message", style="$"))
app.error("dollar style")
out = stream.getvalue()
lines = out.splitlines()
for line in lines:
    if line.startswith('  File "'):
        line = '  File "..."' + line[line.index('", line'):]
    print(line)
record = logging.LogRecord("n", logging.INFO, "p.py", 10, "m %s", ("a",), None)
print(record.getMessage(), record.levelname, record.lineno)
logging.disable(logging.CRITICAL)
app.critical("disabled")
logging.disable(logging.NOTSET)
print(stream.getvalue().count("\n"), logging.root.manager.loggerDict.keys() >= {"app", "app.db"})
