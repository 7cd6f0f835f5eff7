"""Speed and memory measurements, run by ``make bench``; each prints rows of one table."""
