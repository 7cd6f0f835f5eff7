"""The change history: recording every change and reading it back."""
