"""Meetings and minutes (会议纪要): types, meetings, minutes, action items and their tracking."""
