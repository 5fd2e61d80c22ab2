"""Render the Helm chart with the real Helm engine and check what it renders (`make infra-check`).

Runs in the tool environment (.venv-tools): `helm-python-sdk` binds Helm's own Go SDK (v4), so
this is `helm lint --strict` and `helm template`, not an imitation. Each value set below is
rendered, every manifest is validated by `kubernetes-validate` against the newest Kubernetes
schemas it ships (offline) and the oldest version the chart supports, and the rules the issue
asked for are asserted on the result. The rendered manifests land in build/infra/ for checkov.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kubernetes_validate
import yaml
from helm_python import Chart, lint

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "infra" / "helm" / "unspoken"
OUT = ROOT / "build" / "infra" / "rendered"
OLDEST = "1.27.0"  # Chart.yaml kubeVersion
CRDS = {("keda.sh/v1alpha1", "ScaledObject")}  # not in the Kubernetes schemas
SECRET = {"existingSecret": "unspoken-secrets"}

VALUE_SETS: dict[str, dict[str, Any]] = {
    "default": SECRET,
    "managed-example": yaml.safe_load((CHART / "values-managed.example.yaml").read_text()),
    "no-autoscaling": {**SECRET, "api": {"autoscaling": {"enabled": False}},
                       "worker": {"autoscaling": {"enabled": False}},
                       "ingress": {"enabled": False}, "networkPolicy": {"enabled": False},
                       "uploads": {"existingClaim": "shared-uploads"}},
}
MUST_FAIL: dict[str, dict[str, Any]] = {
    "no existing Secret": {},
    "image tag latest": {**SECRET, "image": {"repository": "r/unspoken", "tag": "latest"}},
    "unknown top-level key": {**SECRET, "replicaCount": 3},
}

problems: list[str] = []


def fail(where: str, what: str) -> None:
    problems.append(f"{where}: {what}")


def docs(rendered: dict[str, str]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, text in sorted(rendered.items()):
        if not path.endswith((".yaml", ".yml")):
            continue
        for doc in yaml.safe_load_all(text):
            if doc:
                yield path, doc


def pod_spec(doc: dict[str, Any]) -> dict[str, Any] | None:
    spec = doc.get("spec", {})
    template = spec.get("template") or spec.get("jobTemplate", {}).get("spec", {}).get("template")
    return template.get("spec") if template else None


def check_pod(where: str, kind: str, name: str, spec: dict[str, Any]) -> None:
    psc = spec.get("securityContext", {})
    if not (psc.get("runAsNonRoot") and psc.get("runAsUser", 0) > 0 and psc.get("fsGroup")):
        fail(where, f"{kind} {name}: pod must run as non-root with an fsGroup")
    if spec.get("automountServiceAccountToken") is not False:
        fail(where, f"{kind} {name}: no service account token is needed")
    for c in spec.get("containers", []):
        sc = c.get("securityContext", {})
        if not (sc.get("readOnlyRootFilesystem") and sc.get("allowPrivilegeEscalation") is False
                and sc.get("capabilities", {}).get("drop") == ["ALL"]):
            fail(where, f"{kind} {name}/{c['name']}: read-only root, no escalation, drop ALL")
        image = c.get("image", "")
        if image.endswith(":latest") or (":" not in image.rsplit("/", 1)[-1] and "@" not in image):
            fail(where, f"{kind} {name}/{c['name']}: image {image!r} is not pinned")
        if not c.get("resources", {}).get("limits", {}).get("memory"):
            fail(where, f"{kind} {name}/{c['name']}: no memory limit")
        args = c.get("args", [])
        if kind == "Deployment":
            if "serve" in args:
                probes = (c.get("readinessProbe", {}).get("httpGet", {}).get("path"),
                          c.get("livenessProbe", {}).get("httpGet", {}).get("path"))
                if probes != ("/readyz", "/healthz"):
                    fail(where, f"{name}: the API is probed on /readyz and /healthz")
                if c["livenessProbe"].get("timeoutSeconds", 1) < 3:
                    fail(where, f"{name}: a 1 s liveness timeout kills a busy API")
            else:
                cmd = c.get("livenessProbe", {}).get("exec", {}).get("command")
                if cmd != ["unspoken", "worker", "--check"]:
                    fail(where, f"{name}: a worker's liveness is its heartbeat (worker --check)")
        env = {e["name"]: e.get("value") for e in c.get("env", [])}
        if env.get("UNSPOKEN_AUTO_MIGRATE") != "false":
            fail(where, f"{kind} {name}: only the migration hook migrates")
        if not any("secretRef" in e for e in c.get("envFrom", [])):
            fail(where, f"{kind} {name}: settings come from the existing Secret")


def check_set(label: str, values: dict[str, Any]) -> None:
    with Chart.load(CHART) as chart:
        rendered = chart.render(values, name="unspoken", namespace="unspoken", is_install=True)
    out = OUT / label
    out.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, int] = {}
    for path, doc in docs(rendered):
        where = f"[{label}] {path}"
        kind, name = doc.get("kind", "?"), doc.get("metadata", {}).get("name", "?")
        kinds[kind] = kinds.get(kind, 0) + 1
        if (doc.get("apiVersion"), kind) in CRDS:
            trig = doc.get("spec", {}).get("triggers", [{}])[0]
            if trig.get("type") != "prometheus" or "unspoken_queue_ready_jobs" not in \
                    trig.get("metadata", {}).get("query", ""):
                fail(where, "the ScaledObject scales on unspoken_queue_ready_jobs")
        else:
            for version in (kubernetes_validate.latest_version(), OLDEST):
                try:
                    kubernetes_validate.validate(doc, version, strict=True)
                except kubernetes_validate.ValidationError as exc:
                    fail(where, f"{kind} {name} invalid for Kubernetes {version}: "
                                f"{exc.message} at {'.'.join(map(str, exc.path))}")
        if doc.get("metadata", {}).get("namespace") != "unspoken":
            fail(where, f"{kind} {name}: namespace not set from the release")
        spec = pod_spec(doc)
        if spec is not None:
            check_pod(where, kind, name, spec)
        if kind == "Job":
            ann = doc["metadata"].get("annotations", {})
            if ann.get("helm.sh/hook") != "pre-install,pre-upgrade" or \
                    doc["spec"].get("backoffLimit") is None or \
                    doc["spec"].get("ttlSecondsAfterFinished") is None:
                fail(where, "the migration Job is a pre-install/pre-upgrade hook with "
                            "backoffLimit and ttlSecondsAfterFinished")
        if kind == "Ingress":
            closed = {p["path"] for r in doc["spec"]["rules"] for p in r["http"]["paths"]
                      if p["backend"]["service"]["name"].endswith("-closed")}
            if not {"/metrics", "/docs", "/openapi.json"} <= closed:
                fail(where, "/metrics and /docs must not be public")
            if not doc["spec"].get("tls"):
                fail(where, "the Ingress terminates TLS")
        if kind == "Deployment" and "scheduler" in name and doc["spec"].get("replicas") != 1:
            fail(where, "the scheduler runs as exactly one replica")
        (out / f"{kind.lower()}-{name}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    for kind in ("Deployment", "Job", "PodDisruptionBudget"):
        if not kinds.get(kind):
            fail(f"[{label}]", f"nothing of kind {kind} rendered")
    print(f"  {label}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))


def main() -> int:
    report = lint(str(CHART), SECRET, strict=True, kube_version=f"v{OLDEST}")
    for m in report.get("messages", []):
        if m.get("severity", 0) >= 2:
            fail("helm lint --strict", f"{m.get('path')}: {m.get('error')}")
    for e in report.get("errors", []):
        fail("helm lint --strict", str(e))
    print(f"chart {CHART.relative_to(ROOT)}: helm lint --strict, render, kubernetes-validate "
          f"{kubernetes_validate.latest_version()} and {OLDEST} (strict)")
    for label, values in VALUE_SETS.items():
        check_set(label, values)
    for label, values in MUST_FAIL.items():
        try:
            with Chart.load(CHART) as chart:
                chart.render(values, name="unspoken", namespace="unspoken", is_install=True)
        except Exception as exc:  # the helm errors: refused, as it should be
            print(f"  refuses {label}: {str(exc).splitlines()[0][:110]}")
        else:
            fail("must fail", f"rendering with {label} succeeded")
    for p in problems:
        print("FAIL " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
