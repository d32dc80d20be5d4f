#!/usr/bin/env bash
# Run the README's two commands on a clean clone of this repository, in a fresh minimal root
# of Debian 12 or Ubuntu 24.04, as a new user's machine would. Needs root (debootstrap and
# chroot); installs debootstrap when missing.
#
#   scripts/fresh-machine.sh                       # Debian 12: make test, then make run
#   scripts/fresh-machine.sh --distro ubuntu2404   # the same on Ubuntu 24.04
#   scripts/fresh-machine.sh --bundle DIST.tar.gz  # the laptop bundle with only the listed libraries
#   scripts/fresh-machine.sh --cmd 'make lint'     # any command in the clone instead
#   ... --log FILE                                 # where the run's output goes
#
# The base root (what a developer's desktop has before reading the README: python3 with
# venv, make, git) is made once and kept under $FRESH_HOME; every run starts from a copy of
# it. The host's CA bundle and pip configuration are copied in, so the registries answer as
# they do on the host. The clone holds what is committed (HEAD), not uncommitted work.
set -euo pipefail

# All in one function, read whole before it runs: editing this file during a run is safe.
main() {

  distro=debian12
  cmd=""
  bundle=""
  log=""
  project=$(cd "$(dirname "$0")/.." && pwd)
  while [ $# -gt 0 ]; do
    case "$1" in
      --distro) distro=$2; shift 2 ;;
      --cmd) cmd=$2; shift 2 ;;
      --bundle) bundle=$(readlink -f "$2"); shift 2 ;;
      --log) log=$(readlink -f "$2"); shift 2 ;;
      -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
      *) echo "fresh-machine: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
  done
  [ "$(id -u)" -eq 0 ] || { echo "fresh-machine: needs root (debootstrap, chroot)" >&2; exit 2; }

  case "$distro" in
    debian12) suite=bookworm; mirror=http://deb.debian.org/debian; script=bookworm ;;
    ubuntu2404) suite=noble; mirror=http://archive.ubuntu.com/ubuntu; script=gutsy ;;
    *) echo "fresh-machine: --distro is debian12 or ubuntu2404" >&2; exit 2 ;;
  esac

  FRESH_HOME=${FRESH_HOME:-/var/tmp/kadesk-fresh}
  base=$FRESH_HOME/$distro-base
  mkdir -p "$FRESH_HOME"
  log=${log:-$FRESH_HOME/$distro-run.log}

  if ! command -v debootstrap >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi

  in_root() {  # in_root DIR COMMAND: a login shell in the root, with a clean environment
    chroot "$1" env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
      bash -lc "$2"
  }

  mounted=()
  unmount_all() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    mounted=()
  }
  root=""
  cleanup() {
    unmount_all
    [ -n "$root" ] && rm -rf --one-file-system "$root"
  }
  trap cleanup EXIT
  mount_system() {
    for m in proc sys dev dev/pts; do
      mkdir -p "$1/$m"; mount --bind "/$m" "$1/$m"; mounted+=("$1/$m")
    done
  }
  copy_host_config() {
    cp /etc/resolv.conf "$1/etc/resolv.conf"
    mkdir -p "$1/etc/ssl/certs"
    cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/certs/ca-certificates.crt"
    [ -f /etc/pip.conf ] && cp /etc/pip.conf "$1/etc/pip.conf"
    if [ -d /etc/xdg/pip ]; then mkdir -p "$1/etc/xdg"; cp -a /etc/xdg/pip "$1/etc/xdg/"; fi
  }

  if [ ! -x "$base/usr/bin/python3" ]; then
    echo "fresh-machine: making the $distro base root (a few minutes, once)" >&2
    rm -rf "$base"; mkdir -p "$base"
    opts=(--variant=minbase)
    [ "$distro" = ubuntu2404 ] && opts+=(--no-check-gpg --components=main,universe)
    debootstrap "${opts[@]}" "$suite" "$base" "$mirror" "/usr/share/debootstrap/scripts/$script" \
      >"$FRESH_HOME/$distro-debootstrap.log" 2>&1 \
      || { echo "fresh-machine: debootstrap failed, see $FRESH_HOME/$distro-debootstrap.log" >&2; exit 2; }
    if [ "$distro" = ubuntu2404 ]; then
      printf 'deb %s %s main universe\ndeb %s %s-updates main universe\n' \
        "$mirror" "$suite" "$mirror" "$suite" >"$base/etc/apt/sources.list"
    fi
    copy_host_config "$base"
    mount_system "$base"
    in_root "$base" 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends python3 python3-venv python3-pip make git ca-certificates >/dev/null' \
      || { echo "fresh-machine: the base packages failed to install" >&2; exit 2; }
    unmount_all
  fi

  # A root of this run's own: runs may overlap (CI's installer test beside a manual run).
  root=$(mktemp -d "$FRESH_HOME/$distro-root.XXXXXX")
  cp -a "$base/." "$root/"
  copy_host_config "$root"
  mount_system "$root"

  if [ -n "$bundle" ]; then
    # The laptop bundle on a desktop-less machine with exactly the libraries its README lists:
    # install and self-test as a rep would; then take GLib away again (libglib2.0-0, on
    # Ubuntu 24.04 libglib2.0-0t64), and the self-test must name what is missing in one line.
    mkdir -p "$root/home/bundle"
    tar -xzf "$bundle" -C "$root/home/bundle"
    readme=$(ls "$root"/home/bundle/*/README.txt)
    listed=$(sed -n '/same names):$/,/^and a Chinese/{/^    /p}' "$readme" | tr -s ' \n' ' ')
    [ -n "$listed" ] || { echo "fresh-machine: no library list in $readme" >&2; exit 2; }
    selftest="su rep -c 'QT_QPA_PLATFORM=offscreen ~/.local/bin/kadesk --selftest'"
    run="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends $listed >/dev/null \
      && useradd -m rep && cd /home/bundle/kadesk-* && su rep -c ./install.sh >/dev/null \
      && $selftest && glib=\$(dpkg-query -S libglib-2.0.so.0 | head -n1 | cut -d: -f1) \
      && echo \"--- without \$glib:\" \
      && dpkg --remove --force-depends \$glib >/dev/null 2>&1 \
      && { ! $selftest; }"
  else
    git clone -q "$project" "$root/home/project"
    # make run must keep the window up: `timeout` ends it after a minute with 124.
    readme_commands='make test && { timeout 60 xvfb-run -a make run; [ $? -eq 124 ] && [ -f demo-data/kadesk.db ]; }'
    run="cd /home/project && ${cmd:-$readme_commands}"
  fi

  SECONDS=0
  set +e
  in_root "$root" "$run" >"$log" 2>&1
  rc=$?
  set -e
  echo "fresh-machine ($distro): exit $rc after ${SECONDS}s; log $log"
  tail -n 8 "$log"
  exit $rc
}

main "$@"
