import { serviceColor } from '../../lib/service-color';
import type { GraphScene } from './graph-scene';
import { nodePath } from './graph-style';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * One SVG group per node (shape and label), for graphs small enough that the browser can
 * zoom that many elements. The data attributes carry the node's index for hit testing and
 * its id and kind for tests; the pinned class is set for nodes pinned in a previous graph.
 */
export function createNodeElements(scene: GraphScene, pinned: ReadonlySet<string>): SVGGElement[] {
  return scene.nodes.map((node, i) => {
    const g = document.createElementNS(SVG_NS, 'g');
    g.classList.add('sg-node', `sg-node--${node.kind}`);
    if (pinned.has(node.id)) g.classList.add('sg-node--pinned');
    g.setAttribute('data-testid', 'graph-node');
    g.setAttribute('data-id', node.id);
    g.setAttribute('data-kind', node.kind);
    g.setAttribute('data-index', String(i));
    g.setAttribute('role', 'img');
    g.setAttribute('aria-label', `${node.kind} ${node.name}`);
    const shape = document.createElementNS(SVG_NS, 'path');
    shape.classList.add('sg-node__shape');
    shape.setAttribute('d', nodePath(node.kind, scene.radii[i]!));
    if (node.kind !== 'external') shape.style.fill = serviceColor(node.name);
    const label = document.createElementNS(SVG_NS, 'text');
    label.classList.add('sg-node__label');
    label.setAttribute('y', String(scene.radii[i]! + 3));
    label.textContent = node.name;
    g.append(shape, label);
    return g;
  });
}
