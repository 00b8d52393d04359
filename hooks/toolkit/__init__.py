"""Pure cores behind the project's MkDocs hooks.

Nothing in this package imports MkDocs at module level or keeps state between builds: each function
takes plain data (paths, Markdown text) and returns frozen dataclasses or strings, so it can be
unit-tested without a build.
"""
