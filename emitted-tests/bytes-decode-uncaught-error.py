"""Uncaught UnicodeDecodeError from decoding invalid UTF-8 (CPython's message and exception arguments)."""
try:
    b"\xe6\x97".decode()
except UnicodeDecodeError as e:
    print(repr(e), e.args)
packet = b"GET /caf\xe9 HTTP/1.1"
print(packet.split()[0], packet.decode("latin-1"))
print(packet.decode("utf-8"))
