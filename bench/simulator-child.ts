// Child process: the simulator serving two benchmark models (log-normal latency,
// median 50 ms, p95 120 ms). It reports the latencies it served when asked.
// Straight to the modules this needs, so the child loads no config code.
import { benchmarkProfile, streamingBenchmarkProfile } from '../src/simulator/presets.js';
import { startSimulator } from '../src/simulator/server.js';
import { BENCH_MODELS, type DriverMessage, type SimulatorMessage } from './protocol.js';

const send = (message: SimulatorMessage): void => {
  process.send!(message);
};

// argv[3] 'stream': the streaming benchmark's profile (a first token before the answer).
const profile = process.argv[3] === 'stream' ? streamingBenchmarkProfile : benchmarkProfile;
// --latency-scale=X (any argument after the seed): every served latency × X (the simulator's
// latencyScale), for benchmarks that need many calls fast. Absent: 1, the profile as it is.
const scaleArg = process.argv.slice(3).find((a) => a.startsWith('--latency-scale='));
const latencyScale = scaleArg === undefined ? undefined : Number(scaleArg.slice('--latency-scale='.length));
if (latencyScale !== undefined && !(Number.isFinite(latencyScale) && latencyScale > 0)) throw new Error(`--latency-scale expects a positive number, got ${scaleArg}`);
const simulator = await startSimulator({
  models: [profile(BENCH_MODELS.baseline), profile(BENCH_MODELS.candidate)],
  seed: Number(process.argv[2] ?? 1),
  ...(latencyScale === undefined ? {} : { latencyScale }),
});

process.on('message', async (message: DriverMessage) => {
  if (message.type === 'served') {
    const ok = simulator.served.filter((s) => s.status === 200);
    const firstTokens: Record<string, number[]> = {};
    for (const s of ok) if (s.firstTokenMs !== undefined) (firstTokens[s.model] ??= []).push(s.firstTokenMs);
    const arrivals = ok.flatMap((s) => (s.arrivedAt === undefined ? [] : [s.arrivedAt]));
    const ends = ok.flatMap((s) => (s.arrivedAt === undefined ? [] : [s.arrivedAt + s.latencyMs]));
    send({
      type: 'served',
      served: {
        latencies: ok.map((s) => s.latencyMs),
        calls: simulator.served.length,
        failures: simulator.served.length - ok.length,
        firstTokens,
        ...(arrivals.length > 0 ? { firstArrivalAt: Math.min(...arrivals), lastEndAt: Math.max(...ends) } : {}),
      },
    });
  } else {
    await simulator.close();
    process.disconnect?.();
  }
});

send({ type: 'ready', url: simulator.url });
