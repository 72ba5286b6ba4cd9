"""The entry script."""
import pkg
import pkg.util as u
from pkg import helpers
from pkg.sub.deep import depth, where
import config

print(__name__, pkg.__name__, u.__name__, helpers.__name__)
print(pkg.util.twice(21), helpers.shout("hi"), depth())
print(where())
config.level = 5
print(config.get_level())
import sys
print(sorted(k for k in sys.modules if k.startswith(("pkg", "config"))))
print(pkg.__package__, u.__package__, config.__package__, __package__)
print(u.__file__.endswith("pkg/util.py"), pkg.__doc__)


def late():
    import config as c2
    return c2.get_level()


print(late())
