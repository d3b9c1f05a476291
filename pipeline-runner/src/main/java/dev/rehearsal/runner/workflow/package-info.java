/**
 * Runs a workflow file's jobs as GitHub would for one event: whether the event triggers the
 * workflow (and why not), each job in {@code needs} order with its {@code if}, matrix, permissions
 * and environment, each step's {@code ${{ }}} values evaluated with core's expression language just
 * before it runs, and the job outputs that later jobs read through {@code needs}. The steps
 * themselves run through {@link dev.rehearsal.runner.job.JobExecutor}.
 */
package dev.rehearsal.runner.workflow;
