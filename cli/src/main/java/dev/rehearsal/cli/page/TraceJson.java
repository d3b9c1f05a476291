package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.evaluation.ConditionTrace;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.StatementTrace;
import dev.rehearsal.core.federation.WebIdentityCheck;
import java.util.List;

/** Core's traces as the page shows them: every check and statement, with its values. */
final class TraceJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TraceJson() {}

  static ArrayNode checks(List<WebIdentityCheck> checks) {
    ArrayNode out = JSON.createArrayNode();
    for (WebIdentityCheck check : checks) {
      out.addObject()
          .put("step", check.step().name())
          .put("description", check.step().description())
          .put("passed", check.passed())
          .put("detail", check.detail());
    }
    return out;
  }

  /** A policy evaluation: its outcome, core's explanation, and each statement's trace. */
  static ObjectNode decision(Decision decision) {
    ObjectNode out = JSON.createObjectNode();
    out.put("outcome", decision.outcome().name());
    out.put("allowed", decision.allowed());
    out.put("explanation", decision.explain());
    ArrayNode statements = out.putArray("statements");
    for (StatementTrace trace : decision.trace()) {
      ObjectNode statement = statements.addObject();
      statement.put("policy", trace.policyIndex());
      statement.put("index", trace.statementIndex());
      trace.sid().ifPresent(sid -> statement.put("sid", sid));
      statement.put("effect", trace.effect().name());
      statement.put("applied", trace.applied());
      statement.put("principalMatched", trace.principalMatched());
      statement.put("actionMatched", trace.actionMatched());
      statement.put("resourceMatched", trace.resourceMatched());
      ArrayNode conditions = statement.putArray("conditions");
      for (ConditionTrace condition : trace.conditions()) {
        ObjectNode item = conditions.addObject();
        item.put("operator", condition.operatorText());
        item.put("key", condition.key());
        item.put("keyPresent", condition.keyPresent());
        condition.requestValues().forEach(item.putArray("requestValues")::add);
        condition.policyValues().forEach(item.putArray("policyValues")::add);
        item.put("passed", condition.result());
      }
    }
    return out;
  }
}
