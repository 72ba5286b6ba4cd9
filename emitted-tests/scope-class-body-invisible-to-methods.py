"""Names bound in a class body are class attributes, not visible to methods as bare names; methods see globals."""
y = "global y"


class C:
    y = "class y"
    z = y + "!"

    def get_y(self):
        return y

    def get_class_y(self):
        return self.y, C.y, type(self).y

    def get_z(self):
        try:
            return z
        except NameError as e:
            return "NameError: " + str(e)


c = C()
print(C.z)
print(c.get_y())
print(c.get_class_y())
print(c.get_z())
c.y = "instance y"
print(c.get_class_y())
del c.y
print(c.get_class_y())
