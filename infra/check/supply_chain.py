"""Known vulnerabilities in what we ship (`make infra-check`): pip-audit over the locked Python
environment (uv.lock, without dev tools) and `npm audit --omit=dev` over the extension.

The rule: no known high or critical vulnerability, unless it is listed in
audit-exceptions.json with a reason and an expiry date (an expired exception fails). The
vulnerability services are remote; where one cannot be reached (this build machine reaches
package registries only), the check says so loudly and does not pass silently as "clean": it
prints how many packages were NOT audited. When the service answers, findings fail the build.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "infra"
EXCEPTIONS = json.loads((Path(__file__).parent / "audit-exceptions.json").read_text())
BLOCKING = {"high", "critical"}


def _excepted(ids: set[str], today: date) -> str | None:
    for e in EXCEPTIONS["exceptions"]:
        if e["id"] in ids:
            if date.fromisoformat(e["until"]) < today:
                return None  # expired: blocks again
            return e["reason"]
    return None


def python_audit(uv: str, today: date) -> list[str]:
    BUILD.mkdir(parents=True, exist_ok=True)
    req = BUILD / "requirements.lock.txt"
    req.write_text(subprocess.run(
        [uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--format",
         "requirements-txt", "--no-hashes", "-q"], cwd=ROOT, check=True, capture_output=True,
        text=True).stdout)
    total = sum(1 for line in req.read_text().splitlines() if "==" in line)
    out = BUILD / "pip-audit.json"
    for service in ("pypi", "osv"):
        out.unlink(missing_ok=True)
        r = subprocess.run([sys.executable, "-m", "pip_audit", "-r", str(req), "--no-deps",
                            "--disable-pip", "--progress-spinner", "off", "-s", service,
                            "-f", "json", "-o", str(out)], capture_output=True, text=True)
        if r.returncode not in (0, 1) or not out.exists():
            print(f"pip-audit ({service}): service unreachable "
                  f"({r.stderr.strip().splitlines()[-1][:120] if r.stderr.strip() else '?'})")
            continue
        deps = json.loads(out.read_text())["dependencies"]
        audited = [d for d in deps if "skip_reason" not in d]
        if not audited:
            print(f"pip-audit ({service}): the service answered for none of {total} packages")
            continue
        failures = []
        for d in audited:
            for v in d.get("vulns", []):
                ids = {v["id"], *v.get("aliases", [])}
                reason = _excepted(ids, today)
                if reason:
                    print(f"  excepted {d['name']} {d['version']} {v['id']}: {reason}")
                else:
                    failures.append(f"{d['name']} {d['version']}: {v['id']} "
                                    f"(fix: {', '.join(v.get('fix_versions', [])) or 'none'})")
        print(f"pip-audit ({service}): {len(audited)} of {total} packages audited, "
              f"{len(failures)} known vulnerabilities")
        return failures  # pip-audit reports no severities: every finding blocks
    print(f"WARNING pip-audit: NO vulnerability service reachable from here; {total} Python "
          "packages were NOT audited (run `make infra-check` where PyPI's JSON API or OSV "
          "answers)", file=sys.stderr)
    return []


def npm_audit(today: date) -> list[str]:
    r = subprocess.run(["npm", "audit", "--omit=dev", "--json"], cwd=ROOT / "extension",
                       capture_output=True, text=True)
    try:
        report = json.loads(r.stdout)
    except json.JSONDecodeError:
        report = {"error": {"summary": r.stderr.strip()[:200]}}
    if "error" in report:
        print(f"WARNING npm audit: advisory service unreachable ({report['error'].get('summary')}"
              "); the extension's packages were NOT audited", file=sys.stderr)
        return []
    failures = []
    for name, v in report.get("vulnerabilities", {}).items():
        if v.get("severity") not in BLOCKING:
            continue
        ids = {str(x.get("url", x)) if isinstance(x, dict) else str(x) for x in v.get("via", [])}
        reason = _excepted(ids | {name}, today)
        if reason:
            print(f"  excepted {name}: {reason}")
        else:
            failures.append(f"{name}: {v['severity']} ({', '.join(sorted(ids))[:160]})")
    counts = report.get("metadata", {}).get("vulnerabilities", {})
    print(f"npm audit --omit=dev: {counts.get('total', 0)} known vulnerabilities "
          f"({counts.get('high', 0)} high, {counts.get('critical', 0)} critical)")
    return failures


def main() -> int:
    today = date.today()
    failures = python_audit(sys.argv[1] if len(sys.argv) > 1 else "uv", today) + \
        npm_audit(today)
    for f in failures:
        print(f"FAIL {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
