/**
 * The CloudFormation template model for the resource types of the flow ({@code
 * AWS::IAM::OIDCProvider}, {@code AWS::IAM::Role}, {@code AWS::IAM::Policy}, {@code
 * AWS::IAM::ManagedPolicy}, {@code AWS::ECR::Repository}), after the AWS CloudFormation User Guide
 * ("Template anatomy", "Parameters", "Conditions", "Outputs", "Intrinsic function reference",
 * "Pseudo parameters reference", and each type's page in the resource reference).
 *
 * <p>Parse once, resolve for any number of stacks:
 *
 * <pre>{@code
 * Template template = Template.parse(yamlOrJson);
 * ResolvedStack stack =
 *     template.resolve(StackSettings.of("ci", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme")));
 * RoleResource role = stack.roles().get(0);
 * Optional<Location> line = stack.locate("Role", "/AssumeRolePolicyDocument/Statement/0");
 * }</pre>
 *
 * <p>Every refusal is a {@link dev.rehearsal.core.cloudformation.source.TemplateException} ({@code
 * ValidationError}) with CloudFormation's message and, when it can be pinned, the template line.
 * Sub-packages: {@code source} reads text with positions, {@code intrinsic} resolves functions,
 * {@code parameter} gives parameters their values, {@code resource} creates the typed resources.
 */
package dev.rehearsal.core.cloudformation;
