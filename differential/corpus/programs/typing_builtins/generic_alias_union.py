# types.GenericAlias (list[int]) and types.UnionType (int | str) without the typing module
import types
for alias in [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int],
              set[bytes], frozenset[str], enumerate[str], BaseExceptionGroup[OSError],
              list["Fwd"], dict[str, None], tuple[int, "x", ...]]:
    print(repr(alias), alias.__origin__, alias.__args__, alias.__parameters__)
print(type(list[int]) is types.GenericAlias, types.GenericAlias.__module__, types.GenericAlias)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), list[int].append, list[int].__name__, list[int].__mro_entries__(()))
print(list[int].__class__, list[int].__unpacked__, [*tuple[int, str]], next(iter(tuple[int])).__unpacked__)
print(list[int].__reduce__(), (*tuple[int],)[0].__typing_unpacked_tuple_args__)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([3]))
class Sub(types.GenericAlias):
    pass
print(type(Sub(list, int)).__name__, Sub(list, int) == list[int])
for u in [int | str, int | None, None | int, str | list[int], int | str | int, (int | str) | bytes,
          list[int] | list[int], type(None) | int]:
    print(repr(u), type(u).__name__, u.__args__, u.__parameters__)
print(int | int, (int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == int)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(b"", int | str))
print(issubclass(bool, str | int), issubclass(bytes, str | None), (int | str).__module__)
print(isinstance(1, (str, int | None)), isinstance(3, int | list[int]))
print(type(int | str) is types.UnionType, types.UnionType)
for bad in [lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance([], str | list[int]), lambda: int | 3, lambda: "x" | int,
            lambda: types.UnionType(), lambda: list[int][int], lambda: (int | str)[int],
            lambda: types.GenericAlias(list), lambda: types.GenericAlias(list, int, x=1),
            lambda: isinstance(1, 1), lambda: issubclass(int, 1), lambda: int | [int]]:
    try:
        print("ok", bad())
    except TypeError as e:
        print(type(e).__name__, e)
def f(a: list[int], b: int | None = None) -> dict[str, int | None]:
    return {}
print(f.__annotations__)
print(sorted(set(dir(list[int])) - set(dir(list))))
print(type[int] | str, list[int] | None, None | list[int])
