public = 1
_hidden = 2
also = 3
