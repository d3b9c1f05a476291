#!/usr/bin/env python3
"""Write a docker-archive tar (the `docker save` layout skopeo reads as docker-archive:FILE)
holding one image of one uncompressed layer: a tar with a single file of SIZE_MIB MiB of
random bytes. No Docker needed; the layer is streamed (hashed as it is written), so the
only disk used is the archive itself (SIZE_MIB MiB + a few KiB).

    make-archive.py OUT.tar SIZE_MIB [REPO_TAG]

Prints the layer's diff_id (sha256 of the layer tar) on stdout.
"""
import hashlib
import io
import json
import os
import sys
import tarfile
import time

MIB = 1 << 20
BLOCK = 512


class LayerStream(io.RawIOBase):
    """The layer tar's bytes, generated on read: header, SIZE random bytes, end-of-archive."""

    def __init__(self, size_bytes):
        info = tarfile.TarInfo("random.bin")
        info.size = size_bytes
        info.mode = 0o644
        info.mtime = int(time.time())
        self.header = info.tobuf(format=tarfile.USTAR_FORMAT)
        self.remaining_data = size_bytes
        pad = (-size_bytes) % BLOCK
        self.trailer = b"\0" * (pad + 2 * BLOCK)
        self.total = len(self.header) + size_bytes + len(self.trailer)
        self.sha = hashlib.sha256()
        self.stage = 0  # 0 header, 1 data, 2 trailer, 3 done
        self.pending = b""

    def readable(self):
        return True

    def _chunk(self, n):
        if self.stage == 0:
            self.stage = 1
            return self.header
        if self.stage == 1:
            k = min(n, self.remaining_data, 4 * MIB)
            if k == 0:
                self.stage = 2
                return b""
            self.remaining_data -= k
            return os.urandom(k)
        if self.stage == 2:
            self.stage = 3
            return self.trailer
        return None

    def read(self, n=-1):
        # exactly n bytes unless at the end: tarfile.copyfileobj treats a short read as EOF
        if n is None or n < 0:
            n = self.total
        parts, have = [], 0
        while have < n:
            if self.pending:
                c, self.pending = self.pending, b""
            else:
                c = self._chunk(n - have)
                if c is None:
                    break
            if have + len(c) > n:
                c, self.pending = c[: n - have], c[n - have:]
            parts.append(c)
            have += len(c)
        out = b"".join(parts)
        self.sha.update(out)
        return out


def add_bytes(tar, name, data, mtime):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    info.mtime = mtime
    tar.addfile(info, io.BytesIO(data))


def main():
    if len(sys.argv) < 3 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    out, size_mib = sys.argv[1], int(sys.argv[2])
    repo_tag = sys.argv[3] if len(sys.argv) > 3 else "bench/layer:latest"
    now = int(time.time())
    layer = LayerStream(size_mib * MIB)
    tmp_name = "layer"
    with tarfile.open(out + ".part", "w", format=tarfile.USTAR_FORMAT) as tar:
        # the layer's directory name must be known before its hash is: docker-archive readers
        # only need manifest.json's paths to match, so the layer lives under a fixed name.
        info = tarfile.TarInfo(tmp_name + "/layer.tar")
        info.size = layer.total
        info.mode = 0o644
        info.mtime = now
        tar.addfile(info, layer)
        diff_id = "sha256:" + layer.sha.hexdigest()
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
        config = json.dumps({
            "architecture": "amd64",
            "os": "linux",
            "created": created,
            "config": {"Env": ["PATH=/bin"]},
            "rootfs": {"type": "layers", "diff_ids": [diff_id]},
            "history": [{"created": created, "created_by": "make-archive.py %d MiB random" % size_mib}],
        }, separators=(",", ":")).encode()
        config_name = hashlib.sha256(config).hexdigest() + ".json"
        add_bytes(tar, config_name, config, now)
        manifest = json.dumps([{
            "Config": config_name,
            "RepoTags": [repo_tag],
            "Layers": [tmp_name + "/layer.tar"],
        }]).encode()
        add_bytes(tar, "manifest.json", manifest, now)
    os.replace(out + ".part", out)
    print(diff_id)


if __name__ == "__main__":
    main()
