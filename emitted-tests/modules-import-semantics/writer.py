import sys
sys.modules['__main__'].shared = "written by writer"
