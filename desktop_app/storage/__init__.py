"""Storage: the SQLite file, its connections, migrations, backups and integrity checks."""
