// Checks what is in deploy/ without a Docker engine or a cluster (the build machine has neither):
//  - every Kubernetes manifest against the schema of its kind (kubernetes-models, and
//    @kubernetes-models/cloudnative-pg for CloudNativePG), plus the fields the Keycloak Operator
//    requires, since no schema package exists for its resources;
//  - that the manifests agree with each other (names, selectors, Secrets) and with the portal
//    (health paths, the realm's roles and client, settings documented in README.md);
//  - the Dockerfile: non-root user, health check, and every COPY source present after a build;
//  - the Compose file, with docker-compose's own validation when it is installed (CI installs it).
// Run by the Maven build (`./mvnw verify`) after packaging; by hand: `node deploy/check.mjs`.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";
import { DockerfileParser } from "dockerfile-ast";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

function readYaml(path) {
  const docs = parseAllDocuments(readFileSync(path, "utf8"));
  for (const doc of docs) {
    for (const error of doc.errors) problem(path, `YAML: ${error.message}`);
  }
  return docs.map((doc) => doc.toJS()).filter((value) => value != null);
}

// ---- Kubernetes -------------------------------------------------------------------------------

const k8sDir = join(root, "deploy/kubernetes");
const kustomization = readYaml(join(k8sDir, "kustomization.yaml"))[0];
const listed = new Set(kustomization.resources);
for (const file of readdirSync(k8sDir).filter((f) => f.endsWith(".yaml"))) {
  if (file !== "kustomization.yaml" && file !== "secrets.example.yaml" && !listed.has(file)) {
    problem(`deploy/kubernetes/${file}`, "not listed in kustomization.yaml resources");
  }
}

const resources = [];
for (const file of [...listed, "secrets.example.yaml"]) {
  const path = join(k8sDir, file);
  if (!existsSync(path)) {
    problem("deploy/kubernetes/kustomization.yaml", `lists ${file}, which does not exist`);
    continue;
  }
  for (const doc of readYaml(path)) resources.push({ file: `deploy/kubernetes/${file}`, doc });
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  if (group === "postgresql.cnpg.io") {
    return (await import(`@kubernetes-models/cloudnative-pg/${group}/${version}/${kind}`))[kind];
  }
  const path = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  return (await import(path))[kind];
}

const byKind = (kind) => resources.filter((r) => r.doc.kind === kind);
const named = (kind, name) => byKind(kind).find((r) => r.doc.metadata?.name === name);

for (const { file, doc } of resources) {
  const where = `${file} (${doc.kind} ${doc.metadata?.name ?? "?"})`;
  if (!doc.apiVersion || !doc.kind || !doc.metadata?.name) {
    problem(file, "every resource needs apiVersion, kind and metadata.name");
    continue;
  }
  if (doc.apiVersion.startsWith("k8s.keycloak.org/")) continue; // checked below
  let Model;
  try {
    Model = await modelFor(doc.apiVersion, doc.kind);
  } catch (e) {
    problem(where, `no schema for ${doc.apiVersion} ${doc.kind} (${e.code ?? e.message})`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    problem(where, `does not match the ${doc.kind} schema: ${e.message}`);
  }
}

// The Keycloak Operator's resources: the fields it needs to create Keycloak and import the realm.
const need = (where, object, path) => {
  const value = path.split(".").reduce((o, key) => (o == null ? undefined : o[key]), object);
  if (value === undefined || value === null || value === "") problem(where, `${path} is required`);
  return value;
};
for (const { file, doc } of byKind("Keycloak")) {
  const where = `${file} (Keycloak)`;
  if (doc.apiVersion !== "k8s.keycloak.org/v2alpha1") problem(where, "apiVersion must be k8s.keycloak.org/v2alpha1");
  for (const path of ["spec.instances", "spec.db.vendor", "spec.db.host", "spec.db.usernameSecret.name",
    "spec.db.passwordSecret.name", "spec.hostname.hostname", "spec.http.tlsSecret"]) need(where, doc, path);
  if (!Number.isInteger(doc.spec.instances) || doc.spec.instances < 2) problem(where, "spec.instances: at least 2");
  const dbHost = doc.spec.db.host?.replace(/-(rw|ro|r)$/, "");
  if (!named("Cluster", dbHost)) problem(where, `spec.db.host ${doc.spec.db.host}: no CloudNativePG Cluster ${dbHost}`);
}
const devRealm = JSON.parse(readFileSync(join(root, "deploy/keycloak/oversight-realm.json"), "utf8"));
const devClient = devRealm.clients.find((c) => c.clientId === "oversight-portal");
for (const { file, doc } of byKind("KeycloakRealmImport")) {
  const where = `${file} (KeycloakRealmImport)`;
  const keycloak = need(where, doc, "spec.keycloakCRName");
  if (keycloak && !named("Keycloak", keycloak)) problem(where, `spec.keycloakCRName ${keycloak}: no such Keycloak`);
  const realm = need(where, doc, "spec.realm") ?? {};
  if (realm.realm !== devRealm.realm) problem(where, `realm must be named ${devRealm.realm}, as the portal expects`);
  const roles = new Set((realm.roles?.realm ?? []).map((r) => r.name));
  for (const role of devRealm.roles.realm.map((r) => r.name)) {
    if (!roles.has(role)) problem(where, `realm role ${role} is missing (the portal's pages check it)`);
  }
  const client = (realm.clients ?? []).find((c) => c.clientId === devClient.clientId);
  if (!client) {
    problem(where, `client ${devClient.clientId} is missing`);
  } else {
    const mappers = new Set((client.protocolMappers ?? []).map((m) => m.protocolMapper));
    for (const mapper of devClient.protocolMappers.map((m) => m.protocolMapper)) {
      if (!mappers.has(mapper)) problem(where, `client mapper ${mapper} is missing (the portal reads its claim)`);
    }
    if (client.publicClient !== false) problem(where, "the portal's client must be confidential");
    const secretRef = /^\$\{([A-Z_]+)\}$/.exec(client.secret ?? "");
    if (!secretRef || !doc.spec.placeholders?.[secretRef[1]]) {
      problem(where, "the client secret must be a placeholder filled from a Secret, never a literal");
    }
  }
}

// Cross-references between the portal's resources.
const deployment = named("Deployment", "portal");
if (!deployment) {
  problem("deploy/kubernetes", "no Deployment named portal");
} else {
  const where = `${deployment.file} (Deployment portal)`;
  const spec = deployment.doc.spec;
  const labels = spec.template.metadata.labels;
  const matches = (selector) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
  if (spec.replicas < 2) problem(where, "at least 2 replicas");
  const container = spec.template.spec.containers.find((c) => c.name === "portal");
  for (const [probe, path] of [["livenessProbe", "/q/health/live"], ["readinessProbe", "/q/health/ready"]]) {
    if (container[probe]?.httpGet?.path !== path) problem(where, `${probe} must GET ${path}`);
    if (container[probe]?.httpGet?.port !== "management") problem(where, `${probe} must use the management port`);
  }
  if (!container.resources?.requests || !container.resources?.limits?.memory) {
    problem(where, "resources: requests and a memory limit are required");
  }
  if (spec.template.spec.securityContext?.runAsNonRoot !== true) problem(where, "pods must run as non-root");
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef && !named("ConfigMap", source.configMapRef.name)) {
      problem(where, `envFrom ConfigMap ${source.configMapRef.name} is not defined`);
    }
    if (source.secretRef && !named("Secret", source.secretRef.name)) {
      problem(where, `envFrom Secret ${source.secretRef.name} is not in secrets.example.yaml`);
    }
  }
  for (const service of byKind("Service")) {
    if (!matches(service.doc.spec.selector)) problem(service.file, "Service selector matches no portal pod");
    if (service.doc.spec.ports.some((p) => p.targetPort === "management" || p.targetPort === 9000)) {
      problem(service.file, "health and metrics (the management port) must not be published by a Service");
    }
  }
  for (const pdb of byKind("PodDisruptionBudget")) {
    if (!matches(pdb.doc.spec.selector?.matchLabels)) problem(pdb.file, "PDB selector matches no portal pod");
  }
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    if (hpa.doc.spec.scaleTargetRef.name !== "portal") problem(hpa.file, "HPA must scale the portal Deployment");
    if (hpa.doc.spec.minReplicas < 2) problem(hpa.file, "HPA minReplicas must keep 2 instances");
  }
  for (const ingress of byKind("Ingress")) {
    for (const rule of ingress.doc.spec.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        if (!named("Service", p.backend.service?.name)) problem(ingress.file, `backend ${p.backend.service?.name}: no such Service`);
      }
    }
  }
  const clusters = byKind("Cluster");
  if (!clusters.some((c) => c.doc.spec.instances >= 3)) problem("deploy/kubernetes", "PostgreSQL needs a 3-instance Cluster");
  const backups = byKind("ScheduledBackup");
  if (!backups.some((b) => clusters.some((c) => c.doc.metadata.name === b.doc.spec.cluster?.name))) {
    problem("deploy/kubernetes", "no ScheduledBackup for a defined Cluster");
  }
}

// ---- Settings: every variable the deployments set is documented in README.md -------------------

const readme = readFileSync(join(root, "README.md"), "utf8");
const documented = (name) => name.startsWith("QUARKUS_") || name.startsWith("JAVA_") || readme.includes(`\`${name}\``);
for (const { file, doc } of [...byKind("ConfigMap"), ...byKind("Secret")]) {
  for (const key of Object.keys(doc.data ?? doc.stringData ?? {})) {
    if (!documented(key)) problem(file, `${key} is not documented in README.md's configuration table`);
  }
}

// ---- Container image --------------------------------------------------------------------------

const dockerfilePath = join(root, "deploy/container/Dockerfile");
const dockerfile = DockerfileParser.parse(readFileSync(dockerfilePath, "utf8"));
const instructions = dockerfile.getInstructions();
const of = (keyword) => instructions.filter((i) => i.getKeyword() === keyword);
if (of("FROM").length === 0) problem(dockerfilePath, "no FROM");
const users = of("USER").map((i) => i.getArgumentsContent());
if (users.length === 0 || ["root", "0"].includes(users[users.length - 1])) {
  problem(dockerfilePath, "the image must end as a non-root USER");
}
if (!of("HEALTHCHECK").some((i) => i.getArgumentsContent().includes("localhost:9000/q/health/ready"))) {
  problem(dockerfilePath, "HEALTHCHECK must check /q/health/ready on the management port 9000");
}
const built = existsSync(join(root, "target/quarkus-app/quarkus-run.jar"));
for (const copy of of("COPY")) {
  const args = copy.getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith("--"));
  for (const source of args.slice(0, -1)) {
    if (!source.startsWith("target/quarkus-app/")) problem(dockerfilePath, `COPY ${source}: copy only the built application`);
    const dir = source.replace(/\*\.jar$/, "");
    if (built && !existsSync(join(root, dir))) problem(dockerfilePath, `COPY ${source}: not produced by the build`);
  }
}
for (const unsafe of of("ENV").filter((i) => /SECRET|PASSWORD/i.test(i.getArgumentsContent()))) {
  problem(dockerfilePath, `ENV must not hold secrets: ${unsafe.getArgumentsContent()}`);
}

// ---- Compose ----------------------------------------------------------------------------------

const composePath = join(root, "deploy/compose/compose.yaml");
const compose = readYaml(composePath)[0];
for (const name of ["postgres", "keycloak", "portal", "proxy", "mail"]) {
  if (!compose.services?.[name]) problem(composePath, `service ${name} is missing`);
}
if ((compose.services?.portal?.deploy?.replicas ?? 1) < 2) problem(composePath, "the portal runs as 2 replicas");
for (const key of Object.keys(compose.services?.portal?.environment ?? {})) {
  if (!documented(key)) problem(composePath, `${key} is not documented in README.md's configuration table`);
}
const exampleEnv = Object.fromEntries(readFileSync(join(root, "deploy/compose/example.env"), "utf8")
  .split("\n").filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.split("=")[0], "check"]));
let composeTool = null;
try {
  execFileSync("docker-compose", ["version"], { stdio: "ignore" });
  composeTool = "docker-compose";
} catch {
  console.log("deploy/check.mjs: docker-compose is not installed; its own Compose validation is skipped");
}
if (composeTool) {
  try {
    execFileSync(composeTool, ["-f", composePath, "config", "-q"], {
      env: { ...process.env, ...exampleEnv }, stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    problem(composePath, `docker-compose config: ${e.stderr?.toString().trim() ?? e.message}`);
  }
}

if (problems.length > 0) {
  console.error(`deploy/check.mjs: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`deploy/check.mjs: ${resources.length} Kubernetes resources, the Dockerfile and the Compose file are valid`);
