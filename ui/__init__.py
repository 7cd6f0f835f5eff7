"""The Qt presentation: windows, pages, Qt models over the core, delegates, dialogs, charts."""
