/**
 * One driver per resource type: how a resource of the flow is created, updated property by property
 * and deleted through the IAM and ECR APIs of the AWS SDK v2, with what each call answers kept as
 * the resource's attributes.
 */
package dev.rehearsal.provisioner.direct.driver;
