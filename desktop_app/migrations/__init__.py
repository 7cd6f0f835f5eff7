"""The Alembic migrations that create and upgrade the schema.

HEAD names the newest revision: a database stamped with it needs nothing, and the app starts
without importing Alembic. Raise it with every new migration (a test compares it with the
scripts' head).
"""

HEAD = "0007"
