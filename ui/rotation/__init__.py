"""The rotation and stationing page's widgets: plans, assignments, findings, the timeline."""
