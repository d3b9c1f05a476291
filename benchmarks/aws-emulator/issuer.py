#!/usr/bin/env python3
"""A GitHub-like OIDC issuer for the aws-emulator benchmark: discovery and JWKS over HTTPS on
127.0.0.1 (leaf + intermediate from a throwaway CA), and one RS256 token with a long life.

usage: issuer.py DIR  -> writes DIR/ca.pem, DIR/token, DIR/issuer.port, DIR/thumbprint; serves
until killed.
"""
import base64, datetime, hashlib, http.server, json, os, ssl, sys, time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
import ipaddress

ISSUER = "https://token.actions.githubusercontent.com"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def cert(subject, key, issuer, issuer_key, ca):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
               .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(hours=1))
               .not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    new_key = lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_key, mid_key, leaf_key, sign_key = new_key(), new_key(), new_key(), new_key()
    root = cert("bench root", root_key, "bench root", root_key, True)
    mid = cert("bench intermediate", mid_key, "bench root", root_key, True)
    leaf = cert("127.0.0.1", leaf_key, "bench intermediate", mid_key, False)
    pem = lambda c: c.public_bytes(serialization.Encoding.PEM)
    open(f"{out}/ca.pem", "wb").write(pem(root))
    open(f"{out}/chain.pem", "wb").write(pem(leaf) + pem(mid))
    open(f"{out}/leaf.key", "wb").write(leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    open(f"{out}/thumbprint", "w").write(
        hashlib.sha1(mid.public_bytes(serialization.Encoding.DER)).hexdigest())

    numbers = sign_key.public_key().public_numbers()
    to_bytes = lambda n: n.to_bytes((n.bit_length() + 7) // 8, "big")
    jwks = json.dumps({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": "bench-1",
                                 "n": b64(to_bytes(numbers.n)), "e": b64(to_bytes(numbers.e))}]})
    discovery = json.dumps({"issuer": ISSUER, "jwks_uri": ISSUER + "/.well-known/jwks",
                            "id_token_signing_alg_values_supported": ["RS256"]})
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": "sts.amazonaws.com", "sub": "repo:acme/app:ref:refs/heads/main",
              "iat": now, "nbf": now - 5, "exp": now + 4 * 3600, "jti": "bench",
              "repository": "acme/app", "repository_owner": "acme", "ref": "refs/heads/main",
              "ref_type": "branch", "event_name": "push", "actor": "octocat",
              "workflow": "deploy", "run_id": "16055869479", "sha": "a" * 40,
              "job_workflow_ref": "acme/app/.github/workflows/deploy.yml@refs/heads/main"}
    header = {"alg": "RS256", "typ": "JWT", "kid": "bench-1"}
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    signature = sign_key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    open(f"{out}/token", "w").write(signing_input + "." + b64(signature))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = {"/.well-known/openid-configuration": discovery,
                    "/.well-known/jwks": jwks}.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write((body or "{}").encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{out}/chain.pem", f"{out}/leaf.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    open(f"{out}/issuer.port", "w").write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
