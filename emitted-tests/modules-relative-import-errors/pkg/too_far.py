print("too_far runs")
from ... import anything
