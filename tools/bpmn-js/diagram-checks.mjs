// Checks the BPMNDI of one parsed file: every element drawn exactly once, and a layout bpmn-js draws cleanly —
// no shapes on top of each other, orthogonal edges that start and end on their shapes, cross no other shape and
// share no segment with another edge, and sequence flows that run left to right except loops back.
const EPS = 0.5;

export function checkDiagram({ defs, proc, nodes }) {
  const problems = [];
  const fail = (message) => problems.push(message);
  if (defs.diagrams?.length !== 1 || defs.diagrams[0].plane?.bpmnElement !== proc) return ['one BPMNDiagram whose plane shows the process'];

  const di = new Map();
  for (const d of defs.diagrams[0].plane.planeElement ?? []) {
    if (!d.bpmnElement) { fail(`${d.id}: bpmnElement does not resolve`); continue; }
    if (di.has(d.bpmnElement)) fail(`${d.bpmnElement.id}: drawn twice`);
    di.set(d.bpmnElement, d);
  }
  const artifacts = collectArtifacts(proc);
  const shapes = [], edges = [];
  for (const e of [...nodes.map((n) => n.e), ...artifacts]) {
    const d = di.get(e);
    const edge = e.$type === 'bpmn:SequenceFlow' || e.$type === 'bpmn:Association';
    if (!d) { fail(`${e.id}: no ${edge ? 'BPMNEdge' : 'BPMNShape'}`); continue; }
    if (edge !== (d.$type === 'bpmndi:BPMNEdge')) { fail(`${e.id}: wrong DI type ${d.$type}`); continue; }
    if (edge) edges.push({ e, pts: (d.waypoint ?? []).map((p) => [p.x, p.y]) });
    else {
      const { x, y, width: w, height: h } = d.bounds;
      shapes.push({ e, x, y, w, h, cx: x + w / 2, cy: y + h / 2 });
      if (e.$type === 'bpmn:ExclusiveGateway' && !d.isMarkerVisible) fail(`${e.id}: exclusive gateway without isMarkerVisible`);
      if (e.$type === 'bpmn:SubProcess' && !d.isExpanded) fail(`${e.id}: embedded subprocess must be drawn expanded`);
    }
  }
  const shapeOf = new Map(shapes.map((s) => [s.e, s]));
  const parentOf = new Map(nodes.map((n) => [n.e, n.scope]));
  const ancestors = (e) => { const out = []; for (let p = parentOf.get(e); p && p !== proc; p = parentOf.get(p)) out.push(p); return out; };

  for (const [i, a] of shapes.entries()) {
    for (const b of shapes.slice(i + 1)) {
      const related = ancestors(a.e).includes(b.e) || ancestors(b.e).includes(a.e) || a.e.attachedToRef === b.e || b.e.attachedToRef === a.e;
      if (!related && intersects(a, b)) fail(`${a.e.id} and ${b.e.id} overlap`);
    }
    for (const p of ancestors(a.e)) {
      const c = shapeOf.get(p);
      if (c && !(a.x >= c.x && a.y >= c.y && a.x + a.w <= c.x + c.w && a.y + a.h <= c.y + c.h)) fail(`${a.e.id} sticks out of ${p.id}`);
    }
    if (a.e.attachedToRef) {
      const h = shapeOf.get(a.e.attachedToRef);
      if (!h) { fail(`${a.e.id}: host not drawn`); continue; }
      const onX = near(a.cx, h.x) || near(a.cx, h.x + h.w), onY = near(a.cy, h.y) || near(a.cy, h.y + h.h);
      if (!((onX && a.cy >= h.y && a.cy <= h.y + h.h) || (onY && a.cx >= h.x && a.cx <= h.x + h.w))) fail(`${a.e.id} is not on the border of ${h.e.id}`);
    }
  }

  const segments = [];
  for (const { e, pts } of edges) {
    const source = shapeOf.get(e.sourceRef), target = shapeOf.get(e.targetRef);
    if (pts.length < 2 || !source || !target) { fail(`${e.id}: needs two waypoints and drawn ends`); continue; }
    if (!onBorder(pts[0], source)) fail(`${e.id}: first waypoint is not on ${source.e.id}`);
    if (!onBorder(pts.at(-1), target)) fail(`${e.id}: last waypoint is not on ${target.e.id}`);
    const mine = new Set([source, target, ...[...ancestors(source.e), ...ancestors(target.e)].map((p) => shapeOf.get(p))]);
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      if (e.$type === 'bpmn:SequenceFlow' && !near(a[0], b[0]) && !near(a[1], b[1])) fail(`${e.id}: segment ${i} is not orthogonal`);
      for (const s of shapes) if (!mine.has(s) && crosses(a, b, s)) fail(`${e.id}: crosses ${s.e.id}`);
      for (const o of segments) if (o.e !== e && sharesSegment(a, b, o.a, o.b)) fail(`${e.id} runs along ${o.e.id}`);
      segments.push({ e, a, b });
    }
  }
  for (const f of forwardFlows(nodes)) {
    const s = shapeOf.get(f.sourceRef), t = shapeOf.get(f.targetRef);
    if (s && t && t.cx < s.cx - EPS) fail(`${f.id}: runs right to left without being a loop back`);
  }
  return problems;
}

function collectArtifacts(scope) {
  return [...(scope.artifacts ?? []), ...(scope.flowElements ?? []).filter((e) => e.$type === 'bpmn:SubProcess').flatMap(collectArtifacts)];
}

const near = (a, b) => Math.abs(a - b) <= EPS;
const intersects = (a, b) => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
const onBorder = ([x, y], s) =>
  ((near(x, s.x) || near(x, s.x + s.w)) && y >= s.y - EPS && y <= s.y + s.h + EPS) ||
  ((near(y, s.y) || near(y, s.y + s.h)) && x >= s.x - EPS && x <= s.x + s.w + EPS);

// An axis-aligned segment against a shape's interior (touching the outline is fine).
function crosses([x1, y1], [x2, y2], s) {
  const [lx, hx, ly, hy] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
  return lx < s.x + s.w - 1 && hx > s.x + 1 && ly < s.y + s.h - 1 && hy > s.y + 1;
}

function sharesSegment(a, b, c, d) {
  const vertical = near(a[0], b[0]) && near(c[0], d[0]) && near(a[0], c[0]);
  const horizontal = near(a[1], b[1]) && near(c[1], d[1]) && near(a[1], c[1]);
  if (!vertical && !horizontal) return false;
  const k = vertical ? 1 : 0;
  const lo = Math.max(Math.min(a[k], b[k]), Math.min(c[k], d[k])), hi = Math.min(Math.max(a[k], b[k]), Math.max(c[k], d[k]));
  return hi - lo > 1;
}

// Sequence flows minus the back edges of a depth-first walk from every start (start and boundary events).
function forwardFlows(nodes) {
  const flows = nodes.map((n) => n.e).filter((e) => e.$type === 'bpmn:SequenceFlow');
  const back = new Set(), state = new Map();
  const visit = (node) => {
    state.set(node, 'open');
    const next = [...(node.outgoing ?? []).map((f) => [f, f.targetRef]),
      ...nodes.map((n) => n.e).filter((b) => b.attachedToRef === node).map((b) => [null, b])];
    for (const [f, t] of next.filter(([, t]) => t)) {
      if (state.get(t) === 'open') { if (f) back.add(f); } else if (!state.has(t)) visit(t);
    }
    state.set(node, 'done');
  };
  for (const { e } of nodes) if (!e.incoming?.length && e.$type !== 'bpmn:SequenceFlow' && !e.attachedToRef && !state.has(e)) visit(e);
  return flows.filter((f) => !back.has(f));
}
