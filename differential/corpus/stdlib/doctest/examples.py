# doctest on functions with examples, run programmatically with a captured report.
import doctest
import io
import re


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


def divide(a, b):
    """
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> [divide(x, 2) for x in range(4)]
    [0.0, 0.5, 1.0, 1.5]
    """
    return a / b


out = io.StringIO()
runner = doctest.DocTestRunner(verbose=False)
finder = doctest.DocTestFinder()
for fn in (add, divide):
    for test in finder.find(fn, globs={"add": add, "divide": divide}):
        runner.run(test, out=out.write)
text = re.sub(r'File ".*?", line', 'File "...", line', out.getvalue())
print(text)
print(runner.summarize(verbose=False))
print(doctest.script_from_examples(">>> x = 1\n>>> x + 1\n2\n"))
