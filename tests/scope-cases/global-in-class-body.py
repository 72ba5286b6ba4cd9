class C:
    global counter
    counter = 0
    def bump(self):
        global counter
        counter += 1
    def read(self):
        return counter
