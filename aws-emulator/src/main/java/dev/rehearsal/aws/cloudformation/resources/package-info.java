/**
 * One driver per resource type of the flow: how the emulator's CloudFormation creates, updates and
 * deletes it through the typed operations of IAM and ECR, on behalf of the caller who asked (as
 * CloudFormation acts with the caller's credentials when a stack has no service role), so the same
 * validation and authorisation apply as to a direct API call.
 */
package dev.rehearsal.aws.cloudformation.resources;
