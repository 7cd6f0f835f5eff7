"""Rotation and stationing (轮岗与蹲点): plans, assignments, minimum staffing, their checks."""
