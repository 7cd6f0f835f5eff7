"""Organisation and staff (组织与人员): units, positions, staff, position history."""
