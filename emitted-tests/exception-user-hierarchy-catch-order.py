"""User exception hierarchies: the first matching except clause wins, base classes catch subclasses, tuples of classes."""


class AppError(Exception):
    pass


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds


class DiskError(AppError, OSError):
    pass


def classify(exc):
    try:
        raise exc
    except TimeoutError_ as e:
        return "timeout " + str(e.seconds)
    except NetworkError:
        return "network"
    except (DiskError, KeyError) as e:
        return "disk-or-key " + type(e).__name__
    except AppError as e:
        return "app " + str(e)
    except Exception as e:
        return "other " + type(e).__name__


for exc in [TimeoutError_(3), NetworkError(), DiskError("full"), KeyError("k"), AppError("generic"), ZeroDivisionError,
            OSError("os")]:
    print(classify(exc))
print([c.__name__ for c in DiskError.__mro__])
print(issubclass(TimeoutError_, AppError), isinstance(DiskError(), OSError), isinstance(TimeoutError_(1), OSError))
try:
    raise TimeoutError_(9)
except AppError as e:
    print(repr(e), e.args)
