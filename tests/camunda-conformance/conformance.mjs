// Camunda's own 8.8 client (@camunda8/orchestration-cluster-api) against our embedded engine: deploy, start, work
// the job with the SDK's job worker, publish the message, see the instance complete; then the error cases. Prints
// one JSON object; OrchardCommerce.Workflows.Rest.Tests asserts on it. Config comes from CAMUNDA_* variables.
import createCamundaClient from '@camunda8/orchestration-cluster-api';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const camunda = createCamundaClient();
const result = {};
const failure = async (promise) => {
  try { await promise; return null; } catch (e) { return { status: e.status ?? null, title: e.title ?? null, detail: e.detail ?? e.message }; }
};

const topology = await camunda.getTopology();
result.brokers = topology.brokers.length;
result.gatewayVersion = topology.gatewayVersion;

const deployment = await camunda.deployResourcesFromFiles([path.join(here, 'conformance.bpmn')]);
const definition = deployment.deployments[0].processDefinition;
result.deployed = { id: definition.processDefinitionId, version: definition.processDefinitionVersion };

const created = await camunda.createProcessInstance({ processDefinitionId: 'conformance-order', variables: { orderId: 'o-42', total: 250 } });
result.instanceKey = created.processInstanceKey;

const seen = [];
const worker = camunda.createJobWorker({
  jobType: 'conformance.greet', maxParallelJobs: 4, jobTimeoutMs: 30_000, pollIntervalMs: 50,
  jobHandler: async (job) => {
    seen.push({ orderId: job.variables.orderId, step: job.customHeaders.step, instance: job.processInstanceKey });
    return job.complete({ variables: { greeted: true } });
  },
});
const deadline = Date.now() + 15_000;
while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
result.jobs = seen;

// The instance now waits for its message; publish it buffered, as a payment gateway's confirmation would arrive.
await new Promise((r) => setTimeout(r, 200));
const published = await camunda.publishMessage({ name: 'conformance-shipped', correlationKey: 'o-42', timeToLive: 60_000, variables: { carrier: 'DHL' } });
result.messageKey = published.messageKey;

let instance;
while (Date.now() < deadline) {
  instance = await camunda.getProcessInstance({ processInstanceKey: created.processInstanceKey }, { consistency: { waitUpToMs: 0 } });
  if (instance.state !== 'ACTIVE') break;
  await new Promise((r) => setTimeout(r, 50));
}
result.finalState = instance.state;
const search = await camunda.searchProcessInstances({ filter: { processDefinitionId: 'conformance-order', state: 'COMPLETED' } }, { consistency: { waitUpToMs: 0 } });
result.completedCount = search.page.totalItems;
worker.stop();

result.errors = {
  unknownJob: await failure(camunda.completeJob({ jobKey: '2251799813999999' })),
  unknownProcess: await failure(camunda.createProcessInstance({ processDefinitionId: 'no-such-process' })),
  unsupportedElement: await failure(camunda.deployResourcesFromFiles([path.join(here, 'broken.bpmn')])),
};
console.log(JSON.stringify(result));
process.exit(0);
