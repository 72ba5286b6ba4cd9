"""Uncaught NameError about an unbound free variable in the enclosing scope."""


def outer():
    def show():
        print("payload_qz:", payload_qz)
    show_ref = show
    if False:
        payload_qz = 1
    show_ref()


outer()
