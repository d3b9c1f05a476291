package dev.rehearsal.core.cloudformation;

/**
 * How a template was read: to deploy (everything must be modelled, as before) or to analyse (types
 * outside the flow are opaque, parameters without values and functions not evaluated become
 * symbols), with or without the SAM transform.
 */
enum TemplateMode {
  DEPLOY,
  ANALYSIS,
  ANALYSIS_SERVERLESS;

  boolean analysis() {
    return this != DEPLOY;
  }
}
