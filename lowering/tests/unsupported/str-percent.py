# error: 3:7: unsupported: '%' formatting of str
n = 3
print("%d items" % n)
