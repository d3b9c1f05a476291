// The page of `rehearse up`: plain JavaScript, no framework, no build step. Text goes into the
// page through textContent only, never as HTML: claims and policies are anyone's strings.
"use strict";

const state = { token: null, seen: new Set() };

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces target's children with nodes, arrays flattened and empty parts left out. */
function fill(target, nodes) {
  target.replaceChildren(...[nodes].flat(Infinity).filter((node) => node !== null && node !== undefined && node !== false));
}

function verdict(passed, yes, no) {
  return el("span", { class: "verdict " + (passed ? "pass" : "fail") },
    passed ? "✓ " + (yes || "pass") : "✗ " + (no || "fail"));
}

function list(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function compact(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || response.statusText);
  return json;
}

function showError(target, error) {
  target.replaceChildren(el("p", { class: "error", role: "alert" }, "✗ " + error.message));
}

// ---- the flow diagram -------------------------------------------------------------------------

const STEPS = ["job", "token", "sts", "trust", "login", "push"];

function mark(step, outcome, status) {
  const node = document.getElementById("step-" + step);
  if (!node) return;
  for (const other of STEPS) document.getElementById("step-" + other).classList.remove("current");
  node.classList.remove("passed", "failed");
  if (outcome === true) node.classList.add("passed");
  if (outcome === false) node.classList.add("failed");
  node.classList.add("current");
  if (status) document.getElementById("flow-status").textContent = status;
}

function clearFrom(step) {
  for (const other of STEPS.slice(STEPS.indexOf(step))) {
    document.getElementById("step-" + other).classList.remove("passed", "failed", "current");
  }
}

// ---- the world at a glance --------------------------------------------------------------------

function statements(document) {
  if (!document || typeof document !== "object") return [];
  return list(document.Statement);
}

function renderConditions(condition) {
  const out = [];
  for (const [operator, keys] of Object.entries(condition || {})) {
    for (const [key, values] of Object.entries(keys)) {
      out.push(el("div", { class: "condition" },
        el("span", { class: "label" }, "Condition "),
        el("code", {}, operator + " " + key), " ∈ ",
        el("code", {}, list(values).map(compact).join("  |  "))));
    }
  }
  return out;
}

function renderPolicy(document) {
  return statements(document).map((statement, index) =>
    el("div", { class: "card" },
      el("div", {}, el("strong", {}, (statement.Sid || "Statement " + (index + 1)) + ": "),
        statement.Effect || ""),
      statement.Principal ? el("div", {}, "Principal ", el("code", {}, compact(statement.Principal))) : null,
      statement.Action ? el("div", {}, "Action ", el("code", {}, list(statement.Action).join(", "))) : null,
      statement.Resource ? el("div", {}, "Resource ", el("code", {}, list(statement.Resource).join(", "))) : null,
      renderConditions(statement.Condition)));
}

function renderWorld(world) {
  const body = document.getElementById("world-body");
  const errors = world.errors || {};
  const section = (title, items, render, empty) => el("div", { class: "card" },
    el("h3", {}, title + " (" + items.length + ")"),
    errors[title.toLowerCase()] ? el("p", { class: "error" }, errors[title.toLowerCase()]) : null,
    items.length ? items.map(render) : el("p", { class: "hint" }, empty));
  body.replaceChildren(el("div", { class: "grid" },
    section("Providers", world.providers, (p) => el("div", {},
      el("code", {}, p.url), el("div", {}, "client ids: ", el("code", {}, p.clientIds.join(", "))),
      p.thumbprints.length ? el("div", {}, "thumbprints: ", el("code", {}, p.thumbprints.join(", "))) : null),
      "No OIDC provider: STS refuses every token."),
    section("Roles", world.roles, (r) => el("div", {},
      el("h3", {}, r.name), el("div", { class: "mono" }, r.arn),
      el("p", {}, el("strong", {}, "Trust policy"), " — who may assume it (conditions highlighted)"),
      renderPolicy(r.trustPolicy),
      el("p", {}, el("strong", {}, "Permission policies"), " — what its sessions may do"),
      r.policies.length ? r.policies.map((p) => el("div", {},
        el("div", {}, el("code", {}, p.name), " (" + p.kind + ")"), renderPolicy(p.document)))
        : el("p", { class: "hint" }, "none: its sessions may do nothing")),
      "No role yet: deploy the seed stack (README)."),
    section("Repositories", world.repositories, (r) => el("div", {},
      el("h3", {}, r.name), el("div", { class: "mono" }, r.uri),
      r.images.length ? el("ul", {}, r.images.map((i) => el("li", {},
        el("code", {}, (i.tags || []).join(", ") || "(untagged)"), " ",
        el("code", {}, i.digest.slice(0, 19) + "…"))))
        : el("p", { class: "hint" }, "no image yet"),
      r.policy ? [el("p", {}, el("strong", {}, "Repository policy")), renderPolicy(r.policy)] : null),
      "No repository: a push gets “name unknown”."),
    section("Stacks", world.stacks, (s) => el("div", {},
      el("h3", {}, s.name + " — " + s.status),
      el("ul", {}, s.resources.map((r) => el("li", {},
        el("code", {}, r.logicalId), " " + r.type + " " + r.status)))),
      "No stack.")));
  fillSelect("t-role", world.roles.map((r) => r.name));
  fillSelect("t-repository", world.repositories.map((r) => r.name));
}

function fillSelect(id, names) {
  const select = document.getElementById(id);
  const chosen = select.value;
  select.replaceChildren(...names.map((name) => el("option", { value: name }, name)));
  if (names.includes(chosen)) select.value = chosen;
}

async function loadWorld() {
  try {
    renderWorld(await api("/api/world"));
  } catch (error) {
    showError(document.getElementById("world-body"), error);
  }
}

// ---- mint and read a token --------------------------------------------------------------------

const PRESETS = {
  push: { repository: "acme/test-service", ref: "refs/heads/main", event: "push", environment: "" },
  pr: { repository: "acme/test-service", ref: "refs/pull/7/merge", event: "pull_request", environment: "" },
  other: { repository: "other-org/test-service", ref: "refs/heads/main", event: "push", environment: "" },
  env: { repository: "acme/test-service", ref: "refs/heads/main", event: "push", environment: "prod" },
};

function applyPreset(name) {
  const form = document.getElementById("mint-form");
  for (const [field, value] of Object.entries(PRESETS[name])) form.elements[field].value = value;
  document.getElementById("mint-button").focus();
}

function renderToken(result) {
  const subject = result.subject;
  const sub = result.claims.find((c) => c.name === "sub");
  return [
    el("h3", {}, "How sub was built"),
    el("p", {}, el("code", { id: "token-sub" }, sub ? sub.value : "")),
    el("p", {}, subject.rule),
    el("p", {}, subject.parts.map((part) =>
      el("span", { class: "subject-part" }, el("code", {}, part.text), el("small", {}, "from " + part.from)))),
    el("h3", {}, "Claims"),
    el("table", { id: "claims" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "claim"), el("th", { scope: "col" }, "value"),
        el("th", { scope: "col" }, "what it means"), el("th", { scope: "col" }, "condition key it feeds"))),
      el("tbody", {}, result.claims.map((claim) => el("tr", {},
        el("th", { scope: "row" }, el("code", {}, claim.name)),
        el("td", { class: "value" }, el("code", {}, compact(claim.value))),
        el("td", {}, claim.meaning),
        el("td", {}, claim.conditionKey ? el("code", {}, claim.conditionKey) : "—"))))),
    el("details", {}, el("summary", {}, "The token itself (a JWT, valid 5 minutes)"),
      el("pre", {}, result.token)),
  ];
}

async function mint(event) {
  event.preventDefault();
  const form = event.target;
  const body = Object.fromEntries(new FormData(form).entries());
  const target = document.getElementById("token-body");
  const button = document.getElementById("mint-button");
  button.disabled = true;
  try {
    const result = await api("/api/token", body);
    state.token = result.token;
    fill(target, renderToken(result));
    clearFrom("sts");
    mark("job", true);
    mark("token", true, "Token minted for " + body.repository + " (" + body.event + ").");
    document.getElementById("try-body").replaceChildren(
      el("p", { class: "hint" }, "Token ready: choose a role and try it."));
  } catch (error) {
    showError(target, error);
    mark("token", false, "The issuer refused the run context.");
  } finally {
    button.disabled = false;
  }
}

// ---- try it against a role --------------------------------------------------------------------

function failingConditions(trust) {
  if (!trust) return [];
  const out = [];
  for (const statement of trust.statements) {
    if (statement.applied) continue;
    for (const condition of statement.conditions) if (!condition.passed) out.push(condition);
  }
  return out;
}

function renderTrial(result) {
  const sts = result.sts;
  const failedCheck = result.checks.find((check) => !check.passed);
  const failing = failingConditions(result.trust);
  const summary = result.granted
    ? el("div", { class: "granted", id: "try-summary", role: "status" },
      "✓ Granted: a session for ", el("code", {}, sts.assumedRole || result.role))
    : el("div", { class: "failing", id: "try-summary", role: "alert" },
      el("div", {}, "✗ Refused: " + result.code + ": " + result.message),
      failedCheck ? el("div", {}, "Failed check: " + failedCheck.description) : null,
      failing.map((c) => el("div", { class: "failing-condition" },
        "Failing condition: ", el("code", {}, c.operator + " " + c.key),
        " — the token has ", el("code", {}, c.keyPresent ? c.requestValues.join(", ") : "(no value)"),
        ", the policy wants ", el("code", {}, c.policyValues.join(" | ")))));
  return [
    summary,
    el("h3", {}, "What the aws-emulator answered"),
    el("p", {}, sts.ok
      ? ["200: ", el("code", {}, sts.assumedRole), " until " + sts.expiration]
      : [sts.status + " " + sts.code + ": " + sts.message],
      el("br"), "request id ", el("code", { class: "request-id" }, sts.requestId || "—")),
    el("h3", {}, "STS's checks, in AWS's order (core's trace)"),
    el("table", { id: "checks" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "check"), el("th", { scope: "col" }, "result"),
        el("th", { scope: "col" }, "found"))),
      el("tbody", {}, result.checks.map((check) => el("tr", { class: check.passed ? "passed" : "failed" },
        el("td", {}, check.description), el("td", {}, verdict(check.passed)),
        el("td", {}, el("code", {}, check.detail)))))),
    result.trust ? renderTrust(result.trust) : null,
    result.ecr ? renderEcr(result.ecr) : null,
  ];
}

function renderTrust(trust) {
  return [
    el("h3", {}, "The trust policy, statement by statement"),
    trust.statements.map((s) => el("div", { class: "card" },
      el("div", {}, el("strong", {}, (s.sid || "Statement " + (s.index + 1)) + " (" + s.effect + "): "),
        verdict(s.applied, "applies", "does not apply")),
      el("div", {}, "principal ", verdict(s.principalMatched, "matches", "does not match"),
        " action ", verdict(s.actionMatched, "matches", "does not match")),
      s.conditions.length ? el("table", { class: "conditions" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "condition"),
          el("th", { scope: "col" }, "the token's value"), el("th", { scope: "col" }, "the policy's"),
          el("th", { scope: "col" }, "result"))),
        el("tbody", {}, s.conditions.map((c) => el("tr", { class: c.passed ? "passed" : "failed" },
          el("td", {}, el("code", {}, c.operator + " " + c.key)),
          el("td", { class: "value" }, el("code", {}, c.keyPresent ? c.requestValues.join(", ") : "(absent)")),
          el("td", { class: "value" }, el("code", {}, c.policyValues.join(" | "))),
          el("td", {}, verdict(c.passed))))))
        : null)),
    el("details", {}, el("summary", {}, "Core's explanation"), el("pre", {}, trust.explanation)),
  ];
}

function renderEcr(ecr) {
  return [
    el("h3", {}, "Then ECR: what the session may do on " + (ecr[0] ? ecr[ecr.length - 1].resource : "")),
    el("table", { id: "ecr" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "action"), el("th", { scope: "col" }, "result"),
        el("th", { scope: "col" }, "why"))),
      el("tbody", {}, ecr.map((item) => el("tr", { class: item.allowed ? "passed" : "failed" },
        el("td", {}, el("code", {}, item.action)), el("td", {}, verdict(item.allowed, "allowed", "denied")),
        el("td", {}, el("details", {}, el("summary", {}, item.message || item.reason),
          el("pre", {}, item.explanation))))))),
  ];
}

async function attempt(event) {
  event.preventDefault();
  const target = document.getElementById("try-body");
  if (!state.token) {
    target.replaceChildren(el("p", { class: "error", role: "alert" }, "✗ Mint a token first."));
    document.getElementById("mint-button").focus();
    return;
  }
  const form = event.target;
  const body = { token: state.token, role: form.elements.role.value, repository: form.elements.repository.value };
  const button = document.getElementById("try-button");
  button.disabled = true;
  try {
    const result = await api("/api/try", body);
    fill(target, renderTrial(result));
    clearFrom("sts");
    mark("sts", result.sts.ok);
    const trust = result.checks.find((check) => check.step === "TRUST_POLICY");
    if (result.ecr) {
      mark("trust", true);
      const login = result.ecr.find((item) => item.action === "ecr:GetAuthorizationToken");
      mark("login", login ? login.allowed : undefined);
      const push = result.ecr.filter((item) => item.action !== "ecr:GetAuthorizationToken");
      mark("push", push.every((item) => item.allowed),
        result.granted ? "Granted: see what the session may do on " + body.repository + "." : "");
    } else {
      mark("trust", trust ? trust.passed : false,
        result.granted ? "Granted." : "Refused by STS: " + result.message);
    }
  } catch (error) {
    showError(target, error);
  } finally {
    button.disabled = false;
  }
}

// ---- the live feed ----------------------------------------------------------------------------

function feedStep(decision) {
  const action = (decision.action || "").toLowerCase();
  if (decision.service === "sts") return "sts";
  if (decision.service === "iam") return "trust";
  if (action.includes("authorizationtoken")) return "login";
  if (decision.service === "ecr" || decision.service === "registry") return "push";
  return null;
}

/** A decision's time: ISO-8601 text, or seconds since 1970 (Jackson's default for an Instant). */
function when(time) {
  if (time === undefined || time === null) return "";
  const date = typeof time === "number" ? new Date(time * 1000) : new Date(time);
  return isNaN(date) ? String(time) : date.toLocaleTimeString();
}

function addDecision(text) {
  let decision;
  try {
    decision = JSON.parse(text);
  } catch (error) {
    decision = { summary: text, explanation: [] };
  }
  if (decision.requestId) {
    if (state.seen.has(decision.requestId)) return;
    state.seen.add(decision.requestId);
  }
  const outcome = decision.outcome || "?";
  const allowed = outcome === "allowed";
  const time = when(decision.time);
  const item = el("li", { class: "decision " + outcome },
    el("details", {},
      el("summary", {},
        el("span", { class: "when" }, time),
        el("span", { class: "outcome " + (allowed ? "pass" : "fail") }, (allowed ? "✓ " : "✗ ") + outcome),
        " ", el("code", {}, (decision.service || "") + ":" + (decision.action || "")),
        // The log's summary says who asked what and why not; without one, the parts.
        decision.summary ? " — " + decision.summary
          : [decision.caller ? [" by ", el("code", {}, decision.caller)] : null,
            decision.errorCode ? [" — ", el("strong", {}, decision.errorCode)] : null]),
      el("pre", { class: "explanation" }, list(decision.explanation).join("\n")),
      el("p", {}, "request id ", el("code", {}, decision.requestId || "—"),
        decision.requestId ? [" — ", el("code", {}, "rehearse explain " + decision.requestId)] : null)));
  const feed = document.getElementById("feed-list");
  feed.prepend(item);
  while (feed.children.length > 200) feed.lastElementChild.remove();
  const step = feedStep(decision);
  if (step) mark(step, allowed, "Last decision: " + (decision.service || "") + ":" + (decision.action || "") + " " + outcome + ".");
}

function follow() {
  const stateText = document.getElementById("feed-state");
  const source = new EventSource("/api/decisions");
  source.addEventListener("open", () => { stateText.textContent = "Live."; });
  source.addEventListener("error", () => { stateText.textContent = "Reconnecting…"; });
  source.addEventListener("decision", (event) => addDecision(event.data));
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("world-refresh").addEventListener("click", loadWorld);
  document.getElementById("mint-form").addEventListener("submit", mint);
  document.getElementById("try-form").addEventListener("submit", attempt);
  for (const button of document.querySelectorAll("[data-preset]")) {
    button.addEventListener("click", () => applyPreset(button.dataset.preset));
  }
  loadWorld();
  follow();
});
