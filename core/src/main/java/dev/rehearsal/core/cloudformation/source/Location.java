package dev.rehearsal.core.cloudformation.source;

/** A place in a template's text: 1-based line and column, as editors and linters count them. */
public record Location(int line, int column) {
  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
