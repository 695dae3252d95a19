// A small Fruchterman–Reingold force layout: nodes repel, links pull, a weak gravity keeps loose nodes in view.
// Deterministic (nodes start on a circle in the given order), so the same graph is drawn the same way.

/**
 * Places nodes inside width × height, leaving `margin` free at the borders.
 * nodes: [{id, radius}], links: [{source, target}] by node id. Returns Map id -> {x, y}.
 */
export function forceLayout(nodes, links, width, height, { margin = 40, iterations = 300 } = {}) {
  const positions = new Map();
  const count = nodes.length;
  const centerX = width / 2;
  const centerY = height / 2;
  const startRadius = Math.min(width, height) / 2 - margin;
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(count, 1) - Math.PI / 2;
    const radius = count === 1 ? 0 : startRadius;
    positions.set(node.id, { x: centerX + radius * Math.cos(angle), y: centerY + radius * Math.sin(angle) });
  });
  if (count < 2) return positions;

  const ideal = 0.9 * Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / count);
  const pairs = links.filter((link) => link.source !== link.target && positions.has(link.source) && positions.has(link.target));
  const points = nodes.map((node) => positions.get(node.id));
  const radii = nodes.map((node) => node.radius || 0);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // Links pull in proportion to how many there are per node: in a dense graph (thousands of edges) the full pull
  // of every link squeezes all nodes into one ball, while a node's few links in a sparse graph keep their pull.
  const averageDegree = (2 * pairs.length) / count;
  const pull = Math.min(1, 3 / Math.max(averageDegree, 1));
  const gravity = averageDegree > 6 ? 0.015 : 0.03;
  let temperature = Math.min(width, height) / 8;
  const cooling = temperature / (iterations + 1);

  for (let step = 0; step < iterations; step++) {
    const shift = points.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let dx = points[i].x - points[j].x;
        let dy = points[i].y - points[j].y;
        if (dx === 0 && dy === 0) dx = 0.01 * (i - j);
        const distance = Math.max(Math.hypot(dx, dy) - radii[i] - radii[j], 1);
        const force = (ideal * ideal) / distance;
        const length = Math.hypot(dx, dy);
        shift[i].x += (dx / length) * force;
        shift[i].y += (dy / length) * force;
        shift[j].x -= (dx / length) * force;
        shift[j].y -= (dy / length) * force;
      }
    }
    for (const link of pairs) {
      const a = index.get(link.source);
      const b = index.get(link.target);
      const dx = points[a].x - points[b].x;
      const dy = points[a].y - points[b].y;
      const length = Math.max(Math.hypot(dx, dy), 0.01);
      const force = (pull * length * length) / ideal;
      shift[a].x -= (dx / length) * force;
      shift[a].y -= (dy / length) * force;
      shift[b].x += (dx / length) * force;
      shift[b].y += (dy / length) * force;
    }
    for (let i = 0; i < count; i++) {
      shift[i].x += (centerX - points[i].x) * gravity * (ideal / 10);
      shift[i].y += (centerY - points[i].y) * gravity * (ideal / 10);
      const length = Math.max(Math.hypot(shift[i].x, shift[i].y), 0.01);
      const move = Math.min(length, temperature);
      const inset = margin + radii[i];
      points[i].x = clamp(points[i].x + (shift[i].x / length) * move, inset, width - inset);
      points[i].y = clamp(points[i].y + (shift[i].y / length) * move, inset, height - inset);
    }
    temperature -= cooling;
  }
  if (count > 20) spreadToFill(points, radii, width, height, margin);
  return positions;
}

// A dense graph settles into a ball in the middle of the panel, its labels on top of each other: stretch it so
// that the middle 96% of nodes on each axis fill the panel (the few outliers beyond are held at the border).
function spreadToFill(points, radii, width, height, margin) {
  for (const [axis, size] of [["x", width], ["y", height]]) {
    const values = points.map((point) => point[axis]).sort((a, b) => a - b);
    const low = values[Math.floor(values.length * 0.02)];
    const high = values[Math.ceil(values.length * 0.98) - 1];
    if (!(high - low > 1)) continue;
    const room = size - 2 * margin;
    points.forEach((point, i) => {
      const stretched = margin + ((point[axis] - low) / (high - low)) * room;
      point[axis] = clamp(stretched, margin + radii[i], size - margin - radii[i]);
    });
  }
}

function clamp(value, low, high) {
  return low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high);
}
