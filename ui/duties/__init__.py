"""The duty boundaries page's parts: the responsibility matrix grid, its findings and changes."""
