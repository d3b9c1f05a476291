package dev.rehearsal.provisioner;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a run told its listener, in order. */
public final class RecordingListener implements ProvisionListener {
  public final List<StackPreview> previews = new ArrayList<>();
  public final List<StackEvent> events = new ArrayList<>();
  public final List<String> notes = new ArrayList<>();

  @Override
  public void planned(StackPreview preview) {
    previews.add(preview);
  }

  @Override
  public void event(StackEvent event) {
    events.add(event);
  }

  @Override
  public void note(String message) {
    notes.add(message);
  }

  /** "LogicalId STATUS" for each event, for assertions on the order. */
  public List<String> statuses() {
    return events.stream().map(e -> e.logicalId() + " " + e.status()).toList();
  }
}
