#!/bin/sh
# Puts 内部客户服务体系 in the desktop's application menu: a desktop entry that starts the
# executable beside this script, and the icon. For the current user; with --system (as root)
# for everyone; --remove takes it out again. The folder must stay where it is: the entry
# points into it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
name=internal-service
case "$here" in
  *[\"\`\$\\]*) echo "install-desktop-entry: move the folder to a path without \" \` \$ or \\ first" >&2; exit 1 ;;
esac

if [ "${1:-}" = "--system" ] || [ "${2:-}" = "--system" ]; then
  apps=/usr/share/applications
  icons=/usr/share/icons/hicolor
else
  data=${XDG_DATA_HOME:-$HOME/.local/share}
  apps=$data/applications
  icons=$data/icons/hicolor
fi

if [ "${1:-}" = "--remove" ] || [ "${2:-}" = "--remove" ]; then
  rm -f "$apps/$name.desktop" "$icons/256x256/apps/$name.png" "$icons/scalable/apps/$name.svg"
  echo "removed $apps/$name.desktop"
else
  mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
  cp "$here/_internal/resources/icons/$name.png" "$icons/256x256/apps/$name.png"
  cp "$here/_internal/resources/icons/$name.svg" "$icons/scalable/apps/$name.svg"
  # Exec is quoted (the path may hold spaces); TryExec takes a plain path
  sed -e "s|^Exec=.*|Exec=\"$here/$name\"|" -e "s|^TryExec=.*|TryExec=$here/$name|" \
    "$here/$name.desktop" > "$apps/$name.desktop"
  echo "installed $apps/$name.desktop -> $here/$name"
fi

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
