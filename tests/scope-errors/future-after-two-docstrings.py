"""d"""
"""e"""
from __future__ import annotations
