x = "module"
class C:
    x = "class"
    y = x
    def method(self):
        return x, y
    def uses_self(self):
        return self.x
