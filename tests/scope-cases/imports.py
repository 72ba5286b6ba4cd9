import os
import os.path
import a.b.c as d
from x import y, z as w
from . import sibling
from .. import parent
from pkg import *
def f():
    import json
    from collections import OrderedDict as OD
    return json, OD
