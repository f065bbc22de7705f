# compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for, async with and asynchronous
# comprehensions in the module's own code make a code object with CO_COROUTINE, whose eval() (or a
# types.FunctionType of it, called) returns a coroutine that runs the code; functions, classes and
# lambdas still may not await, and without the flag the module may not either.
import ast, asyncio, types
from textwrap import dedent
CO_COROUTINE = 0x80
async def arange(n):
    for i in range(n):
        yield i
samples = [
    'a = await asyncio.sleep(0, result=1)',
    'async for i in arange(1):\n    a = 1',
    'async with asyncio.Lock() as l:\n    a = 1',
    'a = [x async for x in arange(2)][1]',
    'a = 1 in {x async for x in arange(2)}',
    'a = {x:1 async for x in arange(1)}[0]',
    'a = [x async for x in arange(2) async for x in arange(2)][1]',
    'a = [x async for x in (x async for x in arange(5))][1]',
    'a, = [1 for x in {x async for x in arange(1)}]',
    'a = [await asyncio.sleep(0, x) async for x in arange(2)][1]',
]
for mode in ('single', 'exec'):
    for src in samples:
        try:
            compile(src, '?', mode)
            print('compiled without the flag!', src)
        except SyntaxError as e:
            pass
        co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        asyncio.run(types.FunctionType(co, g)())
        g2 = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        c = eval(co, g2)
        print(mode, bool(co.co_flags & CO_COROUTINE), g['a'], type(c).__name__, repr(c).split(' at ')[0])
        asyncio.run(c)
        print(g2['a'])
co = compile('await asyncio.sleep(0)\n1+1', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
asyncio.run(eval(co, {'asyncio': asyncio}))
co = compile('x = 1', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(co.co_flags & CO_COROUTINE, eval(co, {}))
co = compile('await asyncio.sleep(0, 5)', '?', 'eval', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(co.co_flags & CO_COROUTINE, asyncio.run(eval(co, {'asyncio': asyncio})))
for bad in ['def f():  await arange(10)\n', 'class A:\n    await x\n', 'def f():\n    async for i in x: pass\n', 'lambda: await x']:
    try:
        compile(bad, '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print('no error', bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
co = compile('await asyncio.sleep(0, 7)', '?', 'single', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
asyncio.run(eval(co, {'asyncio': asyncio}))
g = {}
types.FunctionType(compile('b = 2', '?', 'exec'), g)()
print(g['b'])
import marshal
co = compile('a = [await asyncio.sleep(0, x) for x in range(3)]', '?', 'exec',
             flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
co2 = marshal.loads(marshal.dumps(co))
g = {'asyncio': asyncio}
asyncio.run(eval(co2, g))
print(co2.co_flags & CO_COROUTINE, g['a'], co2 == co)
