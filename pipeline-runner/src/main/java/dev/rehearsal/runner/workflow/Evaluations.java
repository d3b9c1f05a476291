package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.expression.Condition;
import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.ExpressionException;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.runner.RunnerException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a workflow's values where GitHub evaluates them, each with the contexts its key allows
 * (GitHub Docs, "Contexts reference", "Context availability"); an error is GitHub's message with
 * the place in the file it came from.
 */
final class Evaluations {
  private Evaluations() {}

  static Value value(Template template, ContextAvailability place, Contexts contexts) {
    try {
      return dev.rehearsal.core.expression.Template.parse(template.source(), place.scope())
          .evaluate(contexts);
    } catch (ExpressionException e) {
      throw located(e, template);
    }
  }

  static String text(Template template, ContextAvailability place, Contexts contexts) {
    return value(template, place, contexts).asString();
  }

  static Optional<String> text(
      Optional<Template> template, ContextAvailability place, Contexts contexts) {
    return template.map(t -> text(t, place, contexts));
  }

  /** An {@code if}: absent is {@code success()}; without a status function it is implied. */
  static boolean condition(
      Optional<Template> template, ContextAvailability place, Contexts contexts) {
    String source = template.map(Template::source).orElse("");
    try {
      return Condition.parse(source, place.scope()).evaluate(contexts);
    } catch (ExpressionException e) {
      throw located(e, template.orElse(null));
    }
  }

  static boolean flag(Optional<Template> template, ContextAvailability place, Contexts contexts) {
    return template.map(t -> value(t, place, contexts).isTruthy()).orElse(false);
  }

  static Map<String, String> texts(
      Map<String, Template> templates, ContextAvailability place, Contexts contexts) {
    Map<String, String> values = new LinkedHashMap<>();
    templates.forEach((name, template) -> values.put(name, text(template, place, contexts)));
    return values;
  }

  private static RunnerException located(ExpressionException e, Template template) {
    String where = template == null ? "" : " (" + template.location() + ")";
    return new RunnerException(e.getMessage() + where, e);
  }
}
