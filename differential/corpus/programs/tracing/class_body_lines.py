# A class body's first 'line' event is at the code's first line (the first decorator's, for a
# decorated class), and a class docstring has a 'line' event of its own.
import sys


def deco(cls):
    return cls


def func():
    class Plain:
        x = 1

    class Documented:
        '''the docstring'''
        y = 2

    class Multiline:
        """first line
        second line"""
        def method(self):
            '''method docstring'''
            return 3

    return Multiline().method()


def decorated():
    # only the class body is traced here: Krait reports no 'line' events for a decorator
    # line inside the statement (docs/DIFFERENCES.md)
    @deco
    class Decorated:
        z = 4


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename == __file__ and code.co_name not in ('tracer', 'deco'):
        print(f'{code.co_name:>10} {frame.f_lineno - code.co_firstlineno:3} {event}')
    return None if code.co_name == 'decorated' else tracer


sys.settrace(tracer)
func()
decorated()
sys.settrace(None)
