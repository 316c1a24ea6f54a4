#!/usr/bin/env python3
"""Runs the shell of a pull-request job of examples/ci/ against a scratch
git repository, as the CI system would, so that the example is known to work.

    run_ci_job.py github|gitlab DIR BODY

DIR (empty or absent) gets `origin`, a repository of two commits on two
branches: main with rules/aarhus.toml (nytte's) and the shipped population,
and `change` with rules/aarhus.toml replaced by tests/data/diff/aarhus-30mdr.toml
(52 of the 2,000 people change). It is cloned into DIR/work, the change
checked out, and the job's shell run there in the order the job has it:
examples/ci/github-diff.yml's `run:` steps (those that install a package
left out; nytte is the one on PATH) with GITHUB_STEP_SUMMARY, or
examples/ci/gitlab-diff.yml's script as one shell session. BODY is the pull
request's description. The variables the CI system fills in are given the
values it would give them, the date fixed (NYTTE_ON=2025-09-01). Prints each step's
exit status; leaves the files the job wrote in DIR/work.
"""

import os
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=ci", "-c", "user.email=ci@localhost",
                    "-c", "init.defaultBranch=main", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scratch_repository(dir):
    origin = os.path.join(dir, "origin")
    os.makedirs(os.path.join(origin, "rules"))
    os.makedirs(os.path.join(origin, "examples", "population"))
    git(origin, "init", "-q")
    shutil.copy(os.path.join(ROOT, "rules", "aarhus.toml"), os.path.join(origin, "rules"))
    shutil.copy(os.path.join(ROOT, "examples", "population", "aarhus-2000.csv"),
                os.path.join(origin, "examples", "population"))
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "the rules as they are")
    git(origin, "checkout", "-q", "-b", "change")
    shutil.copy(os.path.join(ROOT, "tests", "data", "diff", "aarhus-30mdr.toml"),
                os.path.join(origin, "rules", "aarhus.toml"))
    git(origin, "commit", "-q", "-a", "-m", "3 of the last 4 years read as 30 months")
    git(origin, "checkout", "-q", "main")
    work = os.path.join(dir, "work")
    git(dir, "clone", "-q", origin, work)
    git(work, "checkout", "-q", "change")
    return work


def run(work, script, env):
    r = subprocess.run(["bash", "-e", "-c", script], cwd=work, env=env)
    return r.returncode


def main():
    kind, dir, body = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(dir, exist_ok=True)
    work = scratch_repository(dir)
    home = os.path.join(dir, "home")  # git config --global writes here, not in ours
    os.makedirs(home, exist_ok=True)
    env = {"PATH": os.environ["PATH"], "HOME": home, "LC_ALL": "C.UTF-8", "TZ": "UTC",
           "NO_COLOR": "1", "NYTTE_ON": "2025-09-01"}
    if kind == "github":
        doc = yaml.safe_load(open(os.path.join(ROOT, "examples", "ci", "github-diff.yml")))
        # What GitHub fills in for ${{ ... }}.
        filled = {"POPULATION": "examples/population/aarhus-2000.csv", "NYTTE_RULES_PATH": "rules",
                  "BASE": "main", "BODY": body}
        env["GITHUB_STEP_SUMMARY"] = os.path.join(dir, "summary.md")
        for step in doc["jobs"]["diff"]["steps"]:
            if "run" not in step or "apt-get" in step["run"]:
                continue
            step_env = dict(env)
            for name in list(doc.get("env", {})) + list(step.get("env", {})):
                if name in filled:
                    step_env[name] = filled[name]
            status = run(work, step["run"], step_env)
            print(f"step '{step['name']}': exit {status}", flush=True)
            if status != 0:
                return
    else:
        doc = yaml.safe_load(open(os.path.join(ROOT, "examples", "ci", "gitlab-diff.yml")))
        job = doc["nytte-diff"]
        job_env = dict(env)
        job_env.update({k: str(v) for k, v in job["variables"].items()})
        job_env["NYTTE_ON"] = env["NYTTE_ON"]
        job_env["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = "main"
        job_env["CI_MERGE_REQUEST_DESCRIPTION"] = body
        status = run(work, "\n".join(job["script"]), job_env)
        print(f"script: exit {status}", flush=True)


if __name__ == "__main__":
    main()
