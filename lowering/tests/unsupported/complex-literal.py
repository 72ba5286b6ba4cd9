# error: 2:5: unsupported: complex numbers
z = 1j
