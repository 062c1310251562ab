#!/bin/sh
# Certificates for mutual TLS between Monitor's silos, and between .NET clients and the silos' gateways
# (Monitor:Tls; docs/cluster.md, "TLS"): an authority of the cluster's own, and certificates it signs,
# written as PEM files laid out as a Kubernetes TLS secret.
#
#   sh deploy/certs/make-certs.sh CA_DIR OUT_DIR [NAME]
#
# CA_DIR   ca.key and ca.crt: the authority, made on the first run and reused after, so that every
#          certificate made later is trusted by the same cluster. Keep ca.key off the silos: whoever
#          holds it can admit anyone.
# OUT_DIR  ca.crt, tls.crt and tls.key for NAME (default monitor-silo): what Monitor:Tls:CaPath,
#          CertificatePath and KeyPath name. Left as it is when OUT_DIR/tls.crt exists already.
# OWNER    (environment, optional) user:group to own OUT_DIR's files, e.g. 10001:10001, the image's
#          monitor user, when the silos read them from a volume this script wrote as root.
#
# The certificates are for both TLS server and client authentication (a silo is both) and carry no
# host name: silos reach each other at addresses that change, so peers are checked against the
# authority only. The authority is valid for 10 years, each certificate for 825 days.
set -eu

if [ $# -lt 2 ]; then
  echo "usage: $0 CA_DIR OUT_DIR [NAME]" >&2
  exit 2
fi
ca_dir=$1
out_dir=$2
name=${3:-monitor-silo}

if ! command -v openssl >/dev/null 2>&1; then
  # The compose file runs this in an Alpine image, which has no openssl command of its own.
  if command -v apk >/dev/null 2>&1; then apk add --no-cache --quiet openssl
  else echo "$0: openssl is needed" >&2; exit 1
  fi
fi

mkdir -p "$ca_dir" "$out_dir"
umask 077

if [ ! -s "$ca_dir/ca.crt" ] || [ ! -s "$ca_dir/ca.key" ]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$ca_dir/ca.key"
  openssl req -x509 -new -key "$ca_dir/ca.key" -sha256 -days 3650 -subj "/CN=Monitor cluster authority" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$ca_dir/ca.crt"
  echo "made the authority $ca_dir/ca.crt"
fi

if [ -s "$out_dir/tls.crt" ] && [ -s "$out_dir/tls.key" ]; then
  echo "kept $out_dir/tls.crt"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/tls.key"
  openssl req -new -key "$work/tls.key" -subj "/CN=$name" -out "$work/tls.csr"
  cat > "$work/extensions" <<EXTENSIONS
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EXTENSIONS
  openssl x509 -req -in "$work/tls.csr" -CA "$ca_dir/ca.crt" -CAkey "$ca_dir/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -days 825 -sha256 -extfile "$work/extensions" \
    -out "$work/tls.crt" 2>/dev/null
  mv "$work/tls.key" "$work/tls.crt" "$out_dir/"
  echo "made $out_dir/tls.crt for $name"
fi

cp "$ca_dir/ca.crt" "$out_dir/ca.crt"
chmod 600 "$out_dir/tls.key"
chmod 644 "$out_dir/tls.crt" "$out_dir/ca.crt"
if [ -n "${OWNER:-}" ]; then chown "$OWNER" "$out_dir/tls.key" "$out_dir/tls.crt" "$out_dir/ca.crt"; fi
