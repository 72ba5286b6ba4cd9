# error: 3:7: unsupported: builtin 'eval'
# eval needs a Python compiler at run time; py2cpp compiles ahead of time.
print(eval("1 + 2"))
