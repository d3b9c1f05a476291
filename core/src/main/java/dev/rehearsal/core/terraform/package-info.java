/**
 * Terraform plans as {@code terraform show -json} writes them (Terraform, "JSON Output Format":
 * {@code planned_values}, {@code resource_changes}, {@code configuration}), read into the template
 * model so that {@code lint}, {@code check} and {@code diff} judge them as they judge
 * CloudFormation templates, each finding named by its Terraform address.
 */
package dev.rehearsal.core.terraform;
