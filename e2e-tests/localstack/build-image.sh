#!/usr/bin/env bash
# Builds an image that Testcontainers' LocalStackContainer starts unchanged, for machines that
# cannot pull localstack/localstack from a registry: a Debian root filesystem (debootstrap), the
# LocalStack community release from PyPI in a venv, imported with `docker import`.
#
# Why each step is the way it is (all verified; see e2e-tests/README.md, "LocalStack"):
# - Debian trixie: LocalStack 4.14 needs Python >= 3.12 although it declares >= 3.10 (on
#   bookworm's 3.11 its first call fails with "invalid syntax (stores.py, line 193)").
# - dependencies as they were at its release (2026-02-26): newer cbor2 (6.x) and pyOpenSSL
#   (26.x) break it ("No component plugins found", "'X509' object has no attribute
#   'add_extensions'"); pip >= 26 resolves them with --uploaded-prior-to.
# - pip in the chroot uses the host's CA bundle (networks that intercept TLS).
# - 4.14.0 is the last release that starts without an auth token.
set -euo pipefail

LOCALSTACK_VERSION=4.14.0
TAG="localstack/localstack:${LOCALSTACK_VERSION}"
SUITE=trixie
MIRROR=http://deb.debian.org/debian
UPLOADED_PRIOR_TO=2026-03-01T00:00:00Z
PIP_VERSION=26.0.1
CA_BUNDLE=""
WORK_DIR=""
FORCE=false
KEEP=false

usage() {
  cat <<USAGE
Usage: $(basename "$0") [options]

Builds the Docker image ${TAG} without a container registry: debootstrap a
Debian ${SUITE} root filesystem, pip-install localstack-core[runtime]==${LOCALSTACK_VERSION}
into it with its dependencies as they were at its release, and docker import it.
Does nothing when the image already exists (unless --force). Needs root (or sudo),
debootstrap, a running Docker engine, and access to a Debian mirror and PyPI.
Takes 1 to 7 minutes (70 s on an idle 2-core machine) and 575 MB.

Options:
  --tag NAME         image name to create (default: ${TAG})
  --mirror URL       Debian mirror (default: ${MIRROR})
  --ca-bundle FILE   CA bundle for pip inside the root filesystem
                     (default: \$PIP_CERT, \$SSL_CERT_FILE or /etc/ssl/certs/ca-certificates.crt)
  --work-dir DIR     where to build the root filesystem (default: a new temporary directory)
  --keep             keep the root filesystem after importing it
  --force            build even if the image exists
  -h, --help         show this help

Example:
  e2e-tests/localstack/build-image.sh && docker image inspect ${TAG} >/dev/null
USAGE
}

log() { printf '==> [localstack image] %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --tag) TAG="${2:?--tag needs a value}"; shift 2 ;;
    --mirror) MIRROR="${2:?--mirror needs a value}"; shift 2 ;;
    --ca-bundle) CA_BUNDLE="${2:?--ca-bundle needs a value}"; shift 2 ;;
    --work-dir) WORK_DIR="${2:?--work-dir needs a value}"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --force) FORCE=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

check_prerequisites() {
  command -v docker >/dev/null 2>&1 || die "no docker client on PATH"
  docker info >/dev/null 2>&1 || die "the Docker engine does not answer (docker info)"
  as_root sh -c 'command -v debootstrap' >/dev/null 2>&1 ||
    die "debootstrap is missing (Debian: apt-get install -y debootstrap)"
  if [ -z "$CA_BUNDLE" ]; then
    for candidate in "${PIP_CERT:-}" "${SSL_CERT_FILE:-}" /etc/ssl/certs/ca-certificates.crt; do
      if [ -n "$candidate" ] && [ -f "$candidate" ]; then CA_BUNDLE="$candidate"; break; fi
    done
  fi
  [ -f "$CA_BUNDLE" ] || die "no CA bundle found; give one with --ca-bundle"
}

ROOTFS=""
MADE_WORK_DIR=false
cleanup() {
  [ -n "$ROOTFS" ] || return 0
  as_root umount "$ROOTFS/proc" 2>/dev/null || true
  if [ "$KEEP" = true ]; then
    log "root filesystem kept in $ROOTFS"
  elif [ "$MADE_WORK_DIR" = true ]; then
    as_root rm -rf "$WORK_DIR"
  else
    as_root rm -rf "$ROOTFS" "$ROOTFS.debootstrap.log"
  fi
}

in_rootfs() { # runs a command in the root filesystem with a clean environment
  as_root chroot "$ROOTFS" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PIP_CERT=/etc/ssl/certs/host-ca-bundle.pem PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_DEFAULT_TIMEOUT=180 "$@"
}

make_rootfs() {
  log "debootstrap Debian ${SUITE} into $ROOTFS (from $MIRROR)"
  as_root debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
    "$SUITE" "$ROOTFS" "$MIRROR" >"$ROOTFS.debootstrap.log" 2>&1 || {
    tail -n 20 "$ROOTFS.debootstrap.log" >&2
    die "debootstrap failed (its log's last lines above)"
  }
  as_root mount -t proc proc "$ROOTFS/proc"
  as_root cp "$CA_BUNDLE" "$ROOTFS/etc/ssl/certs/host-ca-bundle.pem"
  as_root cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
}

install_localstack() {
  local venv=/opt/code/localstack/.venv
  log "python venv at $venv ($(in_rootfs python3 --version))"
  in_rootfs python3 -m venv "$venv"
  log "pip ${PIP_VERSION} (for --uploaded-prior-to)"
  in_rootfs "$venv/bin/pip" install -q --no-cache-dir "pip==${PIP_VERSION}"
  log "localstack-core[runtime]==${LOCALSTACK_VERSION}, dependencies uploaded before ${UPLOADED_PRIOR_TO}"
  in_rootfs "$venv/bin/pip" install -q --no-cache-dir --uploaded-prior-to "$UPLOADED_PRIOR_TO" \
    "localstack-core[runtime]==${LOCALSTACK_VERSION}"
  as_root mkdir -p "$ROOTFS/usr/lib/localstack"
  printf '%s\n' "$LOCALSTACK_VERSION" | as_root tee "$ROOTFS/usr/lib/localstack/.community-version" >/dev/null
  as_root tee "$ROOTFS/usr/local/bin/docker-entrypoint.sh" >/dev/null <<'ENTRYPOINT'
#!/bin/sh
cd /opt/code/localstack && exec .venv/bin/python -m localstack.runtime.main "$@"
ENTRYPOINT
  as_root chmod 755 "$ROOTFS/usr/local/bin/docker-entrypoint.sh"
  as_root rm -f "$ROOTFS/etc/ssl/certs/host-ca-bundle.pem"
  as_root rm -rf "$ROOTFS/var/cache/apt/archives"/*.deb "$ROOTFS/var/lib/apt/lists"/*
}

import_image() {
  as_root umount "$ROOTFS/proc"
  log "docker import as $TAG"
  as_root tar -C "$ROOTFS" -cf - . | docker import \
    -c 'ENV GATEWAY_LISTEN=0.0.0.0:4566' \
    -c 'ENV PATH=/opt/code/localstack/.venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'EXPOSE 4566' \
    -c 'WORKDIR /opt/code/localstack' \
    -c 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
    - "$TAG" >/dev/null
}

main() {
  if [ "$FORCE" = false ] && docker image inspect "$TAG" >/dev/null 2>&1; then
    log "$TAG already exists (use --force to rebuild)"
    exit 0
  fi
  check_prerequisites
  local started=$SECONDS
  if [ -z "$WORK_DIR" ]; then
    WORK_DIR="$(mktemp -d "${TMPDIR:-/var/tmp}/localstack-image.XXXXXX")"
    MADE_WORK_DIR=true
  fi
  as_root mkdir -p "$WORK_DIR"
  ROOTFS="$WORK_DIR/rootfs"
  [ ! -e "$ROOTFS" ] || as_root rm -rf "$ROOTFS"
  trap cleanup EXIT
  make_rootfs
  install_localstack
  import_image
  log "built $TAG in $((SECONDS - started)) s ($(docker image inspect -f '{{.Size}}' "$TAG" | awk '{printf "%d MB", $1 / 1000000}'))"
}

main
