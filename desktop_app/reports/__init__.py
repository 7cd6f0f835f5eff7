"""Printed documents (PDF) shared by the domains: the Chinese font and paragraph styles.

reportlab is imported only when a document is written, never at start-up.
"""
