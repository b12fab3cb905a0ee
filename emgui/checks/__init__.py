"""Tools that check the running app: the bundle's self-test, the screenshot, and the
screen-against-render check.
"""
