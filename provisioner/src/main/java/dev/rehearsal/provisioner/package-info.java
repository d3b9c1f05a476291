/**
 * The provisioner's public face: applies a CloudFormation template to any AWS endpoint (the
 * aws-emulator, LocalStack, moto, real AWS) with the AWS SDK v2, either through CloudFormation's
 * change sets or directly through IAM and ECR with core's plan engine. Both ways take a {@link
 * dev.rehearsal.provisioner.StackRequest}, show a {@link dev.rehearsal.provisioner.StackPreview},
 * report {@link dev.rehearsal.provisioner.StackEvent}s as they happen and end with a {@link
 * dev.rehearsal.provisioner.StackResult}. The types here use JDK, Jackson and core types only.
 */
package dev.rehearsal.provisioner;
