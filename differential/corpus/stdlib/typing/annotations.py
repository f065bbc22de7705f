# typing at run time: get_type_hints, generics, Protocols, TypedDict, NamedTuple, overload.
import typing
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints,
                    runtime_checkable, cast, overload, Final, Annotated)

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Point(NamedTuple):
    x: int
    y: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


def f(a: int, b: "List[str]", c: Optional[Dict[str, int]] = None) -> Tuple[int, ...]:
    return (a,)


print(get_type_hints(f))
print(Box[int], Box[int](3).get(), Box.__parameters__, get_origin(Box[int]), get_args(Dict[str, List[int]]))
print(Point(1), Point._fields, Point._field_defaults, Point.__annotations__)
print(Movie(title="x"), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
print(isinstance(Resource(), Closable), isinstance(1, Closable))
print(Union[int, str], Union[int, int], Optional[int], Union[int, None] == Optional[int], int | str)
print(get_args(Union[int, str]), get_origin(Literal["a"]), get_args(Literal["a", 1]))
print(Callable[[int, str], bool], get_args(Callable[[int], str]), List[T][int], Annotated[int, "meta"])
print(cast(int, "x"), typing.TYPE_CHECKING, T, K.__bound__, T.__name__)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(1), typing.get_overloads(g) if hasattr(typing, "get_overloads") else [])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
print(typing.get_type_hints(Movie), List[int] == list[int], list[int], dict[str, tuple[int, ...]])
Alias = Dict[str, Any]
print(Alias, typing.Sequence[int], typing.Iterable, typing.ClassVar[int], Final[int])
print(typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
