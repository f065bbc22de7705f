src = [
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "return 5\n",
    "yield 1\n",
    "class C:\n    return 1\n",
    "def f(a, a):\n    pass\n",
    "def f():\n    x: int\n    global x\n",
    "break\n",
    "def f():\n    continue\n",
    "await x\n",
]
for s in src:
    try:
        compile(s, "<src>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
