# error: 2:1: unsupported: import
import sys
