"""Claimed control changes, strikes and clashes of the 2020 Karabakh war, from Arabic news.

A pure pipeline: article text in, events out. Nothing here imports Streamlit.
"""

__version__ = "0.1.0"
