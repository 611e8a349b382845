// Child process: the simulator serving two benchmark models (log-normal latency,
// median 50 ms, p95 120 ms). It reports the latencies it served when asked.
// Straight to the modules this needs, so the child loads no config code.
import { benchmarkProfile } from '../src/simulator/presets.js';
import { startSimulator } from '../src/simulator/server.js';
import { BENCH_MODELS, type DriverMessage, type SimulatorMessage } from './protocol.js';

const send = (message: SimulatorMessage): void => {
  process.send!(message);
};

const simulator = await startSimulator({
  models: [benchmarkProfile(BENCH_MODELS.baseline), benchmarkProfile(BENCH_MODELS.candidate)],
  seed: Number(process.argv[2] ?? 1),
});

process.on('message', async (message: DriverMessage) => {
  if (message.type === 'served') {
    const ok = simulator.served.filter((s) => s.status === 200);
    send({
      type: 'served',
      served: { latencies: ok.map((s) => s.latencyMs), calls: simulator.served.length, failures: simulator.served.length - ok.length },
    });
  } else {
    await simulator.close();
    process.disconnect?.();
  }
});

send({ type: 'ready', url: simulator.url });
