import builtins

builtins.greeting = "hello from builtins"
