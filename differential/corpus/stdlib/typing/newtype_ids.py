# NewType as programs use it for typed ids: calling one returns its argument unchanged (the
# _typing accelerator's _idfunc), and the type keeps its name for repr and introspection.
from typing import NewType

import _typing

UserId = NewType('UserId', int)
OrderId = NewType('OrderId', str)
uid = UserId(42)
print(uid, type(uid).__name__, uid + 1, UserId, UserId.__name__, UserId.__supertype__)
print(OrderId('A-17'), repr(OrderId), OrderId.__call__ is _typing._idfunc)
x = object()
print(_typing._idfunc(x) is x, _typing._idfunc.__name__, _typing.__doc__)
users = {UserId(1): 'ann', UserId(2): 'bob'}
print(sorted(users.items()))
for bad in [lambda: _typing._idfunc(), lambda: _typing._idfunc(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
