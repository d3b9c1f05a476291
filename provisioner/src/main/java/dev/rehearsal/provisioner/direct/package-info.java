/**
 * The direct way: core's plan engine decides what to create, update, replace and delete, and one
 * driver per resource type carries it out through IAM and ECR, for endpoints whose CloudFormation
 * lacks these types (LocalStack's free tier, moto). A small state record stands in for the stack:
 * what was applied, with what the services answered, so that a second apply changes nothing and a
 * destroy removes exactly what was made.
 */
package dev.rehearsal.provisioner.direct;
