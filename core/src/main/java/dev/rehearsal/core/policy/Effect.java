package dev.rehearsal.core.policy;

/** A statement's {@code Effect}: exactly {@code Allow} or {@code Deny}, case-sensitive in IAM. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String json;

  Effect(String json) {
    this.json = json;
  }

  /** The value as written in a policy document. */
  public String json() {
    return json;
  }
}
