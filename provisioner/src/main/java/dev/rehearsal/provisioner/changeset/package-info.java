/**
 * The CloudFormation way, the seed's: a change set is created and described (the plan), executed,
 * and the stack's events followed until the stack settles, as {@code aws cloudformation deploy}
 * does; {@code DeleteStack} destroys. The endpoint's CloudFormation decides everything; this
 * package only asks and reports.
 */
package dev.rehearsal.provisioner.changeset;
