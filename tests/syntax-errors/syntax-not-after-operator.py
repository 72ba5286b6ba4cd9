x = a == not b
