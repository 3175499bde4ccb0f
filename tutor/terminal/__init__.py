"""The front ends a person uses: the command line, the interactive REPL, line
mode for scripts, and how a reply is drawn on a terminal.

The highest room: it may import anything; nothing imports it (but __main__).
"""
