// `llm-gate simulate`: serves the demo models, with the config's eval set as the answer
// key, and prints one JSON line with the URL so a parent process (the demo, e2e tests)
// can point the gate at it.
import { loadConfig, loadEvalSet } from '../config/index.js';
import { PRESET_MODELS, SIM_BASELINE, SIM_CANDIDATE, SIM_JUDGE } from './presets.js';
import { startSimulator } from './server.js';
export const DEFAULT_SIMULATOR_PORT = 8787;
/**
 * The presets, plus the config's own model ids served with the preset of their role, so
 * `simulate --config` works for any config, not only the demo's sim-* ids.
 */
export function modelsFor(config) {
    const models = new Map(PRESET_MODELS.map((m) => [m.id, m]));
    if (config) {
        const byRole = [
            [config.models.baseline.model, SIM_BASELINE],
            [config.models.candidate.model, SIM_CANDIDATE],
            [config.judge?.model, SIM_JUDGE],
        ];
        for (const [id, preset] of byRole)
            if (id !== undefined && !models.has(id))
                models.set(id, { ...preset, id });
    }
    return [...models.values()];
}
export async function simulateCommand(opts) {
    const cwd = opts.cwd ?? process.cwd();
    let config;
    let cases = [];
    if (opts.config !== undefined) {
        config = await loadConfig(opts.config, { cwd, env: opts.env ?? {} });
        cases = (await loadEvalSet(config, { cwd, env: opts.env ?? {} })).cases;
    }
    const models = modelsFor(config);
    const seed = opts.seed ?? 1;
    const simulator = await startSimulator({
        port: opts.port ?? DEFAULT_SIMULATOR_PORT,
        models,
        cases,
        seed,
        faults: opts.faults,
        latencyScale: opts.latencyScale,
    });
    opts.out(JSON.stringify({ url: simulator.url, simulated: true, models: models.map((m) => m.id), cases: cases.length, seed }));
    return simulator;
}
