package dev.rehearsal.cli.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.access.AccessChange;
import dev.rehearsal.core.access.AccessDiff;
import dev.rehearsal.core.access.AccessWitness;
import dev.rehearsal.core.access.StackDiff;
import dev.rehearsal.core.access.Undecided;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/** An access diff for people (what changed, with witnesses) or for tools (JSON). */
final class DiffReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  enum Format {
    text,
    json
  }

  private DiffReport() {}

  /**
   * The two inputs by name, how a role is named (its Terraform address for a plan), and notes on
   * the values neither side resolves.
   */
  record Sides(String before, String after, UnaryOperator<String> naming, List<String> notes) {}

  static void write(Format format, PrintWriter out, Sides sides, StackDiff diff) {
    String before = sides.before();
    String after = sides.after();
    if (format == Format.json) {
      try {
        ObjectNode root = json(before, after, diff, sides.naming());
        sides.notes().forEach(root.putArray("notes")::add);
        out.println(JSON.writeValueAsString(root));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      text(out, before, after, diff, sides.naming());
      if (!sides.notes().isEmpty()) {
        out.println();
        out.println("Compared as symbols (the same unknown value on both sides):");
        sides.notes().forEach(note -> out.println("  " + note));
      }
    }
    out.flush();
  }

  private static void text(
      PrintWriter out, String before, String after, StackDiff diff, UnaryOperator<String> naming) {
    out.println("access: " + before + " -> " + after);
    for (StackDiff.RoleDiff role : diff.roles()) {
      String name = role.after().or(role::before).orElse("?");
      String id = naming.apply(role.logicalId());
      if (role.before().isEmpty()) {
        out.println("+ role " + id + " (" + name + ") is new: all its access is gained");
        continue;
      }
      if (role.after().isEmpty()) {
        out.println("- role " + id + " (" + name + ") is gone: all its access is lost");
        continue;
      }
      out.println("  role " + id + " (" + name + ")");
      section(out, "who may assume it", role.trust());
      section(out, "what its sessions may do", role.permissions());
    }
    diff.providerChanges().forEach(change -> out.println("  " + change));
    out.println();
    out.println(
        (diff.widens() ? "access WIDENS" : diff.changed() ? "access narrows" : "no access change")
            + (diff.exact()
                ? " (decided exactly)"
                : " (not every part decided exactly: see above)"));
  }

  private static void section(PrintWriter out, String title, AccessDiff diff) {
    if (diff.isEmpty() && diff.exact()) {
      out.println(
          "    "
              + title
              + ": unchanged"
              + (diff.onlyImpossibleSubjects() ? " (" + AccessDiff.IMPOSSIBLE_ONLY + ")" : ""));
      return;
    }
    out.println("    " + title + ":");
    for (AccessChange change : diff.gained()) {
      line(out, "+", change);
    }
    for (AccessChange change : diff.lost()) {
      line(out, "-", change);
    }
    for (Undecided undecided : diff.undecided()) {
      out.println("      ? not decided exactly: " + undecided);
    }
  }

  private static void line(PrintWriter out, String sign, AccessChange change) {
    out.println("      " + sign + " " + change.summary());
    List<AccessWitness> more = change.witnesses().subList(1, change.witnesses().size());
    for (AccessWitness witness : more) {
      out.println("          also " + witness.describe());
    }
  }

  private static ObjectNode json(
      String before, String after, StackDiff diff, UnaryOperator<String> naming) {
    ObjectNode root = JSON.createObjectNode();
    root.put("old", before);
    root.put("new", after);
    root.put("widens", diff.widens());
    root.put("changed", diff.changed());
    root.put("exact", diff.exact());
    ArrayNode roles = root.putArray("roles");
    for (StackDiff.RoleDiff role : diff.roles()) {
      ObjectNode node = roles.addObject();
      node.put("logicalId", role.logicalId());
      node.put("resource", naming.apply(role.logicalId()));
      role.before().ifPresent(n -> node.put("oldName", n));
      role.after().ifPresent(n -> node.put("newName", n));
      node.set("trust", access(role.trust()));
      node.set("permissions", access(role.permissions()));
    }
    root.putPOJO("providers", diff.providerChanges());
    return root;
  }

  private static ObjectNode access(AccessDiff diff) {
    ObjectNode node = JSON.createObjectNode();
    changes(node.putArray("gained"), diff.gained());
    changes(node.putArray("lost"), diff.lost());
    ArrayNode undecided = node.putArray("undecided");
    diff.undecided()
        .forEach(u -> undecided.addObject().put("where", u.where()).put("why", u.reason()));
    return node;
  }

  private static void changes(ArrayNode array, List<AccessChange> changes) {
    for (AccessChange change : changes) {
      ObjectNode node = array.addObject();
      node.put("summary", change.summary());
      ArrayNode witnesses = node.putArray("witnesses");
      for (AccessWitness witness : change.witnesses()) {
        ObjectNode w = witnesses.addObject();
        w.put("action", witness.action());
        witness.resource().ifPresent(r -> w.put("resource", r));
        witness.principal().ifPresent(p -> w.put("principal", p.type() + " " + p.value()));
        ObjectNode keys = w.putObject("keys");
        witness
            .keys()
            .forEach(
                (k, v) -> {
                  if (v.isPresent()) {
                    keys.put(k, v.get());
                  } else {
                    keys.putNull(k);
                  }
                });
      }
    }
  }
}
