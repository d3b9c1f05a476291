/**
 * The GitHub Actions workflow model, read as GitHub reads a workflow file (YAML 1.2, GitHub's
 * workflow schema and parser checks) for the pipeline-runner, which runs a job of it, and for
 * {@code lint}/{@code check}, which ask which events trigger it and which token a job gets.
 *
 * <pre>{@code
 * Workflow workflow = Workflow.parse(Files.readString(path));
 * Job job = workflow.job("build-push-image").orElseThrow();
 * Event push = Event.push("refs/heads/main", List.of("Dockerfile"));
 * TriggerMatch match = workflow.triggers().match(push);   // runs() and reason()
 * workflow.effectivePermissions(job, push).grantsIdToken(); // id-token: write?
 * for (Job next : workflow.jobsInOrder()) { ... }
 * job.matrix().map(Matrix::expand);                         // when no expression is left
 * }</pre>
 *
 * <p>Values GitHub evaluates at run time ({@code if}, {@code runs-on}, {@code env}, {@code with},
 * {@code environment}, matrix strings, ...) stay {@link
 * dev.rehearsal.core.workflow.source.Template}s with their line and column, for the expression
 * language to evaluate. Every refusal is a {@link
 * dev.rehearsal.core.workflow.source.WorkflowException} naming the key, its path and its line and
 * column. Sub-packages: {@code source} reads the text with positions, {@code trigger} is {@code on}
 * and its filters, {@code permission} the {@code GITHUB_TOKEN}, {@code matrix} the strategy matrix.
 */
package dev.rehearsal.core.workflow;
