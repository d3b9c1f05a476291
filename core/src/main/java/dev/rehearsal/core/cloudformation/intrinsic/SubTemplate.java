package dev.rehearsal.core.cloudformation.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * The string of an {@code Fn::Sub}, split into literal text and {@code ${Name}} variables (User
 * Guide, "Fn::Sub"): {@code ${!Literal}} writes {@code ${Literal}}; a variable with a dot, {@code
 * ${Role.Arn}}, is an attribute unless the variable map names it.
 */
public record SubTemplate(List<Part> parts) {
  public SubTemplate {
    parts = List.copyOf(parts);
  }

  /** Literal text or a variable name. */
  public record Part(boolean variable, String text) {}

  public static SubTemplate parse(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      int end = start < 0 ? -1 : text.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        literal.append(text, i, text.length());
        break;
      }
      literal.append(text, i, start);
      String name = text.substring(start + 2, end);
      if (name.startsWith("!")) {
        literal.append("${").append(name.substring(1)).append('}');
      } else {
        if (literal.length() > 0) {
          parts.add(new Part(false, literal.toString()));
          literal.setLength(0);
        }
        parts.add(new Part(true, name.trim()));
      }
      i = end + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(false, literal.toString()));
    }
    return new SubTemplate(parts);
  }

  /** The variable names, in order. */
  public List<String> variables() {
    return parts.stream().filter(Part::variable).map(Part::text).toList();
  }
}
