// The peer measurement for TrustPolicyEvaluationBenchmark (docs/benchmarks.md): the seed trust
// policy and one AssumeRoleWithWebIdentity request, evaluated in a tight loop for a fixed time,
// after a warm-up. Run: npm ci && node bench.mjs [seconds]
//
// iam-simulate 0.1.173's public runSimulation validates its input and drops the condition keys
// its action data does not list (it knows GitHub's keys only in the enterprise form
// token.actions.githubusercontent.com/${SubPath}:...), so the seed policy never admits anything
// through it; runUnsafeSimulation skips that but crashes on an unnamed resource policy. So this
// does what runUnsafeSimulation does, with the policy named, by calling the engine's authorize()
// (a file URL, since the package exports only its index). runSimulation is measured too.
import { loadPolicy } from '@cloud-copilot/iam-policy'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import { readFileSync } from 'node:fs'

const simulate = 'node_modules/@cloud-copilot/iam-simulate/dist/esm/'
const { authorize } = await import(new URL(simulate + 'core_engine/CoreSimulatorEngine.js', import.meta.url))
const { AwsRequestImpl } = await import(new URL(simulate + 'request/request.js', import.meta.url))
const { RequestContextImpl } = await import(new URL(simulate + 'requestContext.js', import.meta.url))
const { DiscoveryContextKeyConstraints } = await import(
  new URL(simulate + 'context_keys/discoveryContextKeyConstraints.js', import.meta.url)
)

const trustPolicy = JSON.parse(
  readFileSync(new URL('../../src/main/resources/seed/trust-policy.json', import.meta.url))
)
const provider = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
const role = { resource: 'arn:aws:iam::123456789012:role/GithubOIDCIAMRole', accountId: '123456789012' }
const context = (subject) => ({
  'token.actions.githubusercontent.com:sub': subject,
  'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com'
})

function evaluateTrust(subject) {
  const request = new AwsRequestImpl(
    provider, role, 'sts:AssumeRoleWithWebIdentity', new RequestContextImpl(context(subject))
  )
  return authorize({
    request,
    sessionPolicy: undefined,
    identityPolicies: [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: loadPolicy(trustPolicy, { name: 'trust-policy' }),
    permissionBoundaries: undefined,
    vpcEndpointPolicies: undefined,
    simulationParameters: {
      simulationMode: 'Strict',
      discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([])
    },
    serviceSettings: { s3: {} }
  }).result
}

const simulation = (subject) => ({
  request: { principal: provider, action: 'sts:AssumeRoleWithWebIdentity', resource: role, contextVariables: context(subject) },
  identityPolicies: [],
  serviceControlPolicies: [],
  resourceControlPolicies: [],
  resourcePolicy: trustPolicy
})

async function rate(evaluate, seconds) {
  const end = performance.now() + seconds * 1000
  let n = 0
  while (performance.now() < end) {
    const result = evaluate()
    if (result instanceof Promise) await result
    n++
  }
  return Math.round(n / seconds)
}

const seconds = Number(process.argv[2] ?? 10)
const admitted = 'repo:acme/app:ref:refs/heads/main'
const refused = 'repo:evil/app:ref:refs/heads/main'
console.log(`authorize admitted -> ${evaluateTrust(admitted)}; refused -> ${evaluateTrust(refused)}`)
console.log(`runSimulation admitted -> ${(await runSimulation(simulation(admitted), {})).overallResult}`)
await rate(() => evaluateTrust(admitted), 3)
console.log(`authorize admitted: ${await rate(() => evaluateTrust(admitted), seconds)} evaluations/s`)
console.log(`authorize refused:  ${await rate(() => evaluateTrust(refused), seconds)} evaluations/s`)
const sim = simulation(admitted)
console.log(`runSimulation:      ${await rate(() => runSimulation(sim, {}), seconds)} evaluations/s`)
