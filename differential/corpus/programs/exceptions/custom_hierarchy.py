class AppError(Exception):
    """Base."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Forbidden(AppError):
    pass
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"404 {e} ({e.what})"
    except Forbidden:
        return "403"
    except AppError as e:
        return f"500 {type(e).__name__}: {e}"
for exc in [NotFound("page"), Forbidden(), AppError("generic"), NotFound("user")]:
    print(handle(exc))
try:
    handle(KeyError("other"))
except KeyError as e:
    print("not handled:", e)
errors = []
for value in ["1", "x", "2", None, "3.5"]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
print(NotFound.__doc__, AppError.__doc__, issubclass(NotFound, Exception))
