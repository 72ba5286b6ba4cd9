# error: 3:7: unsupported: method 'format_map'
s = "hello {x}"
print(s.format_map({"x": 1}))
