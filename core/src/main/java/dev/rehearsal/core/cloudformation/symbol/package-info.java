/**
 * Symbols for the values a template analysis cannot know (parameters without values, resources
 * whose types are not interpreted, functions not evaluated) and the record that names each one
 * where it is used. Depends on nothing else of the template model.
 */
package dev.rehearsal.core.cloudformation.symbol;
