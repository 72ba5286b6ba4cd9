# The failing shape of a circular import: `from` a module whose body has not bound the name yet.
print("main starts")
import first
