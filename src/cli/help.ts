export const HELP = `llm-gate — gate a model bump on quality per dollar and p95 latency

Usage:
  llm-gate run [--config llm-gate.yml] [--json report.json] [--markdown report.md]
               [--baseline-model MODEL] [--candidate-model MODEL] [--alternative MODEL]... [--quiet]
               [--replay] [--shard I/N] [--baseline-ref REF] [--force]
  llm-gate regrade REPORT.json [--config FILE] [--json FILE] [--markdown FILE] [--quiet] [--baseline-ref REF]
                                grades, comparison and verdict again from a report's stored
                                outputs (judge calls only)
  llm-gate merge PARTIAL.json... [--config FILE] [--json FILE] [--markdown FILE] [--quiet] [--baseline-ref REF]
                                one report on every case from the shards' partial reports
  llm-gate validate [--config llm-gate.yml] [--skip-unsupported]
                                load and check everything, print the plan (cases, calls,
                                estimated cost and time); makes no call
  llm-gate init [--baseline MODEL] [--candidate MODEL] [--force]
                                write a starter llm-gate.yml and evals/ (extraction,
                                routing, code generation)
  llm-gate import LOGFILE... --out FILE [--sample N] [--by FIELD] [--seed N] [--no-mask]
                 [--json SUMMARY] [--force]
                                production traffic (JSONL) → an eval set: deduplicated,
                                sampled N stratified by a dotted FIELD (metadata.route),
                                secrets and personal data masked
  llm-gate demo [--json FILE] [--markdown FILE] [--quiet]
                                run the real gate on examples/ against the built-in simulator
  llm-gate simulate [--config FILE] [--port N] [--seed N] [--faults JSON]
                                serve the simulated OpenAI-compatible API on 127.0.0.1
                                (default port 8787; prints {"url": ...} once listening)
  llm-gate --help | --version

run:
  -c, --config FILE           config file (default: llm-gate.yml)
      --json FILE             write the JSON report (schema llm-gate/report@1)
      --markdown FILE         write the markdown report (the same one the PR comment shows)
      --baseline-model MODEL  override models.baseline.model
      --candidate-model MODEL override models.candidate.model
      --alternative MODEL     another model to run and rank beside the candidate (repeatable;
                              adds to models.alternatives; the verdict follows the candidate)
  -q, --quiet                 do not print the markdown report to stdout
      --replay                every call from the call cache (run.cache), none sent; a
                              missing entry is an error (exit 2) naming the cases
      --shard I/N             run shard I of N (a hash-based slice of the cases) and write
                              a partial report for llm-gate merge
      --baseline-ref REF      with models.baseline: { from: base }, the git commit whose
                              candidate is the baseline (in a workflow, default: the pull
                              request's or merge queue's base commit)
      --force                 run even when nothing that affects calls changed since REF
      --skip-unsupported      drop promptfoo assertions llm-gate cannot grade honestly
                              (javascript, similar, ...) with a warning, instead of failing

  Progress goes to stderr: a live line in a terminal, a plain line every few seconds elsewhere.
  API keys are read from the environment variables named by each model's apiKeyEnv
  (default OPENAI_API_KEY).

Eval files: llm-gate's own cases, promptfoo suites (promptfooconfig.yaml, test files) and
OpenAI evals JSONL (input + ideal, or Evals API items) are told apart by name and content.

Exit codes:
  0  pass (no regression past the thresholds)
  1  regression: the candidate failed at least one check
  2  config or usage error (nothing was called)
  3  could not judge: infrastructure errors, a bad key or unknown model, or an incomplete run
  4  inconclusive: the data can neither show a regression past a threshold nor rule one out

Docs: README.md. Formulas: README.md#formulas.
`;
