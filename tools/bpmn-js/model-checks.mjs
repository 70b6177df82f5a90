// Static checks of one BPMN file: parsed with bpmn-moddle + the Zeebe extension schema (exactly what Camunda
// Modeler uses), then every reference, the Zeebe extensions and the subset the embedded engine executes.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';

const zeebe = JSON.parse(readFileSync(new URL('./node_modules/zeebe-bpmn-moddle/resources/zeebe.json', import.meta.url), 'utf8'));
const moddle = new BpmnModdle({ zeebe });

// What the embedded engine executes (issue #5): element type -> allowed event definitions ('none' = no definition).
const SUPPORTED = {
  'bpmn:StartEvent': ['none', 'bpmn:MessageEventDefinition', 'bpmn:TimerEventDefinition'],
  'bpmn:EndEvent': ['none', 'bpmn:ErrorEventDefinition', 'bpmn:TerminateEventDefinition', 'bpmn:CompensateEventDefinition'],
  'bpmn:IntermediateCatchEvent': ['bpmn:MessageEventDefinition', 'bpmn:TimerEventDefinition'],
  'bpmn:IntermediateThrowEvent': ['bpmn:CompensateEventDefinition'],
  'bpmn:BoundaryEvent': ['bpmn:MessageEventDefinition', 'bpmn:TimerEventDefinition', 'bpmn:ErrorEventDefinition', 'bpmn:CompensateEventDefinition'],
  'bpmn:ServiceTask': [], 'bpmn:SendTask': [], 'bpmn:UserTask': [], 'bpmn:ReceiveTask': [], 'bpmn:ScriptTask': [],
  'bpmn:ExclusiveGateway': [], 'bpmn:ParallelGateway': [], 'bpmn:EventBasedGateway': [],
  'bpmn:SubProcess': [], 'bpmn:SequenceFlow': [],
};
const JOB_TYPE = /^[a-z]+\.[a-z]+(-[a-z]+)*$/;

export async function checkModel(path) {
  const xml = readFileSync(path, 'utf8');
  const problems = [];
  const fail = (message) => problems.push(message);
  const { rootElement: defs, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  for (const w of warnings) fail(`moddle: ${w.message}`);

  if (defs.get('modeler:executionPlatform') !== 'Camunda Cloud' || defs.get('modeler:executionPlatformVersion') !== '8.8.0')
    fail('definitions must carry modeler:executionPlatform="Camunda Cloud" executionPlatformVersion="8.8.0"');
  const processes = defs.rootElements.filter((e) => e.$type === 'bpmn:Process');
  if (processes.length !== 1 || !processes[0].isExecutable) fail('expected exactly one executable process');
  const proc = processes[0];
  if (proc.id !== basename(path, '.bpmn')) fail(`process id ${proc.id} must match the file name`);

  const ids = [...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) fail(`duplicate id ${id}`);

  const scopes = [];
  const nodes = [];
  const walk = (scope) => {
    scopes.push(scope);
    for (const e of scope.flowElements ?? []) {
      nodes.push({ e, scope });
      if (e.$type === 'bpmn:SubProcess') walk(e);
    }
  };
  walk(proc);
  const roots = (type) => new Set(defs.rootElements.filter((r) => r.$type === type));
  const messages = roots('bpmn:Message'), errors = roots('bpmn:Error');

  for (const { e, scope } of nodes) {
    const where = `${e.$type.slice(5)} ${e.id}`;
    const defsOf = e.eventDefinitions ?? [];
    if (!(e.$type in SUPPORTED)) { fail(`${where}: not executed by the embedded engine`); continue; }
    const allowedDefs = SUPPORTED[e.$type];
    if (e.$type.endsWith('Event')) {
      if (defsOf.length > 1) fail(`${where}: more than one event definition`);
      const kind = defsOf[0]?.$type ?? 'none';
      if (!allowedDefs.includes(kind)) fail(`${where}: ${kind} is not supported on this element`);
    }
    checkFlowNode(e, scope, where, fail);
    for (const d of defsOf) {
      if (d.$type === 'bpmn:MessageEventDefinition') checkMessageRef(d.messageRef, e, messages, where, fail);
      if (d.$type === 'bpmn:ErrorEventDefinition' && (!errors.has(d.errorRef) || !d.errorRef.errorCode)) fail(`${where}: errorRef must name an error with an errorCode`);
      if (d.$type === 'bpmn:TimerEventDefinition') checkTimer(d, e, where, fail);
    }
    if (e.$type === 'bpmn:ReceiveTask') checkMessageRef(e.messageRef, e, messages, where, fail);
    checkExtensions(e, where, fail);
  }
  for (const scope of scopes) checkCompensation(scope, fail);
  return { problems, defs, proc, nodes };
}

function checkFlowNode(e, scope, where, fail) {
  if (e.$type === 'bpmn:SequenceFlow') {
    const { sourceRef: s, targetRef: t } = e;
    if (!s || !t) return fail(`${where}: unresolved sourceRef/targetRef`);
    if (!scope.flowElements.includes(s) || !scope.flowElements.includes(t)) fail(`${where}: source and target must be in the flow's scope`);
    if (!s.outgoing?.includes(e) || !t.incoming?.includes(e)) fail(`${where}: not listed in ${s.id}.outgoing / ${t.id}.incoming`);
    if (e.conditionExpression && !/^=/.test(e.conditionExpression.body ?? '')) fail(`${where}: condition must be a FEEL expression (=…)`);
    return;
  }
  for (const f of e.incoming ?? []) if (f.targetRef !== e) fail(`${where}: incoming ${f.id} targets ${f.targetRef?.id}`);
  for (const f of e.outgoing ?? []) if (f.sourceRef !== e) fail(`${where}: outgoing ${f.id} starts at ${f.sourceRef?.id}`);
  const incoming = e.incoming?.length ?? 0, outgoing = e.outgoing?.length ?? 0;
  const startLike = e.$type === 'bpmn:StartEvent' || e.$type === 'bpmn:BoundaryEvent' || e.isForCompensation;
  if (!startLike && incoming === 0) fail(`${where}: no incoming sequence flow`);
  if (e.$type !== 'bpmn:EndEvent' && !e.isForCompensation && outgoing === 0
    && !e.eventDefinitions?.some((d) => d.$type === 'bpmn:CompensateEventDefinition')) fail(`${where}: no outgoing sequence flow`);
  if (e.$type === 'bpmn:BoundaryEvent') {
    if (!e.attachedToRef || !scope.flowElements.includes(e.attachedToRef) || !e.attachedToRef.$instanceOf('bpmn:Activity'))
      fail(`${where}: attachedToRef must be an activity in the same scope`);
    const timer = e.eventDefinitions?.[0]?.$type === 'bpmn:TimerEventDefinition';
    if (e.cancelActivity === false && !(timer || e.eventDefinitions?.[0]?.$type === 'bpmn:MessageEventDefinition'))
      fail(`${where}: only timer and message boundary events can be non-interrupting`);
  }
  if (e.$type === 'bpmn:ExclusiveGateway' && outgoing > 1) {
    if (e.default && !e.outgoing.includes(e.default)) fail(`${where}: default flow ${e.default.id} is not outgoing`);
    for (const f of e.outgoing) {
      if (f === e.default && f.conditionExpression) fail(`${where}: default flow ${f.id} must have no condition`);
      if (f !== e.default && !f.conditionExpression) fail(`${where}: flow ${f.id} needs a condition or must be the default`);
    }
  }
  if (e.$type === 'bpmn:EventBasedGateway')
    for (const f of e.outgoing ?? []) {
      const t = f.targetRef;
      if (t.$type !== 'bpmn:IntermediateCatchEvent' || t.incoming.length !== 1) fail(`${where}: ${t.id} must be a catch event reached only from the gateway`);
    }
}

function checkMessageRef(message, e, messages, where, fail) {
  if (!messages.has(message) || !message.name) return fail(`${where}: messageRef must name a bpmn:Message with a name`);
  const subscription = message.extensionElements?.values?.find((v) => v.$type === 'zeebe:Subscription');
  // Message start events are correlated by name only (the publisher's key just deduplicates instances).
  if (e.$type === 'bpmn:StartEvent') { if (subscription?.correlationKey) fail(`${where}: a start message has no correlation key`); }
  else if (!/^=/.test(subscription?.correlationKey ?? '')) fail(`${where}: message ${message.name} needs zeebe:subscription correlationKey="=…"`);
}

function checkTimer(d, e, where, fail) {
  const set = ['timeDuration', 'timeDate', 'timeCycle'].filter((k) => d[k]?.body);
  if (set.length !== 1) return fail(`${where}: timer needs exactly one of timeDuration/timeDate/timeCycle`);
  if (set[0] === 'timeCycle' && !(e.$type === 'bpmn:StartEvent' || e.cancelActivity === false)) fail(`${where}: timeCycle only on start or non-interrupting boundary events`);
  if (set[0] === 'timeDuration' && e.$type === 'bpmn:StartEvent') fail(`${where}: a start timer takes timeDate or timeCycle`);
}

function ext(e, type) { return e.extensionElements?.values?.filter((v) => v.$type === type) ?? []; }

function checkExtensions(e, where, fail) {
  for (const v of e.extensionElements?.values ?? []) {
    const allowed = moddle.getTypeDescriptor(v.$type).meta?.allowedIn;
    if (allowed && !allowed.some((t) => e.$instanceOf(t))) fail(`${where}: ${v.$type} is not allowed here`);
    if (v.$type === 'zeebe:IoMapping') {
      for (const p of v.inputParameters ?? []) if (!e.$instanceOf('bpmn:Activity')) fail(`${where}: input ${p.target} only on activities`);
      for (const p of [...(v.inputParameters ?? []), ...(v.outputParameters ?? [])]) if (!p.target) fail(`${where}: mapping without target`);
    }
  }
  const taskDef = ext(e, 'zeebe:TaskDefinition')[0];
  if (e.$type === 'bpmn:ServiceTask' || e.$type === 'bpmn:SendTask') {
    if (!taskDef?.type || !JOB_TYPE.test(taskDef.type)) fail(`${where}: job type must be <area>.<verb-noun>, got ${taskDef?.type}`);
    const headers = ext(e, 'zeebe:TaskHeaders')[0]?.values ?? [];
    if (!headers.some((h) => h.key === 'step' && h.value)) fail(`${where}: missing the "step" task header`);
  }
  if (e.$type === 'bpmn:UserTask' && ext(e, 'zeebe:UserTask').length !== 1) fail(`${where}: must be a Camunda user task (zeebe:userTask)`);
  if (e.$type === 'bpmn:ScriptTask') {
    const s = ext(e, 'zeebe:Script')[0];
    if (!s?.expression?.startsWith('=') || !s.resultVariable) fail(`${where}: needs zeebe:script expression="=…" resultVariable`);
  }
  const loop = e.loopCharacteristics;
  if (loop) {
    const l = ext(loop, 'zeebe:LoopCharacteristics')[0];
    if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics' || !l?.inputCollection?.startsWith('=')) fail(`${where}: multi-instance needs zeebe:loopCharacteristics inputCollection="=…"`);
    if (l?.outputCollection && !l.outputElement) fail(`${where}: outputCollection without outputElement`);
  }
}

// BPMN 2.0 §10.6.5: a compensation boundary event is connected by an association to exactly one handler, which
// is marked isForCompensation and has no sequence flows of its own.
function checkCompensation(scope, fail) {
  const associations = scope.artifacts?.filter((a) => a.$type === 'bpmn:Association') ?? [];
  for (const a of associations) if (!a.sourceRef || !a.targetRef) fail(`association ${a.id}: unresolved source/target`);
  for (const e of scope.flowElements ?? []) {
    const compensate = e.$type === 'bpmn:BoundaryEvent' && e.eventDefinitions?.[0]?.$type === 'bpmn:CompensateEventDefinition';
    if (compensate) {
      const handlers = associations.filter((a) => a.sourceRef === e).map((a) => a.targetRef);
      if (handlers.length !== 1 || !handlers[0].isForCompensation) fail(`BoundaryEvent ${e.id}: needs one association to a handler with isForCompensation="true"`);
      if (e.outgoing?.length) fail(`BoundaryEvent ${e.id}: a compensation boundary has no outgoing sequence flow`);
    }
    if (e.isForCompensation && (e.incoming?.length || e.outgoing?.length)) fail(`${e.id}: a compensation handler has no sequence flows`);
    if (e.isForCompensation && !associations.some((a) => a.targetRef === e)) fail(`${e.id}: compensation handler without association`);
  }
}
