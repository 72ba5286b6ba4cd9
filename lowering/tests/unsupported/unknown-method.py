# error: 3:7: unsupported: method 'title'
s = "hello world"
print(s.title())
