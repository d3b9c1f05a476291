package dev.rehearsal.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase of the demo: what the policies say should happen, what each side sent and decided, the
 * runner's log when a workflow ran, and whether what happened is what should have.
 */
final class Phase {
  /** A line of the transcript: who said or decided it, and what. */
  record Line(String who, String text) {}

  private final int number;
  private final String id;
  private final String title;
  private final String expected;
  private final long started = System.nanoTime();
  private final List<Line> lines = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final ObjectNode facts = JsonNodeFactory.instance.objectNode();
  private String outcome = "";
  private boolean asExpected;
  private long millis = -1;

  Phase(int number, String id, String title, String expected) {
    this.number = number;
    this.id = id;
    this.title = title;
    this.expected = expected;
  }

  int number() {
    return number;
  }

  String title() {
    return title;
  }

  String expected() {
    return expected;
  }

  void add(Line line) {
    lines.add(line);
  }

  void logged(String line) {
    log.add(line);
  }

  /** The runners' log lines so far. */
  List<String> log() {
    return List.copyOf(log);
  }

  /** Values tools read from the JSON document: a digest, a stack status, a claim. */
  ObjectNode facts() {
    return facts;
  }

  void end(boolean matched, String what) {
    asExpected = matched;
    outcome = what;
    millis = (System.nanoTime() - started) / 1_000_000;
  }

  boolean ended() {
    return millis >= 0;
  }

  boolean asExpected() {
    return asExpected;
  }

  String outcome() {
    return outcome;
  }

  long millis() {
    return millis;
  }

  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", id);
    json.put("title", title);
    json.put("expected", expected);
    json.put("outcome", outcome);
    json.put("asExpected", asExpected);
    json.put("millis", millis);
    ArrayNode said = json.putArray("lines");
    lines.forEach(line -> said.addObject().put("who", line.who()).put("text", line.text()));
    if (!log.isEmpty()) {
      ArrayNode runner = json.putArray("log");
      log.forEach(runner::add);
    }
    json.set("facts", facts);
    return json;
  }
}
