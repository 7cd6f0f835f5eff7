"""The widgets of the internal customer map page (内部客户地图)."""
