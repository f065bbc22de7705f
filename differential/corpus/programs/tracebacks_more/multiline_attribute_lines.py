# An attribute or method call written over several lines: the traceback names the line of the
# attribute's name and draws the carets under it (CPython 3.11 moves the start of the
# operation to the name), in traceback.print_exc and in the uncaught exception's report.
import traceback


class Query:
    def where(self, **kw):
        return self

    def order_by(self, key):
        raise KeyError(key)


def method_on_next_line():
    (None
        .method
    )()


def dot_then_name():
    (None.
        method
    )()


def spaced_dot():
    x = (None
        . method)


def fluent_chain():
    return (Query()
            .where(active=True)
            .order_by("name"))


def store_and_delete():
    obj = object()
    (obj
        .attr) = 1


def delete_attribute():
    obj = object()
    del (obj
        .attr)


for f in (method_on_next_line, dot_then_name, spaced_dot, fluent_chain, store_and_delete,
          delete_attribute):
    try:
        f()
    except Exception:
        traceback.print_exc()

fluent_chain()
