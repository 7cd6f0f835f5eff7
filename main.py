"""Starts 内部客户服务体系, or runs one of its commands (``python main.py --help``)."""

from ui.launcher import main

if __name__ == "__main__":
    main()
