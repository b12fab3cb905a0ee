"""Benchmarks that print numbers: ``python -m emgui.bench`` times the EM core;
``emgui.bench.session`` and ``emgui.bench.views`` time the session and the window.
"""
