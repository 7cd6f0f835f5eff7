"""Starts 内部客户服务体系, or runs one of its commands (``python main.py --help``)."""

from desktop_app import cli


def main() -> None:
    import ui.launcher

    cli.main(gui=ui.launcher)


if __name__ == "__main__":
    main()
