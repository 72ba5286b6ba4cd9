"""A function declares a global that was never assigned anywhere: reading it raises NameError (uncaught)."""


def reader():
    global never_assigned_anywhere
    return never_assigned_anywhere + 1


print("calling reader")
reader()
