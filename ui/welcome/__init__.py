"""The first start's welcome page."""
