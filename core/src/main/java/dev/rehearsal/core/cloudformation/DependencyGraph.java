package dev.rehearsal.core.cloudformation;

import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order CloudFormation creates resources in: each after the resources it refers to or names in
 * {@code DependsOn} (User Guide, "DependsOn attribute"), otherwise in template order. A cycle is
 * refused with CloudFormation's message, {@code Circular dependency between resources: [A, B]}.
 */
final class DependencyGraph {
  private final SourceTree tree;
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();
  private final Map<String, String> pointers = new HashMap<>();

  DependencyGraph(SourceTree tree) {
    this.tree = tree;
  }

  /** Adds a node declared at {@code pointer}; nodes are ordered as added otherwise. */
  void add(String node, String pointer) {
    edges.putIfAbsent(node, new LinkedHashSet<>());
    pointers.putIfAbsent(node, pointer);
  }

  /** {@code node}, already added, needs {@code dependency} to exist first. */
  void depend(String node, String dependency) {
    edges.get(node).add(dependency);
  }

  Set<String> dependencies(String node) {
    return edges.getOrDefault(node, Set.of());
  }

  /**
   * A creation order; {@code kind} names the nodes in the cycle message ("resources").
   *
   * @throws TemplateException when the graph has a cycle
   */
  List<String> order(String kind) {
    List<String> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (String node : edges.keySet()) {
      visit(node, done, visiting, ordered, kind);
    }
    return ordered;
  }

  private void visit(
      String node, Set<String> done, Set<String> visiting, List<String> ordered, String kind) {
    if (done.contains(node)) {
      return;
    }
    if (!visiting.add(node)) {
      List<String> path = new ArrayList<>(visiting);
      List<String> cycle = path.subList(path.indexOf(node), path.size());
      throw tree.error(
          "Circular dependency between " + kind + ": [" + String.join(", ", cycle) + "]",
          pointers.get(node));
    }
    for (String dependency : dependencies(node)) {
      if (edges.containsKey(dependency)) {
        visit(dependency, done, visiting, ordered, kind);
      }
    }
    visiting.remove(node);
    done.add(node);
    ordered.add(node);
  }
}
