/**
 * The CloudFormation plan engine: what to create, update, replace or delete to bring a stack's
 * resources to a template, in which order and why ({@link StackPlanner}), and the bookkeeping an
 * executor keeps while it applies a plan ({@link PlanExecution}). The aws-emulator's CloudFormation
 * and the provisioner both execute these plans, each with its own drivers.
 */
package dev.rehearsal.core.cloudformation.plan;
