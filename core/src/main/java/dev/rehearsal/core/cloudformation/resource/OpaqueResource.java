package dev.rehearsal.core.cloudformation.resource;

import java.util.Objects;

/** A resource of a type outside the flow, by logical id and type name: nothing else is read. */
public record OpaqueResource(String logicalId, String type) implements TypedResource {
  public OpaqueResource {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
  }
}
