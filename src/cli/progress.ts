// Live progress for long runs. A TTY gets one line redrawn in place; logs (CI) get a
// plain line every few seconds so they stay readable and small.
import type { GateProgress } from '../gate.js';
import { fmtUsd } from '../report/format.js';
import { fmtDuration } from './format.js';

export interface ProgressSink {
  update(progress: GateProgress): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, options: { intervalMs?: number; now?: () => number } = {}): ProgressSink {
  const tty = stream.isTTY === true;
  const intervalMs = options.intervalMs ?? (tty ? 100 : 5000);
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let latest: GateProgress | undefined;
  let drawn = false;

  const line = (p: GateProgress): string => {
    const eta = p.done > 0 && p.done < p.total ? ` · ETA ${fmtDuration((p.elapsedMs / p.done) * (p.total - p.done))}` : '';
    return `llm-gate: ${p.done}/${p.total} calls · ${fmtUsd(p.spentUsd)} spent${eta}`;
  };
  return {
    update(progress) {
      latest = progress;
      const t = now();
      if (t - last < intervalMs && progress.done < progress.total) return;
      last = t;
      if (tty) {
        stream.write(`\r\x1b[2K${line(progress)}`);
        drawn = true;
      } else {
        stream.write(`${line(progress)}\n`);
      }
    },
    done() {
      if (tty && drawn && latest) stream.write(`\r\x1b[2K${line(latest)}\n`);
    },
  };
}
