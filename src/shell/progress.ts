// Live progress for long runs, shared by the CLI and the Action. A TTY gets one line redrawn
// in place; logs (CI) get a plain line every few seconds so they stay readable and small.
import type { GateProgress } from '../gate.js';
import { fmtUsd } from '../report/format.js';

export interface ProgressSink {
  update(progress: GateProgress): void;
  done(): void;
}

/** `42s`, `3m07s`: an ETA needs no more precision than that. */
export function fmtDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export function progressLine(p: GateProgress): string {
  const eta = p.done > 0 && p.done < p.total ? ` · ETA ${fmtDuration((p.elapsedMs / p.done) * (p.total - p.done))}` : '';
  return `llm-gate: ${p.done}/${p.total} calls · ${fmtUsd(p.spentUsd)} spent${eta}`;
}

export function createProgress(stream: NodeJS.WriteStream, options: { intervalMs?: number; now?: () => number } = {}): ProgressSink {
  const tty = stream.isTTY === true;
  const intervalMs = options.intervalMs ?? (tty ? 100 : 5000);
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let latest: GateProgress | undefined;
  let drawn = false;

  return {
    update(progress) {
      latest = progress;
      const t = now();
      if (t - last < intervalMs && progress.done < progress.total) return;
      last = t;
      if (tty) {
        stream.write(`\r\x1b[2K${progressLine(progress)}`);
        drawn = true;
      } else {
        stream.write(`${progressLine(progress)}\n`);
      }
    },
    done() {
      if (tty && drawn && latest) stream.write(`\r\x1b[2K${progressLine(latest)}\n`);
    },
  };
}
