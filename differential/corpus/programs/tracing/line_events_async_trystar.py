# Line events of async for and try/except*: an async for reports its header's line each time
# the body ends and __anext__ is awaited again; except* tests every clause (evaluating its
# type even when nothing is left to match), and when the statement ends its function, the
# implicit return takes the last clause's line with a line event of its own.
import asyncio
import sys


async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2


async def async_loop():
    async for x in agen():
        print(x)


def t(x):
    print("clause type", x.__name__)
    return x


def star_then_more():
    try:
        raise KeyError
    except* Exception as e:
        x = 1
    try:
        raise KeyError
    except* t(KeyError):
        x = 1
    except* t(ValueError):
        x = 2
    y = 2


def star_at_end():
    try:
        raise KeyError
    except* Exception as e:
        x = 1


def star_two_at_end():
    try:
        raise ExceptionGroup("", [KeyError(), ValueError()])
    except* KeyError as e:
        x = 1
    except* ValueError as e:
        x = 1


def star_else_at_end():
    try:
        raise KeyError
    except* KeyError as e:
        x = 1
    else:
        y = 1


def star_in_if_at_end(a):
    if a:
        try:
            raise KeyError
        except* KeyError as e:
            x = 1


CODES = {f.__code__ for f in (agen, async_loop, star_then_more, star_at_end, star_two_at_end,
                              star_else_at_end, star_in_if_at_end)}


def tracer(frame, event, arg):
    code = frame.f_code
    if code in CODES:
        shown = arg[0].__name__ if event == "exception" else ""
        print(code.co_name, event, frame.f_lineno - code.co_firstlineno, shown)
    return tracer


loop = asyncio.new_event_loop()
sys.settrace(tracer)
loop.run_until_complete(async_loop())
star_then_more()
star_at_end()
star_two_at_end()
star_else_at_end()
star_in_if_at_end(1)
sys.settrace(None)
loop.close()
