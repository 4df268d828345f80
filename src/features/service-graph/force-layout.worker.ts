/// <reference lib="webworker" />
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { ForceIn, ForceStart, ForceTick } from './force-messages';

// The force simulation runs here so a large graph's hundreds of ticks never block the page:
// positions are posted back every few ticks (at most ~20 times a second) and when it cools.

interface SimNode extends SimulationNodeDatum {
  readonly r: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const POST_EVERY_MS = 50;

let nodes: SimNode[] = [];
let simulation: ReturnType<typeof forceSimulation<SimNode>> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let ticks = 0;
let run = 0;

function post(done: boolean): void {
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    positions[i * 2] = n.x ?? 0;
    positions[i * 2 + 1] = n.y ?? 0;
  });
  const message: ForceTick = { type: 'tick', run, positions, done, ticks };
  scope.postMessage(message, [positions.buffer]);
}

/** Ticks in slices of ~POST_EVERY_MS, yielding to the message queue between them (pins arrive). */
function tickAway(): void {
  if (timer !== null) clearTimeout(timer);
  const sim = simulation;
  if (!sim) return;
  const slice = () => {
    const until = performance.now() + POST_EVERY_MS;
    while (sim.alpha() > sim.alphaMin() && performance.now() < until) {
      sim.tick();
      ticks++;
    }
    const done = sim.alpha() <= sim.alphaMin();
    post(done);
    timer = done ? null : setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
}

function start(msg: ForceStart): void {
  run = msg.run;
  const n = msg.radii.length;
  nodes = Array.from({ length: n }, (_, i) => {
    const x = msg.initial[i * 2]!;
    const y = msg.initial[i * 2 + 1]!;
    return { r: msg.radii[i]!, ...(Number.isFinite(x) && Number.isFinite(y) ? { x, y } : {}) };
  });
  for (const [i, x, y] of msg.pinned) {
    const node = nodes[i];
    if (node) Object.assign(node, { x, y, fx: x, fy: y });
  }
  const links: { source: number; target: number }[] = [];
  for (let i = 0; i + 1 < msg.links.length; i += 2) links.push({ source: msg.links[i]!, target: msg.links[i + 1]! });
  const large = n > 300;
  simulation?.stop();
  ticks = 0;
  simulation = forceSimulation(nodes)
    .stop()
    .alphaDecay(large ? 0.04 : 0.0228)
    .force('link', forceLink(links).distance(large ? 40 : 90).strength(large ? 0.3 : 0.6))
    .force('charge', forceManyBody<SimNode>().strength(large ? -60 : -300).distanceMax(large ? 300 : 800).theta(0.9))
    .force('collide', forceCollide<SimNode>((d) => d.r + 6).iterations(1))
    // Weak pulls to the middle keep unconnected parts on screen.
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04));
  tickAway();
}

scope.onmessage = (event: MessageEvent<ForceIn>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'start':
      start(msg);
      break;
    case 'pin': {
      const node = nodes[msg.index];
      if (!node || !simulation) return;
      node.fx = node.x = msg.x;
      node.fy = node.y = msg.y;
      if (msg.reheat) {
        simulation.alpha(Math.max(simulation.alpha(), 0.15));
        tickAway();
      }
      break;
    }
    case 'unpin': {
      const node = nodes[msg.index];
      if (!node || !simulation) return;
      node.fx = null;
      node.fy = null;
      simulation.alpha(Math.max(simulation.alpha(), 0.3));
      tickAway();
      break;
    }
    case 'stop':
      simulation?.stop();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      break;
  }
};
