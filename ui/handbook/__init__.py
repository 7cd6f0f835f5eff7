"""The handbook page's pieces: options, PDF preview, printing, the editions list."""
