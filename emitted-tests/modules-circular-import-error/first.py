print("first starts")
from second import helper
value = 1
