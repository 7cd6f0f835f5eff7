"""The meetings page's widgets: the minutes editor, carry-over, the action tracker."""
